import { addUsage, type Usage, ZERO_USAGE } from '../agent/types.js';
import type { GitIdentity } from '../git/commit.js';
import { type GitExec, gitOk } from '../git/exec.js';
import { SecretInPushError } from '../git/outgoing.js';
import { pushBranch } from '../git/push.js';
import { type Remote, trackingRef } from '../git/remote.js';
import type { Worktree } from '../git/worktree.js';
import * as core from '../log.js';
import type { LoadedPrompt } from '../prompts/load.js';
import { addItemUsage, type ItemKey, type ItemState, itemCapReached } from '../state/index.js';
import type { ItemTracker } from '../tracker/port.js';
import type { VerifyReport } from '../verify/run.js';
import type { EngineEnv } from './env.js';
import { createProgressUpdater, type ProgressUpdater } from './progress.js';

/**
 * Who follows the dev loop step by step, beside the state it saves (the MCP server's progress
 * notifications and its `test_result`). Every hook is optional and must not throw.
 */
export interface WorkObserver {
  /** A criterion's run starts (`index` from 0 of `total`). */
  criterionStarted?(index: number, total: number, text: string): void;
  /** A criterion is done: its commit, or null when the run changed nothing. */
  criterionDone?(index: number, total: number, sha: string | null): void;
  /** The verification ran (after the criteria, and again after its fix run). */
  verified?(report: VerifyReport): void;
}

/**
 * Everything the engine carries from step to step while it works on one item's branch: a dev or
 * fix job of the Action, or one item of the CLI's run.
 */
export interface WorkSession {
  env: EngineEnv;
  tracker: ItemTracker;
  git: GitExec;
  wt: Worktree;
  /**
   * Where the branch is published: origin with the action's credentials, or (local) the
   * repository itself, whose branch ref the worktree's commits fast-forward.
   */
  remote: Remote;
  item: ItemKey;
  issue: { title: string; body: string };
  prefix: string;
  author: GitIdentity;
  /** The latest state; every change goes through `update` so progress reaches the status comment. */
  state: ItemState;
  progress: ProgressUpdater;
  /** The newest commit origin has of the branch (the default branch's tip before the first push). */
  pushed: string;
  /** Origin's default branch: the PR's base. */
  defaultBranch: string;
  /** When budgets.phase-timeout-minutes ends this job (epoch ms): no run starts or lasts past it. */
  deadline: number;
  /** Usage of this job's runs. */
  usage: Usage;
  /** One line per run for the job summary. */
  log: string[];
  /** The thread of this job's last model run: the one a later fix resumes. */
  lastThread?: string;
  /** The dev prompt's template, read at the first run and kept: every run of the job uses the same. */
  template?: Promise<LoadedPrompt>;
  /**
   * Why the work must stop before its next step (the CLI's STOP file, a signal), else undefined.
   * Dev asks before each criterion and before the verification; the Action's jobs have none.
   */
  halt?: () => string | undefined;
  observer?: WorkObserver;
}

/**
 * A session over the item's worktree: the surface's parts, plus what follows from them (the
 * prefix, the commit author, progress saved through the tracker, nothing spent yet).
 */
export function openWorkSession(
  { env, tracker }: Pick<WorkSession, 'env' | 'tracker'>,
  checkout: Pick<WorkSession, 'git' | 'wt' | 'remote'>,
  parts: Pick<WorkSession, 'item' | 'issue' | 'state' | 'defaultBranch' | 'deadline' | 'observer'>,
): WorkSession {
  return {
    env,
    tracker,
    ...checkout,
    ...parts,
    prefix: env.config.labels.prefix,
    author: tracker.author,
    progress: createProgressUpdater((s) => tracker.saveState(s), { intervalMs: tracker.progressIntervalMs }),
    pushed: checkout.wt.remoteTip ?? checkout.wt.base,
    usage: ZERO_USAGE,
    log: [],
  };
}

/** The origin's branch holds commits this job did not write: nothing more is pushed. */
export class ForeignCommitsError extends Error {
  constructor(
    readonly branch: string,
    readonly commits: string[],
    retry: string,
  ) {
    super(
      `Origin's '${branch}' has commits this job's history lacks, so nothing was pushed (the action never ` +
        `force-pushes over work it did not write): ${commits.slice(0, 5).join('; ')}. Merge them into the ` +
        `branch history the action built, or delete the branch, then ${retry}.`,
    );
    this.name = 'ForeignCommitsError';
  }
}

/**
 * A push that stopped for a person to act, not a failure of the run: origin's branch holds
 * commits we lack, or the commits would carry a secret. The item is blocked with the error's words.
 */
export const pushStopped = (error: unknown): error is ForeignCommitsError | SecretInPushError =>
  error instanceof ForeignCommitsError || error instanceof SecretInPushError;

/** Records a new state and sends it to the status comment (throttled). */
export function update(session: WorkSession, state: ItemState): void {
  session.state = state;
  void session.progress.update(state);
}

/** Adds one run's usage to the job's and the item's totals. */
export function spend(session: WorkSession, usage: Usage): void {
  session.usage = addUsage(session.usage, usage);
  update(session, addItemUsage(session.state, usage));
}

/** Why no further model run may start (token/cost cap, max-iterations), or undefined. */
export function budgetStop(session: WorkSession): string | undefined {
  const { config } = session.env;
  const capped = itemCapReached(session.state.usage, config, session.env.plannedRuns('dev'));
  if (capped) return capped;
  const max = config['max-iterations'];
  if (session.state.dev.iterations >= max) {
    return `The item has had ${session.state.dev.iterations} developer runs, reaching max-iterations (${max}). Raise max-iterations or split the item, then ${session.tracker.say.retry}.`;
  }
  return undefined;
}

/** Milliseconds left before the job's deadline (budgets.phase-timeout-minutes); ≤ 0 once past it. */
export const timeLeft = (session: WorkSession): number => session.deadline - Date.now();

/** Why dev stops at its deadline when `what` would start now; undefined while time is left. */
export function deadlineStop(session: WorkSession, what: string): string | undefined {
  return timeLeft(session) > 0 ? undefined : deadlineReason(session, what);
}

/** Dev stopped at its deadline: `what` did not start or was cut short; the finished criteria are pushed. */
export function deadlineReason(session: WorkSession, what: string): string {
  const minutes = session.env.config.budgets['phase-timeout-minutes'];
  const done = session.state.criteria.filter((c) => c.done).length;
  return (
    `Dev reached budgets.phase-timeout-minutes (${minutes}), the limit of the whole dev job: ${what}; ` +
    `${done} of ${session.state.criteria.length} criteria are done and pushed. ` +
    `Raise the timeout or split the item, then ${session.tracker.say.retry} to continue from there.`
  );
}

/**
 * Pushes HEAD to the item's branch (fast-forward only, inside the prefix). A dry run pushes
 * nothing. Throws ForeignCommitsError when origin has commits we lack.
 */
export async function push(session: WorkSession): Promise<string> {
  const head = await gitOk(session.git, ['rev-parse', 'HEAD'], { cwd: session.wt.dir });
  if (head === session.pushed) return head;
  if (!session.tracker.writes) {
    core.info(`[dry-run] Would push ${head} to ${session.wt.branch}.`);
    return head;
  }
  const result = await pushBranch(session.git, {
    dir: session.wt.dir,
    remote: session.remote,
    branch: session.wt.branch,
    prefix: session.prefix,
    base: session.pushed,
  });
  if (result.status === 'foreign')
    throw new ForeignCommitsError(session.wt.branch, result.foreignCommits, session.tracker.say.retry);
  session.pushed = result.sha;
  update(session, { ...session.state, headSha: result.sha, branch: session.wt.branch });
  core.info(`Pushed ${result.sha} to ${session.wt.branch}.`);
  return result.sha;
}

/** The default branch as fetched from the session's remote: what the branch's own commits are counted from. */
export const baseRef = (session: Pick<WorkSession, 'remote' | 'defaultBranch'>): string =>
  trackingRef(session.remote, session.defaultBranch);

/** The action's commits on the branch since the default branch, oldest first: subject and body. */
export async function branchCommits(session: WorkSession): Promise<{ subject: string; body: string }[]> {
  const out = await gitOk(
    session.git,
    ['log', '--reverse', '--format=%s%x1f%b%x1e', `${baseRef(session)}..HEAD`],
    { cwd: session.wt.dir },
  );
  return out
    .split('\x1e')
    .map((entry) => entry.replace(/^\n/, ''))
    .filter((entry) => entry.includes('\x1f'))
    .map((entry) => {
      const [subject = '', body = ''] = entry.split('\x1f');
      return { subject, body: body.split(/\n\n(?=Codex-)/)[0]!.trim() };
    });
}

/**
 * Marks criteria done whose commit is already on the branch (the action's commits carry a
 * `Codex-Criterion: N` trailer). Progress edits are throttled, so after a crash the branch can be
 * ahead of the state; this keeps a re-run from doing a finished criterion twice.
 */
export async function recoverFromBranch(session: WorkSession): Promise<void> {
  const out = await gitOk(
    session.git,
    [
      'log',
      '--format=%H%x1f%ae%x1f%(trailers:key=Codex-Criterion,valueonly,separator=%x2c)%x1e',
      `${baseRef(session)}..HEAD`,
    ],
    { cwd: session.wt.dir },
  );
  let criteria = session.state.criteria;
  for (const entry of out.split('\x1e')) {
    const [sha = '', email = '', trailer = ''] = entry.trim().split('\x1f');
    const index = Number(trailer.trim()) - 1;
    const criterion = criteria[index];
    if (email !== session.author.email || !criterion || criterion.done) continue;
    criteria = criteria.map((c, i) => (i === index ? { ...c, done: true, commit: sha } : c));
    core.info(`Criterion ${index + 1} is already on the branch (${sha.slice(0, 7)}); it is not run again.`);
  }
  if (criteria !== session.state.criteria) update(session, { ...session.state, criteria });
}
