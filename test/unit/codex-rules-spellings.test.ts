// Which spellings of a denied command the generated execpolicy rules refuse, asked of the real
// codex binary. The rest (free values: `env A=1 git push`, `git -c k=v push`) are the audit's.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDenyRules } from '../../src/agent/codex/rules.js';
import { DEFAULT_DENIED_COMMANDS } from '../../src/config.js';
import { pinnedCodex } from '../harness/codex-env.js';

let home: string;
let file: string;
beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'codex-rules-'));
  file = (await writeDenyRules(home, DEFAULT_DENIED_COMMANDS, ['/opt/tools/bin', 'relative/bin']))!;
});
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

async function decide(command: string): Promise<string> {
  const { stdout } = await execa(
    pinnedCodex().path,
    ['execpolicy', 'check', '--rules', file, ...command.split(' ')],
    {
      env: { CODEX_HOME: home },
    },
  );
  return (JSON.parse(stdout) as { decision?: string }).decision ?? 'none';
}

describe('generated deny rules', () => {
  it.each([
    ['git push origin main', 'forbidden'],
    ['/usr/bin/git push', 'forbidden'],
    ['/bin/git push', 'forbidden'],
    ['/usr/local/bin/git push', 'forbidden'],
    ['/opt/tools/bin/git push', 'forbidden'],
    ['env git push', 'forbidden'],
    ['/usr/bin/env git push', 'forbidden'],
    ['env -i git push', 'forbidden'],
    ['env /usr/bin/git push', 'forbidden'],
    ['command git push', 'forbidden'],
    ['nice git push', 'forbidden'],
    ['nohup /usr/bin/git push', 'forbidden'],
    ['exec git push', 'forbidden'],
    ['git --no-pager push', 'forbidden'],
    ['git -P push', 'forbidden'],
    ['/usr/bin/curl -s x', 'forbidden'],
    ['env curl x', 'forbidden'],
    ['git reset --hard', 'forbidden'],
    ['/usr/bin/git reset --hard HEAD', 'forbidden'],
    // Not expressible as a prefix (a free value before the subcommand): left to the audit.
    ['git -c a=b push', 'none'],
    ['git -C .. push', 'none'],
    ['env A=1 git push', 'none'],
    ['timeout 5 git push', 'none'],
    ['/home/me/bin/git push', 'none'],
    // Harmless commands stay unmatched.
    ['git status', 'none'],
    ['/usr/bin/git status', 'none'],
    ['env npm test', 'none'],
    ['node script.js', 'none'],
  ])('%j → %s', async (command, decision) => {
    expect(await decide(command)).toBe(decision);
  });
});
