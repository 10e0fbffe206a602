// `codex-orchestrator run` on a laptop with Claude Code as the reviewer (`runtimes: { review: claude }`):
// the same engine loop as the Action's, through the local tracker. Codex develops and fixes, the real
// claude binary reviews against the scripted Anthropic API; the review JSON stays exactly the schema,
// who reviewed is recorded beside it.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type AnthropicServer,
  claudeStep,
  userTexts as claudeTexts,
  startAnthropicServer,
} from '../harness/anthropic-server.js';
import { seedClaudeToolCache, TEST_ANTHROPIC_KEY } from '../harness/claude-env.js';
import { CLAUDE_VERSION } from '../harness/claude-scenario.js';
import { userTexts } from '../harness/responses-server.js';
import { addFile, docsFile, fixFile, type LocalRepo, localRepo, review } from './run-env.js';

let repo: LocalRepo | undefined;
let claude: AnthropicServer | undefined;
afterEach(async () => {
  await claude?.close();
  await repo?.cleanup();
  repo = undefined;
  claude = undefined;
});

const CRITERION = 'greet.txt says hello';

describe('codex-orchestrator run with a claude reviewer', () => {
  it('dev (codex) → review (claude, changes) → fix (codex, resumed) → review (claude, pass), recorded locally', async () => {
    repo = await localRepo({
      items: { 'T-1.md': docsFile('T-1', 'Add a greeting', { criteria: [CRITERION] }) },
      config: 'verify:\n  commands: []\nruntimes:\n  review: claude\n',
    });
    const server = await startAnthropicServer();
    claude = server;
    // The pinned binary where the CLI looks for it: the user's tool cache.
    await seedClaudeToolCache(join(repo.env.XDG_CACHE_HOME!, 'codex-orchestrator', 'tools'), CLAUDE_VERSION);
    repo.env.ANTHROPIC_API_KEY = TEST_ANTHROPIC_KEY;
    const typo = { id: 'greet-typo', file: 'greet.txt', line: 1, title: 'greet.txt says helo' };

    repo.model.enqueue(
      ...addFile('greet.txt', 'helo'),
      ...fixFile('greet.txt', 'helo', 'hello', ['greet-typo']),
    );
    server.enqueue(
      claudeStep.structured(review.changes(typo, [CRITERION])),
      claudeStep.structured(review.pass([CRITERION])),
    );
    const out = await repo.run(
      '--json',
      '--anthropic-base-url',
      server.url,
      '--claude-code-version',
      CLAUDE_VERSION,
    );
    expect(out.code, out.stderr).toBe(0);
    expect(out.json().items[0]).toMatchObject({ id: 'T-1', status: 'pass', cycles: 2 });

    // Claude reviewed twice (the second time told what the first found); Codex was never asked to.
    expect(server.requests).toHaveLength(2);
    expect(claudeTexts(server.requests[0]!).join('\n')).toContain('+helo');
    expect(claudeTexts(server.requests[1]!).join('\n')).toContain('greet-typo');
    expect(
      repo.model.requests.some((r) => userTexts(r).some((t) => t.startsWith('You are the code reviewer'))),
    ).toBe(false);
    // The fix resumed dev's thread.
    const fixRequest = repo.model.requests.find((r) => userTexts(r).at(-1)?.includes('`greet-typo`'))!;
    expect(userTexts(fixRequest).some((t) => t.startsWith('You are the developer and tester'))).toBe(true);
    expect(repo.git('show', 'codex/T-1-add-a-greeting:greet.txt')).toBe('hello');

    // The review JSON exactly as the schema has it; who reviewed, and its cost, beside it.
    const first = JSON.parse((await repo.state('items/T-1/review-1.json'))!);
    expect(Object.keys(first).sort()).toEqual([
      'blocked_reason',
      'criteria',
      'findings',
      'status',
      'summary',
    ]);
    expect(first.findings.map((f: { id: string }) => f.id)).toEqual(['greet-typo']);
    const record = JSON.parse((await repo.state('items/T-1/review-1.record.json'))!);
    expect(record.opinions).toEqual([
      expect.objectContaining({
        runtime: 'claude',
        status: 'changes_required',
        findings: ['greet-typo'],
        cost_usd: expect.closeTo((100 * 4 + 10 * 20) / 1e6, 10),
      }),
    ]);
    expect(JSON.parse((await repo.state('items/T-1/review-2.json'))!).status).toBe('pass');
    expect(server.unexpected).toEqual([]);
    expect(repo.model.unexpected).toEqual([]);
  }, 180_000);
});
