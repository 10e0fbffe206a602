import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DenyRuleError, renderDenyRules, writeDenyRules } from '../../src/agent/codex/rules.js';
import { pinnedCodex } from '../harness/codex-env.js';

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'codex-rules-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

/** Asks the real codex binary what its execpolicy decides for a command. */
async function decide(rules: string, ...command: string[]): Promise<string | undefined> {
  const { stdout } = await execa(pinnedCodex().path, ['execpolicy', 'check', '--rules', rules, ...command], {
    env: { CODEX_HOME: home },
  });
  return (JSON.parse(stdout) as { decision?: string }).decision;
}

describe('writeDenyRules', () => {
  it('writes forbidden prefix rules that the real codex execpolicy applies', async () => {
    const file = await writeDenyRules(home, ['git push', 'curl', 'npm  publish ']);
    expect(file).toBe(join(home, 'rules', 'orchestrator.rules'));
    expect(await decide(file!, 'git', 'push', 'origin', 'main')).toBe('forbidden');
    expect(await decide(file!, 'curl', '-sS', 'http://127.0.0.1')).toBe('forbidden');
    expect(await decide(file!, 'npm', 'publish')).toBe('forbidden');
    expect(await decide(file!, 'git', 'status')).toBeUndefined();
    expect(await decide(file!, 'npm', 'test')).toBeUndefined();
    expect(await readFile(file!, 'utf8')).toContain(
      'justification="\\"git push\\" is denied by codex-orchestrator',
    );
  });

  it('escapes quotes so a prefix cannot break out of its string', async () => {
    const file = await writeDenyRules(home, ['say "hi"), prefix_rule(pattern=["ls"]']);
    expect(await decide(file!, 'say', '"hi"),', 'prefix_rule(pattern=["ls"]')).toBe('forbidden');
    expect(await decide(file!, 'ls')).toBeUndefined();
  });

  it('removes the file when the list is empty', async () => {
    await writeDenyRules(home, ['curl']);
    expect(await writeDenyRules(home, [])).toBeUndefined();
    expect(existsSync(join(home, 'rules', 'orchestrator.rules'))).toBe(false);
  });

  it('reports every bad entry together with the fix', () => {
    expect(() => renderDenyRules(['git push', '  ', 'rm\n-rf'])).toThrow(DenyRuleError);
    try {
      renderDenyRules(['git push', '  ', 'rm\n-rf']);
    } catch (error) {
      expect((error as DenyRuleError).problems).toEqual([
        '"  " is empty. Expected a command prefix such as "git push".',
        '"rm\\n-rf" contains a control character. Expected a command prefix such as "git push".',
      ]);
    }
  });
});
