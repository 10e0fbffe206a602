// The second opinion (config `runtimes.review: [codex, claude]`), end to end: the real codex and claude
// binaries against their scripted APIs, at the same time, on one pull request of the loopback GitHub.
// Their answers become one review of the same schema: the stricter verdict, one finding (and one
// inline comment) for what both found, marked so, an invalid answer from either never a pass, and
// each reviewer's cost shown.
import { afterEach, describe, expect, it } from 'vitest';
import { reviewSchema } from '../../src/review/schema.js';
import { readStoredReview } from '../../src/tracker/github/review/stored.js';
import { claudeStep, userTexts } from '../harness/anthropic-server.js';
import { type ClaudeSide, useClaude } from '../harness/claude-scenario.js';
import { type Step, step } from '../harness/responses-server.js';
import { type ReviewScenario, reviewScenario, reviews } from './review-env.js';

let s: ReviewScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const OFF_BY_ONE = reviews.changes.findings[0]!;
const README = reviews.changes.findings[2]!;

/** Polls `condition` until it holds (true) or `ms` pass (false). */
async function until(condition: () => boolean, ms = 20_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

/**
 * A second-opinion review of the sample PR. Each model holds its first answer until the other
 * model has been asked too: sequential runs would leave one of `overlap` false (after a wait).
 */
async function secondOpinion(codex: Step[], claudeSteps: Parameters<ClaudeSide['model']['enqueue']>) {
  const sc = await reviewScenario();
  s = sc;
  const claude = await useClaude(sc, 'runtimes:\n  review: [codex, claude]\n');
  const overlap = { codex: false, claude: false };
  const [first, ...rest] = codex;
  sc.model.enqueue(
    {
      ...first!,
      onServe: async () => {
        overlap.codex = await until(() => claude.model.requests.length > 0);
      },
    },
    ...rest,
  );
  const [firstClaude, ...restClaude] = claudeSteps;
  claude.model.enqueue(
    {
      ...firstClaude!,
      onServe: async () => {
        overlap.claude = await until(() => sc.model.requests.length > 0);
      },
    },
    ...restClaude,
  );
  const out = await sc.run({ event: 'pull_request', payload: sc.pullRequestEvent('opened') });
  sc.gh.assertNoViolations();
  expect(sc.model.unexpected).toEqual([]);
  expect(claude.model.unexpected).toEqual([]);
  const comments = sc.gh.comments(sc.prNumber);
  expect(comments).toHaveLength(1);
  const body = comments[0]!.body;
  return { out, claude, overlap, body, stored: readStoredReview(body) };
}

describe('a second opinion: codex and claude review the same pull request', () => {
  it('disagreeing reviewers (one passes, one finds a major issue): changes required, both runs at once, each cost shown', async () => {
    const { out, claude, overlap, body, stored } = await secondOpinion(
      [step.json(reviews.pass)],
      [claudeStep.structured(reviews.changes)],
    );
    expect(overlap).toEqual({ codex: true, claude: true });
    expect(out.exitCode, out.stdout).toBeUndefined();
    expect(out.outputs.status).toBe('changes_required');
    // Both saw the same prompt: the diff and the criteria.
    const claudePrompt = userTexts(claude.model.requests[0]!).join('\n');
    expect(claudePrompt).toContain('+  return slug.slice(0, maxLength - 1);');
    expect(JSON.stringify(s!.model.requests[0]!.body)).toContain('+  return slug.slice(0, maxLength - 1);');

    // The review JSON is exactly the schema (fix reads it unchanged): Claude's findings, the
    // stricter verdict, a criterion met only when both say so.
    const review = JSON.parse(out.outputs.review!);
    expect(reviewSchema.safeParse(review).success).toBe(true);
    expect(Object.keys(review).sort()).toEqual([
      'blocked_reason',
      'criteria',
      'findings',
      'status',
      'summary',
    ]);
    expect(review.findings).toEqual(reviews.changes.findings);
    expect(review.criteria.map((c: { met: boolean }) => c.met)).toEqual([true, false]);
    expect(review.summary).toBe(`Codex: ${reviews.pass.summary}\n\nClaude: ${reviews.changes.summary}`);

    // Who found what is stored beside it, with each reviewer's verdict and cost.
    expect(stored.ok && stored.review).toEqual(review);
    expect(stored.ok && stored.opinions).toEqual([
      {
        runtime: 'codex',
        model: 'gpt-5.5',
        status: 'pass',
        findings: [],
        attempts: 1,
        input_tokens: 100,
        output_tokens: 10,
        cost_usd: expect.closeTo((100 * 5 + 10 * 30) / 1e6, 10),
      },
      {
        runtime: 'claude',
        model: 'claude-opus-5-5',
        status: 'changes_required',
        findings: ['slug-off-by-one', 'slug-no-test', 'readme-option'],
        attempts: 1,
        input_tokens: 100,
        output_tokens: 10,
        cost_usd: expect.closeTo((100 * 4 + 10 * 20) / 1e6, 10),
      },
    ]);
    // ...and shown: the runtimes in the heading, each verdict and cost, who found each finding.
    expect(body).toContain('### Codex + Claude review · cycle 1: 🔁 changes required');
    expect(body).toContain('| Codex | `gpt-5.5` | ✅ pass | 0 | 110 | $0.0008 |');
    expect(body).toContain('| Claude | `claude-opus-5-5` | 🔁 changes required | 3 | 110 | $0.0006 |');
    expect(body).toContain('Cost of the review: $0.0014.');
    expect(body).toMatch(/\| major \| `src\/slug.ts:7` \| Slugs are cut one character short \| Claude \|/);
    expect(JSON.parse(out.outputs.usage!)).toMatchObject({
      inputTokens: 200,
      outputTokens: 20,
      costUsd: expect.closeTo(0.0014, 10),
    });
    expect(out.stdout).toContain('Second opinion: codex and claude review the same prompt at the same time.');
    expect(out.summary).toContain('| Claude | `claude-opus-5-5` | 🔁 changes required | 3 | 110 | $0.0006 |');

    const inline = s!.gh.state.reviewComments;
    expect(inline).toHaveLength(1);
    expect(inline[0]!.body).toContain('_Found by Claude only._');
    expect(s!.gh.state.reviews[0]!.body).toContain(
      '**Codex + Claude review · cycle 1:** 3 finding(s), 1 inline.',
    );
    expect(s!.gh.checkRuns().map((c) => c.conclusion)).toEqual(['failure']);
  });

  it('the same finding from both is one finding and one inline comment, marked found by both', async () => {
    const claudeAnswer = {
      ...reviews.changes,
      findings: [
        // The same id in the same file, worded apart and graded higher.
        { ...OFF_BY_ONE, severity: 'critical', title: 'maxLength - 1 drops a character' },
        // Another id, the same file and title, a line away: the same finding.
        { ...README, id: 'readme-undocumented', title: 'Document the maxLength option!', line: 4 },
      ],
    };
    const { out, claude, overlap, body, stored } = await secondOpinion(
      [step.json(reviews.changes)],
      [claudeStep.structured(claudeAnswer)],
    );
    expect(overlap).toEqual({ codex: true, claude: true });
    expect(out.outputs.status).toBe('changes_required');
    const review = JSON.parse(out.outputs.review!);
    // Codex's words and ids, at the higher severity.
    expect(review.findings.map((f: { id: string; severity: string }) => [f.id, f.severity])).toEqual([
      ['slug-off-by-one', 'critical'],
      ['slug-no-test', 'minor'],
      ['readme-option', 'nit'],
    ]);
    expect(review.findings[0].title).toBe(OFF_BY_ONE.title);
    expect(stored.ok && stored.opinions?.map((o) => o.findings)).toEqual([
      ['slug-off-by-one', 'slug-no-test', 'readme-option'],
      ['slug-off-by-one', 'readme-option'],
    ]);
    expect(body).toMatch(/\| critical \| `src\/slug.ts:7` \| Slugs are cut one character short \| both \|/);
    expect(body).toMatch(/\| minor \| `test\/slug.test.ts` \| No test covers maxLength \| Codex \|/);

    const inline = s!.gh.state.reviewComments;
    expect(inline.filter((c) => c.body.includes('`slug-off-by-one`'))).toHaveLength(1);
    expect(inline[0]).toMatchObject({ path: 'src/slug.ts', line: 7 });
    expect(inline[0]!.body).toContain('_Found by both reviewers: Codex and Claude._');
    // Outside the diff, listed in the PR review's body, marked the same way.
    const prReview = s!.gh.state.reviews[0]!.body;
    expect(prReview).toMatch(/`README.md:3`[\s\S]*_Found by both reviewers: Codex and Claude._/);
    expect(prReview).toMatch(/`test\/slug.test.ts`[\s\S]*_Found by Codex only._/);

    // A re-run of the same head repeats the stored review, who found what included: no model is
    // asked, the comment stays as it is, nothing is posted twice.
    const asked = [s!.model.requests.length, claude.model.requests.length];
    const again = await s!.run({ event: 'pull_request', payload: s!.pullRequestEvent('synchronize') });
    expect(again.outputs.status).toBe('changes_required');
    expect([s!.model.requests.length, claude.model.requests.length]).toEqual(asked);
    expect(s!.gh.comments(s!.prNumber).map((c) => c.body)).toEqual([body]);
    expect(s!.gh.state.reviewComments).toHaveLength(1);
  });

  it('one reviewer answering invalid twice blocks the review: never a pass, whatever the other said', async () => {
    // A pass that holds a major finding: valid JSON for the tool, a broken review for our rules.
    const broken = { ...reviews.pass, findings: [OFF_BY_ONE] };
    const { out, claude, overlap, body, stored } = await secondOpinion(
      [step.json(reviews.pass)],
      [claudeStep.structured(broken), claudeStep.structured(broken)],
    );
    expect(overlap).toEqual({ codex: true, claude: true });
    expect(out.outputs.status).toBe('blocked');
    expect(out.stdout).toMatch(
      /Result: blocked \(Claude: The reviewer's answer was invalid twice \(after one retry in the same thread\)/,
    );
    // The retry went back to Claude in the same session, with what was wrong.
    expect(claude.model.requests).toHaveLength(2);
    expect(userTexts(claude.model.requests[1]!).at(-1)).toContain("'pass' with 1 critical/major finding(s)");
    expect(s!.model.requests).toHaveLength(1);

    const review = JSON.parse(out.outputs.review!);
    expect(review.status).toBe('blocked');
    expect(stored.ok && stored.opinions?.map((o) => [o.runtime, o.status, o.attempts])).toEqual([
      ['codex', 'pass', 1],
      ['claude', 'invalid', 2],
    ]);
    expect(body).toContain('### Codex + Claude review · cycle 1: ⛔ blocked');
    expect(body).toContain('| Claude | `claude-opus-5-5` | ⛔ invalid answer (twice) | 0 |');
    expect(s!.gh.checkRuns().map((c) => c.conclusion)).toEqual(['neutral']);
    // Not ready for a human: still a draft.
    expect(s!.gh.state.issue(s!.prNumber)!.pull!.draft).toBe(true);
  });
});
