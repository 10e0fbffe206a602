import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { type GitExec, gitOk } from '../../git/exec.js';
import { type ItemKey, itemKeySchema } from '../../state/index.js';

/** The local tracker's folder at the repository's root, kept out of git (`.git/info/exclude`). */
export const STATE_DIR = '.codex-orchestrator';

/** Where everything of the local tracker lives; every path is derived here, nowhere else. */
export interface StateFolder {
  /** The repository's root (the main worktree). */
  repoDir: string;
  root: string;
  /** The run's counters (the seed's `.agent-state.json`). */
  sessionFile: string;
  /** A person's stop: its presence stops a run between steps. */
  stopFile: string;
  /** The agent's own state (CODEX_HOME), kept so a later run resumes a thread. */
  codexHome: string;
  /** The items' worktrees, one per item while its loop runs. */
  worktrees: string;
  item(key: ItemKey): ItemFolder;
}

export interface ItemFolder {
  dir: string;
  state: string;
  events: string;
  log: string;
  summary: string;
  hold: string;
  review(cycle: number): string;
  /** What the loop recorded beside the review JSON (head, tracking, who reviewed). */
  reviewRecord(cycle: number): string;
}

/** The state folder of the repository at `repoDir`. */
export function stateFolder(repoDir: string): StateFolder {
  const root = join(repoDir, STATE_DIR);
  return {
    repoDir,
    root,
    sessionFile: join(root, '.agent-state.json'),
    stopFile: join(root, 'STOP'),
    codexHome: join(root, 'codex-home'),
    worktrees: join(root, 'worktrees'),
    item(key) {
      // The key names a folder: only keys that cannot leave it (no separator, no `..`, no NUL).
      const checked = itemKeySchema.safeParse(key);
      if (!checked.success || String(key).startsWith('.'))
        throw new Error(
          `The item id '${String(key)}' cannot name a folder of ${STATE_DIR}/: use letters, digits, '.', '_' and '-'.`,
        );
      const dir = join(root, 'items', String(key));
      return {
        dir,
        state: join(dir, 'state.json'),
        events: join(dir, 'events.jsonl'),
        log: join(dir, 'log.txt'),
        summary: join(dir, 'summary.md'),
        hold: join(dir, 'hold.json'),
        review: (cycle) => join(dir, `review-${cycle}.json`),
        reviewRecord: (cycle) => join(dir, `review-${cycle}.record.json`),
      };
    },
  };
}

/**
 * Creates the folder and keeps it out of git: `/.codex-orchestrator/` goes into the repository's
 * `.git/info/exclude` (shared by its worktrees), never into a tracked `.gitignore`.
 */
export async function ensureStateFolder(git: GitExec, folder: StateFolder): Promise<void> {
  await mkdir(folder.root, { recursive: true });
  const common = await gitOk(git, ['rev-parse', '--git-common-dir'], { cwd: folder.repoDir });
  const gitDir = isAbsolute(common) ? common : resolve(folder.repoDir, common);
  const exclude = join(gitDir, 'info', 'exclude');
  const line = `/${STATE_DIR}/`;
  const current = await readFile(exclude, 'utf8').catch(() => '');
  if (current.split(/\r?\n/).includes(line)) return;
  await mkdir(dirname(exclude), { recursive: true });
  const sep = current === '' || current.endsWith('\n') ? '' : '\n';
  await appendFile(exclude, `${sep}# codex-orchestrator's local state (the CLI's run)\n${line}\n`);
}

/** Writes a file whole or not at all (a kill mid-write leaves the previous version). */
export async function writeAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

/** A JSON file, or undefined when it does not exist. Throws with the path when it does not parse. */
export async function readJson(path: string): Promise<unknown | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(
      `${path} is not valid JSON (${(error as Error).message}). Delete it to start the item over.`,
    );
  }
}
