import { addUsage, type Usage, ZERO_USAGE } from '../agent/types.js';
import { errorMessage } from '../errors.js';
import { assertOwnBranch, branchName } from '../git/branch.js';
import type { GitExec } from '../git/exec.js';
import type { Remote } from '../git/remote.js';
import { openWorktree, removeWorktree, type Worktree } from '../git/worktree.js';
import * as core from '../log.js';
import type { Finding } from '../review/schema.js';
import { finishPhase, type ItemState, itemCapReached, newItemState, startPhase } from '../state/index.js';
import type { LoopTracker } from '../tracker/port.js';
import { markItemFileDone } from './docs-item.js';
import type { EngineEnv } from './env.js';
import { releaseApproved } from './escalation.js';
import type { FixInput } from './fix/input.js';
import { findRoundCommit, fixRound, type RoundOutcome } from './fix/round.js';
import { findingsBack } from './fix/stops.js';
import { reviewBranch } from './item-review.js';
import type { LoopItem, LoopOutcome, LoopStatus } from './item-types.js';
import { developAndVerify, type WorkOutcome } from './loop.js';
import { planItem } from './plan/item.js';
import { restoreLastThread, saveLastThread } from './resume.js';
import {
  branchCommits,
  ForeignCommitsError,
  openWorkSession,
  recoverFromBranch,
  type WorkObserver,
  type WorkSession,
} from './session.js';
import { renderSummary } from './summary.js';

/** What the loop of one item runs on: the engine, the item's tracker, and the repository. */
export interface LoopParts {
  env: EngineEnv;
  tracker: LoopTracker;
  git: GitExec;
  /** The repository's main worktree (its object store is shared with the item's worktree). */
  repoDir: string;
  /** Where the item's worktree is made; it is removed when the loop ends (the branch stays). */
  worktrees: string;
  /** Where the branch is published: the repository itself (local), whose branch ref it moves. */
  remote: Remote;
  /** The default branch's name: where a new branch starts, what reviews compare against. */
  defaultBranch: string;
  /** Why the loop must stop between steps now (a STOP file, a signal), else undefined. */
  stop(): string | undefined;
  /** One line for people as each step starts or ends. */
  progress(phase: string, note: string): void;
  /** Stop after dev and the verification (the MCP server's `process_bug`): no review. */
  devOnly?: boolean;
  /** Follows dev criterion by criterion (the MCP server's progress notifications). */
  observer?: WorkObserver;
  /** Publishes the branch once its review passed (the CLI's --push); a failure is the item's error. */
  publish?: (branch: string) => Promise<void>;
}

type Session = WorkSession & { tracker: LoopTracker };

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
  if (state.criteria.length === 0 && state.plan === null) {
    parts.progress('plan', 'the item has no acceptance criteria: planning');
    const planned = await planItem(parts, item, state);
    state = planned.state;
    spent.usage = addUsage(spent.usage, planned.usage);
    await tracker.saveState(state);
    if (planned.status !== 'ready') return end(planned.status, planned.reason, planned.next);
  }
  if (state.escalation && !state.escalation.approvedBy) {
    return end(
      'blocked',
      `${item.id} waits for the approval of its escalation; nothing was run.`,
      `Read ${tracker.eventsFile.replace(/events\.jsonl$/, 'hold.json')}, then ${tracker.say.approve}.`,
    );
  }
  const prefix = env.config.labels.prefix;
  const branch = state.branch ?? branchName(prefix, item.id, item.title);
  assertOwnBranch(branch, prefix);
  state = { ...state, branch };

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
  try {
    const result = await work(parts, session, item);
    await session.progress.settle();
    const commits = (await branchCommits(session)).length;
    return await finish(parts, item, {
      ...result,
      state: session.state,
      branch,
      commits,
      usage: addUsage(spent.usage, session.usage),
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
      branch,
      usage: addUsage(spent.usage, session.usage),
    });
  } finally {
    await removeWorktree(parts.git, parts.repoDir, wt.dir);
  }
}

type Step = Pick<LoopOutcome, 'status' | 'reason' | 'next'> & Partial<LoopOutcome>;

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

/** One fix round for the review's findings, resuming the item's last thread. */
async function fix(
  parts: LoopParts,
  session: Session,
  item: LoopItem,
  reviewed: Extract<Awaited<ReturnType<typeof reviewBranch>>, { kind: 'reviewed' }>,
): Promise<RoundOutcome> {
  const { env, tracker } = session;
  const { cycle, head, review, tracking } = reviewed;
  parts.progress('fix', `review cycle ${cycle}: ${review.findings.length} finding(s)`);
  session.state = startPhase(session.state, 'fix');
  session.deadline = deadline(env);
  const input: FixInput = {
    item: item.id,
    state: session.state,
    change: { title: `the branch \`${session.wt.branch}\``, number: item.id, branch: session.wt.branch },
    review: { cycle, headSha: head, review, tracking },
    findings: review.findings,
    threads: [],
    ownThreads: [],
    changeRequests: [],
  };
  let outcome: RoundOutcome;
  const recovered = await findRoundCommit(session, cycle, head);
  if (recovered) outcome = recovered;
  else {
    const resume = await restoreLastThread(tracker.sessions, await env.agent('fix'), session.state);
    outcome = await fixRound(session, input, resume);
  }
  if (session.lastThread && outcome.kind !== 'error') {
    session.state = await saveLastThread({
      store: tracker.sessions,
      agent: await env.agent('fix'),
      state: session.state,
      threadId: session.lastThread,
      phase: 'fix',
      writes: true,
    });
  }
  if (outcome.kind === 'pushed') {
    const rounds =
      session.state.fix?.cycle === cycle ? session.state.fix.rounds : (session.state.fix?.rounds ?? 0) + 1;
    session.state = {
      ...session.state,
      headSha: outcome.sha,
      fix: {
        cycle,
        rounds,
        claimed: outcome.answer.fixed_findings,
        summary: outcome.answer.summary,
        commit: outcome.sha,
      },
    };
    record(
      session,
      'fix',
      'complete',
      `Fix round for review cycle ${cycle}: ${outcome.sha.slice(0, 7)}.`,
      null,
    );
  }
  parts.progress('fix', outcome.kind);
  return outcome;
}

/** The loop stops for a person before a fix round: the cycle cap, the same findings back, the budget. */
function loopStop(session: Session, cycle: number, findings: readonly Finding[]): string | undefined {
  const max = session.env.maxReviewCycles;
  if (cycle >= max)
    return `Review cycle ${cycle} of ${max} still requires changes, and it was the last automated one (max-review-cycles).`;
  const back = findingsBack(session.state, cycle, findings);
  if (back.length > 0)
    return `The findings the last fix round claimed to fix came back in review cycle ${cycle}: ${back.map((f) => f.id).join(', ')}. Another automated round would likely repeat it.`;
  return itemCapReached(session.state.usage, session.env.config, session.env.plannedRuns('fix'));
}

/** How the loop ends when a fix round did not push. */
function roundStop(
  parts: LoopParts,
  session: Session,
  outcome: Exclude<RoundOutcome, { kind: 'pushed' }>,
  cycle: number,
): Step {
  switch (outcome.kind) {
    case 'no_progress': {
      const reason = `The fix round for review cycle ${cycle} changed nothing, so another review would see the same code.`;
      record(session, 'fix', 'blocked', reason, fixByHand(session));
      return { status: 'blocked', reason, next: fixByHand(session) };
    }
    case 'tests_failed': {
      const reason = `The fix round's commit ${outcome.sha.slice(0, 7)} is on the branch, but the verification still fails.`;
      record(session, 'fix', 'tests_failed', reason, fixByHand(session));
      return { status: 'tests_failed', reason, next: fixByHand(session) };
    }
    case 'blocked': {
      const next = session.state.escalation
        ? `Read the held commits, then ${session.tracker.say.approve}.`
        : fixByHand(session);
      record(session, 'fix', 'blocked', outcome.reason, next);
      return { status: 'blocked', reason: outcome.reason, next };
    }
    case 'error':
      record(session, 'fix', 'error', outcome.reason, retry(parts));
      return { status: 'error', reason: outcome.reason, next: retry(parts) };
  }
}

/** Ends the phase in the state (saved at once) with its result and the next human step. */
function record(
  session: Session,
  phase: 'dev' | 'review' | 'fix',
  status: ItemState['status'],
  note: string,
  nextAction: string | null,
): void {
  session.state = finishPhase(session.state, phase, status, { note: note.slice(0, 300), nextAction });
  void session.progress.update(session.state);
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

const deadline = (env: EngineEnv) => Date.now() + env.config.budgets['phase-timeout-minutes'] * 60_000;

const retry = (parts: LoopParts) => `Look at the item's log, then ${parts.tracker.say.retry}.`;

const mergeStep = (state: ItemState) =>
  `Review the branch ${state.branch ?? ''} and merge it (or open a pull request from it).`;

const fixByHand = (session: Session) =>
  `Fix the remaining findings on the branch ${session.wt.branch} yourself, or raise max-review-cycles and ${session.tracker.say.retry}.`;

function devNext(parts: LoopParts, session: Session, outcome: WorkOutcome): string {
  if (outcome.status === 'needs_decomposition') return 'Split the item into smaller ones in the backlog.';
  if (outcome.status === 'tests_failed')
    return `The verification fails on the branch ${session.wt.branch}: fix it there, then ${parts.tracker.say.retry}.`;
  if (session.state.escalation) return `Read the held commits, then ${parts.tracker.say.approve}.`;
  return outcome.reason.includes(parts.tracker.say.retry) ? outcome.reason : retry(parts);
}
