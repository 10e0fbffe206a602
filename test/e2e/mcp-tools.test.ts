import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Progress } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it } from 'vitest';
import { inMemory, type McpSession, overStdio } from './mcp-env.js';
import { addFile, DOCS, docsFile, type LocalRepo, localRepo, step } from './run-env.js';

let repo: LocalRepo | undefined;
let mcp: McpSession | undefined;
afterEach(async () => {
  await mcp?.close();
  await repo?.cleanup();
  mcp = undefined;
  repo = undefined;
});

const today = () => new Date().toISOString().slice(0, 10);

describe.each([
  ['in memory', inMemory],
  ['over stdio (the real process)', overStdio],
])('the MCP server %s', (_, connect) => {
  it('serves the five tools: scan, run_tests with a bug filed, create_work_item, process_bug with progress, the retrospective', async () => {
    repo = await localRepo({
      items: {
        'T-1.md': docsFile('T-1', 'Add a greeting', {
          priority: 'high',
          criteria: ['greet.txt says hello', 'bye.txt says bye'],
        }),
        'T-2.md': docsFile('T-2', 'Use the greeting', { blockedBy: ['T-1'] }),
        'T-3.md': docsFile('T-3', 'Polish the docs', { priority: 'low', criteria: ['docs are polished'] }),
      },
      config: 'verify:\n  commands:\n    - test -f greet.txt\n',
    });
    const mainBefore = repo.git('rev-parse', 'main');
    mcp = await connect(repo);

    const { tools } = await mcp.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(
      ['create_work_item', 'process_bug', 'run_retrospective', 'run_tests', 'scan_prioritize'].sort(),
    );
    for (const tool of tools) {
      expect(tool.description?.length, tool.name).toBeGreaterThan(100);
      expect(tool.inputSchema.required, tool.name).toContain('repo_path');
      expect(tool.outputSchema?.type, tool.name).toBe('object');
    }
    expect(tools.find((t) => t.name === 'scan_prioritize')?.annotations?.readOnlyHint).toBe(true);
    expect(tools.find((t) => t.name === 'process_bug')?.inputSchema.properties).toMatchObject({
      max_iterations: { default: 20 },
      timeout_per_section: { default: 300 },
    });

    const scan = await mcp.call('scan_prioritize', {
      repo_path: repo.dir,
      sync_remote: false,
    });
    if (!scan.ok) throw new Error(scan.error);
    expect(scan.result.priority_queue.map((e) => [e.item_id, e.status])).toEqual([
      ['T-1', 'ready'],
      ['T-3', 'ready'],
      ['T-2', 'blocked'],
    ]);
    expect(scan.result.priority_queue[2]?.reason).toBe('waiting for T-1 (open)');
    expect(scan.result.summary).toMatchObject({ total: 3, ready: 2, blocked: 1 });
    expect(scan.result.next_action.item_id).toBe('T-1');
    expect(scan.result.truncated).toBe(0);
    const first = await mcp.call('scan_prioritize', {
      repo_path: repo.dir,
      sync_remote: false,
      max_items: 1,
    });
    if (!first.ok) throw new Error(first.error);
    expect(first.result.priority_queue.map((e) => e.item_id)).toEqual(['T-1']);
    expect(first.result).toMatchObject({ truncated: 2, summary: { total: 3 } });

    // The default branch lacks greet.txt: the verification fails there, and a bug is filed once.
    const failing = await mcp.call('run_tests', {
      work_item_id: 'T-1',
      repo_path: repo.dir,
      create_bugs: true,
    });
    if (!failing.ok) throw new Error(failing.error);
    expect(failing.result).toMatchObject({ success: true, passed: false, overall_status: 'failed' });
    expect(failing.result.tested.ref).toBe('main');
    expect(failing.result.failures[0]).toMatchObject({ command: 'test -f greet.txt', exit_code: 1 });
    const backlogBranch = `codex/backlog-${today()}`;
    expect(failing.result.issues_created).toEqual([
      {
        item_id: 'T-4',
        title: 'Verification fails on main: test -f greet.txt',
        location: `${DOCS}/T-4.md`,
      },
    ]);
    expect(failing.result.issues_branch).toBe(backlogBranch);
    const again = await mcp.call('run_tests', {
      work_item_id: 'T-1',
      repo_path: repo.dir,
      create_bugs: true,
    });
    if (!again.ok) throw new Error(again.error);
    expect(again.result.issues_created).toEqual([]);
    expect(again.result.duplicates).toEqual([
      { item_id: 'T-4', title: 'Verification fails on main: test -f greet.txt' },
    ]);

    const created = await mcp.call('create_work_item', {
      item_type: 'feature',
      title: 'Say goodbye in French',
      description: 'Add au revoir.\n\n## Acceptance criteria\n- [ ] bye-fr.txt says au revoir',
      repo_path: repo.dir,
      priority: 'P1',
      component: 'greetings',
    });
    if (!created.ok) throw new Error(created.error);
    // The next id counts the bug filed on the side branch: the tree the commit goes on.
    expect(created.result).toMatchObject({
      success: true,
      created: true,
      item_id: 'T-5',
      location: `${DOCS}/T-5.md`,
      files_created: ['T-5.md'],
      duplicate_warning: null,
      branch: backlogBranch,
    });
    const file = repo.git('show', `${backlogBranch}:${DOCS}/T-5.md`);
    expect(file).toContain(
      'id: T-5\ntitle: "Say goodbye in French"\nstatus: open\npriority: high\ntype: feature',
    );
    expect(repo.git('log', '--format=%an %s', `main..${backlogBranch}`).split('\n')).toEqual([
      'codex-orchestrator Add T-5: Say goodbye in French',
      'codex-orchestrator Add T-4: Verification fails on main: test -f greet.txt',
    ]);
    expect(repo.git('rev-parse', 'main')).toBe(mainBefore);

    repo.model.enqueue(...addFile('greet.txt', 'hello'), ...addFile('bye.txt', 'bye'));
    const progress: Progress[] = [];
    const processed = await mcp.call(
      'process_bug',
      { item_id: 'T-1', repo_path: repo.dir },
      { onprogress: (p) => progress.push(p) },
    );
    if (!processed.ok) throw new Error(processed.error);
    expect(processed.result).toMatchObject({
      status: 'complete',
      sections_completed: ['greet.txt says hello', 'bye.txt says bye'],
      test_result: { passed: true, summary: { commands: 1, passed: 1, failed: 0, skipped: 0 }, failures: [] },
      branch: 'codex/T-1-add-a-greeting',
      commits: 3,
    });
    expect(progress.map((p) => p.message)).toEqual([
      'criterion 1/2: greet.txt says hello',
      expect.stringMatching(/^criterion 1\/2 done \([0-9a-f]{7}\)$/),
      'criterion 2/2: bye.txt says bye',
      expect.stringMatching(/^criterion 2\/2 done \([0-9a-f]{7}\)$/),
      'verification passed',
      'T-1: complete',
    ]);
    expect(progress.map((p) => p.progress)).toEqual(
      [...progress.map((p) => p.progress)].sort((a, b) => a - b),
    );
    expect(repo.git('show', 'codex/T-1-add-a-greeting:greet.txt')).toBe('hello');
    expect(repo.git('log', '--format=%s', 'main..codex/T-1-add-a-greeting')).toContain('bye');
    expect(repo.git('rev-parse', 'main')).toBe(mainBefore);
    expect(repo.git('status', '--porcelain')).toBe('');
    const sessionFile = join(repo.dir, '.codex-orchestrator', '.agent-state.json');
    const afterProcess = JSON.parse(await readFile(sessionFile, 'utf8'));
    expect(afterProcess).toMatchObject({
      tasks_processed: ['T-1'],
      tasks_completed: ['T-1'],
      current_task: null,
      consecutive_failures: 0,
      early_exit_triggered: false,
      last_tool: { name: 'process_bug', ok: true },
    });

    const onBranch = await mcp.call('run_tests', {
      work_item_id: 'T-1',
      repo_path: repo.dir,
    });
    if (!onBranch.ok) throw new Error(onBranch.error);
    expect(onBranch.result).toMatchObject({ passed: true, overall_status: 'passed' });
    expect(onBranch.result.tested).toEqual({
      ref: 'codex/T-1-add-a-greeting',
      commit: repo.git('rev-parse', 'codex/T-1-add-a-greeting'),
    });

    const rescan = await mcp.call('scan_prioritize', {
      repo_path: repo.dir,
      sync_remote: false,
    });
    if (!rescan.ok) throw new Error(rescan.error);
    expect(rescan.result.priority_queue.find((e) => e.item_id === 'T-1')).toMatchObject({
      status: 'waiting',
      reason: 'its branch codex/T-1-add-a-greeting is done and verified: a person reviews and merges it',
    });
    expect(rescan.result.human_actions_required).toContainEqual(
      expect.objectContaining({ item_id: 'T-1', action: 'review and act' }),
    );
    expect(rescan.result.next_action.item_id).toBe('T-3');

    repo.model.enqueue(
      step.json({
        summary: 'T-1 went through; T-3 is obsolete and T-2 is next.',
        deprecations: [{ item: 'T-3', reason: 'The docs were rewritten already.' }],
        merges: [],
        priority_changes: [{ item: 'T-2', old: 'medium', new: 'high', reason: 'It unblocks the release.' }],
        recommendations: [{ text: 'Merge codex/T-1-add-a-greeting soon.', items: ['T-1'] }],
        next_priority_item: 'T-2',
        new_items: [],
      }),
    );
    const retro = await mcp.call('run_retrospective', { repo_path: repo.dir });
    if (!retro.ok) throw new Error(retro.error);
    expect(retro.result).toMatchObject({
      success: true,
      deprecations: ['T-3'],
      priority_changes: [{ item_id: 'T-2', old: 'medium', new: 'high' }],
      recommendations: ['Merge codex/T-1-add-a-greeting soon.'],
      next_priority_item: { item_id: 'T-2' },
      applied: [
        { kind: 'deprecate', item: 'T-3' },
        { kind: 'priority', item: 'T-2' },
      ],
      skipped: [],
      branch: backlogBranch,
      dry_run: false,
      session_id: afterProcess.session_id,
      session_ended: true,
    });
    expect(repo.git('show', `${backlogBranch}:${DOCS}/T-3.md`)).toContain('status: deprecated');
    expect(repo.git('show', `${backlogBranch}:${DOCS}/T-2.md`)).toContain('priority: high');
    expect(repo.git('rev-parse', 'main')).toBe(mainBefore);
    const retroPrompt = JSON.stringify(repo.model.requests.at(-1)?.body);
    expect(retroPrompt).toContain('T-1 \\"Add a greeting\\": done (dev and verification)');
    expect(retroPrompt).toContain('branch codex/T-1-add-a-greeting (not merged)');
    const ended = JSON.parse(await readFile(sessionFile, 'utf8'));
    expect(ended.ended_at).not.toBeNull();
    expect(ended.last_tool).toMatchObject({ name: 'run_retrospective', ok: true });
    expect(repo.model.pending).toBe(0);
  }, 240_000);
});
