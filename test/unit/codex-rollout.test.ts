import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findRolloutFile, readRolloutCommands, readRolloutUsage } from '../../src/agent/codex/rollout.js';

const THREAD = '01a1fcf0-f751-7873-8d30-45d3f1e9bbb9';
let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'codex-rollout-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

const record = (type: string, payload: unknown) =>
  JSON.stringify({ timestamp: '2026-11-21T07:10:12.000Z', type, payload });
const call = (name: string, args: unknown, callId: string) =>
  record('response_item', { type: 'function_call', name, arguments: JSON.stringify(args), call_id: callId });
const tokens = (input: number, output: number) =>
  record('event_msg', {
    type: 'token_count',
    info: {
      total_token_usage: {
        input_tokens: input,
        cached_input_tokens: 1,
        output_tokens: output,
        reasoning_output_tokens: 2,
        total_tokens: input + output,
      },
      last_token_usage: { input_tokens: 1, output_tokens: 1 },
    },
  });

async function writeRollout(day: string, thread: string, lines: string[]): Promise<string> {
  const [y, m, d] = day.split('-');
  const dir = join(home, 'sessions', y!, m!, d!);
  await mkdir(dir, { recursive: true });
  const file = join(dir, `rollout-${day}T07-10-12-${thread}.jsonl`);
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

describe('rollout files', () => {
  it('finds the thread among several days and threads', async () => {
    await writeRollout('2026-11-20', '01a1aaaa-0000-7000-8000-000000000000', []);
    const file = await writeRollout('2026-10-02', THREAD, []);
    expect(await findRolloutFile(home, THREAD)).toBe(file);
    expect(await findRolloutFile(home, '01a1bbbb-0000-7000-8000-000000000000')).toBeUndefined();
    expect(await findRolloutFile(join(home, 'missing'), THREAD)).toBeUndefined();
  });

  it('lists every attempted command, refused ones included, and skips what runs nothing', async () => {
    await writeRollout('2026-11-21', THREAD, [
      record('session_meta', { id: THREAD }),
      record('response_item', {
        type: 'message',
        role: 'user',
        content: [{ type: 'input_text', text: 'exec_command' }],
      }),
      call('exec_command', { cmd: 'echo hi && git push origin main' }, 'c1'),
      record('response_item', { type: 'function_call_output', call_id: 'c1', output: 'rejected: denied' }),
      call(
        'exec_command',
        {
          cmd: 'touch /opt/x',
          sandbox_permissions: 'require_escalated',
          justification: 'x',
          workdir: '/w/sub',
        },
        'c2',
      ),
      call('write_stdin', { session_id: 3, chars: 'curl http://x\n' }, 'c3'),
      call('write_stdin', { session_id: 3, chars: '' }, 'c4'),
      call('shell', { command: ['bash', '-lc', "echo 'a b'"] }, 'c5'),
      call('view_image', { path: '/w/a.png' }, 'c6'),
      record('response_item', {
        type: 'local_shell_call',
        call_id: 'c7',
        action: { type: 'exec', command: ['ls', '-a'], working_directory: '/w' },
      }),
      record('response_item', {
        type: 'custom_tool_call',
        name: 'apply_patch',
        input: '*** Begin Patch',
        call_id: 'c8',
      }),
      record('response_item', { type: 'custom_tool_call', name: 'exec', input: 'run("rm")', call_id: 'c9' }),
      '{"timestamp":"torn","type":"response_item","payload":{"type":"function_call","name":"exec_c',
    ]);
    expect(await readRolloutCommands(home, THREAD)).toEqual([
      {
        tool: 'exec_command',
        command: 'echo hi && git push origin main',
        argv: undefined,
        workdir: undefined,
        escalated: false,
        callId: 'c1',
      },
      {
        tool: 'exec_command',
        command: 'touch /opt/x',
        argv: undefined,
        workdir: '/w/sub',
        escalated: true,
        callId: 'c2',
      },
      {
        tool: 'write_stdin',
        command: 'curl http://x\n',
        argv: undefined,
        workdir: undefined,
        escalated: false,
        callId: 'c3',
      },
      {
        tool: 'shell',
        command: "bash -lc 'echo '\\''a b'\\'''",
        argv: ['bash', '-lc', "echo 'a b'"],
        workdir: undefined,
        escalated: false,
        callId: 'c5',
      },
      {
        tool: 'local_shell',
        command: 'ls -a',
        argv: ['ls', '-a'],
        workdir: '/w',
        escalated: false,
        callId: 'c7',
      },
      {
        tool: 'exec',
        command: 'run("rm")',
        argv: undefined,
        workdir: undefined,
        escalated: false,
        callId: 'c9',
      },
    ]);
    expect(await readRolloutCommands(home, '01a1bbbb-0000-7000-8000-000000000000')).toEqual([]);
  });

  it('reads the last cumulative token count', async () => {
    await writeRollout('2026-11-21', THREAD, [
      tokens(100, 5),
      record('event_msg', { type: 'token_count', info: null }),
      tokens(300, 12),
    ]);
    expect(await readRolloutUsage(home, THREAD)).toEqual({
      inputTokens: 300,
      cachedInputTokens: 1,
      outputTokens: 12,
      reasoningOutputTokens: 2,
    });
  });

  it('has no usage for a thread without token counts or without a rollout', async () => {
    await writeRollout('2026-11-21', THREAD, [record('session_meta', { id: THREAD })]);
    expect(await readRolloutUsage(home, THREAD)).toBeUndefined();
    expect(await readRolloutUsage(home, '01a1bbbb-0000-7000-8000-000000000000')).toBeUndefined();
  });
});
