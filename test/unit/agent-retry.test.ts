import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runWithSchemaRetry, schemaRetryPrompt } from '../../src/agent/retry.js';
import type { AgentRunner, AgentRunRequest, AgentRunResult } from '../../src/agent/types.js';
import { QUIET_RUN, SCRIPTED_PORT } from '../harness/runs.js';

/** A scripted AgentRunner port: each call returns the next result and records the request. */
function scriptedRunner(results: AgentRunResult<unknown>[]): AgentRunner & { requests: AgentRunRequest[] } {
  const requests: AgentRunRequest[] = [];
  return {
    ...SCRIPTED_PORT,
    requests,
    async run<T>(request: AgentRunRequest<T>) {
      requests.push(request as AgentRunRequest);
      return results.shift() as AgentRunResult<T>;
    },
  };
}

const usage = (n: number) => ({
  inputTokens: n,
  cachedInputTokens: 0,
  outputTokens: 1,
  reasoningOutputTokens: 0,
});
const failed = (
  kind: 'invalid_output' | 'timeout',
  threadId: string | undefined,
  n: number,
): AgentRunResult<unknown> => ({
  ok: false,
  ...QUIET_RUN,
  kind,
  message: 'summary: Required',
  threadId,
  exitCode: 0,
  stderrTail: '',
  finalMessage: '{}',
  commands: [],
  fileChanges: [],
  usage: usage(n),
  durationMs: 1,
});
const done = (n: number): AgentRunResult<unknown> => ({
  ok: true,
  ...QUIET_RUN,
  threadId: 'thread-1',
  finalMessage: '{"summary":"ok"}',
  output: { summary: 'ok' },
  commands: [],
  fileChanges: [],
  usage: usage(n),
  durationMs: 1,
});
const request = { prompt: 'Plan #1.', cwd: '/repo', sandbox: 'read-only' as const, label: 'plan' };

describe('runWithSchemaRetry', () => {
  beforeEach(() => void vi.spyOn(process.stdout, 'write').mockImplementation(() => true));
  afterEach(() => vi.restoreAllMocks());

  it('asks once more in the same thread after an answer that breaks the schema, and adds up the usage', async () => {
    const runner = scriptedRunner([failed('invalid_output', 'thread-1', 10), done(20)]);
    const { result, usage: spent } = await runWithSchemaRetry(runner, request);
    expect(result.ok).toBe(true);
    expect(spent).toEqual({
      inputTokens: 30,
      cachedInputTokens: 0,
      outputTokens: 2,
      reasoningOutputTokens: 0,
    });
    expect(runner.requests).toHaveLength(2);
    expect(runner.requests[1]).toMatchObject({
      prompt: schemaRetryPrompt('summary: Required'),
      resumeThreadId: 'thread-1',
      label: 'plan (retry)',
      cwd: '/repo',
      sandbox: 'read-only',
    });
    expect(runner.requests[1]?.prompt).toContain('summary: Required');
  });

  it('does not ask again after a second broken answer, after another failure, or without a thread', async () => {
    const twice = scriptedRunner([
      failed('invalid_output', 'thread-1', 1),
      failed('invalid_output', 'thread-1', 1),
    ]);
    expect((await runWithSchemaRetry(twice, request)).result).toMatchObject({
      ok: false,
      ...QUIET_RUN,
      kind: 'invalid_output',
    });
    expect(twice.requests).toHaveLength(2);

    const timeout = scriptedRunner([failed('timeout', 'thread-1', 1)]);
    expect((await runWithSchemaRetry(timeout, request)).result).toMatchObject({ kind: 'timeout' });
    expect(timeout.requests).toHaveLength(1);

    const threadless = scriptedRunner([failed('invalid_output', undefined, 1)]);
    expect((await runWithSchemaRetry(threadless, request)).result).toMatchObject({ kind: 'invalid_output' });
    expect(threadless.requests).toHaveLength(1);
  });
});
