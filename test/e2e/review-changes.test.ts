import { afterEach, describe, expect, it } from 'vitest';
import { step, userTexts } from '../harness/responses-server.js';
import { type ReviewScenario, reviewScenario, reviews } from './review-env.js';

let s: ReviewScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('review phase: changes required', () => {
  it('puts findings inside the diff inline and the others in the review body, with a failing check', async () => {
    s = await reviewScenario();
    s.model.enqueue(step.json(reviews.changes));
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('synchronize') });

    expect(out.exitCode, out.stdout).toBeUndefined();
    expect(out.outputs.status, out.stdout.match(/::error::.*/g)?.join('\n')).toBe('changes_required');
    expect(out.outputs['next-phase']).toBe('fix');

    // One PR review, event COMMENT, on the head commit.
    expect(s.gh.state.reviews).toHaveLength(1);
    const [review] = s.gh.state.reviews;
    expect(review).toMatchObject({ state: 'COMMENTED', author: 'github-actions[bot]', commitId: s.headSha });
    // The finding on src/slug.ts:7 (a changed line) is inline, with an applicable suggestion.
    const inline = s.gh.state.reviewComments.filter((c) => c.reviewId === review!.id);
    expect(inline.map((c) => [c.path, c.line, c.side])).toEqual([['src/slug.ts', 7, 'RIGHT']]);
    expect(inline[0]!.body).toContain('```suggestion\n  return slug.slice(0, maxLength);\n```');
    // The test file is not in the diff and README.md is unchanged: both are listed in the body.
    expect(review!.body).toContain('Findings outside the diff (2):');
    expect(review!.body).toContain('`test/slug.test.ts`');
    expect(review!.body).toContain('`README.md:3`');

    const [check] = s.gh.state.checkRuns;
    expect(check).toMatchObject({ conclusion: 'failure', headSha: s.headSha });
    expect(check!.output.title).toBe('Changes required (3 finding(s))');
    expect(check!.annotations.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([
      ['src/slug.ts', 7, 'failure'],
      ['test/slug.test.ts', 1, 'warning'],
      ['README.md', 3, 'notice'],
    ]);

    const comment = s.gh.state.comments.find((c) => c.issueNumber === s!.prNumber)!;
    expect(comment.body).toContain('| 🟠 | major | `src/slug.ts:7` | Slugs are cut one character short |');
    expect(comment.body).toContain(
      '- [ ] A slug is never cut in the middle of a word — src/slug.ts:7 cuts at a fixed index',
    );
    // Changes required: the PR stays a draft and gets no in-review label.
    const pull = s.gh.state.issue(s.prNumber)!;
    expect(pull.pull!.draft).toBe(true);
    expect(pull.labels).not.toContain('codex:in-review');

    expect(out.summary).toContain(
      '| 🟠 | major | `src/slug.ts:7` | Slugs are cut one character short | yes |',
    );
    expect(out.summary).toContain('| ⚪ | nit | `README.md:3` | Document the maxLength option | no |');
    s.gh.assertNoViolations();
  });

  it('posts a finding spanning lines of one hunk as a multi-line comment with a multi-line suggestion', async () => {
    s = await reviewScenario();
    const finding = {
      ...reviews.changes.findings[0]!,
      id: 'slug-cut-words',
      line: 6,
      end_line: 7,
      title: 'Cut at a word boundary',
      suggestion:
        "    .replace(/^-+|-+$/g, '');\n  return slug.length <= maxLength ? slug : slug.slice(0, slug.lastIndexOf('-', maxLength));",
    };
    s.model.enqueue(step.json({ ...reviews.changes, findings: [finding] }));
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });

    expect(out.outputs.status).toBe('changes_required');
    const [comment] = s.gh.state.reviewComments;
    expect(comment).toMatchObject({
      path: 'src/slug.ts',
      startLine: 6,
      line: 7,
      side: 'RIGHT',
      startSide: 'RIGHT',
    });
    expect(comment!.body).toContain(
      "```suggestion\n    .replace(/^-+|-+$/g, '');\n  return slug.length <= maxLength",
    );
    expect(s.gh.state.checkRuns[0]!.annotations[0]).toMatchObject({ start_line: 6, end_line: 7 });
    s.gh.assertNoViolations();
  });

  it('stops at the review-cycle cap: no next phase, the PR is labelled blocked for a human', async () => {
    s = await reviewScenario();
    s.model.enqueue(step.json(reviews.changes));
    const out = await s.run({
      event: 'pull_request',
      payload: s.pullRequestEvent('synchronize'),
      inputs: { 'max-review-cycles': '1' },
    });
    expect(out.outputs.status, out.stdout.match(/::error::.*/g)?.join('\n')).toBe('changes_required');
    expect(out.outputs['next-phase']).toBe('');
    expect(out.stdout).toContain('the cap of 1 review cycle(s) is reached');
    expect(s.gh.state.issue(s.prNumber)!.labels).toContain('codex:blocked');
    s.gh.assertNoViolations();
  });

  it('a new head commit is the next cycle: a new comment, and the model sees the previous findings', async () => {
    s = await reviewScenario();
    s.model.enqueue(step.json(reviews.changes), step.json(reviews.pass));
    await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });
    const first = s.headSha;
    await s.push(
      { 'src/slug.ts': '// fixed\nexport const slugify = (t: string) => t;\n' },
      'Fix the off-by-one',
    );
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('synchronize') });

    expect(out.outputs.status, out.stdout.match(/::error::.*/g)?.join('\n')).toBe('pass');
    const prompt = userTexts(s.model.requests[1]!).at(-1)!;
    expect(prompt).toContain(`The review of cycle 1 (commit ${first})`);
    expect(prompt).toContain('"id": "slug-off-by-one"');
    const bodies = s.gh.state.comments.filter((c) => c.issueNumber === s!.prNumber).map((c) => c.body);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toContain('<!-- codex-orchestrator:review cycle=1 -->');
    expect(bodies[1]).toContain('<!-- codex-orchestrator:review cycle=2 -->');
    // One check run per commit: the old one keeps its failure, the new head has the success.
    expect(s.gh.state.checkRuns.map((r) => [r.headSha, r.conclusion])).toEqual([
      [first, 'failure'],
      [s.headSha, 'success'],
    ]);
    s.gh.assertNoViolations();
  });
});
