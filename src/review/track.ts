import { z } from 'zod';
import { normaliseTitle } from '../text.js';
import { type Finding, type Review, SEVERITIES, type Severity } from './schema.js';

/**
 * Findings across review cycles (the convergence of issue 9): each finding of cycle N+1 is either
 * one carried from cycle N (`still_open`, keeping the cycle it was first reported in) or `new`;
 * each open finding of cycle N that cycle N+1 does not report again is `fixed`. The stored review
 * keeps this record beside the review JSON (src/review/stored.ts), so the fix phase and the next
 * review read it back instead of guessing.
 */

/** How a finding of this cycle relates to the previous one. */
export type FindingState = 'new' | 'still_open';

/** The record of one finding of this cycle. */
export interface FindingTrack {
  id: string;
  /** The cycle the finding was first reported in. */
  first_cycle: number;
  state: FindingState;
}

/** An open finding of the previous cycle that this cycle no longer reports. */
export interface FixedFinding {
  id: string;
  first_cycle: number;
  severity: Severity;
  file: string;
  line: number | null;
  title: string;
}

/** What the stored review records besides the review JSON. */
export interface Tracking {
  /** The cycle before this one whose findings were carried; null for a first review. */
  since: number | null;
  /** One entry per finding of the review, in its order. */
  findings: FindingTrack[];
  fixed: FixedFinding[];
}

export const trackingSchema: z.ZodType<Tracking> = z.strictObject({
  since: z.number().int().min(1).nullable(),
  findings: z.array(
    z.strictObject({
      id: z.string().min(1).max(100),
      first_cycle: z.number().int().min(1),
      state: z.enum(['new', 'still_open']),
    }),
  ),
  fixed: z.array(
    z.strictObject({
      id: z.string().min(1).max(100),
      first_cycle: z.number().int().min(1),
      severity: z.enum(SEVERITIES),
      file: z.string().min(1),
      line: z.number().int().min(1).nullable(),
      title: z.string(),
    }),
  ),
});

/** How far a re-reported finding may have moved and still be the same one. */
export const NEARBY_LINES = 10;

/** The previous cycle as the tracker reads it: its review and (when it had one) its own record. */
export interface PreviousCycle {
  cycle: number;
  review: Review;
  tracking: Tracking | undefined;
}

const nearby = (a: Finding, b: Finding) =>
  a.line === null || b.line === null ? a.line === b.line : Math.abs(a.line - b.line) <= NEARBY_LINES;

/**
 * The fingerprint: which of `findings` are the same as one of `others`, one to one (index in
 * `findings` → the matching finding of `others`). The same id first; failing that, the same file,
 * the same normalised title and a line within {@link NEARBY_LINES}. `sameIdSameFile` makes an id
 * match only in the same file: two reviewers (a second opinion) choose their ids apart, and the
 * same slug (`missing-test`) in two files is two findings.
 */
export function matchFindings(
  findings: readonly Finding[],
  others: readonly Finding[],
  options: { sameIdSameFile?: boolean } = {},
): Map<number, Finding> {
  const open = new Map(others.map((f) => [f.id, f]));
  const matched = new Map<number, Finding>();
  findings.forEach((finding, index) => {
    const same = open.get(finding.id);
    if (same && (!options.sameIdSameFile || same.file === finding.file)) {
      matched.set(index, same);
      open.delete(finding.id);
    }
  });
  findings.forEach((finding, index) => {
    if (matched.has(index)) return;
    const title = normaliseTitle(finding.title);
    const candidate = [...open.values()].find(
      (p) => p.file === finding.file && normaliseTitle(p.title) === title && nearby(p, finding),
    );
    if (!candidate) return;
    matched.set(index, candidate);
    open.delete(candidate.id);
  });
  return matched;
}

/**
 * Carries the previous cycle's open findings into this cycle's review. A finding is the same one
 * when {@link matchFindings} says so (a model that re-reports a problem after a fix commit often
 * renames it; the line moves with the code above it). A finding matched that way takes the
 * carried id, so the fingerprint stays stable for the fix phase, the inline comment and the next
 * cycle. Returns the review (ids carried) and its record.
 */
export function trackFindings(
  review: Review,
  cycle: number,
  previous: PreviousCycle | undefined,
): { review: Review; tracking: Tracking } {
  if (!previous) {
    return {
      review,
      tracking: {
        since: null,
        findings: review.findings.map((f) => ({ id: f.id, first_cycle: cycle, state: 'new' })),
        fixed: [],
      },
    };
  }
  const firstCycle = new Map<string, number>();
  for (const track of previous.tracking?.findings ?? []) firstCycle.set(track.id, track.first_cycle);
  const matched = matchFindings(review.findings, previous.review.findings);
  const reported = new Set([...matched.values()].map((f) => f.id));
  const open = previous.review.findings.filter((f) => !reported.has(f.id));
  const findings = review.findings.map((finding, index) => {
    const carried = matched.get(index);
    return carried ? { ...finding, id: carried.id } : finding;
  });
  const first = (id: string) => firstCycle.get(id) ?? previous.cycle;
  return {
    review: { ...review, findings },
    tracking: {
      since: previous.cycle,
      findings: findings.map((f, index) =>
        matched.has(index)
          ? { id: f.id, first_cycle: first(f.id), state: 'still_open' }
          : { id: f.id, first_cycle: cycle, state: 'new' },
      ),
      fixed: open.map((f) => ({
        id: f.id,
        first_cycle: first(f.id),
        severity: f.severity,
        file: f.file,
        line: f.line,
        title: f.title,
      })),
    },
  };
}
