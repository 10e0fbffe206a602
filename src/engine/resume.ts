import type { AgentRunner } from '../agent/types.js';
import * as core from '../log.js';
import type { ItemState } from '../state/index.js';
import type { SessionStore } from '../tracker/port.js';

// How dev and fix use the tracker's session store: dev saves the thread of its last run, fix
// restores it before its run and saves again after. A session that cannot be saved or restored
// costs context, never the job: every failure is a log line.

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
    if (saved.kind === 'kept') {
      stored = true;
      core.info(`The Codex session of thread ${threadId} stays in ${saved.where}.`);
    } else if (saved.kind === 'saved') {
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
