import { describe, expect, it } from 'vitest';
import { resolvePullTarget, skipReason } from '../../src/action/review/resolve.js';
import type { PullRequestLike } from '../../src/github/pulls.js';

const comment = (body: string, onPr = true) => ({
  issue: { number: 5, ...(onPr ? { pull_request: { url: 'x' } } : {}) },
  comment: { body, user: { login: 'carol', type: 'User' } },
  sender: { login: 'carol', type: 'User' },
});

describe('resolvePullTarget', () => {
  it('takes the pull request of pull_request events, and the target input over it', () => {
    expect(resolvePullTarget('pull_request', { pull_request: { number: 9 } }, undefined)).toEqual({
      kind: 'pr',
      number: 9,
    });
    expect(resolvePullTarget('pull_request_target', { pull_request: { number: 9 } }, 4)).toEqual({
      kind: 'pr',
      number: 4,
    });
    expect(resolvePullTarget('workflow_dispatch', { inputs: { target: '#12' } }, undefined)).toEqual({
      kind: 'pr',
      number: 12,
    });
  });

  it('takes the pull request a comment is on, and refuses an issue', () => {
    // Which comments start a review is resolveRoute's (test/unit/route.test.ts).
    expect(resolvePullTarget('issue_comment', comment('/codex review'), undefined)).toEqual({
      kind: 'pr',
      number: 5,
    });
    expect(resolvePullTarget('issue_comment', comment('/codex review', false), undefined)).toMatchObject({
      kind: 'skip',
      reason: expect.stringContaining('is an issue, not a pull request'),
    });
  });

  it('fails on an issues event sent to review, naming the input that fixes it', () => {
    expect(resolvePullTarget('issues', { issue: { number: 3 } }, undefined)).toEqual({
      kind: 'error',
      reason:
        "#3 is an issue, not a pull request; the review phase reviews pull requests. Set the input 'target' to a pull request number.",
    });
    expect(resolvePullTarget('issues', { issue: { number: 3 } }, 8)).toEqual({ kind: 'pr', number: 8 });
  });

  it('explains how to name the pull request when the event has none', () => {
    expect(resolvePullTarget('schedule', {}, undefined)).toEqual({
      kind: 'error',
      reason: expect.stringContaining("Set the input 'target' to the pull request number"),
    });
  });
});

describe('skipReason', () => {
  const pr = (over: Partial<PullRequestLike> = {}): PullRequestLike => ({
    number: 3,
    state: 'open',
    title: 't',
    node_id: 'PR_1',
    user: { login: 'a' },
    head: { sha: 'a'.repeat(40), ref: 'feature', repo: { full_name: 'acme/widgets' } },
    base: { ref: 'main', repo: { full_name: 'acme/widgets' } },
    ...over,
  });

  it('reviews open pull requests of the repository', () => {
    expect(skipReason(pr(), false)).toBeUndefined();
  });

  it('skips closed and merged pull requests', () => {
    expect(skipReason(pr({ state: 'closed' }), false)).toBe(
      'Pull request #3 is closed; only open pull requests are reviewed.',
    );
    expect(skipReason(pr({ state: 'closed', merged: true }), false)).toContain('is merged');
  });

  it('skips forks (also deleted ones) unless allowed', () => {
    const fork = pr({ head: { sha: 'b'.repeat(40), ref: 'x', repo: { full_name: 'eve/widgets' } } });
    expect(skipReason(fork, false)).toContain('comes from a fork (eve/widgets)');
    expect(skipReason(fork, true)).toBeUndefined();
    expect(skipReason(pr({ head: { sha: 'c'.repeat(40), ref: 'x', repo: null } }), false)).toContain(
      'a deleted repository',
    );
  });
});
