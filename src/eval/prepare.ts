import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runtimesFor } from '../agent/runtime.js';
import { errorMessage } from '../errors.js';
import { checkPromptOverrides } from '../prompts/load.js';
import type { VariantEnv } from './run.js';

type Role = 'review' | 'plan';

/**
 * Every prompt template a variant would load exists, before any case runs: a missing override
 * would otherwise fail every case of the variant, one model call at a time.
 */
export async function checkPrompts(
  envs: readonly VariantEnv[],
  roles: readonly Role[],
  projectDir: string,
): Promise<string[]> {
  const problems: string[] = [];
  for (const { name, env } of envs) {
    try {
      checkPromptOverrides(env.config.prompts);
    } catch (error) {
      problems.push(`variant '${name}': ${errorMessage(error)}`);
      continue;
    }
    for (const role of roles) {
      const path = env.config.prompts[role];
      if (!path) continue;
      const isFile = await stat(resolve(projectDir, path)).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!isFile)
        problems.push(
          `variant '${name}': the ${role} prompt ${path} is not a file (the config's prompts are read from ${projectDir}, a variant's from beside its file).`,
        );
    }
  }
  return problems;
}

/**
 * Starts each variant's runtimes for the roles the suite needs (installing a CLI on first use),
 * so that a missing key or binary is reported for every variant before any case runs.
 */
export async function prepareRuntimes(
  envs: readonly VariantEnv[],
  roles: readonly Role[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const { name, env } of envs) {
    for (const role of roles) {
      try {
        await env.agent(role);
      } catch (error) {
        const runtime = runtimesFor(env.config, role)[0] ?? 'codex';
        problems.push(
          `variant '${name}': the ${runtime} runtime (${role} cases) cannot start: ${errorMessage(error)}`,
        );
      }
    }
  }
  return problems;
}
