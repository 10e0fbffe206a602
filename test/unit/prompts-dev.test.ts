import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterEach, describe, expect, it } from 'vitest';
import { writeDenyRules } from '../../src/agent/codex/rules.js';
import { DEFAULT_DENIED_COMMANDS } from '../../src/config.js';
import { BUNDLED_PROMPTS } from '../../src/prompts/bundled.js';
import { placeholdersOf } from '../../src/prompts/render.js';
import { pinnedCodex } from '../harness/codex-env.js';

const prompt = (name: keyof typeof BUNDLED_PROMPTS) => readFileSync(BUNDLED_PROMPTS[name], 'utf8');

describe('dev prompt', () => {
  it('uses exactly the placeholders the dev phase fills', () => {
    expect(placeholdersOf(prompt('dev-auto-parallel')).sort()).toEqual([
      'branch',
      'criteria',
      'done',
      'issue',
      'issue_number',
      'plan',
      'repository',
      'task',
      'verification',
    ]);
  });
});

describe('worktrees belong to the orchestrator, never to a prompt (DESIGN §7)', () => {
  let home: string | undefined;
  afterEach(async () => {
    if (home) await rm(home, { recursive: true, force: true });
    home = undefined;
  });

  it('no shipped prompt asks for a worktree, and the dev prompt forbids making or removing one', () => {
    for (const name of Object.keys(BUNDLED_PROMPTS) as (keyof typeof BUNDLED_PROMPTS)[]) {
      expect(prompt(name), name).not.toMatch(/git\s+worktree\s+(add|remove|move|prune)/i);
    }
    expect(prompt('dev-auto-parallel')).toMatch(
      /Do not commit, push, create branches, create or remove worktrees, or change git configuration/,
    );
  });

  it('the default execpolicy rules forbid git worktree, whatever a prompt says', async () => {
    expect(DEFAULT_DENIED_COMMANDS).toContain('git worktree');
    home = await mkdtemp(join(tmpdir(), 'codex-rules-'));
    const rules = (await writeDenyRules(home, DEFAULT_DENIED_COMMANDS))!;
    const decide = async (...command: string[]) => {
      const { stdout } = await execa(
        pinnedCodex().path,
        ['execpolicy', 'check', '--rules', rules, ...command],
        { env: { CODEX_HOME: home } },
      );
      return (JSON.parse(stdout) as { decision?: string }).decision;
    };
    expect(await decide('git', 'worktree', 'add', '../elsewhere')).toBe('forbidden');
    expect(await decide('git', 'worktree', 'remove', '--force', '.')).toBe('forbidden');
    expect(await decide('git', 'status')).toBeUndefined();
  });
});
