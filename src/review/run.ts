import { type AgentRunner, addUsage, type Usage, ZERO_USAGE } from '../agent/types.js';
import { type Review, reviewOutputSchema, validateReviewText } from './schema.js';

/** How a review run ended: a valid review, an answer that stayed invalid, or a run that failed. */
export type ReviewRunOutcome =
  | { kind: 'review'; review: Review; threadId: string; attempts: number; usage: Usage; agentMs: number }
  | {
      kind: 'invalid' | 'failed';
      reason: string;
      threadId: string | undefined;
      attempts: number;
      usage: Usage;
      agentMs: number;
    };

/** The message that asks the model, in the same thread, to correct an invalid answer. */
export function retryPrompt(problems: readonly string[]): string {
  return [
    'Your answer was not a valid review. Problems:',
    ...problems.map((p) => `- ${p}`),
    '',
    'Answer again with only the corrected JSON object that follows the output schema; change nothing else.',
  ].join('\n');
}

/**
 * Runs the reviewer read-only with the review schema. An answer that is not valid JSON for the
 * schema (or breaks its rules) gets exactly one retry in the same thread, with what was wrong;
 * a second invalid answer ends as `invalid` (the phase reports `blocked`).
 */
export async function runReview(
  runner: AgentRunner,
  request: { prompt: string; cwd: string; timeoutMs: number },
): Promise<ReviewRunOutcome> {
  const outputSchema = reviewOutputSchema();
  let usage = ZERO_USAGE;
  let agentMs = 0;
  let prompt = request.prompt;
  let resumeThreadId: string | undefined;
  for (let attempt = 1; attempt <= 2; attempt++) {
    const started = performance.now();
    const result = await runner.run({
      prompt,
      cwd: request.cwd,
      sandbox: 'read-only',
      outputSchema,
      timeoutMs: request.timeoutMs,
      resumeThreadId,
      label: attempt === 1 ? 'review' : 'review (retry)',
    });
    agentMs += performance.now() - started;
    usage = addUsage(usage, result.usage);
    if (result.ok) {
      // The runner validated with the same zod schema; parse again only if it passed no output.
      const checked = result.output
        ? { ok: true as const, review: result.output }
        : validateReviewText(result.finalMessage);
      if (checked.ok)
        return {
          kind: 'review',
          review: checked.review,
          threadId: result.threadId,
          attempts: attempt,
          usage,
          agentMs,
        };
      if (attempt === 2) return invalid(checked.problems, result.threadId, attempt, usage, agentMs);
      prompt = retryPrompt(checked.problems);
      resumeThreadId = result.threadId;
      continue;
    }
    if (result.kind !== 'invalid_output') {
      return {
        kind: 'failed',
        reason: `The reviewer's run failed (${result.kind}): ${result.message}`,
        threadId: result.threadId,
        attempts: attempt,
        usage,
        agentMs,
      };
    }
    const checked = validateReviewText(result.finalMessage);
    const problems = checked.ok ? [result.message] : checked.problems;
    if (attempt === 2 || !result.threadId) return invalid(problems, result.threadId, attempt, usage, agentMs);
    prompt = retryPrompt(problems);
    resumeThreadId = result.threadId;
  }
  throw new Error('unreachable: the review loop ends within two attempts');
}

function invalid(
  problems: readonly string[],
  threadId: string | undefined,
  attempts: number,
  usage: Usage,
  agentMs: number,
): ReviewRunOutcome {
  return {
    kind: 'invalid',
    reason: `The reviewer's answer was invalid ${attempts === 2 ? 'twice (after one retry in the same thread)' : 'and could not be retried'}: ${problems.join('; ')}`,
    threadId,
    attempts,
    usage,
    agentMs,
  };
}
