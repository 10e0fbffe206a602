import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type DocsBacklog, loadDocsBacklog } from '../backlog/docs.js';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { errorMessage } from '../errors.js';
import type { GitExec } from '../git/exec.js';
import type { Inputs } from '../inputs.js';
import type { LocalRepo } from '../local/repo.js';
import { ensureStateFolder, type StateFolder, stateFolder } from '../tracker/local/folder.js';
import {
  type AgentSession,
  newSession,
  openSession,
  readSession,
  saveSession,
} from '../tracker/local/session-file.js';
import { confineRepo } from './confine.js';
import { ToolError } from './errors.js';

/** What the server was started with; every tool call works within it. */
export interface ServerOptions {
  /** The folders it may work in, as real paths (confine.ts). */
  roots: readonly string[];
  /** The action's inputs from the server's flags and environment (model, codex-path, keys …). */
  inputs: Inputs;
  /** Where the runtimes' CLIs are installed, once per version. */
  toolCache: string;
  /** Scratch space of this server (the runtimes' private homes, worktrees); removed when it stops. */
  scratch: string;
  git: GitExec;
  /** The server's environment: the person's git credentials for sync_remote's fetch. */
  env: NodeJS.ProcessEnv;
}

/** One repository a tool call works in: confined, with its policy and its state folder. */
export interface Workspace {
  options: ServerOptions;
  repo: LocalRepo;
  config: Config;
  folder: StateFolder;
}

export async function openWorkspace(options: ServerOptions, repoPath: string): Promise<Workspace> {
  const repo = await confineRepo(options.roots, repoPath, options.git);
  let config: Config;
  try {
    config = await loadConfig(resolve(repo.repoDir, options.inputs.configFile));
  } catch (error) {
    if (error instanceof ConfigError) throw new ToolError(error.message);
    throw error;
  }
  return { options, repo, config, folder: stateFolder(repo.repoDir) };
}

/** The docs backlog of a tree (the working tree by default), as the CLI's scan reads it. */
export function readBacklog(ws: Workspace, dir = ws.repo.repoDir): Promise<DocsBacklog> {
  return loadDocsBacklog(dir, ws.config.backlog.docs);
}

// One writer of a state folder's session file at a time: tool calls may overlap.
const sessionLocks = new Map<string, Promise<void>>();

/** The session file as it is (undefined without one); a damaged file is a ToolError naming the fix. */
export async function currentSession(ws: Workspace): Promise<AgentSession | undefined> {
  try {
    return await readSession(ws.folder);
  } catch (error) {
    throw new ToolError(errorMessage(error));
  }
}

/**
 * Reads, changes and writes the session file, one call at a time: the open session, or a new one
 * when none is open; with `ended: 'keep'`, an ended session is changed as it is (a note of the
 * call that ended it must not start the next one).
 */
export function updateSession(
  ws: Workspace,
  change: (session: AgentSession) => AgentSession,
  options: { ended?: 'keep' } = {},
): Promise<AgentSession> {
  const key = ws.folder.root;
  // The chain never rejects, so one failed update does not stop the next.
  const previous = sessionLocks.get(key) ?? Promise.resolve();
  const run = previous.then(async () => {
    await ensureStateFolder(ws.repo.git, ws.folder);
    let session: AgentSession;
    try {
      session =
        options.ended === 'keep'
          ? ((await readSession(ws.folder)) ?? newSession())
          : await openSession(ws.folder);
    } catch (error) {
      throw new ToolError(errorMessage(error));
    }
    const next = change(session);
    await saveSession(ws.folder, next);
    return next;
  });
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  sessionLocks.set(key, settled);
  void settled.then(() => {
    if (sessionLocks.get(key) === settled) sessionLocks.delete(key);
  });
  return run;
}

/** Why no item may be worked now: the early exit of the open session, or a STOP file. */
export async function workRefused(ws: Workspace): Promise<string | undefined> {
  const session = await currentSession(ws);
  if (session?.early_exit_triggered && session.ended_at === null)
    return (
      `The session stopped early: ${session.early_exit_reason} A person looks at the items' summaries in ` +
      `${ws.folder.root}/items/, fixes the cause, then clears it with \`codex-orchestrator clear --dir ${ws.repo.repoDir}\`.`
    );
  const stop = await access(ws.folder.stopFile).then(
    () => true,
    () => false,
  );
  if (stop) return `A STOP file is in ${ws.folder.root}: a person removes it to go on.`;
  return undefined;
}
