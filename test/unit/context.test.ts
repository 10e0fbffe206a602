import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContext } from '../../src/context.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'context-test-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function eventFile(text: string): Promise<string> {
  const path = join(dir, `event-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(path, text);
  return path;
}

describe('readContext: the event payload', () => {
  it('reads a JSON object', async () => {
    const path = await eventFile('{"action":"opened","issue":{"number":3}}');
    expect(readContext({ GITHUB_EVENT_PATH: path }).payload).toEqual({
      action: 'opened',
      issue: { number: 3 },
    });
  });

  it('is empty without GITHUB_EVENT_PATH', () => {
    expect(readContext({}).payload).toEqual({});
  });

  it.each([
    ['null', 'null'],
    ['[]', 'an array'],
    ['42', 'a number'],
    ['"opened"', 'a string'],
    ['true', 'a boolean'],
  ])('refuses %s, naming GITHUB_EVENT_PATH and what it holds', async (text, got) => {
    const path = await eventFile(text);
    expect(() => readContext({ GITHUB_EVENT_PATH: path })).toThrow(
      `The event payload at GITHUB_EVENT_PATH=${path} holds ${got}, not a JSON object`,
    );
  });

  it('names the file when it is not JSON, with the parser error as the cause', async () => {
    const path = await eventFile('{"action":');
    let error: unknown;
    try {
      readContext({ GITHUB_EVENT_PATH: path });
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).toBe(`Cannot read the event payload at GITHUB_EVENT_PATH=${path}`);
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });
});
