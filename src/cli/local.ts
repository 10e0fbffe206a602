import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { plannedRuns, runtimesFor } from '../agent/runtime.js';
import type { AgentRunner } from '../agent/types.js';
import type { Config, RuntimeName } from '../config.js';
import type { AgentRole, EngineEnv } from '../engine/env.js';
import type { GitIdentity } from '../git/commit.js';
import { type GitExec, gitOk } from '../git/exec.js';
import type { Remote } from '../git/remote.js';
import type { Inputs } from '../inputs.js';
import * as core from '../log.js';
import type { ItemKey } from '../state/index.js';
import type { StateFolder } from '../tracker/local/folder.js';
import { localItemTracker } from '../tracker/local/tracker.js';
import type { LoopTracker } from '../tracker/port.js';

/** The repository a local command works in. */
export interface LocalRepo {
  git: GitExec;
  /** The main worktree's root. */
  repoDir: string;
  /** The branch items start from (never written). */
  defaultBranch: string;
  /** Its name for people and prompts: origin's `owner/name`, else the folder's name. */
  repository: string;
}

/** Who the engine's commits are by on this machine: not the person, so its commits stay apart. */
export const LOCAL_AUTHOR: GitIdentity = {
  name: 'codex-orchestrator',
  email: 'codex-orchestrator@localhost',
};

/** Thrown when the folder is not a git repository the command can work in. */
export class RepoError extends Error {}

/**
 * The repository at `dir` and its default branch: `base` when given, else what origin's HEAD names,
 * else `init.defaultBranch`, `main` or `master`, whichever exists as a local branch.
 */
export async function openLocalRepo(git: GitExec, dir: string, base?: string): Promise<LocalRepo> {
  const top = await git(['rev-parse', '--show-toplevel'], { cwd: dir });
  if (top.exitCode !== 0)
    throw new RepoError(`${dir} is not inside a git repository: run this in one (or pass --dir).`);
  const repoDir = top.stdout.trim();
  const exists = async (branch: string) =>
    (await git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`], { cwd: repoDir }))
      .exitCode === 0;
  let defaultBranch: string | undefined;
  if (base) {
    if (!(await exists(base))) throw new RepoError(`--base ${base} is not a branch of ${repoDir}.`);
    defaultBranch = base;
  } else {
    const originHead = await git(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], {
      cwd: repoDir,
    });
    const configured = await git(['config', '--get', 'init.defaultBranch'], { cwd: repoDir });
    const candidates = [
      originHead.exitCode === 0 ? originHead.stdout.trim().replace(/^origin\//, '') : '',
      configured.exitCode === 0 ? configured.stdout.trim() : '',
      'main',
      'master',
    ].filter(Boolean);
    for (const name of candidates) {
      if (await exists(name)) {
        defaultBranch = name;
        break;
      }
    }
  }
  if (!defaultBranch)
    throw new RepoError(
      `Cannot tell the default branch of ${repoDir} (no origin/HEAD, no main or master): pass --base BRANCH.`,
    );
  const origin = await git(['config', '--get', 'remote.origin.url'], { cwd: repoDir });
  const named = /[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
    origin.exitCode === 0 ? origin.stdout.trim() : '',
  );
  return {
    git,
    repoDir,
    defaultBranch,
    repository: named ? `${named[1]}/${named[2]}` : basename(repoDir),
  };
}

/**
 * The repository itself as the engine's "origin": its branch refs are where item branches are
 * published (fast-forward only, as to origin), fetched apart from the user's remote-tracking refs.
 */
export const selfRemote = (repo: LocalRepo): Remote => ({
  url: repo.repoDir,
  env: {},
  tracking: 'refs/codex-orchestrator/local/',
  self: true,
});

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
  const runnerOf = (name: RuntimeName) => {
    let runner = runners.get(name);
    if (!runner) {
      runner = import('../agent/runtime.js')
        .then(({ createRuntime }) =>
          createRuntime(name, {
            inputs,
            config,
            context: { runnerTemp: parts.runnerTemp, toolCache: parts.toolCache },
            eventsFile: files.events,
            signal: parts.signal,
            stateDir: folder.codexHome,
          }),
        )
        .then(timed);
      runners.set(name, runner);
    }
    return runner;
  };
  const env: EngineEnv = {
    config,
    agent: (role: AgentRole) => runnerOf(runtimesFor(config, role)[0] ?? 'codex'),
    agents: (role: AgentRole) => Promise.all(runtimesFor(config, role).map(runnerOf)),
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

/**
 * The runner with one line per run in the item's log: how it ended and how long it took, so a
 * person sees where the time went (and the loop's overhead can be measured against its runs).
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

/** The git identity of the person at this machine, for approvals; else the login. */
export async function localPerson(git: GitExec, repoDir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const name = await gitOk(git, ['config', '--get', 'user.name'], { cwd: repoDir }).catch(() => '');
  return name || env.USER || env.USERNAME || 'a person at this machine';
}
