import type { PullRequestLike } from '../../github/pulls.js';
import type { Obj } from '../../payload.js';
import { eventSubject } from '../../route.js';

/** The PR a review is about, or why there is none to review. */
export type PullTarget =
  | { kind: 'pr'; number: number }
  | { kind: 'skip'; reason: string }
  | { kind: 'error'; reason: string };

/**
 * The pull request to review: the job's target (the `target` input, else the event's subject, as
 * `resolveRoute` took it), checked against what the event says it is. Which comments start a
 * review is routing's business (`resolveRoute`), not this one's.
 */
export function resolvePullTarget(eventName: string, payload: Obj, target: number | undefined): PullTarget {
  const subject = eventSubject({ eventName, payload });
  const number = target ?? subject?.number;
  if (number === undefined) {
    return {
      kind: 'error',
      reason: `The review phase found no pull request in the '${eventName || '(none)'}' event. Set the input 'target' to the pull request number, or run it on pull_request or '/codex review' comment events.`,
    };
  }
  if (subject?.kind === 'issue' && subject.number === number) {
    // A comment on an issue is a person's slip; an issues event sent to review is the workflow's.
    const reason = `#${number} is an issue, not a pull request; the review phase reviews pull requests.`;
    return eventName === 'issue_comment'
      ? { kind: 'skip', reason: `${reason} '/codex review' works on pull requests only.` }
      : { kind: 'error', reason: `${reason} Set the input 'target' to a pull request number.` };
  }
  return { kind: 'pr', number };
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
