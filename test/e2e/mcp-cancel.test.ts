import { readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Progress } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it } from 'vitest';
import { inMemory, type McpSession, overStdio } from './mcp-env.js';
import { addFile, docsFile, type LocalRepo, localRepo, step } from './run-env.js';

let repo: LocalRepo | undefined;
let mcp: McpSession | undefined;
afterEach(async () => {
  await mcp?.close();
  await repo?.cleanup();
  mcp = undefined;
  repo = undefined;
});

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Processes working in `dir` (the agent runs with the item's worktree as its cwd or `--cd`). */
async function processesIn(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => '');
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cwd.startsWith(dir) || cmdline.includes(dir)) found.push(pid);
  }
  return found;
}

describe.each([
  ['in memory', inMemory],
  ['over stdio (the real process)', overStdio],
])('cancelling process_bug %s', (_, connect) => {
  it('kills the runtime mid-criterion, saves the state, and a later call resumes at that criterion', async () => {
    repo = await localRepo({
      items: { 'T-1.md': docsFile('T-1', 'Two files', { criteria: ['a.txt says a', 'b.txt says b'] }) },
    });
    const stateDir = join(repo.dir, '.codex-orchestrator');
    const worktrees = join(stateDir, 'worktrees');
    mcp = await connect(repo);
    // Criterion 1 is done; criterion 2's run hangs (the model never answers).
    repo.model.enqueue(...addFile('a.txt', 'a'), step.stall());
    const progress: Progress[] = [];
    const controller = new AbortController();
    const call = mcp.call(
      'process_bug',
      { item_id: 'T-1', repo_path: repo.dir },
      { signal: controller.signal, onprogress: (p) => progress.push(p) },
    );
    const settled = call.then(
      () => 'returned',
      (error: Error) => error.message,
    );
    await until('the second criterion to start', () => repo!.model.requests.length === 3);
    await until('the agent to run in the worktree', async () => (await processesIn(worktrees)).length > 0);
    expect(progress.map((p) => p.message)).toContain('criterion 2/2: b.txt says b');
    controller.abort(new Error('the person stopped it'));
    expect(await settled).toMatch(/the person stopped it|aborted/i);

    const sessionFile = join(stateDir, '.agent-state.json');
    await until('the engine to save its state', async () => {
      const session = JSON.parse(await readFile(sessionFile, 'utf8'));
      return session.last_tool?.name === 'process_bug' && session.current_task === null;
    });
    expect(await processesIn(worktrees)).toEqual([]);
    const session = JSON.parse(await readFile(sessionFile, 'utf8'));
    expect(session).toMatchObject({
      consecutive_failures: 0,
      tasks_processed: [],
      early_exit_triggered: false,
    });
    expect(session.last_tool).toMatchObject({
      ok: false,
      note: 'process_bug for T-1 was cancelled; a later call continues.',
    });
    const state = JSON.parse(await readFile(join(stateDir, 'items/T-1/state.json'), 'utf8'));
    expect(state.criteria.map((c: { done: boolean }) => c.done)).toEqual([true, false]);
    expect(repo.git('show', 'codex/T-1-two-files:a.txt')).toBe('a');

    // The next call continues with criterion 2: criterion 1 is not asked for again.
    repo.model.enqueue(...addFile('b.txt', 'b'));
    const resumed = await mcp.call('process_bug', { item_id: 'T-1', repo_path: repo.dir });
    if (!resumed.ok) throw new Error(resumed.error);
    expect(resumed.result).toMatchObject({
      status: 'complete',
      sections_completed: ['a.txt says a', 'b.txt says b'],
      branch: 'codex/T-1-two-files',
    });
    expect(repo.model.requests).toHaveLength(5);
    expect(repo.git('show', 'codex/T-1-two-files:b.txt')).toBe('b');
    expect(repo.model.pending).toBe(0);
  }, 120_000);
});
