import { describe, expect, it } from 'vitest';
import { parseCodexEvent } from '../../src/agent/codex/events.js';

describe('parseCodexEvent', () => {
  it('parses the observed events of a run', () => {
    expect(parseCodexEvent('{"type":"thread.started","thread_id":"01a1"}')).toEqual({
      type: 'thread.started',
      thread_id: '01a1',
    });
    expect(
      parseCodexEvent(
        '{"type":"item.completed","item":{"id":"item_1","type":"command_execution","command":"/bin/bash -lc \'exit 3\'","aggregated_output":"hi\\n","exit_code":3,"status":"failed"}}',
      ),
    ).toEqual({
      type: 'item.completed',
      item: {
        id: 'item_1',
        type: 'command_execution',
        command: "/bin/bash -lc 'exit 3'",
        aggregated_output: 'hi\n',
        exit_code: 3,
        status: 'failed',
      },
    });
    expect(
      parseCodexEvent(
        '{"type":"turn.completed","usage":{"input_tokens":600,"cached_input_tokens":390,"output_tokens":37}}',
      ),
    ).toEqual({
      type: 'turn.completed',
      usage: {
        input_tokens: 600,
        cached_input_tokens: 390,
        cache_write_input_tokens: 0,
        output_tokens: 37,
        reasoning_output_tokens: 0,
      },
    });
    expect(parseCodexEvent('{"type":"turn.failed","error":{"message":"boom"}}')).toEqual({
      type: 'turn.failed',
      error: { message: 'boom' },
    });
  });

  it('lets unknown event and item types fall through', () => {
    expect(parseCodexEvent('{"type":"item.plan.delta","delta":"x"}')).toEqual({
      type: 'other',
      originalType: 'item.plan.delta',
    });
    expect(
      parseCodexEvent(
        '{"type":"item.started","item":{"id":"item_0","type":"collab_tool_call","tool":"wait"}}',
      ),
    ).toEqual({
      type: 'item.started',
      item: { id: 'item_0', type: 'other', originalType: 'collab_tool_call' },
    });
  });

  it('keeps the last id of a web_search item (the duplicate key Codex emits)', () => {
    const event = parseCodexEvent(
      '{"type":"item.completed","item":{"id":"item_0","type":"web_search","id":"ws_1","query":"zod"}}',
    );
    expect(event).toEqual({ type: 'item.completed', item: { id: 'ws_1', type: 'web_search', query: 'zod' } });
  });

  it('reports lines that are not JSON, have no type, or break a known schema, without throwing', () => {
    expect(parseCodexEvent('Reading prompt from stdin...')).toMatchObject({
      type: 'other',
      problem: /not JSON/,
    });
    expect(parseCodexEvent('[1,2]')).toMatchObject({ type: 'other', problem: 'no type field' });
    expect(parseCodexEvent('{"type":"thread.started"}')).toMatchObject({
      type: 'other',
      originalType: 'thread.started',
      problem: expect.stringContaining('thread_id'),
    });
    expect(
      parseCodexEvent(
        '{"type":"item.completed","item":{"id":"i","type":"file_change","changes":[{"path":"a","kind":"rename"}],"status":"completed"}}',
      ),
    ).toMatchObject({ type: 'other', originalType: 'item.completed/file_change' });
  });

  it('skips blank lines', () => {
    expect(parseCodexEvent('')).toBeUndefined();
    expect(parseCodexEvent('   ')).toBeUndefined();
  });
});
