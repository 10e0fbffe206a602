import { writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inMemory, type McpSession } from './mcp-env.js';
import { DOCS, docsFile, type LocalRepo, localRepo, step } from './run-env.js';

let repo: LocalRepo | undefined;
let mcp: McpSession | undefined;
afterEach(async () => {
  await mcp?.close();
  await repo?.cleanup();
  mcp = undefined;
  repo = undefined;
});

const items = () => ({
  'TASK-001.md': docsFile('TASK-001', 'Set up the build', { criteria: ['it builds'] }),
  'TASK-002.md': docsFile('TASK-002', 'Flux reconciliation failing for helm releases', {
    criteria: ['it works'],
  }),
  'TASK-009.md': docsFile('TASK-009', 'Polish the docs', { priority: 'low' }),
});

describe('create_work_item', () => {
  it('on a feature branch commits that one file there; a same title returns the open item; a similar one warns', async () => {
    repo = await localRepo({ items: items() });
    repo.git('checkout', '-q', '-b', 'feature/x');
    // The person's own staged work stays theirs: staged, out of the commit.
    await writeFile(join(repo.dir, 'notes.txt'), 'mine\n');
    repo.git('add', 'notes.txt');
    mcp = await inMemory(repo);

    const made = await mcp.call('create_work_item', {
      item_type: 'bug',
      title: 'Helm releases stuck\nin progressing',
      description: 'After updating Flux, helm releases stay in "progressing".',
      repo_path: repo.dir,
      component: 'infrastructure',
      priority: 'critical',
    });
    if (!made.ok) throw new Error(made.error);
    expect(made.result).toMatchObject({
      created: true,
      item_id: 'TASK-010',
      location: `${DOCS}/TASK-010.md`,
      branch: 'feature/x',
      duplicate_warning: null,
      note: 'TASK-010 committed on feature/x, the branch checked out.',
    });
    expect(repo.git('log', '-1', '--format=%an|%s', 'feature/x')).toBe(
      'codex-orchestrator|Add TASK-010: Helm releases stuck in progressing',
    );
    expect(repo.git('show', '--name-only', '--format=', 'feature/x')).toBe(`${DOCS}/TASK-010.md`);
    expect(repo.git('status', '--porcelain')).toBe('A  notes.txt');
    const text = await readFile(join(repo.dir, DOCS, 'TASK-010.md'), 'utf8');
    expect(text).toBe(
      [
        '---',
        'id: TASK-010',
        'title: "Helm releases stuck in progressing"',
        'status: open',
        'priority: critical',
        'type: bug',
        'component: infrastructure',
        'labels: [bug, infrastructure]',
        `created: "${new Date().toISOString().slice(0, 10)}"`,
        '---',
        'After updating Flux, helm releases stay in "progressing".',
        '',
      ].join('\n'),
    );

    const same = await mcp.call('create_work_item', {
      item_type: 'bug',
      title: 'flux reconciliation FAILING for helm-releases!',
      description: 'again',
      repo_path: repo.dir,
    });
    if (!same.ok) throw new Error(same.error);
    expect(same.result).toMatchObject({
      created: false,
      item_id: 'TASK-002',
      files_created: [],
      duplicate_warning: { item_id: 'TASK-002', match: 'same' },
      commit: null,
    });

    const similar = await mcp.call('create_work_item', {
      item_type: 'feature',
      title: 'Flux reconciliation failing for helm charts',
      description: 'charts too',
      repo_path: repo.dir,
      auto_commit: false,
    });
    if (!similar.ok) throw new Error(similar.error);
    expect(similar.result).toMatchObject({
      created: true,
      item_id: 'TASK-011',
      duplicate_warning: { item_id: 'TASK-002', match: 'similar' },
      branch: null,
      commit: null,
      note: 'TASK-011 written to the working tree, not committed (auto_commit is false).',
    });
    expect(repo.git('status', '--porcelain')).toBe(`A  notes.txt\n?? ${DOCS}/TASK-011.md`);

    const scan = await mcp.call('scan_prioritize', { repo_path: repo.dir, sync_remote: false });
    if (!scan.ok) throw new Error(scan.error);
    expect(scan.result.problems).toEqual([]);
    expect(scan.result.priority_queue.map((e) => e.item_id)).toContain('TASK-011');
  }, 60_000);

  it('a human_action item is a human action in the scan, never worked', async () => {
    repo = await localRepo({ items: items() });
    mcp = await inMemory(repo);
    const made = await mcp.call('create_work_item', {
      item_type: 'human_action',
      title: 'Grant the deploy key',
      description: 'Only an admin can.',
      repo_path: repo.dir,
      auto_commit: false,
    });
    if (!made.ok) throw new Error(made.error);
    const scan = await mcp.call('scan_prioritize', { repo_path: repo.dir, sync_remote: false });
    if (!scan.ok) throw new Error(scan.error);
    expect(scan.result.human_actions_required).toContainEqual({
      item_id: 'TASK-010',
      action: 'Grant the deploy key',
      reason: 'a human action: a person does it',
    });
    const refused = await mcp.call('process_bug', { item_id: 'TASK-010', repo_path: repo.dir });
    expect(refused.ok ? 'worked' : refused.error).toBe(
      'TASK-010 cannot be worked now: a human action: a person does it.',
    );
  }, 60_000);
});

describe('scan_prioritize with sync_remote', () => {
  it('fast-forwards a clean default-branch checkout, and says why it does not otherwise', async () => {
    repo = await localRepo({ items: items() });
    // Someone else pushes a new item to origin.
    const other = join(repo.root, 'other');
    repo.git('clone', '-q', '-b', 'main', repo.origin, other);
    await writeFile(join(other, DOCS, 'TASK-012.md'), docsFile('TASK-012', 'From a colleague'));
    const inOther = (...args: string[]) => repo!.git('-C', other, ...args);
    inOther('-c', 'user.name=C', '-c', 'user.email=c@example.com', 'add', '-A');
    inOther('-c', 'user.name=C', '-c', 'user.email=c@example.com', 'commit', '-q', '-m', 'New item');
    inOther('push', '-q', 'origin', 'main');
    mcp = await inMemory(repo);

    await writeFile(join(repo.dir, 'README.md'), 'changed\n');
    const dirty = await mcp.call('scan_prioritize', { repo_path: repo.dir });
    if (!dirty.ok) throw new Error(dirty.error);
    expect(dirty.result.sync).toEqual({ status: 'skipped', reason: 'the checkout has uncommitted changes' });
    repo.git('checkout', '-q', 'README.md');

    repo.git('checkout', '-q', '-b', 'feature/y');
    const elsewhere = await mcp.call('scan_prioritize', { repo_path: repo.dir });
    if (!elsewhere.ok) throw new Error(elsewhere.error);
    expect(elsewhere.result.sync).toEqual({
      status: 'skipped',
      reason: 'the checkout is on feature/y, not the default branch main',
    });
    repo.git('checkout', '-q', 'main');

    const synced = await mcp.call('scan_prioritize', { repo_path: repo.dir });
    if (!synced.ok) throw new Error(synced.error);
    expect(synced.result.sync.status).toBe('fast_forwarded');
    expect(synced.result.priority_queue.map((e) => e.item_id)).toContain('TASK-012');
    expect(repo.git('rev-parse', 'main')).toBe(repo.git('rev-parse', 'origin/main'));
    const again = await mcp.call('scan_prioritize', { repo_path: repo.dir });
    expect(again.ok && again.result.sync.status).toBe('up_to_date');
  }, 60_000);
});

describe('run_retrospective', () => {
  const answer = {
    summary: 'Tidy up.',
    deprecations: [{ item: 'TASK-009', reason: 'Done another way.' }],
    merges: [{ source: 'TASK-002', target: 'TASK-001', reason: 'The same work.' }],
    priority_changes: [{ item: 'TASK-001', old: 'medium', new: 'critical', reason: 'It blocks everything.' }],
    recommendations: [{ text: 'Split big items.', items: [] }],
    next_priority_item: 'TASK-001',
    new_items: [{ title: 'Add CI', body: 'CI is missing.', priority: 'high', component: null }],
  };

  it('dry_run recommends and writes nothing; the session goes on', async () => {
    repo = await localRepo({ items: items() });
    mcp = await inMemory(repo);
    repo.model.enqueue(step.json(answer));
    const before = repo.git('for-each-ref', '--format=%(refname)');
    const retro = await mcp.call('run_retrospective', { repo_path: repo.dir, dry_run: true });
    if (!retro.ok) throw new Error(retro.error);
    expect(retro.result).toMatchObject({
      deprecations: ['TASK-009'],
      merges: [{ source: 'TASK-002', target: 'TASK-001' }],
      priority_changes: [{ item_id: 'TASK-001', old: 'medium', new: 'critical' }],
      new_items: [{ title: 'Add CI', priority: 'high' }],
      applied: [],
      branch: null,
      commit: null,
      dry_run: true,
      session_ended: false,
    });
    expect(retro.result.dropped).toEqual([]);
    expect(repo.git('for-each-ref', '--format=%(refname)')).toBe(before);
    expect(repo.git('status', '--porcelain')).toBe('');
  }, 60_000);

  it('applies on the checked-out feature branch, leaving a file the person changed meanwhile alone', async () => {
    repo = await localRepo({ items: items() });
    repo.git('checkout', '-q', '-b', 'feature/z');
    mcp = await inMemory(repo);
    const person = join(repo.dir, DOCS, 'TASK-009.md');
    repo.model.enqueue({
      ...step.json(answer),
      onServe: () => {
        writeFileSync(
          person,
          docsFile('TASK-009', 'Polish the docs, now with pictures', { priority: 'low' }),
        );
      },
    });
    const retro = await mcp.call('run_retrospective', { repo_path: repo.dir });
    if (!retro.ok) throw new Error(retro.error);
    expect(retro.result.applied).toEqual([
      { kind: 'merge', item: 'TASK-002', detail: 'duplicate of TASK-001: The same work.' },
      { kind: 'priority', item: 'TASK-001', detail: 'medium → critical: It blocks everything.' },
    ]);
    expect(retro.result.skipped).toEqual([
      {
        kind: 'deprecate',
        item: 'TASK-009',
        detail: `Done another way. (${DOCS}/TASK-009.md has uncommitted changes in your working tree)`,
      },
    ]);
    expect(retro.result.branch).toBe('feature/z');
    expect(repo.git('show', '--name-only', '--format=%an', 'feature/z').split('\n').filter(Boolean)).toEqual([
      'codex-orchestrator',
      `${DOCS}/TASK-001.md`,
      `${DOCS}/TASK-002.md`,
    ]);
    const merged = repo.git('show', `feature/z:${DOCS}/TASK-002.md`);
    expect(merged).toContain('\nstatus: deprecated\n');
    expect(merged).toContain('\nduplicate_of: TASK-001\n');
    expect(repo.git('show', `feature/z:${DOCS}/TASK-001.md`)).toContain('priority: critical');
    expect(await readFile(person, 'utf8')).toContain('now with pictures');
    // The person's edit is theirs: unstaged, uncommitted.
    expect(repo.git('diff', '--name-only')).toBe(`${DOCS}/TASK-009.md`);
    expect(repo.git('diff', '--cached', '--name-only')).toBe('');
  }, 60_000);
});
