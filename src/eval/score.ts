import { type Finding, SEVERITIES, type Severity } from '../review/schema.js';
import { type EvalCase, type ExpectedFinding, expectedStatus, normalisePath } from './case.js';
import type { CaseAnswer } from './run-case.js';

// critical 3 … nit 0: a finding counts when it is at least as severe as the expected minimum.
const RANK = Object.fromEntries(SEVERITIES.map((s, i) => [s, SEVERITIES.length - 1 - i])) as Record<
  Severity,
  number
>;

/**
 * Whether a reviewer's finding is the expected one, and how well: undefined when it is not; else
 * the number of lines the two share (0 when the expected finding has no lines). It is when the
 * files are equal (`./` and separators normalised), its line or `line..end_line` overlaps the
 * expected range (any line, or none, when the expected has no range; a file-level finding, line
 * null, never overlaps a range), one of the words is in its title or body (case-insensitive,
 * anywhere in a word), and its severity is at least the expected minimum.
 */
export function findingOverlap(expected: ExpectedFinding, finding: Finding): number | undefined {
  if (normalisePath(finding.file) !== expected.file) return undefined;
  if (RANK[finding.severity] < RANK[expected.severity]) return undefined;
  const said = `${finding.title}\n${finding.body}`.toLowerCase();
  if (!expected.words.some((w) => said.includes(w.toLowerCase()))) return undefined;
  if (!expected.lines) return 0;
  if (finding.line === null) return undefined;
  const [from, to] = expected.lines;
  const shared = Math.min(finding.end_line ?? finding.line, to) - Math.max(finding.line, from) + 1;
  return shared > 0 ? shared : undefined;
}

/** A pairing of an expected finding (its index) with the reviewer's finding that caught it. */
export interface FindingMatch {
  expected: number;
  finding: number;
}

/**
 * Pairs expected findings with the reviewer's, one to one: a maximum matching (augmenting paths,
 * so that one broad finding cannot take the place of two and leave a match unmade), each expected
 * finding trying the reviewer's candidates by the most shared lines first, then in the reviewer's
 * order. Suites have a handful of findings per case: the search is instant.
 */
export function matchFindings(
  expected: readonly ExpectedFinding[],
  findings: readonly Finding[],
): FindingMatch[] {
  const candidates = expected.map((e) =>
    findings
      .map((f, index) => ({ index, overlap: findingOverlap(e, f) }))
      .filter((c): c is { index: number; overlap: number } => c.overlap !== undefined)
      .sort((a, b) => b.overlap - a.overlap || a.index - b.index)
      .map((c) => c.index),
  );
  const owner = new Map<number, number>(); // finding → expected
  const assign = (e: number, seen: Set<number>): boolean => {
    for (const f of candidates[e] ?? []) {
      if (seen.has(f)) continue;
      seen.add(f);
      const current = owner.get(f);
      if (current === undefined || assign(current, seen)) {
        owner.set(f, e);
        return true;
      }
    }
    return false;
  };
  for (const e of expected.keys()) assign(e, new Set());
  return [...owner.entries()]
    .map(([finding, e]) => ({ expected: e, finding }))
    .sort((a, b) => a.expected - b.expected);
}

/** One run of one case, scored: a row of the report (and what `--baseline` reads back). */
export interface CaseResult {
  case: string;
  kind: 'review' | 'plan';
  /** Which of the `--repeat` runs, from 1. */
  run: number;
  expected_status: string;
  status: string;
  outcome: 'answered' | 'invalid' | 'failed';
  correct: boolean;
  expected_findings: number;
  matched_expected: number;
  findings: number;
  matched_findings: number;
  /** The expected findings not raised, as `file:lines (words)`. */
  missed: string[];
  /** The reviewer's findings that matched none, as `file:line severity: title`. */
  unmatched: string[];
  reason: string;
  input_tokens: number;
  output_tokens: number;
  /** Null when a model without a price ran: unknown, never 0. */
  cost_usd: number | null;
  /** The whole case: scratch repository, the engine's call, scoring. */
  ms: number;
  /** The engine's call alone (prompt, runtime, model). */
  run_ms: number;
}

/** A variant's scores over a set of case results. Rates are null when nothing could be counted. */
export interface Scores {
  cases: number;
  review_cases: number;
  plan_cases: number;
  /** Expected findings raised / expected findings. */
  recall: number | null;
  /** Reviewer findings that matched an expected one / reviewer findings (cases without findings add nothing). */
  precision: number | null;
  /** Cases whose verdict (review) or status (plan) is the expected one / cases. */
  verdict_accuracy: number | null;
  review_accuracy: number | null;
  plan_accuracy: number | null;
  /** Buggy cases (with expected findings) the reviewer passed / buggy cases. */
  false_pass_rate: number | null;
  /** Answers that stayed invalid after their retry. */
  invalid: number;
  /** Runs that failed (an error, a timeout): no answer at all. */
  failed: number;
  tokens: number;
  cost_usd: number | null;
  wall_ms: number;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Scores a set of case results (every run of every case given, micro-averaged). */
export function scoreResults(results: readonly CaseResult[]): Scores {
  const reviews = results.filter((r) => r.kind === 'review');
  const plans = results.filter((r) => r.kind === 'plan');
  const buggy = reviews.filter((r) => r.expected_findings > 0);
  const costs = results.map((r) => r.cost_usd);
  return {
    cases: results.length,
    review_cases: reviews.length,
    plan_cases: plans.length,
    recall: ratio(sum(reviews.map((r) => r.matched_expected)), sum(reviews.map((r) => r.expected_findings))),
    precision: ratio(sum(reviews.map((r) => r.matched_findings)), sum(reviews.map((r) => r.findings))),
    verdict_accuracy: ratio(results.filter((r) => r.correct).length, results.length),
    review_accuracy: ratio(reviews.filter((r) => r.correct).length, reviews.length),
    plan_accuracy: ratio(plans.filter((r) => r.correct).length, plans.length),
    false_pass_rate: ratio(buggy.filter((r) => r.status === 'pass').length, buggy.length),
    invalid: results.filter((r) => r.outcome === 'invalid').length,
    failed: results.filter((r) => r.outcome === 'failed').length,
    tokens: sum(results.map((r) => r.input_tokens + r.output_tokens)),
    cost_usd: costs.some((c) => c === null) ? null : sum(costs as number[]),
    wall_ms: sum(results.map((r) => r.ms)),
  };
}

/** The rates whose spread `--repeat` reports, and the baseline gate reads. */
export const RATES = ['recall', 'precision', 'verdict_accuracy', 'false_pass_rate'] as const;
export type Rate = (typeof RATES)[number];

/** How a rate varied across the runs of `--repeat N`: the lowest, the highest, the standard deviation. */
export interface Spread {
  min: number;
  max: number;
  stdev: number;
}

/** The spread of each rate over the runs (by `run` number); empty with one run. */
export function spreadOf(results: readonly CaseResult[]): Partial<Record<Rate, Spread>> {
  const runs = [...new Set(results.map((r) => r.run))];
  if (runs.length < 2) return {};
  const perRun = runs.map((run) => scoreResults(results.filter((r) => r.run === run)));
  const spread: Partial<Record<Rate, Spread>> = {};
  for (const rate of RATES) {
    const values = perRun.map((s) => s[rate]).filter((v): v is number => v !== null);
    if (values.length === 0) continue;
    const mean = sum(values) / values.length;
    spread[rate] = {
      min: Math.min(...values),
      max: Math.max(...values),
      stdev: Math.sqrt(sum(values.map((v) => (v - mean) ** 2)) / values.length),
    };
  }
  return spread;
}

/** How an expected finding reads in a report: `src/page.js:4-6 (off-by-one, slice)`. */
export const describeExpected = (e: ExpectedFinding): string =>
  `${e.file}${e.lines ? `:${e.lines[0] === e.lines[1] ? e.lines[0] : e.lines.join('-')}` : ''} (${e.words.join(', ')}; ≥ ${e.severity})`;

/** How a reviewer's finding reads in a report: `src/page.js:9 minor: Unclear name`. */
export const describeFinding = (f: Finding): string =>
  `${f.file}${f.line === null ? '' : `:${f.line}${f.end_line && f.end_line !== f.line ? `-${f.end_line}` : ''}`} ${f.severity}: ${f.title}`;

/** Scores one run of a case: its status against the expected one, its findings against the expected ones. */
export function scoreCase(
  c: EvalCase,
  answer: CaseAnswer,
  meta: { run: number; ms: number; costUsd: number | null },
): CaseResult {
  const expected = c.kind === 'review' ? c.expected.findings : [];
  const matches = matchFindings(expected, answer.findings);
  const caughtExpected = new Set(matches.map((m) => m.expected));
  const usedFindings = new Set(matches.map((m) => m.finding));
  const wanted = expectedStatus(c);
  return {
    case: c.id,
    kind: c.kind,
    run: meta.run,
    expected_status: wanted,
    status: answer.status,
    outcome: answer.outcome,
    correct: answer.outcome === 'answered' && answer.status === wanted,
    expected_findings: expected.length,
    matched_expected: matches.length,
    findings: answer.findings.length,
    matched_findings: matches.length,
    missed: expected.filter((_, i) => !caughtExpected.has(i)).map(describeExpected),
    unmatched: answer.findings.filter((_, i) => !usedFindings.has(i)).map(describeFinding),
    reason: answer.reason.slice(0, 500),
    input_tokens: answer.usage.inputTokens,
    output_tokens: answer.usage.outputTokens,
    cost_usd: meta.costUsd,
    ms: Math.round(meta.ms),
    run_ms: Math.round(answer.runMs),
  };
}
