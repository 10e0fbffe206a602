import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearCommand } from '../../src/cli/approve.js';
import { newSession } from '../../src/tracker/local/session-file.js';
import { inMemory, type McpSession } from './mcp-env.js';
import { addFile, docsFile, type LocalRepo, localRepo } from './run-env.js';

let repo: LocalRepo | undefined;
let mcp: McpSession | undefined;
afterEach(async () => {
  await mcp?.close();
  await repo?.cleanup();
  mcp = undefined;
  repo = undefined;
});

const errorOf = async (call: ReturnType<McpSession['call']>) => {
  const result = await call;
  if (result.ok) throw new Error(`expected a tool error, got ${JSON.stringify(result.result)}`);
  return result.error;
};

describe('the MCP server refuses what leads outside its roots', () => {
  it('repo_path outside the root, through a link, above the root, not a repository; ids with ../', async () => {
    repo = await localRepo({ items: { 'T-1.md': docsFile('T-1', 'One', { criteria: ['a'] }) } });
    await mkdir(join(repo.root, 'plain'));
    await symlink(repo.root, join(repo.dir, 'up'));
    await mkdir(join(repo.dir, 'sub'));
    mcp = await inMemory(repo, [repo.dir]);
    const outside =
      /is outside the folders this server may work in \(.*\/repo\): start the server with --root/;
    expect(await errorOf(mcp.call('scan_prioritize', { repo_path: '/etc' }))).toMatch(outside);
    expect(await errorOf(mcp.call('scan_prioritize', { repo_path: '../origin.git' }))).toMatch(outside);
    expect(await errorOf(mcp.call('scan_prioritize', { repo_path: join(repo.dir, 'up', 'plain') }))).toMatch(
      outside,
    );
    expect(
      await errorOf(mcp.call('process_bug', { item_id: 'T-1', repo_path: `${repo.dir}/../plain` })),
    ).toMatch(outside);
    expect(await errorOf(mcp.call('scan_prioritize', { repo_path: join(repo.dir, 'missing') }))).toMatch(
      /repo_path .*missing does not exist/,
    );

    const sub = await inMemory(repo, [join(repo.dir, 'sub')]);
    try {
      expect(await errorOf(sub.call('scan_prioritize', { repo_path: join(repo.dir, 'sub') }))).toMatch(
        /lies in the git repository .*\/repo, whose root is outside the folders this server may work in/,
      );
    } finally {
      await sub.close();
    }
    const wide = await inMemory(repo, [repo.root]);
    try {
      expect(await errorOf(wide.call('scan_prioritize', { repo_path: join(repo.root, 'plain') }))).toMatch(
        /is not inside a git repository/,
      );
    } finally {
      await wide.close();
    }

    for (const [tool, key] of [
      ['process_bug', 'item_id'],
      ['run_tests', 'work_item_id'],
    ] as const) {
      for (const id of ['../x', '../../etc/passwd', '.hidden', 'a/b']) {
        expect(await errorOf(mcp.call(tool, { [key]: id, repo_path: repo.dir }))).toBe(
          `${key} '${id}' is not an item id: ids are letters, digits, '.', '_' and '-', with no '/' or leading '.'.`,
        );
      }
    }
    expect(repo.git('branch', '--list')).toBe('* main');
    // The errors were answers: the server still serves.
    const scan = await mcp.call('scan_prioritize', { repo_path: repo.dir, sync_remote: false });
    expect(scan.ok).toBe(true);
  }, 60_000);

  it('a symlinked docs folder is never read or written, and a symlinked state folder is refused', async () => {
    repo = await localRepo({
      items: { 'T-1.md': docsFile('T-1', 'One', { criteria: ['a'] }) },
      config: 'backlog:\n  docs:\n    issues: "docs/projects/**/issues/*.md"\n',
    });
    const away = join(repo.root, 'away');
    await mkdir(away);
    await writeFile(join(away, 'X-1.md'), docsFile('X-1', 'Secret item outside the repository'));
    await mkdir(join(repo.dir, 'docs/projects/linked'), { recursive: true });
    await symlink(away, join(repo.dir, 'docs/projects/linked/issues'));
    repo.commit({}, 'Link a docs folder outside');
    mcp = await inMemory(repo, [repo.root]);

    const scan = await mcp.call('scan_prioritize', {
      repo_path: repo.dir,
      sync_remote: false,
    });
    if (!scan.ok) throw new Error(scan.error);
    expect(scan.result.priority_queue.map((e) => e.item_id)).toEqual(['T-1']);
    expect(scan.result.problems).toEqual([expect.stringContaining('docs/projects/linked/issues/X-1.md')]);
    expect(JSON.stringify(scan.result)).not.toContain('Secret item');
    expect(scan.result.next_action.item_id).toBeNull();
    expect(await errorOf(mcp.call('process_bug', { item_id: 'T-1', repo_path: repo.dir }))).toMatch(
      /docs\/projects\/linked\/issues\/X-1\.md/,
    );

    // An empty backlog whose only folder is a link outside: the new item is not written through it.
    await writeFile(
      join(repo.dir, '.github/codex-orchestrator.yml'),
      'backlog:\n  docs:\n    issues: "tasks/*.md"\n',
    );
    await symlink(away, join(repo.dir, 'tasks'));
    repo.commit({}, 'Tasks live outside');
    repo.git('checkout', '-q', '-b', 'work');
    expect(
      await errorOf(
        mcp.call('create_work_item', {
          item_type: 'bug',
          title: 'Through the link',
          description: 'x',
          repo_path: repo.dir,
        }),
      ),
    ).toBe('Cannot write tasks/ITEM-001.md: tasks/ITEM-001.md leads outside the repository through a link.');
    expect(await readFile(join(away, 'ITEM-001.md'), 'utf8').catch(() => 'absent')).toBe('absent');

    await rm(join(repo.dir, '.codex-orchestrator'), { recursive: true, force: true });
    await symlink(away, join(repo.dir, '.codex-orchestrator'));
    expect(await errorOf(mcp.call('scan_prioritize', { repo_path: repo.dir }))).toMatch(
      /\.codex-orchestrator is a link that leads outside the repository/,
    );
  }, 60_000);
});

describe('the MCP server answers bad arguments with a schema error naming them', () => {
  it('wrong types, unknown keys, bad enums and bounds; an unknown item; the server goes on', async () => {
    repo = await localRepo({ items: { 'T-1.md': docsFile('T-1', 'One', { criteria: ['a'] }) } });
    mcp = await inMemory(repo);
    const base = { repo_path: repo.dir };
    const cases: [string, Record<string, unknown>, RegExp][] = [
      [
        'process_bug',
        { ...base, item_id: 'T-1', max_iterations: 'many' },
        /expected number, received string at max_iterations/,
      ],
      ['process_bug', { ...base, item_id: 'T-1', max_iterations: 101 }, /max_iterations/],
      ['process_bug', { item_id: 'T-1' }, /repo_path/],
      ['scan_prioritize', { ...base, verbose: true }, /Unrecognized key: "verbose"/],
      ['scan_prioritize', { ...base, timeout: 0 }, /timeout/],
      ['create_work_item', { ...base, item_type: 'epic', title: 't', description: 'd' }, /item_type/],
      [
        'create_work_item',
        { ...base, item_type: 'bug', title: 't', description: 'd', priority: 'urgent' },
        /expected critical, high, medium, low or P0–P3 at priority/,
      ],
      ['create_work_item', { ...base, item_type: 'bug', title: '', description: 'd' }, /title/],
      ['run_tests', { ...base, work_item_id: 'T-1', create_bugs: 'yes' }, /create_bugs/],
      ['run_retrospective', { ...base, dry_run: 1 }, /dry_run/],
    ];
    for (const [tool, args, expected] of cases) {
      const error = await errorOf(mcp.call(tool, args));
      expect(error, `${tool} ${JSON.stringify(args)}`).toMatch(/^MCP error -32602: Input validation error/);
      expect(error, `${tool} ${JSON.stringify(args)}`).toMatch(expected);
    }
    expect(await errorOf(mcp.call('process_bug', { ...base, item_id: 'T-9' }))).toBe(
      "No item 'T-9' in the docs backlog (backlog.docs.issues: docs/projects/**/issues/*.md); scan_prioritize lists the items.",
    );
    // The calls above are in the session file already (each call notes itself).
    const session = JSON.parse(
      await readFile(join(repo.dir, '.codex-orchestrator/.agent-state.json'), 'utf8'),
    );
    expect(session.last_tool).toMatchObject({ name: 'process_bug', ok: false });
    expect(await errorOf(mcp.call('run_retrospective', { ...base, session_id: 'nope' }))).toBe(
      `session_id 'nope' is not the session of ${repo.dir}/.codex-orchestrator/.agent-state.json (${session.session_id}): pass null for the current one.`,
    );
    expect((await mcp.call('scan_prioritize', { ...base, sync_remote: false })).ok).toBe(true);
    expect(repo.model.requests).toEqual([]);
  }, 60_000);
});

describe('the early exit and the STOP file', () => {
  it('three failures in a row set early_exit_triggered; process_bug then refuses until a person clears it', async () => {
    repo = await localRepo({
      items: {
        'T-1.md': docsFile('T-1', 'Never passes', { priority: 'high', criteria: ['make x'] }),
        'T-2.md': docsFile('T-2', 'Next', { criteria: ['make y'] }),
      },
      config: 'verify:\n  commands:\n    - test -f never.txt\n',
    });
    const stateDir = join(repo.dir, '.codex-orchestrator');
    const sessionFile = join(stateDir, '.agent-state.json');
    await mkdir(stateDir);
    const seeded = {
      ...newSession(),
      consecutive_failures: 2,
      tasks_processed: ['A', 'B'],
      tasks_blocked: ['A', 'B'],
    };
    await writeFile(sessionFile, JSON.stringify(seeded));
    mcp = await inMemory(repo);

    // One developer run (max_iterations 1), no fix run: the verification still fails.
    repo.model.enqueue(...addFile('x.txt', 'x'));
    const failed = await mcp.call('process_bug', {
      item_id: 'T-1',
      repo_path: repo.dir,
      max_iterations: 1,
    });
    if (!failed.ok) throw new Error(failed.error);
    expect(failed.result).toMatchObject({
      status: 'tests_failed',
      test_result: { passed: false, failures: [{ command: 'test -f never.txt', exit_code: 1 }] },
    });
    const session = JSON.parse(await readFile(sessionFile, 'utf8'));
    expect(session).toMatchObject({
      session_id: seeded.session_id,
      consecutive_failures: 3,
      early_exit_triggered: true,
      tasks_blocked: ['A', 'B', 'T-1'],
    });
    expect(session.early_exit_reason).toMatch(
      /^3 items in a row failed \(consecutive-failure-limit 3\): .*T-1 \(tests_failed\)\.$/,
    );

    const refused = await errorOf(mcp.call('process_bug', { item_id: 'T-2', repo_path: repo.dir }));
    expect(refused).toContain(
      `process_bug refuses to start: The session stopped early: ${session.early_exit_reason}`,
    );
    expect(refused).toContain(`codex-orchestrator clear --dir ${repo.dir}`);
    const scan = await mcp.call('scan_prioritize', {
      repo_path: repo.dir,
      sync_remote: false,
    });
    if (!scan.ok) throw new Error(scan.error);
    expect(scan.result.next_action.item_id).toBeNull();
    expect(scan.result.human_actions_required[0]).toMatchObject({
      item_id: null,
      action: 'clear the early exit or remove the STOP file',
    });

    // A person clears it; the next call starts a new session.
    const out: string[] = [];
    const cleared = await clearCommand(['--dir', repo.dir], {
      stdout: (t) => out.push(t),
      stderr: (t) => out.push(t),
      env: repo.env,
      cwd: repo.dir,
    });
    expect(cleared, out.join('')).toBe(0);
    repo.model.enqueue(...addFile('y.txt', 'y'));
    const next = await mcp.call('process_bug', {
      item_id: 'T-2',
      repo_path: repo.dir,
      max_iterations: 1,
    });
    if (!next.ok) throw new Error(next.error);
    expect(next.result.status).toBe('tests_failed');
    const fresh = JSON.parse(await readFile(sessionFile, 'utf8'));
    expect(fresh.session_id).not.toBe(seeded.session_id);
    expect(fresh).toMatchObject({
      consecutive_failures: 1,
      early_exit_triggered: false,
      tasks_processed: ['T-2'],
    });

    await writeFile(join(stateDir, 'STOP'), '');
    expect(await errorOf(mcp.call('process_bug', { item_id: 'T-2', repo_path: repo.dir }))).toBe(
      `process_bug refuses to start: A STOP file is in ${stateDir}: a person removes it to go on.`,
    );
    expect(repo.model.pending).toBe(0);
  }, 120_000);
});
