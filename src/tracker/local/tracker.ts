import { readFile, rm } from 'node:fs/promises';
import type { GitIdentity } from '../../git/commit.js';
import type { GitExec } from '../../git/exec.js';
import type { PriorReview } from '../../review/prior.js';
import { validateReview } from '../../review/schema.js';
import { trackingSchema } from '../../review/track.js';
import { type ItemKey, type ItemState, itemStateSchema } from '../../state/index.js';
import type { Hold, HoldStore, LoopTracker, ReviewStore, SessionStore } from '../port.js';
import { type ItemFolder, readJson, type StateFolder, writeAtomic } from './folder.js';

/** What the local tracker of one item is made of; the CLI's run composes it. */
export interface LocalTrackerParts {
  folder: StateFolder;
  git: GitExec;
  item: ItemKey;
  /** The repository's name for people and prompts (the folder's name). */
  repository: string;
  author: GitIdentity;
  /** The ref of the default branch the item's branch starts from (`refs/heads/main`). */
  defaultBranchRef: string;
  /** Whether the runtime's state folder still holds a thread (Codex: its rollout file). */
  hasThread: (threadId: string) => Promise<boolean>;
  /** How a person retries and approves, in the CLI's words. */
  say: { retry: string; approve: string };
}

/**
 * The local tracker (DESIGN §12): the item's files in `.codex-orchestrator/items/<id>/` — its state,
 * its reviews, held commits, a summary for people — and the agent's sessions, which stay in the
 * run's own CODEX_HOME on this machine (nothing to store elsewhere: a later run resumes them).
 * Files are written whole or not at all, so a kill at any point leaves the last complete version.
 */
export function localItemTracker(parts: LocalTrackerParts): LoopTracker {
  const files = parts.folder.item(parts.item);
  return {
    repository: parts.repository,
    runUrl: null,
    writes: true,
    author: parts.author,
    say: parts.say,
    eventsFile: files.events,
    progressIntervalMs: 0,
    saveState: (state) => writeAtomic(files.state, `${JSON.stringify(state, null, 2)}\n`),
    loadState: () => loadState(files, parts.item),
    async readDefaultBranchFile(path) {
      // The default branch as committed, never the working tree or the item's branch the agent writes.
      const result = await parts.git(['show', `${parts.defaultBranchRef}:${path.replace(/^\/+/, '')}`], {
        cwd: parts.folder.repoDir,
      });
      return result.exitCode === 0 ? result.stdout : undefined;
    },
    holds: holdStore(files),
    sessions: sessionStore(parts),
    reviews: reviewStore(files),
    writeSummary: (markdown) =>
      writeAtomic(files.summary, markdown.endsWith('\n') ? markdown : `${markdown}\n`),
  };
}

async function loadState(files: ItemFolder, item: ItemKey): Promise<ItemState | undefined> {
  const raw = await readJson(files.state);
  if (raw === undefined) return undefined;
  const parsed = itemStateSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || '(root)';
    throw new Error(
      `${files.state} is not a state this version can read (${where}: ${parsed.error.issues[0]?.message}). ` +
        'Delete the file to start the item over (its branch is kept).',
    );
  }
  if (parsed.data.item !== item)
    throw new Error(
      `${files.state} holds the state of '${String(parsed.data.item)}', not of '${String(item)}'.`,
    );
  return parsed.data;
}

/** Held commits in `hold.json`: the patch series and its subjects, for `approve` to apply. */
function holdStore(files: ItemFolder): HoldStore {
  return {
    async save(held) {
      const { diff: _diff, reason, ...hold } = held;
      await writeAtomic(files.hold, `${JSON.stringify({ ...hold, reason }, null, 2)}\n`);
      return { kind: 'held' };
    },
    async read(): Promise<Hold | undefined> {
      const raw = (await readJson(files.hold)) as Partial<Hold> | undefined;
      if (!raw || typeof raw.mbox !== 'string' || typeof raw.base !== 'string') return undefined;
      return {
        criterion: typeof raw.criterion === 'number' ? raw.criterion : null,
        base: raw.base,
        subjects: Array.isArray(raw.subjects) ? raw.subjects.map(String) : [],
        mbox: raw.mbox,
      };
    },
    async released() {
      await rm(files.hold, { force: true });
    },
  };
}

/** The sessions stay where the runtime keeps them (the run's CODEX_HOME): nothing moves. */
function sessionStore(parts: LocalTrackerParts): SessionStore {
  return {
    saveSession: async () => ({ kind: 'kept', where: parts.folder.codexHome }),
    async restoreSession({ threadId }) {
      return (await parts.hasThread(threadId))
        ? { kind: 'restored', files: [], storedBytes: 0, ms: 0 }
        : { kind: 'missing', reason: `${parts.folder.codexHome} no longer holds thread ${threadId}` };
    },
    deleteSession: async () => ({ kind: 'absent' }),
  };
}

/**
 * Reviews as `review-<cycle>.json` (the exact review JSON, nothing else) and beside it
 * `review-<cycle>.record.json` (the head it reviewed, the tracking of its findings, who reviewed).
 */
function reviewStore(files: ItemFolder): ReviewStore {
  return {
    async latest(): Promise<PriorReview | undefined> {
      let cycle = 0;
      for (let n = 1; ; n++) {
        const exists = await readFile(files.review(n)).then(
          () => true,
          () => false,
        );
        if (!exists) break;
        cycle = n;
      }
      if (cycle === 0) return undefined;
      const checked = validateReview(await readJson(files.review(cycle)));
      const record = ((await readJson(files.reviewRecord(cycle))) ?? {}) as Record<string, unknown>;
      const tracking = trackingSchema.safeParse(record.tracking);
      return {
        cycle,
        headSha: typeof record.headSha === 'string' ? record.headSha : undefined,
        review: checked.ok ? checked.review : undefined,
        tracking: tracking.success ? tracking.data : undefined,
      };
    },
    async record(record) {
      // The record first: a review file without it reads as a review of an unknown head (re-run).
      await writeAtomic(
        files.reviewRecord(record.cycle),
        `${JSON.stringify({ cycle: record.cycle, headSha: record.headSha, tracking: record.tracking, ...record.notes }, null, 2)}\n`,
      );
      await writeAtomic(files.review(record.cycle), `${JSON.stringify(record.review, null, 2)}\n`);
    },
  };
}
