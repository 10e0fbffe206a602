import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../../config.js';
import type { ActionContext } from '../../context.js';
import type { Inputs } from '../../inputs.js';
import * as core from '../../log.js';
import type { AgentRunner } from '../types.js';
import { codexModelOf, DEFAULT_BASE_URL } from './args.js';
import { resolveCodexBinary } from './install.js';
import { CodexRunner } from './runner.js';

export {
  CODEX_DEFAULT_MODELS,
  codexModelOf,
  DEFAULT_BASE_URL,
  KEY_ENV_VAR,
  PROVIDER_ID,
  type ProviderSettings,
} from './args.js';
export { type CodexEvent, type CodexItem, parseCodexEvent } from './events.js';
export {
  type CodexBinary,
  CodexBinaryError,
  codexCacheDir,
  locateInstalledCodex,
  resolveCodexBinary,
} from './install.js';
export {
  findRolloutFile,
  type RolloutCommand,
  readRolloutCommands,
  readRolloutModel,
  readRolloutUsage,
} from './rollout.js';
export { DenyRuleError, RULES_FILE, renderDenyRules, writeDenyRules } from './rules.js';
export { CodexRunner, type CodexRunnerOptions, type RunnerLog } from './runner.js';

/** This job's CODEX_HOME: under RUNNER_TEMP, which the runner empties between jobs. */
export const codexHomeFor = (runnerTemp: string): string =>
  join(runnerTemp, 'codex-orchestrator', 'codex-home');

/** Thrown when the inputs cannot make a working runner (no model key and no custom endpoint). */
export class CodexSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CodexSetupError';
  }
}

/**
 * The runner for this job: finds (or installs) the CLI, creates the job's CODEX_HOME, and points a
 * custom provider at `responses-api-endpoint` (default the OpenAI API) with the key in `env_key`.
 */
export async function createCodexRunnerForJob({
  inputs,
  config,
  context,
  eventsFile,
  signal,
  stateDir,
}: {
  inputs: Inputs;
  /** Prices and the cost cap; absent: the price table, no cap. */
  config?: Pick<Config, 'pricing' | 'budgets'>;
  context: Pick<ActionContext, 'runnerTemp' | 'toolCache'>;
  eventsFile: string;
  /** The job's cancellation (src/process/cancel.ts): runs end with `kind: 'cancelled'` once it aborts. */
  signal?: AbortSignal;
  /** CODEX_HOME when it must outlive the job (the CLI keeps it in its state folder); else the job's. */
  stateDir?: string;
}): Promise<AgentRunner> {
  if (!inputs.openaiApiKey && !inputs.responsesApiEndpoint) {
    throw new CodexSetupError(
      "Input 'openai-api-key' is empty, and this phase calls the model. " +
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown to the user as is
        'Fix: pass openai-api-key: ${{ secrets.OPENAI_API_KEY }}, or set responses-api-endpoint to a gateway that needs no key.',
    );
  }
  const codex = await resolveCodexBinary({
    codexPath: inputs.codexPath,
    codexVersion: inputs.codexVersion,
    toolCache: context.toolCache,
    log: (line) => core.info(line),
  });
  const codexHome = stateDir ?? codexHomeFor(context.runnerTemp);
  await mkdir(codexHome, { recursive: true });
  return new CodexRunner({
    codex,
    codexHome,
    eventsFile,
    provider: { baseUrl: inputs.responsesApiEndpoint || DEFAULT_BASE_URL, apiKey: inputs.openaiApiKey },
    model: inputs.model || undefined,
    defaultModel: codexModelOf(inputs),
    pricing: config?.pricing,
    costCapUsd: config?.budgets['item-cost-cap-usd'],
    effort: inputs.effort || undefined,
    // Codex's own environment is allow-listed from this one (args.ts): no GITHUB_*, no INPUT_*.
    env: process.env,
    signal,
  });
}
