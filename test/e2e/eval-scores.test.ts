import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../src/eval/baseline.js';
import { renderChart } from '../../src/eval/chart.js';
import { buildReport, type EvalReport, renderMarkdown } from '../../src/eval/report.js';
import { runEval, unpricedUnderCap } from '../../src/eval/run.js';
import { REPO_ROOT } from '../harness/codex-env.js';
import {
  expectedFindings,
  git,
  planAnswer,
  reviewAnswer,
  scriptedEnv,
  scriptedRunner,
  starterSuite,
  variant,
} from './eval-env.js';

// The starter suite through the engine's real reviewer and planner (prompts, schemas, the retry,
// the verdict), with scripted models whose scores are known exactly.

let starter: Awaited<ReturnType<typeof starterSuite>>;
let report: EvalReport;

/** The suite's counts, from its own files: what each scripted model's scores follow from. */
const counts = () => {
  const reviews = starter.suite.cases.filter((c) => c.kind === 'review');
  const plans = starter.suite.cases.filter((c) => c.kind === 'plan');
  const buggy = reviews.filter((c) => c.expected.findings.length > 0);
  return {
    reviews: reviews.length,
    plans: plans.length,
    buggy: buggy.length,
    clean: reviews.length - buggy.length,
    expected: buggy.reduce((n, c) => n + c.expected.findings.length, 0),
    ready: plans.filter((c) => c.expected.status === 'ready').length,
  };
};

beforeAll(async () => {
  starter = await starterSuite();
  const { byHead } = starter;
  const runners = {
    // Raises exactly the expected findings and plans as expected.
    perfect: scriptedRunner(byHead, (c) =>
      c.kind === 'review' ? reviewAnswer(expectedFindings(c)) : planAnswer(c.expected.status),
    ),
    // Passes every change, and calls every plan ready.
    'always pass': scriptedRunner(byHead, (c) =>
      c.kind === 'review' ? reviewAnswer([]) : planAnswer('ready'),
    ),
    // The expected findings and one nit that matches nothing, on every review.
    noisy: scriptedRunner(byHead, (c) =>
      c.kind === 'review'
        ? reviewAnswer([
            ...expectedFindings(c),
            {
              id: 'noise',
              severity: 'nit',
              file: 'NOISE.md',
              line: 1,
              end_line: null,
              title: 'A remark',
              body: 'Not a problem.',
              suggestion: null,
            },
          ])
        : planAnswer(c.expected.status),
    ),
    // Never valid JSON, retry included.
    invalid: scriptedRunner(byHead, () => 'Sure! Here is my review: it looks fine.'),
  };
  const startedAt = new Date();
  const run = await runEval({
    suite: starter.suite,
    variants: Object.entries(runners).map(([name, runner]) => variant(name, scriptedEnv(runner))),
    repeat: 1,
    costCapUsd: null,
    git,
    projectDir: REPO_ROOT,
    scratchParent: starter.scratchParent,
  });
  report = buildReport({ suite: starter.suite.name, startedAt, repeat: 1, costCapUsd: null, run });
}, 300_000);

afterAll(() => starter?.cleanup());

const scoresOf = (name: string) => report.variants.find((v) => v.name === name)!.scores;

describe('eval scores of scripted models', () => {
  it('a reviewer that raises every expected finding: recall 1, precision 1, every verdict right', () => {
    const n = counts();
    expect(n).toMatchObject({ reviews: 23, clean: 6, plans: 6 });
    expect(scoresOf('perfect')).toEqual({
      cases: n.reviews + n.plans,
      review_cases: n.reviews,
      plan_cases: n.plans,
      recall: 1,
      precision: 1,
      verdict_accuracy: 1,
      review_accuracy: 1,
      plan_accuracy: 1,
      false_pass_rate: 0,
      invalid: 0,
      failed: 0,
      tokens: (n.reviews + n.plans) * 1100,
      cost_usd: expect.closeTo((n.reviews + n.plans) * 0.001, 9),
      wall_ms: expect.any(Number),
    });
  });

  it('a reviewer that always passes: recall 0, every buggy case a false pass, only the clean cases right', () => {
    const n = counts();
    expect(scoresOf('always pass')).toMatchObject({
      recall: 0,
      // No finding was given: precision has nothing to count.
      precision: null,
      false_pass_rate: 1,
      review_accuracy: n.clean / n.reviews,
      plan_accuracy: n.ready / n.plans,
      verdict_accuracy: (n.clean + n.ready) / (n.reviews + n.plans),
      invalid: 0,
    });
    const perCase = report.variants.find((v) => v.name === 'always pass')!.cases;
    expect(perCase.filter((r) => r.kind === 'review' && r.status === 'pass')).toHaveLength(n.reviews);
  });

  it('a reviewer that adds one unmatched finding a review: precision drops to expected / (expected + reviews)', () => {
    const n = counts();
    expect(scoresOf('noisy')).toMatchObject({
      recall: 1,
      precision: n.expected / (n.expected + n.reviews),
      verdict_accuracy: 1,
      false_pass_rate: 0,
    });
    const clean = report.variants
      .find((v) => v.name === 'noisy')!
      .cases.find((r) => r.case === 'clean-js-rename');
    expect(clean).toMatchObject({
      status: 'pass',
      correct: true,
      findings: 1,
      unmatched: ['NOISE.md:1 nit: A remark'],
    });
  });

  it('a model that answers invalid JSON: every case invalid (blocked, never "no findings"), nothing right, no false pass', () => {
    const n = counts();
    expect(scoresOf('invalid')).toMatchObject({
      invalid: n.reviews + n.plans,
      failed: 0,
      recall: 0,
      precision: null,
      verdict_accuracy: 0,
      false_pass_rate: 0,
      // Each case asked twice: the answer and its one retry.
      tokens: 2 * (n.reviews + n.plans) * 1100,
    });
    const row = report.variants
      .find((v) => v.name === 'invalid')!
      .cases.find((r) => r.case === 'clean-js-rename');
    expect(row).toMatchObject({ status: 'blocked', outcome: 'invalid', correct: false });
    expect(row?.reason).toMatch(/invalid twice/);
  });

  it('renders the report a team reads: scores, a row per case, what was missed, and a chart of the variants', () => {
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| perfect | 100.0% | 100.0% | 100.0% | 0.0% | 0 | 0 |');
    expect(markdown).toContain('| always pass | 0.0% | — |');
    expect(markdown).toMatch(
      /\| `js-sql-injection` \| review \| changes_required, 1 finding\(s\) \| ✅ changes_required · 1 of 1 found \| ❌ pass · 0 of 1 found \| ✅ changes_required · 1 of 1 found · 1 unmatched \| ⚠️ blocked · 0 of 1 found \|/,
    );
    expect(markdown).toContain('- `js-sql-injection`: missed src/store.js:');
    expect(markdown).toContain(
      '![Recall, precision, verdict accuracy and false-pass rate per variant](chart.svg)',
    );
    const svg = renderChart(report);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // One bar per variant and rate, except the rates a variant has nothing for (precision twice).
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(4 * 4 - 2);
    expect(svg).toContain('<title>perfect: recall 100.0%</title>');
  });

  it('the baseline gate trips on the drop from the perfect reviewer to one that always passes, naming the cases', () => {
    const asBaseline = {
      file: 'baseline.json',
      report: {
        variants: [{ name: 'default', cases: report.variants.find((v) => v.name === 'perfect')!.cases }],
      },
    };
    const now = {
      variants: [{ name: 'default', cases: report.variants.find((v) => v.name === 'always pass')!.cases }],
    };
    const verdict = compareWithBaseline(now, asBaseline, 0.05);
    expect(verdict.tripped).toBe(true);
    expect(verdict.variants[0]?.tripped).toEqual(['recall', 'verdict accuracy']);
    expect(verdict.variants[0]?.worse).toContain(
      'js-sql-injection (verdict right 1/1 → 0/1, found 1/1 → 0/1)',
    );
    expect(verdict.variants[0]?.worse).not.toContain(expect.stringMatching(/^clean-/));
    // The same reviewer again is no drop.
    expect(compareWithBaseline(asBaseline.report, asBaseline, 0.05).tripped).toBe(false);
  });
});

describe('the cost cap', () => {
  it('stops before a case run would pass it, and says what ran', async () => {
    const some = await starterSuite(['clean-js-rename', 'js-off-by-one-page', 'plan-ready-json-flag']);
    try {
      const runner = scriptedRunner(
        some.byHead,
        (c) => (c.kind === 'review' ? reviewAnswer(expectedFindings(c)) : planAnswer(c.expected.status)),
        0.01,
      );
      const run = await runEval({
        suite: some.suite,
        variants: [variant('default', scriptedEnv(runner))],
        repeat: 1,
        costCapUsd: 0.025,
        git,
        projectDir: REPO_ROOT,
        scratchParent: some.scratchParent,
      });
      // $0.01 each: after two, a third would make $0.03.
      expect(run.ran).toBe(2);
      expect(runner.calls).toHaveLength(2);
      expect(run.stopped).toBe(
        'The cost cap ($0.025) would be passed: $0.0200 spent, and the costliest case run so far cost $0.0100. 2 of 3 case run(s) ran; raise eval.cost-cap-usd (or --cost-cap-usd), or choose cases with --case.',
      );
      expect(run.variants[0]?.results.map((r) => r.case)).toEqual(['clean-js-rename', 'js-off-by-one-page']);
    } finally {
      await some.cleanup();
    }
  });

  it('refuses to start a variant on a model without a price, which could not be kept under a cap', () => {
    const env = scriptedEnv(
      scriptedRunner(new Map(), () => ''),
      false,
    );
    const cases = starter.suite.cases.slice(0, 1);
    expect(unpricedUnderCap([variant('cheap', env)], cases, 5)).toBe(
      "A cost cap of $5 is set, but in variant 'cheap' the model 'unpriced-model' (codex) has no price for review cases, so the cap could not be kept: nothing was run. Price it in the config (pricing.models), choose a model of the price table (README, Runtimes), or remove the cap.",
    );
    expect(unpricedUnderCap([variant('cheap', env)], cases, null)).toBeUndefined();
  });
});
