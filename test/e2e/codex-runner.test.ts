// The Codex runner against the real pinned codex binary and a scripted Responses API on loopback.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createCodexRunnerForJob } from '../../src/agent/codex/index.js';
import type { AgentRunFailure, AgentRunResult, OutputSchema } from '../../src/agent/types.js';
import { readContext } from '../../src/context.js';
import { readInputs } from '../../src/inputs.js';
import {
  type CodexTestEnv,
  closeCodexAndModel,
  codexAndModel,
  pinnedCodex,
  succeeded,
  TEST_API_KEY,
  testRunner,
} from '../harness/codex-env.js';
import {
  cliFlags,
  item,
  outputSchemaOf,
  type ResponsesServer,
  step,
  toolNames,
  toolOutput,
  userTexts,
} from '../harness/responses-server.js';

let env: CodexTestEnv;
let server: ResponsesServer;
beforeEach(async () => {
  ({ env, server } = await codexAndModel());
});
afterEach(() => closeCodexAndModel({ env, server }));

function failed(result: AgentRunResult<unknown>): AgentRunFailure {
  if (result.ok) throw new Error(`Expected a failure, got success: ${JSON.stringify(result)}`);
  return result;
}

/** Command lines of live processes that contain `marker` (to prove a process tree is gone). */
function processesWith(marker: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (cmdline.includes(marker) && Number(pid) !== process.pid) found.push(`${pid}: ${cmdline}`);
    } catch {
      // exited meanwhile
    }
  }
  return found;
}

const reviewSchema: OutputSchema<{ status: 'pass' | 'changes_required'; summary: string }> = {
  json: {
    type: 'object',
    additionalProperties: false,
    required: ['status', 'summary'],
    properties: {
      status: { type: 'string', enum: ['pass', 'changes_required'] },
      summary: { type: 'string' },
    },
  },
  zod: z.object({ status: z.enum(['pass', 'changes_required']), summary: z.string() }),
};

describe('CodexRunner with the real codex binary', () => {
  it('records a command with its exit code, logs it, and appends every raw event to the events file', async () => {
    server.enqueue(step.exec('echo hi; exit 3', { callId: 'c1' }), step.message('done'));
    const { runner, log } = testRunner(server, env);
    const result = succeeded(
      await runner.run({ prompt: 'Run it', cwd: env.workspace, sandbox: 'workspace-write', label: 'cmd' }),
    );
    expect(result.commands).toEqual([
      { command: "/bin/bash -lc 'echo hi; exit 3'", exitCode: 3, status: 'failed' },
    ]);
    expect(result.finalMessage).toBe('done');
    expect(toolOutput(server.requests[1]!, 'c1')).toContain('Process exited with code 3');
    // The prompt arrived through stdin, whole.
    expect(userTexts(server.requests[0]!).at(-1)).toBe('Run it');
    expect(log.lines).toContain("$ /bin/bash -lc 'echo hi; exit 3' → exit 3");
    expect(log.lines[0]).toBe('[group] Codex: cmd (workspace-write)');

    const lines = (await readFile(env.eventsFile, 'utf8')).trim().split('\n');
    expect(JSON.parse(lines[0]!)).toEqual({ type: 'thread.started', thread_id: result.threadId });
    expect(JSON.parse(lines.at(-1)!).type).toBe('turn.completed');
    // A second run appends to the same file.
    server.enqueue(step.message('again'));
    succeeded(await runner.run({ prompt: 'Again', cwd: env.workspace, sandbox: 'read-only' }));
    const after = (await readFile(env.eventsFile, 'utf8')).trim().split('\n');
    expect(after.length).toBeGreaterThan(lines.length);
    expect(after.filter((l) => l.includes('"thread.started"'))).toHaveLength(2);
  });

  it('records a file change relative to the cwd', async () => {
    server.enqueue(
      step.applyPatch('*** Begin Patch\n*** Add File: notes/hello.txt\n+hello\n*** End Patch\n'),
      step.message('added'),
    );
    const { runner, log } = testRunner(server, env);
    const result = succeeded(
      await runner.run({ prompt: 'Add it', cwd: env.workspace, sandbox: 'workspace-write' }),
    );
    expect(result.fileChanges).toEqual([{ path: 'notes/hello.txt', kind: 'add' }]);
    expect(await readFile(join(env.workspace, 'notes/hello.txt'), 'utf8')).toBe('hello\n');
    expect(log.lines).toContain('add notes/hello.txt');
  });

  it('sends the output schema and returns the validated structured answer', async () => {
    server.enqueue(step.json({ status: 'pass', summary: 'looks good' }));
    const { runner } = testRunner(server, env);
    const result = succeeded(
      await runner.run({
        prompt: 'Review',
        cwd: env.workspace,
        sandbox: 'read-only',
        outputSchema: reviewSchema,
      }),
    );
    expect(result.output).toEqual({ status: 'pass', summary: 'looks good' });
    expect(outputSchemaOf(server.requests[0]!)).toEqual(reviewSchema.json);
  });

  it('fails with invalid_output when the answer breaks the schema, keeping the raw text', async () => {
    server.enqueue(step.json({ status: 'maybe', summary: 'hmm' }));
    const { runner } = testRunner(server, env);
    const result = failed(
      await runner.run({
        prompt: 'Review',
        cwd: env.workspace,
        sandbox: 'read-only',
        outputSchema: reviewSchema,
      }),
    );
    expect(result.kind).toBe('invalid_output');
    expect(result.message).toMatch(/does not match the output schema: status:/);
    expect(result.finalMessage).toBe('{"status":"maybe","summary":"hmm"}');
    expect(result.threadId).toBeDefined();
  });

  it('fails with invalid_output when the answer is not JSON', async () => {
    server.enqueue(step.message('Sure! Here is my review.'));
    const { runner } = testRunner(server, env);
    const result = failed(
      await runner.run({
        prompt: 'Review',
        cwd: env.workspace,
        sandbox: 'read-only',
        outputSchema: reviewSchema,
      }),
    );
    expect(result.kind).toBe('invalid_output');
    expect(result.message).toMatch(/not JSON/);
    expect(result.finalMessage).toBe('Sure! Here is my review.');
  });

  it('reports a 401 as turn_failed with the API message', async () => {
    // Codex retries a 401 once (it may refresh credentials), so two are scripted.
    server.enqueue(
      step.httpError(401, 'Incorrect API key provided: sk-bad.'),
      step.httpError(401, 'Incorrect API key provided: sk-bad.'),
    );
    const { runner } = testRunner(server, env);
    const result = failed(await runner.run({ prompt: 'Hi', cwd: env.workspace, sandbox: 'read-only' }));
    expect(result.kind).toBe('turn_failed');
    expect(result.message).toContain('401 Unauthorized');
    expect(result.message).toContain('Incorrect API key provided');
    expect(result.exitCode).toBe(1);
    expect(server.unexpected).toHaveLength(0);
  });

  it('treats a retry notice after a 500 as no failure', async () => {
    server.enqueue(step.httpError(500, 'scripted outage'), step.message('recovered'));
    const { runner, log } = testRunner(server, env);
    const result = succeeded(await runner.run({ prompt: 'Hi', cwd: env.workspace, sandbox: 'read-only' }));
    expect(result.finalMessage).toBe('recovered');
    expect(server.requests).toHaveLength(2);
    expect(log.lines.some((l) => l.startsWith('Codex retrying: Reconnecting... 1/1'))).toBe(true);
  });

  it('kills the whole process tree when a stalled stream hits the timeout', async () => {
    const marker = `299.${Date.now() % 100000}`;
    // The agent leaves a long command running (in a sandbox with its own session), then the model stalls.
    server.enqueue(step.exec(`sleep ${marker}`, { yieldTimeMs: 300 }), step.stall());
    const { runner } = testRunner(server, env);
    const result = failed(
      await runner.run({ prompt: 'Hang', cwd: env.workspace, sandbox: 'workspace-write', timeoutMs: 3000 }),
    );
    expect(result.kind).toBe('timeout');
    expect(result.message).toContain('within 3000 ms');
    expect(server.requests).toHaveLength(2);
    expect(processesWith(`sleep ${marker}`)).toEqual([]);
    expect(processesWith(env.workspace)).toEqual([]);
  });

  it('stops the run when the caller aborts', async () => {
    server.enqueue(step.stall());
    const { runner } = testRunner(server, env);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 1000);
    const result = failed(
      await runner.run({
        prompt: 'Hang',
        cwd: env.workspace,
        sandbox: 'read-only',
        signal: controller.signal,
      }),
    );
    expect(result.kind).toBe('aborted');
    expect(processesWith(env.workspace)).toEqual([]);
  });

  it('does not start Codex for a signal that is already aborted', async () => {
    const { runner } = testRunner(server, env);
    const result = failed(
      await runner.run({
        prompt: 'Hi',
        cwd: env.workspace,
        sandbox: 'read-only',
        signal: AbortSignal.abort(),
      }),
    );
    expect(result.kind).toBe('aborted');
    expect(result.message).toBe('Aborted before Codex started.');
    expect(server.requests).toHaveLength(0);
  });

  it('still runs when the events file cannot be written, and says so', async () => {
    server.enqueue(step.message('fine'));
    const blocked = join(env.root, 'not-a-folder');
    await writeFile(blocked, 'x');
    const { runner, log } = testRunner(server, env, { eventsFile: join(blocked, 'events.jsonl') });
    const result = succeeded(await runner.run({ prompt: 'Hi', cwd: env.workspace, sandbox: 'read-only' }));
    expect(result.finalMessage).toBe('fine');
    expect(
      log.lines.some((l) => l.startsWith(`Could not open the events file ${join(blocked, 'events.jsonl')}`)),
    ).toBe(true);
  });

  it('resumes the same thread, counts only the new usage, and knows the total in a new job', async () => {
    server.enqueue(step.message('first', { input: 1000, cached: 100, output: 50, reasoning: 5 }));
    const { runner } = testRunner(server, env);
    const first = succeeded(
      await runner.run({ prompt: 'Remember 42', cwd: env.workspace, sandbox: 'read-only' }),
    );
    // gpt-5.5 at the price table's $5 / $0.50 cached / $30 per million: 900·5 + 100·0.5 + 50·30.
    expect(first.usage).toEqual({
      inputTokens: 1000,
      cachedInputTokens: 100,
      outputTokens: 50,
      reasoningOutputTokens: 5,
      costUsd: expect.closeTo(0.00605, 10),
    });
    expect(first).toMatchObject({ runtime: 'codex', model: 'gpt-5.5', costUsd: first.usage.costUsd });

    server.enqueue(step.message('second', { input: 300, cached: 30, output: 7, reasoning: 1 }));
    const second = succeeded(
      await runner.run({
        prompt: 'What number?',
        cwd: env.workspace,
        sandbox: 'workspace-write',
        resumeThreadId: first.threadId,
      }),
    );
    expect(second.threadId).toBe(first.threadId);
    expect(second.usage).toEqual({
      inputTokens: 300,
      cachedInputTokens: 30,
      outputTokens: 7,
      reasoningOutputTokens: 1,
      costUsd: expect.closeTo(0.001575, 10),
    });
    // The history went back to the model, and the sandbox given for the resume was used.
    expect(userTexts(server.requests[1]!)).toEqual(expect.arrayContaining(['Remember 42', 'What number?']));
    expect(String(server.requests[1]!.headers['x-codex-turn-metadata'])).toContain(
      '"sandbox_mode":"workspace-write"',
    );

    // A new job (a fresh runner) on the same sessions reads the earlier total from the rollout.
    server.enqueue(step.message('third', { input: 20, output: 2 }));
    const { runner: nextJob } = testRunner(server, env);
    const third = succeeded(
      await nextJob.run({
        prompt: 'Again',
        cwd: env.workspace,
        sandbox: 'read-only',
        resumeThreadId: first.threadId,
      }),
    );
    expect(third.usage).toEqual({
      inputTokens: 20,
      cachedInputTokens: 0,
      outputTokens: 2,
      reasoningOutputTokens: 0,
      costUsd: expect.closeTo(0.00016, 10),
    });
  });

  it('detects a resume that started another thread', async () => {
    // A name that is not a known session makes Codex start a NEW thread silently.
    server.enqueue(step.stall());
    const { runner } = testRunner(server, env);
    const result = failed(
      await runner.run({
        prompt: 'Go on',
        cwd: env.workspace,
        sandbox: 'read-only',
        resumeThreadId: 'no-such-thread',
      }),
    );
    expect(result.kind).toBe('thread_mismatch');
    expect(result.message).toContain('Asked to resume thread no-such-thread, but Codex started thread');
    expect(result.threadId).not.toBe('no-such-thread');
  });

  it('prices a run without a model input at the model the rollout names (the CLI default)', async () => {
    server.enqueue(step.message('hi', { input: 1_000_000, cached: 0, output: 0 }));
    const { runner } = testRunner(server, env, { model: undefined });
    const result = succeeded(await runner.run({ prompt: 'Hi', cwd: env.workspace, sandbox: 'read-only' }));
    expect(server.requests[0]!.body?.model).toBe('gpt-6.2-sol');
    // gpt-6.2-sol: $2 per million input tokens.
    expect(result).toMatchObject({ runtime: 'codex', model: 'gpt-6.2-sol', costUsd: expect.closeTo(2, 10) });
  });

  it('refuses a run on an unpriced model under a cost cap before any request, and reports an uncapped one as unknown', async () => {
    const { runner } = testRunner(server, env, { model: 'gpt-unlisted', costCapUsd: 1 });
    const refused = failed(await runner.run({ prompt: 'Hi', cwd: env.workspace, sandbox: 'read-only' }));
    expect(refused.kind).toBe('refused');
    expect(refused.message).toMatch(/the model 'gpt-unlisted' \(codex\) has no price/);
    expect(server.requests).toEqual([]);

    server.enqueue(step.message('hi'));
    const { runner: uncapped } = testRunner(server, env, { model: 'gpt-unlisted' });
    const result = succeeded(await uncapped.run({ prompt: 'Hi', cwd: env.workspace, sandbox: 'read-only' }));
    expect(result.costUsd).toBeNull();
    expect(result.usage).toMatchObject({ costUsd: 0, unpricedTokens: 110 });
  });

  it('reports an unknown thread id as an exit failure with the stderr tail', async () => {
    const { runner } = testRunner(server, env);
    const result = failed(
      await runner.run({
        prompt: 'Go on',
        cwd: env.workspace,
        sandbox: 'read-only',
        resumeThreadId: '01a1fcec-0000-7000-8000-000000000000',
      }),
    );
    expect(result.kind).toBe('exit');
    expect(result.exitCode).toBe(1);
    expect(result.message).toContain('no rollout found');
    expect(server.requests).toHaveLength(0);
  });

  it('fails with a spawn error that names the path and the fix when the binary is missing', async () => {
    const missing = join(env.root, 'no-codex-here');
    const { runner } = testRunner(server, env, { codex: { path: missing, extraPath: undefined } });
    const result = failed(await runner.run({ prompt: 'Hi', cwd: env.workspace, sandbox: 'read-only' }));
    expect(result.kind).toBe('spawn');
    expect(result.message).toContain(missing);
    expect(result.message).toMatch(/codex-path.*codex-version/);
  });

  it('keeps the model key and the GitHub token from the commands the agent runs', async () => {
    server.enqueue(
      step.exec('echo "key=[$CODEX_ORCHESTRATOR_API_KEY] gh=[$GITHUB_TOKEN]"; env', { callId: 'envdump' }),
      step.message('done'),
    );
    const { runner } = testRunner(server, env);
    succeeded(await runner.run({ prompt: 'Show env', cwd: env.workspace, sandbox: 'workspace-write' }));
    const output = toolOutput(server.requests[1]!, 'envdump') ?? '';
    expect(output).toContain('key=[] gh=[]');
    expect(output).toMatch(/^PATH=/m); // the command really printed its environment
    expect(output).not.toContain(TEST_API_KEY);
    expect(output).not.toContain('ghs_');
    // The key did reach the model API, through the provider's env_key.
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
  });

  it('forbids denied command prefixes and lists every attempted command from the rollout', async () => {
    server.enqueue(
      step.exec('echo hi && git push origin main', { callId: 'push' }),
      step.exec('ls', { callId: 'ls' }),
      step.message('done'),
    );
    const { runner } = testRunner(server, env);
    const result = succeeded(
      await runner.run({
        prompt: 'Push it',
        cwd: env.workspace,
        sandbox: 'workspace-write',
        deniedCommands: ['git push', 'curl'],
      }),
    );
    expect(toolOutput(server.requests[1]!, 'push')).toContain('denied by codex-orchestrator');
    // The refused command left no command_execution event; the rollout still has it.
    expect(result.commands.map((c) => c.command)).toEqual(['/bin/bash -lc ls']);
    const attempted = await runner.attemptedCommands(result.threadId);
    expect(attempted.map((c) => c.command)).toEqual(['echo hi && git push origin main', 'ls']);
    expect(attempted[0]).toMatchObject({ tool: 'exec_command', escalated: false, callId: 'push' });
    expect(existsSync(join(env.codexHome, 'rules', 'orchestrator.rules'))).toBe(true);

    // The next run without a deny list removes the rules.
    server.enqueue(step.message('ok'));
    succeeded(await runner.run({ prompt: 'Hi', cwd: env.workspace, sandbox: 'read-only' }));
    expect(existsSync(join(env.codexHome, 'rules', 'orchestrator.rules'))).toBe(false);
  });

  it('reports the HTTP 429 retry limit as turn_failed', async () => {
    server.enqueue(step.httpError(429, 'slow down'), step.httpError(429, 'slow down'));
    const { runner } = testRunner(server, env);
    const result = failed(await runner.run({ prompt: 'Hi', cwd: env.workspace, sandbox: 'read-only' }));
    expect(result.kind).toBe('turn_failed');
    expect(result.message).toMatch(/429/);
  });

  it('builds the job runner from the action inputs, pointed at responses-api-endpoint', async () => {
    server.enqueue(step.json({ status: 'pass', summary: 'wired' }));
    const runner = await createCodexRunnerForJob({
      inputs: {
        ...readInputs(() => ''),
        codexPath: pinnedCodex().path,
        responsesApiEndpoint: server.url,
        openaiApiKey: TEST_API_KEY,
        model: 'gpt-5.5',
        effort: 'low',
      },
      context: readContext({
        RUNNER_TEMP: join(env.root, 'runner-temp'),
        RUNNER_TOOL_CACHE: join(env.root, 'cache'),
      }),
      eventsFile: env.eventsFile,
    });
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const result = await runner.run({
      prompt: 'Review',
      cwd: env.workspace,
      sandbox: 'read-only',
      outputSchema: reviewSchema,
    });
    stdout.mockRestore();
    expect(succeeded(result).output).toEqual({ status: 'pass', summary: 'wired' });
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
    expect(server.requests[0]!.body).toMatchObject({ model: 'gpt-5.5', reasoning: { effort: 'low' } });
    expect(existsSync(join(env.root, 'runner-temp', 'codex-orchestrator', 'codex-home', 'sessions'))).toBe(
      true,
    );
  });

  it('drives a bare codex exec through cliFlags and records what it sent', async () => {
    server.enqueue(step.items([item.reasoning('thinking'), item.message('bare hello')]));
    const { flags, env: keyEnv } = cliFlags(server);
    const { stdout } = await execa(
      pinnedCodex().path,
      ['exec', '--json', '--cd', env.workspace, '-m', 'gpt-5.5', ...flags, '-'],
      {
        input: 'Say hello',
        env: { PATH: process.env.PATH ?? '', CODEX_HOME: env.codexHome, ...keyEnv },
        extendEnv: false,
      },
    );
    expect(stdout).toContain('"text":"bare hello"');
    expect(server.requests[0]!.headers.authorization).toBe('Bearer sk-scripted');
    expect(toolNames(server.requests[0]!)).toEqual(expect.arrayContaining(['exec_command', 'apply_patch']));
  });
});
