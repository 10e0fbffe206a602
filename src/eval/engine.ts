import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { plannedRuns, runtimeCache, runtimesFor } from '../agent/runtime.js';
import type { Config } from '../config.js';
import type { AgentRole, EngineEnv } from '../engine/env.js';
import type { GitExec } from '../git/exec.js';
import type { Inputs } from '../inputs.js';
import type { ItemTracker } from '../tracker/port.js';
import type { Scratch } from './scratch.js';
import { applyVariant, type Variant } from './variants.js';

/**
 * The engine's env for one variant, composed as the CLI's `run` composes it (src/cli/local.ts
 * `localEngine`): the variant's runtime per role, created on first use, with its own private home
 * under `runnerTemp`, its events in `eventsFile`, and the tool cache shared with `run`.
 */
export function variantEngine(parts: {
  variant: Variant;
  config: Config;
  inputs: Inputs;
  runnerTemp: string;
  toolCache: string;
  eventsFile: string;
  signal?: AbortSignal;
}): EngineEnv {
  const { config, inputs } = applyVariant(parts.variant, parts.config, parts.inputs);
  const runnerOf = runtimeCache({
    inputs,
    config,
    context: { runnerTemp: parts.runnerTemp, toolCache: parts.toolCache },
    eventsFile: parts.eventsFile,
    signal: parts.signal,
  });
  const agent = (role: AgentRole) => runnerOf(runtimesFor(config, role)[0] ?? 'codex');
  return {
    config,
    agent,
    plannedRuns: (role) => plannedRuns({ inputs, config, phase: role }),
    maxReviewCycles: inputs.maxReviewCycles,
    codexPaths: [inputs.codexPath].filter(Boolean),
    signal: parts.signal,
  };
}

/**
 * What the engine reads "from the default branch" for a case: the project's instructions and
 * anything else from the scratch repository's `main` (the case's code before), but the prompt
 * templates named in the config's `prompts` (the variant's included) from the folder the eval runs
 * in, as they are on disk — an eval scores the prompt being changed, not the one already merged.
 */
export function caseReader(parts: {
  git: GitExec;
  scratch: Pick<Scratch, 'dir' | 'defaultBranch'>;
  /** The folder the eval runs in (`--dir`): relative prompt paths of the config are read from it. */
  projectDir: string;
  prompts: Readonly<Record<string, string>>;
}): Pick<ItemTracker, 'readDefaultBranchFile'> {
  const templates = new Set(Object.values(parts.prompts));
  return {
    async readDefaultBranchFile(path) {
      if (templates.has(path))
        return readFile(resolve(parts.projectDir, path), 'utf8').catch(() => undefined);
      const shown = await parts.git(
        ['show', `refs/heads/${parts.scratch.defaultBranch}:${path.replace(/^\/+/, '')}`],
        {
          cwd: parts.scratch.dir,
        },
      );
      return shown.exitCode === 0 ? shown.stdout : undefined;
    },
  };
}
