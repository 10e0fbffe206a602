import { homedir } from 'node:os';
import { join } from 'node:path';
import { plannedRuns, runtimeCache, runtimesFor } from '../agent/runtime.js';
import type { AgentRunner } from '../agent/types.js';
import type { WorkItem } from '../backlog/model.js';
import type { Config } from '../config.js';
import type { AgentRole, EngineEnv } from '../engine/env.js';
import type { LoopParts } from '../engine/item.js';
import type { LoopItem } from '../engine/item-types.js';
import type { Inputs } from '../inputs.js';
import * as core from '../log.js';
import type { ItemKey } from '../state/index.js';
import type { StateFolder } from '../tracker/local/folder.js';
import { localItemTracker } from '../tracker/local/tracker.js';
import type { LoopTracker } from '../tracker/port.js';
import { LOCAL_AUTHOR, type LocalRepo, selfRemote } from './repo.js';

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
  approve: `run \`codex-orchestrator approve ${String(item)}\``,
});

/** The engine and the tracker of one item, on this machine. */
export interface LocalEngine {
  env: EngineEnv;
  tracker: LoopTracker;
}

/** What the runtimes of a local surface are made from. */
export interface LocalAgentParts {
  inputs: Inputs;
  config: Config;
  folder: StateFolder;
  /** Where the runtimes write their event lines (an item's events.jsonl, the retro's). */
  eventsFile: string;
  /** Scratch space for this run (the runtimes' private homes). */
  runnerTemp: string;
  toolCache: string;
  signal?: AbortSignal;
}

/**
 * The runtime of each role, created on first use (one per runtime name), Codex's sessions in the
 * state folder so a later run resumes them.
 */
export function localAgents(parts: LocalAgentParts): EngineEnv {
  const { inputs, config, folder } = parts;
  const runnerOf = runtimeCache(
    {
      inputs,
      config,
      context: { runnerTemp: parts.runnerTemp, toolCache: parts.toolCache },
      eventsFile: parts.eventsFile,
      signal: parts.signal,
      stateDir: folder.codexHome,
    },
    timed,
  );
  return {
    config,
    agent: (role: AgentRole) => runnerOf(runtimesFor(config, role)[0] ?? 'codex'),
    agents: (role: AgentRole) => Promise.all(runtimesFor(config, role).map(runnerOf)),
    plannedRuns: (role) => plannedRuns({ inputs, config, phase: role }),
    maxReviewCycles: inputs.maxReviewCycles,
    codexPaths: [inputs.codexPath].filter(Boolean),
    signal: parts.signal,
  };
}

/**
 * The runner with one line per run in the log: how it ended and how long it took, so a person sees
 * where the time went (and the loop's overhead can be measured against its runs).
 */
function timed(runner: AgentRunner): AgentRunner {
  return {
    name: runner.name,
    get model() {
      return runner.model;
    },
    sandboxes: runner.sandboxes,
    stateDir: runner.stateDir,
    attemptedCommands: runner.attemptedCommands?.bind(runner),
    async run(request) {
      const result = await runner.run(request);
      core.info(
        `Run of ${runner.name}${request.label ? ` (${request.label})` : ''}: ${result.ok ? 'ok' : result.kind} in ${result.durationMs} ms.`,
      );
      return result;
    },
  };
}

/**
 * Composes the engine for one item: its runtimes (their events in the item's folder) and its local
 * tracker. `say` words the retry and approve steps for the surface (default: the CLI's).
 */
export function localEngine(
  parts: Omit<LocalAgentParts, 'eventsFile'> & {
    repo: LocalRepo;
    item: ItemKey;
    say?: { retry: string; approve: string };
  },
): LocalEngine {
  const { folder } = parts;
  const env = localAgents({ ...parts, eventsFile: folder.item(parts.item).events });
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
    say: parts.say ?? localSay(parts.item),
  });
  return { env, tracker };
}

/** A docs item as the engine's loop works it. */
export const loopItemOf = (item: WorkItem): LoopItem => ({
  id: item.id,
  title: item.title,
  body: item.body,
  criteria: item.acceptanceCriteria.map((c) => c.text),
  file: item.source.kind === 'docs' ? item.source.file : '',
});

/**
 * The parts of an item's loop that this machine gives, the same for every local surface: the
 * engine and the tracker, the repository as its own origin (the item's branch ref is what moves),
 * and the state folder's worktrees.
 */
export function localLoopParts(
  engine: LocalEngine,
  repo: LocalRepo,
  folder: StateFolder,
): Pick<LoopParts, 'env' | 'tracker' | 'git' | 'repoDir' | 'worktrees' | 'remote' | 'defaultBranch'> {
  return {
    ...engine,
    git: repo.git,
    repoDir: repo.repoDir,
    worktrees: folder.worktrees,
    remote: selfRemote(repo),
    defaultBranch: repo.defaultBranch,
  };
}
