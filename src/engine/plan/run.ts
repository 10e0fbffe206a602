import { runWithSchemaRetry } from '../../agent/retry.js';
import type { EngineEnv } from '../env.js';
import { PLAN_OUTPUT_SCHEMA } from './schema.js';

/**
 * The planner (DESIGN §1): one read-only run in the plan schema, with one retry in the same thread
 * for an answer that breaks it. The one code path for the Action's plan phase and the CLI's loop.
 */
export async function askPlanner(env: EngineEnv, prompt: string, cwd: string) {
  const agent = await env.agent('plan');
  return runWithSchemaRetry(agent, {
    prompt,
    cwd,
    sandbox: 'read-only',
    outputSchema: PLAN_OUTPUT_SCHEMA,
    timeoutMs: env.config.budgets['phase-timeout-minutes'] * 60_000,
    label: 'plan',
  });
}
