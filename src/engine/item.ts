import { addUsage, type Usage, ZERO_USAGE } from '../agent/types.js';
import { errorMessage } from '../errors.js';
import { assertOwnBranch, branchName } from '../git/branch.js';
import { gitOk } from '../git/exec.js';
import { openWorktree, removeWorktree, type Worktree } from '../git/worktree.js';
import * as core from '../log.js';
import { type ItemState, newItemState, startPhase } from '../state/index.js';
import { markItemFileDone } from './docs-item.js';
import { releaseApproved } from './escalation.js';
import { fix, loopStop, recoverFixRound, roundStop } from './item-fix.js';
import {
  deadline,
  fixByHand,
  type LoopParts,
  mergeStep,
  readHeld,
  record,
  retry,
  type Session,
  type Step,
} from './item-parts.js';
import { reviewBranch } from './item-review.js';
import type { LoopItem, LoopOutcome, LoopStatus } from './item-types.js';
import { developAndVerify, type WorkOutcome } from './loop.js';
import { planItem } from './plan/item.js';
import { createProgressUpdater } from './progress.js';
import { saveLastThread } from './resume.js';
import { baseRef, ForeignCommitsError, openWorkSession, recoverFromBranch } from './session.js';
import { renderSummary } from './summary.js';

export type { LoopParts } from './item-parts.js';

/**
 * One docs item through the loop (DESIGN §7, §12): the planner when it has no acceptance criteria,
 * then dev (the criteria one commit each, the verification), then review → fix until the review
 * passes or `max-review-cycles` is reached. Every step is recorded through the tracker as it ends,
 * so a run killed at any point continues where it stopped: finished criteria are not redone, a
 * recorded review is not asked again, a fix round already on the branch is not made twice, and the
 * agent's thread resumes from its session.
 */
export async function runItem(parts: LoopParts, item: LoopItem): Promise<LoopOutcome> {
  const { env, tracker } = parts;
  let state = (await tracker.loadState()) ?? newItemState(item.id);
  const spent: { usage: Usage } = { usage: ZERO_USAGE };
  const end = (status: LoopStatus, reason: string, next: string, extra: Partial<LoopOutcome> = {}) =>
    finish(parts, item, { status, reason, next, state, usage: spent.usage, ...extra });

  if (state.phase === 'review' && state.status === 'pass' && !parts.devOnly) {
    if (parts.publish && state.branch) await parts.publish(state.branch);
    return end('pass', `The review of cycle ${state.reviewCycle} passed already.`, mergeStep(state), {
      branch: state.branch,
      cycles: state.reviewCycle,
    });
  }
  if (state.criteria.length === 0 && item.criteria.length > 0) {
    state = { ...state, criteria: item.criteria.map((text) => ({ text, done: false, commit: null })) };
  }
  if (state.escalation && !state.escalation.approvedBy) {
    return end(
      'blocked',
      `${item.id} waits for the approval of its escalation; nothing was run.`,
      readHeld(tracker),
    );
  }
  const prefix = env.config.labels.prefix;
  const branch = state.branch ?? branchName(prefix, item.id, item.title);
  assertOwnBranch(branch, prefix);

  let wt: Worktree;
  try {
    wt = await openWorktree(parts.git, {
      repoDir: parts.repoDir,
      parentDir: parts.worktrees,
      branch,
      defaultBranch: parts.defaultBranch,
      remote: parts.remote,
    });
  } catch (error) {
    return end('error', `Could not prepare the worktree of ${branch}: ${errorMessage(error)}`, retry(parts));
  }
  try {
    if (state.criteria.length === 0 && state.plan === null) {
      // The planner reads the item's worktree (the default branch, for a new item): never the
      // person's working tree, and never where the runtime keeps its own state.
      parts.progress('plan', 'the item has no acceptance criteria: planning');
      const planned = await planItem({ env, tracker, cwd: wt.dir }, item, state);
      state = planned.state;
      spent.usage = addUsage(spent.usage, planned.usage);
      await tracker.saveState(state);
      parts.progress('plan', planned.status);
      if (planned.status !== 'ready') return await end(planned.status, planned.reason, planned.next);
    }
    state = { ...state, branch };
    return await developAndReview(parts, item, state, wt, spent.usage);
  } finally {
    await removeWorktree(parts.git, parts.repoDir, wt.dir);
  }
}

/** Dev, review and fix in the item's open worktree, then the summary: every way out passes `finish`. */
async function developAndReview(
  parts: LoopParts,
  item: LoopItem,
  state: ItemState,
  wt: Worktree,
  spent: Usage,
): Promise<LoopOutcome> {
  const { env, tracker } = parts;
  const session = openWorkSession(
    { env, tracker },
    { git: parts.git, wt, remote: parts.remote },
    {
      item: item.id,
      issue: { title: item.title, body: item.body },
      state,
      defaultBranch: parts.defaultBranch,
      deadline: deadline(env),
      observer: parts.observer,
    },
  ) as Session;
  session.halt = parts.stop;
  // The loop's trackers keep files, not a rate-limited comment: every step is saved as it happens,
  // so a kill loses at most the step in flight (and the branch's trailers recover that one).
  session.progress = createProgressUpdater((s) => tracker.saveState(s), { intervalMs: 0 });
  try {
    const result = await work(parts, session, item);
    await session.progress.settle();
    const commits = await publishedCommits(session);
    return await finish(parts, item, {
      ...result,
      state: session.state,
      branch: wt.branch,
      commits,
      usage: addUsage(spent, session.usage),
    });
  } catch (error) {
    await session.progress.settle();
    const status = error instanceof ForeignCommitsError ? 'blocked' : 'error';
    if (status === 'error')
      core.info(`The loop of ${item.id} failed: ${error instanceof Error ? error.stack : error}`);
    return finish(parts, item, {
      status,
      reason: errorMessage(error),
      next: retry(parts),
      state: session.state,
      branch: wt.branch,
      usage: addUsage(spent, session.usage),
    });
  }
}

/** Dev, then review → fix, on the open worktree. */
async function work(parts: LoopParts, session: Session, item: LoopItem): Promise<Step> {
  const stopped = (): Step | undefined => {
    const why = parts.stop();
    return why ? { status: 'stopped', reason: why, next: retry(parts) } : undefined;
  };
  if (session.state.dev.result !== 'complete') {
    const early = stopped();
    if (early) return early;
    const dev = await develop(parts, session, item);
    if (dev) return dev;
  }
  if (parts.devOnly) return { status: 'complete', reason: 'Every criterion is done and verified.', next: '' };

  await recoverFixRound(session);
  for (;;) {
    const early = stopped();
    if (early) return early;
    parts.progress('review', `cycle ${session.state.reviewCycle + 1}`);
    session.state = startPhase(session.state, 'review');
    const reviewed = await reviewBranch(session, item);
    if (reviewed.kind === 'failed') {
      record(session, 'review', 'error', reviewed.reason, retry(parts));
      return { status: 'error', reason: reviewed.reason, next: retry(parts) };
    }
    const { cycle, review, verdict } = reviewed;
    const open = review.findings;
    const outcome = { cycles: cycle, openFindings: open };
    parts.progress(
      'review',
      `cycle ${cycle}: ${review.status}${reviewed.repeated ? ' (already reviewed)' : ''}`,
    );
    if (verdict.status === 'pass') {
      record(session, 'review', 'pass', verdict.reason, mergeStep(session.state));
      if (parts.publish) await parts.publish(session.wt.branch);
      return { status: 'pass', reason: verdict.reason, next: mergeStep(session.state), ...outcome };
    }
    if (verdict.status === 'blocked') {
      record(session, 'review', 'blocked', verdict.reason, retry(parts));
      return { status: 'blocked', reason: verdict.reason, next: retry(parts), ...outcome };
    }
    // Changes required: the stops that need no model call.
    const stop = loopStop(session, cycle, open);
    if (stop) {
      record(session, 'review', 'blocked', stop, fixByHand(session));
      return { status: 'blocked', reason: stop, next: fixByHand(session), ...outcome };
    }
    record(session, 'review', 'changes_required', verdict.reason, null);
    const round = await fix(parts, session, item, reviewed);
    if (round.kind !== 'pushed') return { ...roundStop(parts, session, round, cycle), ...outcome };
  }
}

/** The criteria and the verification; undefined when dev completed (the review comes next). */
async function develop(parts: LoopParts, session: Session, item: LoopItem): Promise<Step | undefined> {
  const { env, tracker } = session;
  parts.progress('dev', `${session.state.criteria.filter((c) => !c.done).length} criterion(s) to do`);
  session.state = startPhase(session.state, 'dev');
  session.deadline = deadline(env);
  await tracker.saveState(session.state);
  await recoverFromBranch(session);
  if (session.state.escalation?.approvedBy) await releaseApproved(session);
  let outcome: WorkOutcome = await developAndVerify(session);
  const halted = outcome.status !== 'complete' ? parts.stop() : undefined;
  if (halted) {
    // Stopped between two steps (or a signal ended the run): nothing failed, a later run goes on.
    parts.progress('dev', 'stopped');
    return { status: 'stopped', reason: halted, next: retry(parts) };
  }
  if (outcome.status === 'complete') {
    const problem = await markItemFileDone(session, { file: item.file, id: item.id });
    if (problem) {
      core.warning(problem);
      outcome = { ...outcome, reason: `${outcome.reason} ${problem}` };
    }
  }
  if (session.lastThread) {
    session.state = await saveLastThread({
      store: tracker.sessions,
      agent: await env.agent('dev'),
      state: session.state,
      threadId: session.lastThread,
      phase: 'dev',
      writes: true,
    });
  }
  const next = outcome.status === 'complete' ? null : devNext(parts, session, outcome);
  session.state = {
    ...session.state,
    dev: {
      ...session.state.dev,
      result: outcome.status === 'blocked' ? session.state.dev.result : outcome.status,
    },
  };
  record(session, 'dev', outcome.status, outcome.reason, next);
  parts.progress('dev', outcome.status);
  if (outcome.status === 'complete') return undefined;
  return { status: outcome.status, reason: outcome.reason, next: next ?? retry(parts) };
}

/** Writes the summary and the final state: every way out of the loop passes here. */
async function finish(
  parts: LoopParts,
  item: LoopItem,
  outcome: Step & { state: ItemState; usage: Usage },
): Promise<LoopOutcome> {
  const full: LoopOutcome = {
    branch: outcome.state.branch,
    cycles: outcome.state.reviewCycle,
    openFindings: [],
    commits: 0,
    ...outcome,
    state: { ...outcome.state, nextAction: outcome.next || outcome.state.nextAction },
  };
  await parts.tracker.saveState(full.state);
  await parts.tracker.writeSummary(renderSummary(item, full));
  return full;
}

/** The commits on the branch as published, since the default branch (held commits are not on it). */
async function publishedCommits(session: Session): Promise<number> {
  const out = await gitOk(session.git, ['rev-list', '--count', `${baseRef(session)}..${session.pushed}`], {
    cwd: session.wt.dir,
  });
  return Number(out) || 0;
}

function devNext(parts: LoopParts, session: Session, outcome: WorkOutcome): string {
  if (outcome.status === 'needs_decomposition') return 'Split the item into smaller ones in the backlog.';
  if (outcome.status === 'tests_failed')
    return `The verification fails on the branch ${session.wt.branch}: fix it there, then ${parts.tracker.say.retry}.`;
  if (session.state.escalation) return readHeld(parts.tracker);
  return outcome.reason.includes(parts.tracker.say.retry) ? outcome.reason : retry(parts);
}
