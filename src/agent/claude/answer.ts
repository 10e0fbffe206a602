import type { OutputSchema } from '../types.js';
import type { ClaudeResult } from './events.js';

/** Claude Code's answer to `--resume` of a session it does not have. */
export const noConversation = (result: ClaudeResult | undefined): boolean =>
  result?.errors.some((e) => e.startsWith('No conversation found')) === true;

type CheckedAnswer<T> =
  | { ok: true; value: T | undefined; finalMessage: string }
  | { ok: false; message: string; finalMessage: string | undefined };

/**
 * The run's answer, fail closed: only a `success` that is not an error counts, and with a schema
 * only a structured answer that passes it. Claude Code validates the structured answer against the
 * JSON schema itself; the zod schema is checked again here, as for every runtime.
 */
export function checkAnswer<T>(
  result: ClaudeResult,
  schema: OutputSchema<T> | undefined,
  lastText: string | undefined,
): CheckedAnswer<T> {
  const text = result.result ?? lastText;
  if (result.subtype !== 'success' || result.is_error) {
    const why = [...result.errors, result.is_error ? result.result : undefined].filter(Boolean).join('; ');
    return {
      ok: false,
      message: `Claude Code ended with ${result.subtype}${result.is_error ? ' (is_error)' : ''}${result.terminal_reason ? `, ${result.terminal_reason}` : ''}: ${why || 'no reason given'}. No answer was taken from this run.`,
      finalMessage: text,
    };
  }
  if (!schema) return { ok: true, value: undefined, finalMessage: text ?? '' };
  if (result.structured_output === undefined || result.structured_output === null) {
    return {
      ok: false,
      message:
        'Claude Code ended without a structured answer (the model never called the StructuredOutput tool). An empty answer is never taken as "no findings": call the StructuredOutput tool with the answer.',
      finalMessage: text,
    };
  }
  const finalMessage = JSON.stringify(result.structured_output);
  const parsed = schema.zod.safeParse(result.structured_output);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    return {
      ok: false,
      message: `The structured answer does not match the output schema: ${problems.join('; ')}`,
      finalMessage,
    };
  }
  return { ok: true, value: parsed.data, finalMessage };
}
