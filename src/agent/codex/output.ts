import { errorMessage } from '../../errors.js';
import type { OutputSchema } from '../types.js';

/** A structured answer checked against its schema, or why it failed (for `invalid_output`). */
export type CheckedOutput<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

/**
 * Parses and validates the final message when an output schema was given. Codex checks neither
 * the schema nor the answer (`--output-schema` is only forwarded to the model), so this is the
 * only check the answer gets.
 */
export function checkOutput<T>(
  finalMessage: string | undefined,
  schema: OutputSchema<T> | undefined,
): CheckedOutput<T> {
  if (!schema) return { ok: true, value: undefined };
  if (finalMessage === undefined || finalMessage.trim() === '') {
    return {
      ok: false,
      message: 'The agent gave no final message, so there is no structured answer to check.',
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(finalMessage);
  } catch (error) {
    return {
      ok: false,
      message: `The final message is not JSON (${errorMessage(error)}); it starts: ${JSON.stringify(finalMessage.slice(0, 200))}`,
    };
  }
  const result = schema.zod.safeParse(parsed);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
  );
  return { ok: false, message: `The final message does not match the output schema: ${problems.join('; ')}` };
}
