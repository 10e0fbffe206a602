import { checkActor } from '../../action/actor.js';
import { type ItemJob, openIssueItem } from '../../action/job.js';
import { fromFork } from '../../action/review/resolve.js';
import type { FixInput, FixThread } from '../../engine/fix/input.js';
import { branchItem } from '../../git/branch.js';
import { listMarkedComments } from '../../github/comments.js';
import type { ActionIdentity } from '../../github/identity.js';
import { findPull, getPull, type PullRequestLike } from '../../github/pulls.js';
import {
  byAction,
  type ChangeRequest,
  listChangeRequests,
  listReviewThreads,
  type ReviewThread,
} from '../../github/threads.js';
import { obj, str } from '../../payload.js';
import type { Finding } from '../../review/schema.js';
import type { ItemState } from '../../state/index.js';
import {
  ANY_REVIEW_MARKER,
  latestReview,
  type PreviousReview,
} from '../../tracker/github/review/previous.js';

/** Everything a fix round is given, read before anything is written: the engine's input, and the PR. */
export interface FixContext extends FixInput {
  pr: PullRequestLike & { labels: string[] };
  item: number;
  issue: { title: string; body: string };
  labels: string[];
  state: ItemState;
  /** The latest review, read back only from the action's own review comments. */
  review: PreviousReview | undefined;
  /** The latest review's findings when it required changes (else none). */
  findings: Finding[];
  /** The standing change requests of people the actor gate lets through. */
  changeRequests: ChangeRequest[];
}

export type Opened = { kind: 'skip'; reason: string } | ({ kind: 'open' } & FixContext);

/**
 * The pull request and work item a fix job is for: the target is the PR (a review's dispatch, a
 * comment, a change request) or the item's issue (`/codex retry`, an approval), whose state names
 * its PR. Skipped: a PR of no work item, one closed or from a fork, a stopped or closed item.
 */
export async function openFix(job: ItemJob, target: number): Promise<Opened> {
  const { client, repo } = job;
  const prefix = job.ctx.config.labels.prefix;
  const skip = (reason: string): Opened => ({ kind: 'skip', reason });
  // A pull request first: the usual target, and GET pulls/{n} answers 404 for an issue.
  const direct = await findPull(client, repo, target);
  let pr: PullRequestLike & { labels: string[] };
  let item: number;
  if (direct) {
    pr = direct;
    const fromBranch = branchItem(pr.head.ref, prefix);
    if (!fromBranch)
      return skip(`Pull request #${target} (${pr.head.ref}) is not one of the orchestrator's branches.`);
    item = fromBranch;
  } else {
    item = target;
  }
  const opened = await openIssueItem(job, item, 'fix');
  if (opened.kind === 'skip') return skip(opened.reason);
  const { state } = opened;
  if (!direct) {
    if (!state.pr) return skip(`#${item} has no pull request yet; there is nothing to fix.`);
    pr = await getPull(client, repo, state.pr);
  }
  pr = pr!;
  if (state.pr !== null && state.pr !== pr.number)
    return skip(`#${item} tracks pull request #${state.pr}, not #${pr.number}.`);
  if (pr.state !== 'open')
    return skip(
      `Pull request #${pr.number} is ${pr.merged ? 'merged' : 'closed'}; only open pull requests are fixed.`,
    );
  if (fromFork(pr))
    return skip(
      `Pull request #${pr.number} comes from a fork; fix pushes only to the repository's own branches.`,
    );
  if (state.merged) return skip(`#${item} is done: its pull request was merged.`);

  const [comments, threads, requests] = await Promise.all([
    listMarkedComments(client, repo, pr.number, ANY_REVIEW_MARKER, job.identity),
    listReviewThreads(client, repo, pr.number),
    listChangeRequests(client, repo, pr.number),
  ]);
  const review = latestReview(comments, { key: job.identity.key, repo, pr: pr.number });
  const allowed = actorGate(job);
  const kept = (thread: ReviewThread) => keep(thread, job.identity, allowed);
  const people: FixThread[] = [];
  const own: FixThread[] = [];
  for (const thread of threads.filter((t) => !t.isResolved)) {
    const root = thread.comments[0];
    if (!root) continue;
    if (byAction(root, job.identity)) {
      // Only threads of the latest review's findings: older ones are the review's to carry forward.
      const finding = findingOf(root.body, review);
      if (finding) own.push(toFixThread(thread, job.identity, finding, await kept(thread)));
    } else if (root.authorType === 'User' && root.author && (await allowed(root.author, 'User'))) {
      people.push(toFixThread(thread, job.identity, undefined, await kept(thread)));
    }
  }
  const changeRequests: ChangeRequest[] = [];
  for (const request of requests) {
    if (request.authorType === 'User' && (await allowed(request.author, 'User')))
      changeRequests.push(request);
  }
  const findings = review?.review?.status === 'changes_required' ? review.review.findings : [];
  return {
    kind: 'open',
    pr,
    item,
    change: { title: `pull request #${pr.number}`, number: String(pr.number), branch: pr.head.ref },
    issue: opened.issue,
    labels: opened.labels,
    state,
    review,
    findings,
    threads: people,
    ownThreads: own,
    changeRequests,
  };
}

/**
 * For a `pull_request_review` event: the reviewer must be a person with write access (the route
 * already left out bots). Anyone else's change request is skipped before anything is read.
 */
export async function reviewerGate(job: ItemJob): Promise<string | undefined> {
  const { ctx } = job;
  if (ctx.context.eventName !== 'pull_request_review') return undefined;
  const user = obj(obj(ctx.context.payload.review).user);
  const login = str(user.login);
  const type = str(user.type);
  const check = await checkActor(job.client, job.repo, {
    actor: login,
    actorType: type === 'Bot' || type === 'Organization' ? type : 'User',
    allowedUsers: ctx.inputs.allowedUsers,
    allowedBots: [],
  });
  return check.allowed ? undefined : `The change request of '${login}' is not acted on: ${check.reason}`;
}

/**
 * The actor gate every trigger passes (src/safety/actor.ts), memoised: whose words in a pull
 * request's threads reach the model. A person needs write access or a place in `allowed-users`, a
 * bot a place in `allowed-bots`; one request per person however many comments they wrote.
 */
function actorGate(job: ItemJob) {
  const { client, repo, ctx } = job;
  const known = new Map<string, Promise<boolean>>();
  return (login: string, type: 'User' | 'Bot'): Promise<boolean> => {
    const key = `${type} ${login.toLowerCase()}`;
    let answer = known.get(key);
    if (!answer) {
      answer = checkActor(client, repo, {
        actor: login,
        actorType: type,
        allowedUsers: ctx.inputs.allowedUsers,
        allowedBots: ctx.inputs.allowedBots,
      })
        .then((check) => check.allowed)
        .catch(() => false);
      known.set(key, answer);
    }
    return answer;
  };
}

/**
 * The thread's comments that count: the action's own, and those of accounts the actor gate lets
 * through. Anyone else's reply inside a maintainer's thread (another bot, a reader) stays out of
 * the prompt, as it would if it had opened a thread of its own.
 */
async function keep(
  thread: ReviewThread,
  identity: ActionIdentity,
  allowed: (login: string, type: 'User' | 'Bot') => Promise<boolean>,
) {
  const kept: { author: string; body: string }[] = [];
  for (const c of thread.comments) {
    if (!c.author) continue;
    const counts =
      byAction(c, identity) || (c.authorType !== 'Other' && (await allowed(c.author, c.authorType)));
    if (counts) kept.push({ author: c.author, body: c.body });
  }
  return kept;
}

const REPLY = /<!-- codex-orchestrator:fix-reply cycle=(\d+) -->/;

function toFixThread(
  thread: ReviewThread,
  identity: ActionIdentity,
  finding: string | undefined,
  comments: { author: string; body: string }[],
): FixThread {
  const replied = thread.comments
    .filter((c) => byAction(c, identity))
    .flatMap((c) => {
      const cycle = REPLY.exec(c.body)?.[1];
      return cycle ? [Number(cycle)] : [];
    });
  const author = thread.comments[0]?.author ?? '';
  return { id: thread.id, path: thread.path, line: thread.line, author, finding, comments, replied };
}

/**
 * The finding an inline comment of the action's carries: the review's findings are matched by the
 * id the comment shows in backticks. Only ids of the stored review count, so nothing else is read.
 */
function findingOf(body: string, review: PreviousReview | undefined): string | undefined {
  return review?.review?.findings.find((f) => body.includes(`(\`${f.id}\`)`))?.id;
}
