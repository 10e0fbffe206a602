import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Review } from '../../src/review/schema.js';
import { CHECK_NAME, reviewJsonBlock } from '../../src/tracker/github/review/payloads.js';
import { decodeStoredReview, reviewAuth } from '../../src/tracker/github/review/stored.js';
import { ACTION_IDENTITY } from '../harness/identity.js';
import { outputSchemaOf, step, userTexts } from '../harness/responses-server.js';
import { type ReviewScenario, reviewScenario, reviews } from './review-env.js';

let s: ReviewScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('review phase: pass', () => {
  it('posts the review comment and a success check, marks the draft ready, requests reviewers, labels in-review', async () => {
    s = await reviewScenario();
    // The config is read from the default branch; the PR's author is never requested.
    s.gh.addFile('.github/codex-orchestrator.yml', 'reviewers:\n  users: [alice, "github-actions[bot]"]\n');
    // A PR cannot change the rules it is reviewed by: the checkout's copy is not read (DESIGN §8.10).
    const prepare = async (workspace: string) => {
      await mkdir(join(workspace, '.github'), { recursive: true });
      await writeFile(join(workspace, '.github/codex-orchestrator.yml'), 'reviewers:\n  users: [mallory]\n');
    };
    s.gh.setCollaborator('alice', 'write');
    s.model.enqueue(step.json(reviews.pass));
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened'), prepare });

    expect(out.exitCode, out.stdout).toBeUndefined();
    expect(out.outputs.status).toBe('pass');
    expect(JSON.parse(out.outputs.review!)).toEqual(reviews.pass);
    expect(JSON.parse(out.outputs.usage!)).toMatchObject({ inputTokens: 100, outputTokens: 10 });
    expect(out.outputs['pr-number']).toBe(String(s.prNumber));

    // The model got the schema, the criteria of the linked issue, the sanitised PR text and the diff.
    expect(s.model.requests).toHaveLength(1);
    const request = s.model.requests[0]!;
    expect(outputSchemaOf(request)).toMatchObject({ type: 'object', additionalProperties: false });
    const prompt = userTexts(request).at(-1)!;
    expect(prompt).toContain('1. `slugify` takes a `maxLength` (default 60) and never returns a longer slug');
    expect(prompt).toContain('+  return slug.slice(0, maxLength - 1);');
    expect(prompt).toContain(`at the pull request's head commit ${s.headSha}`);
    expect(request.headers['x-codex-turn-metadata']).toContain('read-only');

    const comments = s.gh.state.comments.filter((c) => c.issueNumber === s!.prNumber);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.author).toBe('github-actions[bot]');
    expect(comments[0]!.body).toContain('<!-- codex-orchestrator:review cycle=1 -->');
    // People see the review JSON; fix reads the authenticated hidden copy (src/review/stored.ts),
    // which reads back exactly.
    expect(comments[0]!.body).toContain(reviewJsonBlock(reviews.pass as Review));
    const auth = reviewAuth(ACTION_IDENTITY.key, {
      repo: s.gh.repoRef,
      pr: s.prNumber,
      cycle: 1,
      headSha: s.headSha,
    });
    expect(decodeStoredReview(comments[0]!.body, auth)).toEqual(reviews.pass);
    expect(
      decodeStoredReview(
        comments[0]!.body,
        reviewAuth(ACTION_IDENTITY.key, {
          repo: s.gh.repoRef,
          pr: s.prNumber + 1,
          cycle: 1,
          headSha: s.headSha,
        }),
      ),
    ).toBeUndefined();
    // A pass without findings posts no PR review; the action never approves.
    expect(s.gh.state.reviews).toEqual([]);

    const [check] = s.gh.state.checkRuns;
    expect(s.gh.state.checkRuns).toHaveLength(1);
    expect(check).toMatchObject({
      name: CHECK_NAME,
      headSha: s.headSha,
      status: 'completed',
      conclusion: 'success',
    });

    const pull = s.gh.state.issue(s.prNumber)!;
    expect(pull.pull!.draft).toBe(false);
    expect(pull.pull!.requestedReviewers).toEqual(['alice']);
    expect(pull.labels).toContain('codex:in-review');

    expect(out.summary).toContain('codex-orchestrator · review');
    expect(out.summary).toContain('Codex review · cycle 1: ✅ pass');
    s.gh.assertNoViolations();
  });
});
