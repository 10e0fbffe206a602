import { afterEach, describe, expect, it } from 'vitest';
import { findingMarker } from '../../src/tracker/github/review/payloads.js';
import { readStoredReview } from '../../src/tracker/github/review/stored.js';
import { step, userTexts } from '../harness/responses-server.js';
import { CHANGE_FILES, type ReviewScenario, reviewScenario, reviews } from './review-env.js';

let s: ReviewScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const offByOne = reviews.changes.findings[0]!;
const own = (s: ReviewScenario) =>
  s.gh.state.comments.filter((c) => c.issueNumber === s.prNumber && c.author === 'github-actions[bot]');
const threadsOn = (s: ReviewScenario, path: string) =>
  s.gh.state.reviewComments.filter((c) => c.path === path && c.inReplyToId === undefined);
const ops = (s: ReviewScenario, from: number) =>
  s.gh
    .calls()
    .slice(from)
    .map((c) => c.operation);

describe('review phase: cycles converge', () => {
  it('cycle 2 reviews only the new commits with the PR as context, carries the open findings and says which were fixed', async () => {
    s = await reviewScenario();
    const testFinding = {
      id: 'test-no-long-title',
      severity: 'minor',
      file: 'test/slug.test.ts',
      line: 2,
      end_line: null,
      title: 'The test uses no title longer than maxLength',
      body: 'Add a case with a long title.',
      suggestion: null,
    };
    s.model.enqueue(
      step.json(reviews.changes),
      // Cycle 2: the off-by-one again on the same line, the README and test findings gone, one new.
      step.json({ ...reviews.changes, findings: [offByOne, testFinding] }),
    );
    await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });
    const first = s.headSha;
    await s.push(
      {
        'README.md': '# slugs\n\nTurns titles into URL slugs of at most `maxLength` characters.\n',
        'test/slug.test.ts': "import { slugify } from '../src/slug';\nslugify('a b');\n",
      },
      'Document maxLength; add a test',
    );
    const from = s.gh.calls().length;
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('synchronize') });
    expect(out.outputs.status, out.stdout.match(/::error::.*/g)?.join('\n')).toBe('changes_required');

    // The prompt: the new commits' patches, the PR's file list, the carried findings — not the
    // cycle-1 patch of src/slug.ts again.
    const prompt = userTexts(s.model.requests[1]!).at(-1)!;
    expect(prompt).toContain(`The commits since the last review (${first}..${s.headSha})`);
    expect(prompt).toContain('+Turns titles into URL slugs of at most `maxLength` characters.');
    expect(prompt).toContain("+slugify('a b');");
    expect(prompt).not.toContain('+  return slug.slice(0, maxLength - 1);');
    expect(prompt).toMatch(/\| src\/slug\.ts \| modified \| \d+ \| \d+ \|/);
    expect(prompt).toContain('"id": "slug-off-by-one"');
    const cycle1 = userTexts(s.model.requests[0]!).at(-1)!;
    expect(cycle1).toContain('+  return slug.slice(0, maxLength - 1);');

    // The comment says what happened to each finding, and stores it for fix and the next cycle.
    const comment = own(s)[1]!.body;
    expect(comment).toContain('<!-- codex-orchestrator:review cycle=2 -->');
    expect(comment).toContain('#### Fixed since cycle 1 (2)');
    expect(comment).toContain('Document the maxLength option (first reported in cycle 1)');
    expect(comment).toMatch(/Slugs are cut one character short \| still open \(since cycle 1\) \|/);
    expect(comment).toMatch(/The test uses no title longer than maxLength \| 🆕 new \|/);
    const stored = readStoredReview(comment);
    expect(stored.ok && stored.tracking).toEqual({
      since: 1,
      findings: [
        { id: 'slug-off-by-one', first_cycle: 1, state: 'still_open' },
        { id: 'test-no-long-title', first_cycle: 2, state: 'new' },
      ],
      fixed: [
        expect.objectContaining({ id: 'slug-no-test', first_cycle: 1 }),
        expect.objectContaining({ id: 'readme-option', first_cycle: 1 }),
      ],
    });

    // The off-by-one is commented once, on its line; only the new finding gets a comment.
    expect(threadsOn(s, 'src/slug.ts')).toHaveLength(1);
    expect(
      threadsOn(s, 'test/slug.test.ts').map((c) => [c.line, c.body.includes(findingMarker(testFinding.id))]),
    ).toEqual([[2, true]]);
    expect(s.gh.state.reviews).toHaveLength(2);
    expect(s.gh.state.reviews[1]!.body).toContain('1 more already commented on the same line');
    expect(ops(s, from)).toContain('graphql query repository');
    s.gh.assertNoViolations();
  });

  it("resolves a fixed finding's thread; a forged marker in someone else's thread resolves nothing", async () => {
    s = await reviewScenario();
    s.model.enqueue(step.json(reviews.changes), step.json(reviews.pass));
    await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });
    const [root] = threadsOn(s, 'src/slug.ts');
    expect(root!.body).toContain(findingMarker('slug-off-by-one'));
    // Someone else's comment that copies the marker: not the action's thread.
    const forgedId = root!.id + 1000;
    s.gh.state.reviewComments.push({
      ...root!,
      id: forgedId,
      nodeId: `PRRC_forged${forgedId}`,
      author: 'writer',
    });
    await s.push(
      { 'src/slug.ts': CHANGE_FILES['src/slug.ts']!.replace('maxLength - 1', 'maxLength') },
      'Fix the off-by-one',
    );
    const from = s.gh.calls().length;
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('synchronize') });

    expect(out.outputs.status, out.stdout.match(/::error::.*/g)?.join('\n')).toBe('pass');
    expect(root!.resolved).toBe(true);
    expect(s.gh.state.reviewComments.find((c) => c.id === forgedId)!.resolved).toBe(false);
    expect(ops(s, from).filter((o) => o === 'graphql mutation resolveReviewThread')).toHaveLength(1);
    expect(out.summary).toContain('Resolved the thread of `slug-off-by-one` on src/slug.ts:7');
    expect(own(s)[1]!.body).toContain('#### Fixed since cycle 1 (3)');
    // A pass posts no PR review (nothing to comment on).
    expect(s.gh.state.reviews).toHaveLength(1);
    s.gh.assertNoViolations();
  });

  it('a finding that moved lines: the old thread is resolved, a new comment posted once; a re-run writes nothing twice', async () => {
    s = await reviewScenario();
    const moved = { ...offByOne, line: 9, title: 'Slugs are cut one character short!', id: 'cut-short' };
    s.model.enqueue(step.json(reviews.changes), step.json({ ...reviews.changes, findings: [moved] }));
    await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });
    await s.push(
      { 'src/slug.ts': `// Slugs.\n// See the README.\n${CHANGE_FILES['src/slug.ts']!}` },
      'Add a header',
    );
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('synchronize') });
    expect(out.outputs.status).toBe('changes_required');

    // Matched to the carried finding by file, title and a nearby line: it keeps its id.
    const stored = readStoredReview(own(s)[1]!.body);
    expect(stored.ok && stored.review.findings.map((f) => f.id)).toEqual(['slug-off-by-one']);
    const threads = threadsOn(s, 'src/slug.ts');
    expect(threads.map((t) => [t.line, t.resolved])).toEqual([
      [7, true],
      [9, false],
    ]);

    // The same head again: no model call, no comment, no review, no thread touched.
    const requests = s.model.requests.length;
    const from = s.gh.calls().length;
    const again = await s.run({ event: 'issue_comment', payload: s.commentEvent('/codex review') });
    expect(again.outputs.status, again.stdout.match(/::error::.*/g)?.join('\n')).toBe('changes_required');
    expect(s.model.requests).toHaveLength(requests);
    expect(again.stdout).toContain('its review is repeated without a model call');
    const rerun = ops(s, from);
    for (const write of [
      'issues/create-comment',
      'issues/update-comment',
      'pulls/create-review',
      'graphql mutation resolveReviewThread',
    ])
      expect(rerun).not.toContain(write);
    expect(threadsOn(s, 'src/slug.ts')).toHaveLength(2);
    expect(s.gh.state.reviews).toHaveLength(2);
    s.gh.assertNoViolations();
  });
});
