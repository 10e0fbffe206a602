import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../../config.js';
import type { ActionContext } from '../../context.js';
import type { Inputs } from '../../inputs.js';
import * as core from '../../log.js';
import { resolveClaudeBinary } from '../install/claude.js';
import { CLAUDE_DEFAULT_MODELS } from './args.js';
import { ClaudeRunner } from './runner.js';

export {
  type ClaudeBinary,
  ClaudeBinaryError,
  checkNativeClaude,
  claudeCacheDir,
  resolveClaudeBinary,
} from '../install/claude.js';
export {
  buildClaudeArgs,
  buildClaudeEnv,
  CLAUDE_DEFAULT_MODELS,
  claudeModelOf,
  READ_ONLY_TOOLS,
} from './args.js';
export { type ClaudeEvent, parseClaudeEvent } from './events.js';
export { ClaudeRunner, type ClaudeRunnerOptions } from './runner.js';

/** This job's HOME for Claude Code: under RUNNER_TEMP, which the runner empties between jobs. */
export const claudeHomeFor = (runnerTemp: string): string =>
  join(runnerTemp, 'codex-orchestrator', 'claude-home');

/** Thrown when the inputs cannot make a working Claude Code runner. */
export class ClaudeSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClaudeSetupError';
  }
}

/**
 * The runner for a phase configured for Claude Code: checks the key, finds the pinned binary in
 * the tool cache (a miss installs that version there: src/agent/install/claude.ts, integrity-checked,
 * the native binary only), and gives it a private HOME.
 */
export async function createClaudeRunnerForJob({
  inputs,
  config,
  context,
  eventsFile,
  signal,
}: {
  inputs: Inputs;
  config: Pick<Config, 'pricing' | 'budgets'>;
  context: Pick<ActionContext, 'runnerTemp' | 'toolCache'>;
  eventsFile: string;
  signal?: AbortSignal;
}): Promise<ClaudeRunner> {
  if (!inputs.anthropicApiKey) {
    throw new ClaudeSetupError(
      "Input 'anthropic-api-key' is empty, and this phase runs on the claude runtime (runtimes in the config). " +
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown to the user as is
        'Fix: pass anthropic-api-key: ${{ secrets.ANTHROPIC_API_KEY }}, or run the phase on the codex runtime.',
    );
  }
  const claude = await resolveClaudeBinary({
    version: inputs.claudeCodeVersion,
    toolCache: context.toolCache,
    signal,
    log: (line) => core.info(line),
  });
  const home = claudeHomeFor(context.runnerTemp);
  await mkdir(home, { recursive: true });
  return new ClaudeRunner({
    claude,
    home,
    eventsFile,
    apiKey: inputs.anthropicApiKey,
    baseUrl: inputs.anthropicBaseUrl || undefined,
    model: inputs.claudeModel || undefined,
    defaultModel: CLAUDE_DEFAULT_MODELS[inputs.claudeCodeVersion],
    pricing: config.pricing,
    costCapUsd: config.budgets['item-cost-cap-usd'],
    env: process.env,
    signal,
  });
}
