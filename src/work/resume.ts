import type { AgentRunner } from '../agent/types.js';
import { errorMessage } from '../errors.js';
import { createGitExec, type GitExec } from '../git/exec.js';
import { originRemote, type Remote } from '../git/remote.js';
import * as core from '../log.js';
import type { PhaseContext } from '../phase.js';
import type { ItemState } from '../state/index.js';
import { createSessionStore, type SessionStore, sessionSecret, sessionStoreDirFor } from './sessions.js';

// How dev and fix use the session store: dev saves the thread of its last run, fix restores it
// before its run and saves again after, pull-closed deletes it once the item is done. A session
// that cannot be saved or restored costs context, never the job: every failure is a log line.

/** The job's session store: origin with the action's credentials, the key from the inputs. */
export function jobSessionStore(ctx: PhaseContext, git: GitExec, remote: Remote): SessionStore {
  return createSessionStore({
    git,
    remote,
    workDir: sessionStoreDirFor(ctx.context.runnerTemp),
    secret: sessionSecret(ctx.inputs),
  });
}

/**
 * Saves the thread's session after a run and records it as the item's last thread. The state is
 * returned with `session` set (stored or not): fix resumes that thread either way when it can.
 */
export async function saveLastThread(options: {
  store: SessionStore;
  agent: AgentRunner;
  state: ItemState;
  threadId: string;
  phase: 'dev' | 'fix';
  /** False in a dry run: nothing is written to origin. */
  writes: boolean;
}): Promise<ItemState> {
  const { store, agent, state, threadId, phase } = options;
  let stored = false;
  if (!options.writes) core.info(`[dry-run] Would store the Codex session of thread ${threadId}.`);
  else if (!agent.stateDir) core.info(`The ${agent.name} runner keeps no sessions; none is stored.`);
  else {
    const saved = await store.saveSession({ item: state.item, threadId, codexHome: agent.stateDir });
    if (saved.kind === 'saved') {
      stored = true;
      core.info(
        `Stored the Codex session of thread ${threadId} in ${saved.ref} (${saved.files} file(s), ${saved.storedBytes} bytes encrypted, ${saved.ms} ms).`,
      );
    } else core.warning(`The Codex session of thread ${threadId} was not stored: ${saved.reason}.`);
  }
  return { ...state, session: { threadId, phase, stored, at: new Date().toISOString() } };
}

/** What fix starts from: the item's last thread restored (resume it), or a fresh thread and why. */
export type ResumePoint = { kind: 'resume'; threadId: string } | { kind: 'fresh'; reason: string };

/** Restores the item's last thread into the runner's CODEX_HOME, when there is one to restore. */
export async function restoreLastThread(
  store: SessionStore,
  agent: AgentRunner,
  state: ItemState,
): Promise<ResumePoint> {
  const last = state.session;
  if (!last) return { kind: 'fresh', reason: 'the item has no earlier Codex thread on record' };
  if (!agent.stateDir) return { kind: 'fresh', reason: `the ${agent.name} runner keeps no sessions` };
  const restored = await store.restoreSession({
    item: state.item,
    threadId: last.threadId,
    codexHome: agent.stateDir,
  });
  if (restored.kind === 'restored') {
    core.info(
      `Restored the Codex session of thread ${last.threadId} (${last.phase}): ${restored.files.length} file(s), ${restored.ms} ms.`,
    );
    return { kind: 'resume', threadId: last.threadId };
  }
  const reason = `the session of thread ${last.threadId} could not be restored (${restored.kind}: ${restored.reason})`;
  core.info(`A fresh Codex thread with the same context: ${reason}.`);
  return { kind: 'fresh', reason };
}

/**
 * Deletes the item's stored session once the item is done (its pull request merged). Needs the
 * job's checkout for origin's URL; without one the ref stays, which only keeps ciphertext around.
 */
export async function deleteItemSession(ctx: PhaseContext, item: number, writes: boolean): Promise<void> {
  if (!writes) {
    core.info(`[dry-run] Would delete the stored Codex session of #${item}.`);
    return;
  }
  try {
    const git = createGitExec();
    const remote = await originRemote(git, ctx.context.workspace, ctx.inputs.githubToken);
    const deleted = await jobSessionStore(ctx, git, remote).deleteSession({ item });
    if (deleted.kind === 'deleted') core.info(`Deleted the stored Codex session of #${item}.`);
    else if (deleted.kind === 'failed')
      core.warning(`Could not delete the stored Codex session of #${item}: ${deleted.reason}`);
  } catch (error) {
    core.warning(
      `Could not delete the stored Codex session of #${item} (no checkout of origin?): ${errorMessage(error)}`,
    );
  }
}
