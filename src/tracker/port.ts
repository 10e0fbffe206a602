import type { GitIdentity } from '../git/commit.js';
import type { PriorReview } from '../review/prior.js';
import type { Review } from '../review/schema.js';
import type { Tracking } from '../review/track.js';
import type { ItemKey, ItemState } from '../state/index.js';

// The tracker port (DESIGN §12): where a work item's state, its held commits and its agent
// sessions live while the engine works on it. Two adapters implement it: GitHub (the status
// comment, a comment with the held commits, an encrypted ref per item for the sessions;
// src/tracker/github/) and local (files in the repository's `.codex-orchestrator/` folder;
// src/tracker/local/). The engine (src/engine/) sees only this file, so it cannot tell them apart.

/** Commits an escalation held back, with what a person needs to decide on them. */
export interface HeldCommits {
  /** The acceptance criterion (index) the commits meet; null for the verification fix run. */
  criterion: number | null;
  /** The commit the patches apply on: the branch's last push (the default branch's tip before the first). */
  base: string;
  /** The held commits' one-line subjects, oldest first. */
  subjects: string[];
  /** `git format-patch --stdout` of the held commits. */
  mbox: string;
  /** `git diff` of the held commits, for the person who approves. */
  diff: string;
  /** The escalation in one line. */
  reason: string;
}

/** A hold read back: the patch series, checked against the checksum it was saved with. */
export type Hold = Omit<HeldCommits, 'diff' | 'reason'>;

/** Where held commits wait for `/codex approve` (GitHub) or a person's `approve` (local). */
export interface HoldStore {
  /** Keeps the commits; `too_large` when the store cannot hold them (a comment's size limit). */
  save(held: HeldCommits): Promise<{ kind: 'held' } | { kind: 'too_large'; reason: string }>;
  /** The item's hold, when there is one and it reads back intact. */
  read(): Promise<Hold | undefined>;
  /** Records that the hold was released (applied as `sha`, approved by `by`). */
  released(hold: Hold, by: string, sha: string): Promise<void>;
}

export interface SessionRequest {
  item: ItemKey;
  threadId: string;
  /** The runtime's state folder (Codex: CODEX_HOME): read on save, written on restore. */
  codexHome: string;
}

export type SaveResult =
  | {
      kind: 'saved';
      ref: string;
      commit: string;
      files: number;
      rolloutBytes: number;
      storedBytes: number;
      ms: number;
    }
  | { kind: 'kept'; where: string }
  | { kind: 'skipped' | 'failed'; reason: string };

/** Anything but `restored` means: start a fresh thread with the same context, and say why. */
export type RestoreResult =
  | { kind: 'restored'; files: string[]; storedBytes: number; ms: number }
  | { kind: 'missing' | 'undecryptable' | 'mismatch'; reason: string };

export type DeleteResult = { kind: 'deleted' | 'absent' } | { kind: 'failed'; reason: string };

/**
 * Keeps an agent thread's session between jobs, so a later job resumes it. None of the three
 * throws: a lost session costs context, not the job.
 */
export interface SessionStore {
  saveSession(request: SessionRequest): Promise<SaveResult>;
  restoreSession(request: SessionRequest): Promise<RestoreResult>;
  deleteSession(request: { item: ItemKey }): Promise<DeleteResult>;
}

/** One work item's tracker, as the engine uses it while it works on the item. */
export interface ItemTracker {
  /** How the repository is named to people and in prompts (`owner/repo`, or the folder's name). */
  readonly repository: string;
  /** The link of this run, recorded in the item's timeline; null where there is none (local). */
  readonly runUrl: string | null;
  /** False in a dry run or under autonomy `observe`: nothing is written, everything is printed. */
  readonly writes: boolean;
  /** Who the engine's commits are by. */
  readonly author: GitIdentity;
  /**
   * How a person does the two things the engine's messages ask for, in this surface's words
   * (`comment /codex retry`, or the CLI command): completes "…, then <retry>."
   */
  readonly say: { retry: string; approve: string };
  /** Records the item's state (the status comment, or `state.json`). */
  saveState(state: ItemState): Promise<void>;
  /**
   * The shortest time between two progress saves while a phase runs (the status comment is edited
   * at most every 10 s by default; a local file can be written on every step, so a kill loses nothing).
   */
  readonly progressIntervalMs?: number;
  /**
   * A file of the default branch (prompt overrides, project instructions): never the work branch,
   * which the agent writes. Undefined when it does not exist.
   */
  readDefaultBranchFile(path: string): Promise<string | undefined>;
  readonly holds: HoldStore;
  readonly sessions: SessionStore;
}

/** A review the loop recorded: the exact review JSON, and what the loop knows about it. */
export interface ReviewRecord {
  cycle: number;
  headSha: string;
  review: Review;
  tracking: Tracking;
  /** Who reviewed (the runtimes of a second opinion), and anything else recorded beside the JSON. */
  notes?: Record<string, unknown>;
}

/** Where a loop's reviews are kept and read back (the local tracker: `review-<cycle>.json`). */
export interface ReviewStore {
  /** The newest review, or undefined before the first. */
  latest(): Promise<PriorReview | undefined>;
  record(record: ReviewRecord): Promise<void>;
}

/**
 * The tracker of an item the engine works through its whole loop in one process (the CLI's `run`,
 * the MCP server's `process_bug`): its state is read back, its reviews are kept, and what remains
 * is written for a person. The Action runs one phase per job and keeps these on GitHub itself.
 */
export interface LoopTracker extends ItemTracker {
  /** The item's state as last saved, or undefined for an item never worked. */
  loadState(): Promise<ItemState | undefined>;
  readonly reviews: ReviewStore;
  /** The item's summary for people: what was done, what remains, the next human step. */
  writeSummary(markdown: string): Promise<void>;
  /** Where the item's raw runtime events go (JSONL). */
  readonly eventsFile: string;
}
