import { describe, expect, it } from 'vitest';
import { RunCollector, usageDelta } from '../../src/agent/codex/collect.js';
import { parseCodexEvent } from '../../src/agent/codex/events.js';

const feed = (collector: RunCollector, lines: string[]) =>
  lines.map((l) => collector.apply(parseCodexEvent(l)!)).filter((l) => l !== undefined);

const change = (path: string, kind: string, status = 'completed') =>
  `{"type":"item.completed","item":{"id":"x","type":"file_change","changes":[{"path":"${path}","kind":"${kind}"}],"status":"${status}"}}`;

describe('RunCollector', () => {
  it('folds a run into commands, file changes, the last message and the cumulative usage', () => {
    const c = new RunCollector('/work/repo');
    const log = feed(c, [
      '{"type":"thread.started","thread_id":"t1"}',
      '{"type":"turn.started"}',
      '{"type":"item.started","item":{"id":"item_1","type":"command_execution","command":"npm test","aggregated_output":"","exit_code":null,"status":"in_progress"}}',
      '{"type":"item.completed","item":{"id":"item_1","type":"command_execution","command":"npm test","aggregated_output":"ok","exit_code":0,"status":"completed"}}',
      '{"type":"item.started","item":{"id":"item_2","type":"command_execution","command":"sleep 9","aggregated_output":"","exit_code":null,"status":"in_progress"}}',
      change('/work/repo/src/a.ts', 'update'),
      change('/elsewhere/b.txt', 'add'),
      change('/work/repo/c.txt', 'add', 'failed'),
      '{"type":"item.completed","item":{"id":"item_3","type":"agent_message","text":"first"}}',
      '{"type":"item.completed","item":{"id":"item_4","type":"agent_message","text":"last"}}',
      '{"type":"turn.completed","usage":{"input_tokens":10,"cached_input_tokens":2,"output_tokens":3,"reasoning_output_tokens":1}}',
    ]);
    expect(c.threadId).toBe('t1');
    expect(c.commandRecords).toEqual([
      { command: 'npm test', exitCode: 0, status: 'completed' },
      { command: 'sleep 9', exitCode: null, status: 'in_progress' },
    ]);
    expect(c.fileChangeRecords).toEqual([
      { path: 'src/a.ts', kind: 'update' },
      { path: '/elsewhere/b.txt', kind: 'add' },
    ]);
    expect(c.finalMessage).toBe('last');
    expect(c.turnCompleted).toBe(true);
    expect(c.cumulativeUsage).toEqual({
      inputTokens: 10,
      cachedInputTokens: 2,
      outputTokens: 3,
      reasoningOutputTokens: 1,
    });
    const info = log.filter((l) => l.level === 'info').map((l) => l.text);
    expect(info).toEqual([
      'Thread t1',
      '$ npm test → exit 0',
      'update src/a.ts',
      'add /elsewhere/b.txt',
      'File change failed: /work/repo/c.txt',
      'Message: first',
      'Message: last',
      'Turn completed (thread total: 10 input tokens, 2 cached, 3 output, 1 reasoning)',
    ]);
  });

  it('keeps a file added then edited as added, and drops one added then deleted', () => {
    const c = new RunCollector('/r');
    feed(c, [
      change('/r/new.ts', 'add'),
      change('/r/new.ts', 'update'),
      change('/r/tmp.ts', 'add'),
      change('/r/tmp.ts', 'delete'),
      change('/r/old.ts', 'delete'),
    ]);
    expect(c.fileChangeRecords).toEqual([
      { path: 'new.ts', kind: 'add' },
      { path: 'old.ts', kind: 'delete' },
    ]);
  });

  it('does not take a sibling folder with the same prefix for the cwd', () => {
    const c = new RunCollector('/r/app');
    feed(c, [change('/r/app-old/x.ts', 'add'), change('/r/app/..x', 'add')]);
    expect(c.fileChangeRecords.map((f) => f.path)).toEqual(['/r/app-old/x.ts', '..x']);
  });

  it('treats retry notices as notices, and turn.failed as the failure', () => {
    const c = new RunCollector('/r');
    const log = feed(c, [
      '{"type":"error","message":"Reconnecting... 1/5 (stream disconnected before completion)"}',
      '{"type":"turn.failed","error":{"message":"unexpected status 401 Unauthorized"}}',
    ]);
    expect(log[0]!.text).toBe('Codex retrying: Reconnecting... 1/5 (stream disconnected before completion)');
    expect(c.notices).toHaveLength(1);
    expect(c.turnFailure).toBe('unexpected status 401 Unauthorized');
  });

  it('flags a resume whose thread.started names another thread', () => {
    const same = new RunCollector('/r', 't1');
    same.apply({ type: 'thread.started', thread_id: 't1' });
    expect(same.mismatchedThreadId).toBeUndefined();
    const other = new RunCollector('/r', 't1');
    other.apply({ type: 'thread.started', thread_id: 't2' });
    expect(other.mismatchedThreadId).toBe('t2');
  });

  it('logs unknown events at debug level only', () => {
    const c = new RunCollector('/r');
    expect(feed(c, ['{"type":"item.plan.delta"}'])).toEqual([
      { level: 'debug', text: 'Event item.plan.delta' },
    ]);
  });
});

describe('usageDelta', () => {
  it('subtracts per field and never goes below zero', () => {
    expect(
      usageDelta(
        { inputTokens: 650, cachedInputTokens: 100, outputTokens: 40, reasoningOutputTokens: 5 },
        { inputTokens: 600, cachedInputTokens: 120, outputTokens: 37, reasoningOutputTokens: 2 },
      ),
    ).toEqual({ inputTokens: 50, cachedInputTokens: 0, outputTokens: 3, reasoningOutputTokens: 3 });
  });
});
