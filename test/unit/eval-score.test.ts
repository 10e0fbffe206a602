import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../src/eval/baseline.js';
import type { ExpectedFinding } from '../../src/eval/case.js';
import {
  type CaseResult,
  findingOverlap,
  matchFindings,
  scoreResults,
  spreadOf,
} from '../../src/eval/score.js';
import type { Finding } from '../../src/review/schema.js';

const expected = (over: Partial<ExpectedFinding> = {}): ExpectedFinding => ({
  file: 'src/page.js',
  lines: [10, 12],
  words: ['off-by-one', 'skips'],
  severity: 'major',
  ...over,
});

const finding = (over: Partial<Finding> = {}): Finding => ({
  id: 'f1',
  severity: 'major',
  file: 'src/page.js',
  line: 11,
  end_line: null,
  title: 'Page 1 skips the first page',
  body: 'The start index is page * size.',
  suggestion: null,
  ...over,
});

describe('a finding matches an expected one', () => {
  it('by file, overlapping lines, a word and the least severity', () => {
    expect(findingOverlap(expected(), finding())).toBe(1);
    expect(findingOverlap(expected(), finding({ line: 8, end_line: 20 }))).toBe(3);
  });

  it("with ./ and backslashes normalised in the reviewer's path", () => {
    expect(findingOverlap(expected(), finding({ file: './src/page.js' }))).toBe(1);
    expect(findingOverlap(expected(), finding({ file: 'src\\page.js' }))).toBe(1);
  });

  it('not in another file, outside the range, without a word, or below the severity', () => {
    expect(findingOverlap(expected(), finding({ file: 'src/pages.js' }))).toBeUndefined();
    expect(findingOverlap(expected(), finding({ line: 13 }))).toBeUndefined();
    expect(findingOverlap(expected(), finding({ line: 5, end_line: 9 }))).toBeUndefined();
    expect(
      findingOverlap(expected(), finding({ title: 'Wrong start', body: 'page * size' })),
    ).toBeUndefined();
    expect(findingOverlap(expected(), finding({ severity: 'minor' }))).toBeUndefined();
    expect(findingOverlap(expected({ severity: 'minor' }), finding({ severity: 'critical' }))).toBe(1);
  });

  it('matching words case-insensitively, in the title or the body', () => {
    expect(findingOverlap(expected(), finding({ title: 'OFF-BY-ONE', body: '' }))).toBe(1);
    expect(findingOverlap(expected(), finding({ title: 'Start', body: 'It Skips page one' }))).toBe(1);
  });

  it('anywhere in the file when the expected finding has no lines, and never a file-level finding to a range', () => {
    expect(findingOverlap(expected({ lines: undefined }), finding({ line: 400 }))).toBe(0);
    expect(findingOverlap(expected({ lines: undefined }), finding({ line: null }))).toBe(0);
    expect(findingOverlap(expected(), finding({ line: null }))).toBeUndefined();
  });
});

describe('matching is one to one', () => {
  it('gives one finding to at most one expected finding', () => {
    const twoExpected = [expected(), expected({ lines: [11, 11] })];
    expect(matchFindings(twoExpected, [finding()])).toHaveLength(1);
  });

  it('finds the most matches where taking the best overlap first would leave one unmade', () => {
    // The broad finding overlaps both expected ranges, the narrow one only the first: greedy by
    // overlap would give the broad one to the first and leave the second expected finding unmatched.
    const first = expected({ lines: [10, 14] });
    const second = expected({ lines: [20, 22] });
    const broad = finding({ id: 'broad', line: 10, end_line: 21 });
    const narrow = finding({ id: 'narrow', line: 12, end_line: 12 });
    expect(matchFindings([first, second], [broad, narrow])).toEqual([
      { expected: 0, finding: 1 },
      { expected: 1, finding: 0 },
    ]);
  });

  it("prefers the finding that shares more lines, then the reviewer's order", () => {
    const one = expected({ lines: [10, 14] });
    expect(matchFindings([one], [finding({ line: 14 }), finding({ line: 10, end_line: 13 })])).toEqual([
      { expected: 0, finding: 1 },
    ]);
    expect(matchFindings([one], [finding({ line: 11 }), finding({ line: 12 })])).toEqual([
      { expected: 0, finding: 0 },
    ]);
  });
});

/** A case result with the counts that matter for the scores. */
const result = (over: Partial<CaseResult>): CaseResult => ({
  case: 'c',
  kind: 'review',
  run: 1,
  expected_status: 'changes_required',
  status: 'changes_required',
  outcome: 'answered',
  correct: true,
  expected_findings: 1,
  matched_expected: 1,
  findings: 1,
  matched_findings: 1,
  missed: [],
  unmatched: [],
  reason: '',
  input_tokens: 100,
  output_tokens: 10,
  cost_usd: 0.01,
  ms: 1000,
  run_ms: 900,
  ...over,
});

describe('scores', () => {
  it('counts recall over expected findings, precision over the findings given, the false pass over buggy cases', () => {
    const scores = scoreResults([
      // Two expected, one found, with one extra finding.
      result({ case: 'a', expected_findings: 2, matched_expected: 1, findings: 2, matched_findings: 1 }),
      // Buggy and passed: a false pass.
      result({
        case: 'b',
        status: 'pass',
        correct: false,
        matched_expected: 0,
        findings: 0,
        matched_findings: 0,
      }),
      // Clean and passed, no findings: no part in precision.
      result({
        case: 'c',
        expected_status: 'pass',
        status: 'pass',
        expected_findings: 0,
        matched_expected: 0,
        findings: 0,
        matched_findings: 0,
      }),
      // A plan case, right.
      result({
        case: 'p',
        kind: 'plan',
        expected_status: 'ready',
        status: 'ready',
        expected_findings: 0,
        matched_expected: 0,
        findings: 0,
        matched_findings: 0,
      }),
    ]);
    expect(scores).toMatchObject({
      cases: 4,
      review_cases: 3,
      plan_cases: 1,
      recall: 1 / 3,
      precision: 1 / 2,
      verdict_accuracy: 3 / 4,
      review_accuracy: 2 / 3,
      plan_accuracy: 1,
      false_pass_rate: 1 / 2,
      invalid: 0,
      tokens: 440,
      wall_ms: 4000,
    });
    expect(scores.cost_usd).toBeCloseTo(0.04);
  });

  it('counts an invalid answer as invalid, never as a pass or as no findings', () => {
    const scores = scoreResults([
      result({
        status: 'blocked',
        outcome: 'invalid',
        correct: false,
        matched_expected: 0,
        findings: 0,
        matched_findings: 0,
      }),
    ]);
    expect(scores).toMatchObject({
      invalid: 1,
      false_pass_rate: 0,
      recall: 0,
      precision: null,
      verdict_accuracy: 0,
    });
  });

  it('says the cost is unknown when one case ran an unpriced model', () => {
    expect(scoreResults([result({}), result({ cost_usd: null })]).cost_usd).toBeNull();
  });
});

describe('the baseline gate', () => {
  /** A variant's results over ten buggy cases, the first `found` of them caught and judged right. */
  const tenCases = (found: number) =>
    Array.from({ length: 10 }, (_, i) =>
      result({
        case: `case-${i}`,
        correct: i < found,
        status: i < found ? 'changes_required' : 'pass',
        matched_expected: i < found ? 1 : 0,
        matched_findings: i < found ? 1 : 0,
        findings: i < found ? 1 : 0,
      }),
    );
  const report = (found: number, name = 'default') => ({ variants: [{ name, cases: tenCases(found) }] });
  const baseline = (found: number) => ({ file: 'base/report.json', report: report(found) });

  it('trips on a drop larger than the threshold, naming the cases that changed', () => {
    const verdict = compareWithBaseline(report(7), baseline(9), 0.05);
    expect(verdict.tripped).toBe(true);
    expect(verdict.variants[0]).toMatchObject({
      cases: 10,
      recall: { before: 0.9, after: 0.7 },
      tripped: ['recall', 'verdict accuracy'],
      worse: [
        'case-7 (verdict right 1/1 → 0/1, found 1/1 → 0/1)',
        'case-8 (verdict right 1/1 → 0/1, found 1/1 → 0/1)',
      ],
      better: [],
    });
  });

  it('does not trip on a drop within the threshold (noise), nor on one exactly at it', () => {
    expect(compareWithBaseline(report(8), baseline(9), 0.15).tripped).toBe(false);
    const atThreshold = compareWithBaseline(report(8), baseline(9), 0.1);
    expect(atThreshold.tripped).toBe(false);
    expect(atThreshold.variants[0]?.worse).toEqual(['case-8 (verdict right 1/1 → 0/1, found 1/1 → 0/1)']);
  });

  it('names the cases that got better, and passes on a rise', () => {
    const verdict = compareWithBaseline(report(9), baseline(8), 0.05);
    expect(verdict.tripped).toBe(false);
    expect(verdict.variants[0]?.better).toEqual(['case-8 (verdict right 0/1 → 1/1, found 0/1 → 1/1)']);
  });

  it('compares only the cases both ran', () => {
    const some = { variants: [{ name: 'default', cases: tenCases(9).slice(0, 5) }] };
    const verdict = compareWithBaseline(some, baseline(5), 0.05);
    expect(verdict.variants[0]).toMatchObject({ cases: 5, recall: { before: 1, after: 1 } });
    expect(verdict.tripped).toBe(false);
  });

  it('fails when no variant can be compared, rather than pass unchecked', () => {
    const verdict = compareWithBaseline(report(9, 'renamed'), baseline(9), 0.05);
    expect(verdict.tripped).toBe(true);
    expect(verdict.notes).toEqual([
      "Variant 'renamed' is not in the baseline: not compared.",
      "Baseline variant 'default' was not run: not compared.",
      'No variant could be compared with the baseline: the gate fails rather than pass unchecked.',
    ]);
  });
});

describe('--repeat', () => {
  it('gives the spread of each rate across the runs', () => {
    // Run 1 finds both expected findings, run 2 one of them, run 3 none.
    const runs = [2, 1, 0].flatMap((found, i) => [
      result({
        case: 'a',
        run: i + 1,
        matched_expected: found > 0 ? 1 : 0,
        matched_findings: found > 0 ? 1 : 0,
      }),
      result({
        case: 'b',
        run: i + 1,
        matched_expected: found > 1 ? 1 : 0,
        matched_findings: found > 1 ? 1 : 0,
      }),
    ]);
    const spread = spreadOf(runs);
    expect(spread.recall).toEqual({ min: 0, max: 1, stdev: expect.closeTo(Math.sqrt(1 / 6), 9) });
    expect(scoreResults(runs).recall).toBe(0.5);
    expect(spreadOf(runs.filter((r) => r.run === 1))).toEqual({});
  });
});
