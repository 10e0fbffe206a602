import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkOutput } from '../../src/agent/codex/output.js';

const schema = { json: {}, zod: z.object({ n: z.number().int() }) };

describe('checkOutput', () => {
  it('returns undefined output when no schema was asked for', () => {
    expect(checkOutput('anything', undefined)).toEqual({ ok: true, value: undefined });
  });
  it('parses and validates the answer', () => {
    expect(checkOutput('{"n":2}', schema)).toEqual({ ok: true, value: { n: 2 } });
  });
  it('names the failing path when the schema does not match', () => {
    expect(checkOutput('{"n":2.5}', schema)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The final message does not match the output schema: n: /),
    });
  });
  it('says when the answer is not JSON or missing', () => {
    expect(checkOutput('nope', schema)).toMatchObject({
      ok: false,
      message: expect.stringContaining('not JSON'),
    });
    expect(checkOutput(undefined, schema)).toMatchObject({
      ok: false,
      message: expect.stringContaining('no final message'),
    });
  });
});
