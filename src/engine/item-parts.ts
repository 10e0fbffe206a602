import type { GitExec } from '../git/exec.js';
import type { Remote } from '../git/remote.js';
import { finishPhase, type ItemState } from '../state/index.js';
import type { LoopTracker } from '../tracker/port.js';
import type { EngineEnv } from './env.js';
import type { LoopOutcome } from './item-types.js';
import type { WorkObserver, WorkSession } from './session.js';

// What the steps of the local loop (item.ts, item-fix.ts) share: its parts, its session, how a
// step ends and is recorded, and the words of the next human step.

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

/** The work session of one item's loop: its tracker keeps reviews and summaries too. */
export type Session = WorkSession & { tracker: LoopTracker };

/** How a step of the loop ends: its status, reason and next human step, and what else it knows. */
export type Step = Pick<LoopOutcome, 'status' | 'reason' | 'next'> & Partial<LoopOutcome>;

/** Ends the phase in the state (saved at once) with its result and the next human step. */
export function record(
  session: Session,
  phase: 'dev' | 'review' | 'fix',
  status: ItemState['status'],
  note: string,
  nextAction: string | null,
): void {
  session.state = finishPhase(session.state, phase, status, { note: note.slice(0, 300), nextAction });
  void session.progress.update(session.state);
}

/** The next step of an escalation: read the held commits (beside the item's events), then approve. */
export const readHeld = (tracker: LoopTracker) =>
  `Read the held commits in ${tracker.eventsFile.replace(/events\.jsonl$/, 'hold.json')}, then ${tracker.say.approve}.`;

export const deadline = (env: EngineEnv) => Date.now() + env.config.budgets['phase-timeout-minutes'] * 60_000;

export const retry = (parts: LoopParts) => `Look at the item's log, then ${parts.tracker.say.retry}.`;

export const mergeStep = (state: ItemState) =>
  `Review the branch ${state.branch ?? ''} and merge it (or open a pull request from it).`;

export const fixByHand = (session: Session) =>
  `Fix the remaining findings on the branch ${session.wt.branch} yourself, or raise max-review-cycles and ${session.tracker.say.retry}.`;
