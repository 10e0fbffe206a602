import { runWithSchemaRetry } from '../../agent/retry.js';
import type { AgentRunner, Usage } from '../../agent/types.js';
import { errorMessage } from '../../errors.js';
import { type PromptSource, renderPrompt } from '../../prompts/load.js';
import { RETRO_OUTPUT_SCHEMA, type RetroAnswer } from './schema.js';

/** What one retrospective run gave: an answer, or why there is none (a person reads the report). */
export type AskedRetro =
  | { kind: 'answer'; answer: RetroAnswer; usage: Usage }
  | { kind: 'blocked' | 'error'; reason: string; usage: Usage | undefined };

/**
 * One read-only run of prompts/retro.md with the retro schema (an answer that breaks it is asked
 * for once more), for the Action's retro and the MCP server's run_retrospective. A prompt that
 * cannot be loaded (a missing `prompts.retro` override) throws; a runtime that cannot start or
 * fails is an `error` with the reason.
 */
export async function askRetro(parts: {
  agent: () => Promise<AgentRunner>;
  /** The prompt's values (retroPromptValues). */
  values: Readonly<Record<string, string>>;
  /** Where a `prompts.retro` override is read from (the default branch). */
  prompts: PromptSource;
  /** The default branch's tree, read-only. */
  cwd: string;
  timeoutMs: number;
  signal?: AbortSignal;
}): Promise<AskedRetro> {
  const prompt = await renderPrompt('retro', parts.values, parts.prompts);
  try {
    const agent = await parts.agent();
    const { result, usage } = await runWithSchemaRetry(agent, {
      prompt,
      cwd: parts.cwd,
      sandbox: 'read-only',
      outputSchema: RETRO_OUTPUT_SCHEMA,
      timeoutMs: parts.timeoutMs,
      signal: parts.signal,
      label: 'retro',
    });
    if (result.ok) return { kind: 'answer', answer: result.output as RetroAnswer, usage };
    const invalid = result.kind === 'invalid_output';
    return {
      kind: invalid ? 'blocked' : 'error',
      reason: invalid
        ? `The retrospective's answer did not match the retro schema twice: ${result.message}`
        : `The retrospective failed (${result.kind}): ${result.message}`,
      usage,
    };
  } catch (error) {
    return {
      kind: 'error',
      reason: `The retrospective could not run: ${errorMessage(error)}`,
      usage: undefined,
    };
  }
}
