import { homedir } from 'node:os';
import { join } from 'node:path';
import { plannedRuns, runtimesFor } from '../agent/runtime.js';
import type { AgentRunner } from '../agent/types.js';
import type { Config } from '../config.js';
import type { AgentRole, EngineEnv } from '../engine/env.js';
import type { Inputs } from '../inputs.js';
import type { ItemKey } from '../state/index.js';
import type { StateFolder } from '../tracker/local/folder.js';
import { localItemTracker } from '../tracker/local/tracker.js';
import type { LoopTracker } from '../tracker/port.js';
import { LOCAL_AUTHOR, type LocalRepo } from './repo.js';

// The engine composed for one item on this machine (its runtimes and the local tracker): what the
// CLI's run and the MCP server's process_bug both drive.

/** Where the runtimes' CLIs are installed on this machine, once per version. */
export function userToolCache(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'codex-orchestrator', 'tools');
}

/** How a person does what the engine's messages ask, in the CLI's words. */
export const localSay = (item: ItemKey) => ({
  retry: `run \`codex-orchestrator run --item ${String(item)}\` again`,
  approve: `run \`codex-orchestrator approve ${String(item)}\` (after reading the held commits)`,
});

/** The engine and the tracker of one item, on this machine. */
export interface LocalEngine {
  env: EngineEnv;
  tracker: LoopTracker;
}

/**
 * Composes the engine for one item: its runtimes (created on first use, their events in the
 * item's folder, Codex's sessions in the state folder so a later run resumes them) and its local
 * tracker.
 */
export function localEngine(parts: {
  repo: LocalRepo;
  folder: StateFolder;
  inputs: Inputs;
  config: Config;
  item: ItemKey;
  /** Scratch space for this run (the runtimes' private homes). */
  runnerTemp: string;
  toolCache: string;
  signal?: AbortSignal;
}): LocalEngine {
  const { inputs, config, folder } = parts;
  const runners = new Map<string, Promise<AgentRunner>>();
  const files = folder.item(parts.item);
  const agent = (role: AgentRole) => {
    const [name = 'codex'] = runtimesFor(config, role);
    let runner = runners.get(name);
    if (!runner) {
      runner = import('../agent/runtime.js').then(({ createRuntime }) =>
        createRuntime(name, {
          inputs,
          config,
          context: { runnerTemp: parts.runnerTemp, toolCache: parts.toolCache },
          eventsFile: files.events,
          signal: parts.signal,
          stateDir: folder.codexHome,
        }),
      );
      runners.set(name, runner);
    }
    return runner;
  };
  const env: EngineEnv = {
    config,
    agent,
    plannedRuns: (role) => plannedRuns({ inputs, config, phase: role }),
    maxReviewCycles: inputs.maxReviewCycles,
    codexPaths: [inputs.codexPath].filter(Boolean),
    signal: parts.signal,
  };
  const tracker = localItemTracker({
    folder,
    git: parts.repo.git,
    item: parts.item,
    repository: parts.repo.repository,
    author: LOCAL_AUTHOR,
    defaultBranchRef: `refs/heads/${parts.repo.defaultBranch}`,
    hasThread: async (threadId) => {
      const { findRolloutFile } = await import('../agent/codex/rollout.js');
      return (await findRolloutFile(folder.codexHome, threadId)) !== undefined;
    },
    say: localSay(parts.item),
  });
  return { env, tracker };
}
