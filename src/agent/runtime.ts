import type { Config, RuntimeName } from '../config.js';
import type { ActionContext } from '../context.js';
import type { Inputs } from '../inputs.js';
import { claudeModelOf } from './claude/args.js';
import { codexModelOf } from './codex/args.js';
import { type Provider, priceOf } from './pricing.js';
import type { AgentRunner } from './types.js';

/** The phases that call a model, each with its `runtimes` key. */
const MODEL_PHASES = ['plan', 'review', 'retro', 'dev', 'fix'] as const;
type ModelPhase = (typeof MODEL_PHASES)[number];

const PROVIDER: Record<RuntimeName, Provider> = { codex: 'openai', claude: 'anthropic' };

/**
 * The runtimes a phase runs on, in order (config `runtimes`; `codex` by default). review may list
 * two for a second opinion; every other phase has one.
 */
export function runtimesFor(config: Pick<Config, 'runtimes'>, phase: string): RuntimeName[] {
  if (!(MODEL_PHASES as readonly string[]).includes(phase)) return ['codex'];
  const chosen = config.runtimes[phase as ModelPhase];
  return Array.isArray(chosen) ? [...chosen] : [chosen];
}

/** The model a runtime's runs will use, as far as the inputs tell before any run. */
export function modelOf(name: RuntimeName, inputs: Inputs): string | undefined {
  return name === 'claude' ? claudeModelOf(inputs) : codexModelOf(inputs);
}

/**
 * The models a phase would run, each with whether it has a price, for the cost-cap check before a
 * run (src/state/budget.ts `itemCapReached`). Cheap: nothing is installed.
 */
export function plannedRuns(ctx: {
  inputs: Inputs;
  config: Pick<Config, 'runtimes' | 'pricing'>;
  phase: string;
}): { runtime: RuntimeName; model: string | undefined; priced: boolean }[] {
  return runtimesFor(ctx.config, ctx.phase).map((runtime) => {
    const model = modelOf(runtime, ctx.inputs);
    return { runtime, model, priced: priceOf(PROVIDER[runtime], model, ctx.config.pricing) !== undefined };
  });
}

/** What every runtime's factory needs. */
export interface RuntimeDeps {
  inputs: Inputs;
  config: Pick<Config, 'pricing' | 'budgets' | 'runtimes'>;
  context: Pick<ActionContext, 'runnerTemp' | 'toolCache'>;
  eventsFile: string;
  /** Codex's CODEX_HOME when it must outlive the job (the CLI's state folder). */
  stateDir?: string;
  /** The job's cancellation. */
  signal?: AbortSignal;
}

/**
 * Creates a runtime's runner for this job (installing its CLI on first use). A new runtime is a
 * folder under src/agent/ with a runner implementing AgentRunner, a case here, a `RUNTIMES` entry
 * in src/config.ts and a provider for its prices (README, Runtimes).
 */
export async function createRuntime(name: RuntimeName, deps: RuntimeDeps): Promise<AgentRunner> {
  switch (name) {
    case 'codex': {
      const { createCodexRunnerForJob } = await import('./codex/index.js');
      return createCodexRunnerForJob(deps);
    }
    case 'claude': {
      const { createClaudeRunnerForJob } = await import('./claude/index.js');
      return createClaudeRunnerForJob(deps);
    }
  }
}

/**
 * The runtimes of one job (or one item's loop), each created on first use and shared after: one
 * runner per runtime name. A runtime that could not start (no key, no binary) is tried again when
 * next asked, and fails again, visibly. `wrap` decorates each runner once (a log line per run).
 */
export function runtimeCache(
  deps: RuntimeDeps,
  wrap: (runner: AgentRunner) => AgentRunner = (runner) => runner,
): (name: RuntimeName) => Promise<AgentRunner> {
  const runners = new Map<RuntimeName, Promise<AgentRunner>>();
  return (name) => {
    let runner = runners.get(name);
    if (!runner) {
      runner = createRuntime(name, deps).then(wrap);
      runner.catch(() => runners.delete(name));
      runners.set(name, runner);
    }
    return runner;
  };
}
