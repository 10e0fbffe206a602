import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  cycleMismatch,
  findReviewItem,
  type ReviewItem,
  stoppedReason,
} from '../../src/action/review/item.js';
import {
  type ReviewRecord,
  recordReview,
  reviewLabel,
  reviewNextAction,
} from '../../src/action/review/item-record.js';
import { branchItem } from '../../src/git/branch.js';
import { GITHUB_ACTIONS_BOT } from '../../src/github/identity.js';
import { getIssue } from '../../src/github/issues.js';
import type { PullRequestLike } from '../../src/github/pulls.js';
import { type ItemState, newItemState, STATUS_MARKER } from '../../src/state/index.js';
import { saveItemState } from '../../src/tracker/github/store.js';
import { type FakeGitHub, startGitHubServer } from '../harness/github-server.js';

describe('branchItem', () => {
  it('reads the issue number of a <prefix>/<n>-<slug> branch', () => {
    expect(branchItem('codex/12-limit-slugs', 'codex')).toBe(12);
    expect(branchItem('codex/12', 'codex')).toBe(12);
    expect(branchItem('bot.x/3-a', 'bot.x')).toBe(3);
  });

  it('ignores other prefixes and branches without a leading number', () => {
    expect(branchItem('codexx/1-a', 'codex')).toBeUndefined();
    expect(branchItem('feature/1-a', 'codex')).toBeUndefined();
    expect(branchItem('codex/x-1', 'codex')).toBeUndefined();
    expect(branchItem('codex/12x-a', 'codex')).toBeUndefined();
    expect(branchItem('codex/0-a', 'codex')).toBeUndefined();
  });
});

const item = (state: Partial<ItemState> = {}, labels: string[] = []): ReviewItem => ({
  issue: 1,
  info: { title: 'T', body: '', labels, comments: 1 },
  state: { ...newItemState(1), ...state },
  commentId: 7,
});

describe('cycleMismatch: the review comments are authoritative', () => {
  const decision = (cycle: number) => ({ cycle, rerun: false, comment: undefined });

  it('accepts a state at the cycle or one behind', () => {
    expect(cycleMismatch(decision(1), item({ reviewCycle: 0 }), 2)).toBeUndefined();
    expect(cycleMismatch(decision(2), item({ reviewCycle: 2, pr: 2 }), 2)).toBeUndefined();
  });

  it('names both cycles when they disagree', () => {
    expect(cycleMismatch(decision(1), item({ reviewCycle: 3, pr: 2 }), 2)).toBe(
      'The status comment of #1 records review cycle 3, but the review comments on PR #2 make this cycle 1. ' +
        'The review comments count: cycle 1 is reviewed and recorded.',
    );
  });
});

describe('stoppedReason', () => {
  it('stops on /codex stop and on the stop label', () => {
    expect(stoppedReason(item({ stopped: { by: 'ann', at: 'now' } }), 'codex')).toContain('stopped by ann');
    expect(stoppedReason(item({}, ['Codex:Stop']), 'codex')).toContain("'codex:stop' label");
    expect(stoppedReason(item({}, ['codex:in-progress']), 'codex')).toBeUndefined();
  });
});

const usage = { inputTokens: 10, cachedInputTokens: 2, outputTokens: 3, reasoningOutputTokens: 1 };
const record = (r: Partial<ReviewRecord> = {}): ReviewRecord => ({
  prNumber: 2,
  headSha: 'b'.repeat(40),
  branch: 'codex/1-x',
  cycle: 1,
  maxCycles: 2,
  status: 'pass',
  reason: 'Review cycle 1 passed.',
  findings: [],
  usage,
  threadId: 'thread-r',
  runUrl: 'https://github.example/o/r/actions/runs/5',
  reviewed: true,
  ...r,
});

describe('what a human does next, and the label', () => {
  it('pass: review and merge, in-review', () => {
    expect(reviewNextAction(record())).toMatch(/^Review and merge PR #2:/);
    expect(reviewLabel(record())).toBe('in-review');
  });

  it('changes below the cap: fix is next, labels untouched; at the cap: a human decides, blocked', () => {
    const below = record({ status: 'changes_required', findings: ['a', 'b'] });
    expect(reviewNextAction(below)).toBe(
      'Nothing for now: the fix phase is next, for the 2 finding(s) of review cycle 1 of 2 on PR #2.',
    );
    expect(reviewLabel(below)).toBeUndefined();
    const cap = record({ status: 'changes_required', cycle: 2 });
    expect(reviewNextAction(cap)).toContain('a human decides');
    expect(reviewLabel(cap)).toBe('blocked');
  });

  it('blocked: the reason, blocked; error: the reason and how to retry, labels untouched', () => {
    const blocked = record({ status: 'blocked', reason: 'The reviewer could not review: no diff.' });
    expect(reviewNextAction(blocked)).toBe('The reviewer could not review: no diff.');
    expect(reviewLabel(blocked)).toBe('blocked');
    const error = record({ status: 'error', reason: 'The run failed.' });
    expect(reviewNextAction(error)).toBe(
      'The run failed. Look at the run log, then comment /codex review on PR #2 to review it again.',
    );
    expect(reviewLabel(error)).toBeUndefined();
  });
});

describe('recordReview', () => {
  const now = new Date('2026-02-03T04:05:06.000Z');
  const before: ItemState = {
    ...newItemState(1),
    phase: 'dev',
    status: 'complete',
    branch: 'codex/1-x',
    pr: 2,
    headSha: 'a'.repeat(40),
    reviewFingerprints: ['old'],
    threads: { 'dev:0': 't0' },
  };

  it('records the verdict, the PR side, the fingerprints, the thread, the usage and one timeline line', () => {
    const after = recordReview(before, record({ status: 'changes_required', findings: ['f1'] }), now);
    expect(after).toMatchObject({
      phase: 'review',
      status: 'changes_required',
      attempt: 1,
      reviewCycle: 1,
      headSha: 'b'.repeat(40),
      pr: 2,
      reviewFingerprints: ['f1'],
      threads: { 'dev:0': 't0', review: 'thread-r' },
      usage,
    });
    expect(after.timeline).toEqual([
      {
        phase: 'review',
        status: 'changes_required',
        at: now.toISOString(),
        runUrl: 'https://github.example/o/r/actions/runs/5',
        note: 'Review cycle 1 passed.',
      },
    ]);
  });

  it('a failed run changes no PR field and keeps the last fingerprints; it counts as a failure', () => {
    const after = recordReview(
      before,
      record({ status: 'error', findings: undefined, reviewed: false, threadId: undefined, cycle: 3 }),
      now,
    );
    expect(after).toMatchObject({
      status: 'error',
      reviewCycle: 0,
      headSha: 'a'.repeat(40),
      reviewFingerprints: ['old'],
      threads: { 'dev:0': 't0' },
      consecutiveFailures: 1,
    });
  });
});

describe('findReviewItem (loopback GitHub)', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startGitHubServer();
  });
  afterEach(async () => {
    gh.assertNoViolations();
    await gh.close();
  });

  const pull = (head: string, fork = false): PullRequestLike => ({
    number: 50,
    state: 'open',
    title: 'x',
    node_id: 'PR_x',
    user: { login: 'github-actions[bot]' },
    head: { sha: 'c'.repeat(40), ref: head, repo: { full_name: fork ? 'fork/widgets' : 'acme/widgets' } },
    base: { ref: 'main', repo: { full_name: 'acme/widgets' } },
  });
  const find = async (pr: PullRequestLike, closes?: number) => {
    const client = gh.client();
    const info = closes === undefined ? undefined : await getIssue(client, gh.repoRef, closes);
    const from = gh.requests.length;
    const found = await findReviewItem({
      client,
      repo: gh.repoRef,
      identity: GITHUB_ACTIONS_BOT,
      pr,
      prefix: 'codex',
      closes: closes !== undefined && info ? { issue: closes, info } : undefined,
    });
    return { found, requests: gh.requests.slice(from).map((r) => r.operation) };
  };
  const seed = async (state: Partial<ItemState> = {}) => {
    const issue = gh.addIssue({ title: 'Item', labels: ['codex'] });
    await saveItemState(
      gh.client(),
      gh.repoRef,
      issue.number,
      GITHUB_ACTIONS_BOT,
      { ...newItemState(issue.number), ...state },
      { dryRun: false },
    );
    return issue.number;
  };

  it('finds the item by its branch alone (no "Closes #n"): the status comment, then the issue', async () => {
    const n = await seed({ criteria: [{ text: 'c1', done: false, commit: null }] });
    const { found, requests } = await find(pull(`codex/${n}-item`));
    expect(found).toMatchObject({ issue: n, info: { title: 'Item', labels: ['codex'] } });
    expect(found!.state.criteria.map((c) => c.text)).toEqual(['c1']);
    expect(requests).toEqual(['issues/list-comments', 'issues/get']);
  });

  it('asks nothing when the closed issue has no comments, or the PR comes from a fork', async () => {
    const bare = gh.addIssue({ title: 'No comments' }).number;
    expect(await find(pull('feature/x'), bare)).toEqual({ found: undefined, requests: [] });
    const n = await seed();
    expect(await find(pull(`codex/${n}-item`, true), n)).toEqual({ found: undefined, requests: [] });
  });

  it('leaves out an item that tracks another pull request', async () => {
    const n = await seed({ pr: 9, branch: 'codex/9-other' });
    const { found } = await find(pull('feature/x'), n);
    expect(found).toBeUndefined();
    const same = await find(pull('codex/9-other'), n);
    expect(same.found?.issue).toBe(n);
  });

  it('reviews on without the item when its state is corrupt, with a warning naming the comment', async () => {
    const issue = gh.addIssue({ title: 'Broken' });
    gh.addComment(
      issue.number,
      `${STATUS_MARKER}\n<!-- codex-orchestrator:state {"version":1} -->`,
      'github-actions[bot]',
    );
    const printed: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    try {
      const { found } = await find(pull('feature/x'), issue.number);
      expect(found).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
    expect(printed.join('')).toMatch(
      /::warning::The hidden state in the status comment of #\d+ .* is invalid/,
    );
    expect(printed.join('')).toContain('The review goes on without recording it');
  });
});
