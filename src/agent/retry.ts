import * as core from '../log.js';
import {
  type AgentRunner,
  type AgentRunRequest,
  type AgentRunResult,
  addUsage,
  type Usage,
} from './types.js';

/** Asks again in the same thread after an answer that broke the output schema. */
export function schemaRetryPrompt(problem: string): string {
  return (
    'Your previous answer was not valid for the output schema: ' +
    `${problem.slice(0, 2000)}\n\nAnswer again with one JSON object that follows the output schema exactly, and nothing else.`
  );
}

/**
 * One run with an output schema. An answer that breaks the schema is asked for once more in the
 * same thread, which tells the model what was wrong; `usage` is what both runs spent.
 */
export async function runWithSchemaRetry<T>(
  agent: AgentRunner,
  request: AgentRunRequest<T> & { label: string },
): Promise<{ result: AgentRunResult<T>; usage: Usage }> {
  const first = await agent.run(request);
  if (first.ok || first.kind !== 'invalid_output' || !first.threadId)
    return { result: first, usage: first.usage };
  core.info(
    `The ${request.label} answer broke the output schema (${first.message}); asking once more in the same thread.`,
  );
  const second = await agent.run({
    ...request,
    prompt: schemaRetryPrompt(first.message),
    resumeThreadId: first.threadId,
    label: `${request.label} (retry)`,
  });
  return { result: second, usage: addUsage(first.usage, second.usage) };
}
