import type { PullRequestLike } from '../github/pulls.js';
import { type Obj, obj, positiveInt, str } from '../payload.js';
import { parseSlashCommand } from '../route.js';

/** The PR a review is about, or why there is none to review. */
export type PullTarget =
  | { kind: 'pr'; number: number }
  | { kind: 'skip'; reason: string }
  | { kind: 'error'; reason: string };

/**
 * Finds the pull request to review: the `target` input (or the routed target), else the event's
 * pull request. A comment triggers a review only with `/codex review` on a pull request, so a
 * workflow that runs the review phase on every `issue_comment` stays quiet for other comments.
 */
export function resolvePullTarget(eventName: string, payload: Obj, target: number | undefined): PullTarget {
  if (eventName === 'issue_comment') {
    const issue = obj(payload.issue);
    if (!issue.pull_request)
      return {
        kind: 'skip',
        reason: `#${str(issue.number) || issue.number} is an issue, not a pull request; '/codex review' works on pull requests only.`,
      };
    const command = parseSlashCommand(str(obj(payload.comment).body));
    if (command !== 'review') {
      return {
        kind: 'skip',
        reason: command
          ? `The comment holds '/codex ${command}', not '/codex review'.`
          : 'The comment holds no /codex review command.',
      };
    }
    const number = target ?? positiveInt(issue.number);
    if (number === undefined)
      return { kind: 'error', reason: 'The issue_comment event names no pull request number.' };
    return { kind: 'pr', number };
  }
  if (target !== undefined) return { kind: 'pr', number: target };
  const fromEvent =
    positiveInt(obj(payload.pull_request).number) ??
    (eventName === 'workflow_dispatch' ? positiveInt(obj(payload.inputs).target) : undefined) ??
    (eventName === 'repository_dispatch' ? positiveInt(obj(payload.client_payload).target) : undefined);
  if (fromEvent !== undefined) return { kind: 'pr', number: fromEvent };
  return {
    kind: 'error',
    reason: `The review phase found no pull request in the '${eventName || '(none)'}' event. Set the input 'target' to the pull request number, or run it on pull_request or '/codex review' comment events.`,
  };
}

/** The parts of `GET /pulls/{n}` the review reads. */
/** Whether the PR's head is in another repository (a fork, or a deleted one): its branch and text are not ours. */
export const fromFork = (pr: Pick<PullRequestLike, 'head' | 'base'>): boolean =>
  pr.head.repo?.full_name !== pr.base.repo.full_name;

/** Why this PR is not reviewed (closed, or from a fork when forks are not allowed); undefined to go on. */
export function skipReason(pr: PullRequestLike, allowForks: boolean): string | undefined {
  if (pr.state !== 'open')
    return `Pull request #${pr.number} is ${pr.merged ? 'merged' : 'closed'}; only open pull requests are reviewed.`;
  if (fromFork(pr) && !allowForks) {
    return (
      `Pull request #${pr.number} comes from a fork (${pr.head.repo?.full_name ?? 'a deleted repository'}); forks are not reviewed by default ` +
      "(DESIGN §8.7). Set 'review.allow-forks: true' in the config file to review them."
    );
  }
  return undefined;
}
