import { z } from 'zod';
import { normaliseTitle } from '../text.js';
import {
  type CriterionResult,
  type Finding,
  REVIEW_STATUSES,
  type Review,
  type ReviewStatus,
  SEVERITIES,
} from './schema.js';
import { matchFindings } from './track.js';

/**
 * A second opinion (config `runtimes.review: [codex, claude]`): several reviewers answer the same
 * prompt, and their answers become one review in the same schema (fix reads it unchanged). Who
 * found what is kept beside it, in the {@link Opinion} records.
 */

/** One reviewer's answer, as the merge takes it: an answer that stayed invalid is a blocked review. */
export interface ReviewerAnswer {
  runtime: string;
  review: Review;
}

/** What one reviewer said and spent, recorded beside the review JSON (never part of it). */
export interface Opinion {
  /** The runtime (`codex`, `claude`). */
  runtime: string;
  /** The model it ran, when known. */
  model: string | null;
  /** Its own verdict; `invalid` when its answer stayed invalid after the retry. */
  status: ReviewStatus | 'invalid';
  /** The ids, in the recorded review, of the findings it reported. */
  findings: string[];
  attempts: number;
  input_tokens: number;
  output_tokens: number;
  /** USD from the price table; null when its model has no price (unknown, never 0). */
  cost_usd: number | null;
}

export const opinionsSchema: z.ZodType<Opinion[]> = z
  .array(
    z.strictObject({
      runtime: z.string().min(1).max(40),
      model: z.string().max(200).nullable(),
      status: z.enum([...REVIEW_STATUSES, 'invalid']),
      findings: z.array(z.string().min(1).max(100)),
      attempts: z.number().int().min(0),
      input_tokens: z.number().int().min(0),
      output_tokens: z.number().int().min(0),
      cost_usd: z.number().min(0).nullable(),
    }),
  )
  .min(1);

const LABELS: Record<string, string> = { codex: 'Codex', claude: 'Claude' };

/** A runtime's name for people (`claude` → Claude). */
export const runtimeLabel = (runtime: string): string => LABELS[runtime] ?? runtime;

/**
 * Who reviewed, for a heading: `Codex`, `Claude`, `Codex + Claude`. A review recorded before the
 * opinions were (or read back without them) was Codex's: it was the only runtime then.
 */
export const reviewersLabel = (opinions: readonly Pick<Opinion, 'runtime'>[] | undefined): string =>
  opinions && opinions.length > 0 ? opinions.map((o) => runtimeLabel(o.runtime)).join(' + ') : 'Codex';

/** Who found a finding, for people: `both` when every reviewer of a second opinion did. */
export function foundByLabel(opinions: readonly Opinion[], id: string): string {
  const by = opinions.filter((o) => o.findings.includes(id));
  if (by.length === opinions.length && by.length > 1) return by.length === 2 ? 'both' : 'all';
  return by.map((o) => runtimeLabel(o.runtime)).join(', ') || '—';
}

const STRICTNESS: Record<ReviewStatus, number> = { pass: 0, changes_required: 1, blocked: 2 };
const RANK = (s: Finding['severity']) => SEVERITIES.indexOf(s);

/** The merged review, and for each of its findings (same order) the runtimes that reported it. */
export interface MergedReview {
  review: Review;
  foundBy: string[][];
}

/**
 * One review from several answers: the stricter verdict (blocked > changes_required > pass; an
 * invalid answer arrives as a blocked review, so it is never a pass), the findings merged by the
 * fingerprint of src/review/track.ts (the same finding from two reviewers is one finding, at the
 * higher of their severities, kept in the words of the reviewer listed first), criteria met only
 * when every reviewer says so, and each summary and blocked reason under its reviewer's name. One
 * answer is returned as it is. The result holds the schema's rules: a pass has no serious finding
 * and no unmet criterion because every answer was such a pass.
 */
export function mergeReviews(answers: readonly ReviewerAnswer[]): MergedReview {
  const [only] = answers;
  if (!only) throw new Error('mergeReviews needs at least one answer.');
  if (answers.length === 1)
    return { review: only.review, foundBy: only.review.findings.map(() => [only.runtime]) };
  const findings: Finding[] = [];
  const foundBy: string[][] = [];
  for (const { runtime, review } of answers) {
    const at = new Map(findings.map((f, index) => [f, index]));
    const matched = matchFindings(review.findings, findings, { sameIdSameFile: true });
    review.findings.forEach((finding, index) => {
      const same = matched.get(index);
      const where = same && at.get(same);
      if (where !== undefined) {
        if (RANK(finding.severity) < RANK(findings[where]!.severity))
          findings[where] = { ...findings[where]!, severity: finding.severity };
        foundBy[where]!.push(runtime);
        return;
      }
      findings.push({ ...finding, id: freeId(finding.id, runtime, findings) });
      foundBy.push([runtime]);
    });
  }
  const status = answers
    .map((a) => a.review.status)
    .reduce((a, b) => (STRICTNESS[b] > STRICTNESS[a] ? b : a));
  const named = (runtime: string, text: string) => `${runtimeLabel(runtime)}: ${text}`;
  const blocked = answers.filter((a) => a.review.status === 'blocked' && a.review.blocked_reason);
  return {
    review: {
      status,
      summary: answers.map((a) => named(a.runtime, a.review.summary)).join('\n\n'),
      findings,
      criteria: mergeCriteria(answers),
      blocked_reason:
        status === 'blocked'
          ? blocked.map((a) => named(a.runtime, a.review.blocked_reason!)).join('; ')
          : null,
    },
    foundBy,
  };
}

/** An id no finding of `taken` has: the reviewer's own, else with its runtime appended. */
function freeId(id: string, runtime: string, taken: readonly Finding[]): string {
  const used = new Set(taken.map((f) => f.id));
  if (!used.has(id)) return id;
  for (let n = 1; ; n++) {
    const suffix = `-${runtime}${n > 1 ? `-${n}` : ''}`;
    const candidate = `${id.slice(0, 100 - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The criteria of every answer, one per criterion text: met when every reviewer that judged it says so. */
function mergeCriteria(answers: readonly ReviewerAnswer[]): CriterionResult[] {
  const byText = new Map<string, { criterion: string; judged: { runtime: string; c: CriterionResult }[] }>();
  for (const { runtime, review } of answers) {
    for (const c of review.criteria) {
      const key = normaliseTitle(c.criterion);
      const entry = byText.get(key) ?? { criterion: c.criterion, judged: [] };
      entry.judged.push({ runtime, c });
      byText.set(key, entry);
    }
  }
  return [...byText.values()].map(({ criterion, judged }) => {
    const met = judged.every((j) => j.c.met);
    const evidence =
      judged.length === 1
        ? judged[0]!.c.evidence
        : judged
            .filter((j) => j.c.evidence.trim())
            .map((j) => `${runtimeLabel(j.runtime)}${j.c.met && !met ? ' (says met)' : ''}: ${j.c.evidence}`)
            .join('; ');
    return { criterion, met, evidence };
  });
}
