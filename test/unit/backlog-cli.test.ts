import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanCommand } from '../../src/cli/scan.js';
import { startGitHubServer } from '../harness/github-server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A clean environment: no GitHub or runner variables, anything leaving the machine goes nowhere. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|OPENAI|CODEX_|GH_)/.test(key)) continue;
    env[key] = value;
  }
  return {
    ...env,
    HTTPS_PROXY: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
    NO_PROXY: '127.0.0.1,localhost',
    ...extra,
  };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command the way `npx codex-orchestrator` does: the package's bin, as a process. */
function cli(args: string[], env = cleanEnv()): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin/codex-orchestrator.mjs'), ...args],
      { env, cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let dir: string;
const put = async (root: string, path: string, text: string) => {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), text);
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backlog-cli-'));
  await put(dir, '.github/codex-orchestrator.yml', 'backlog:\n  source: docs\n');
  const issues = 'docs/projects/web/issues';
  await put(dir, 'docs/projects/web/milestones/m1.md', '---\ntitle: First release\norder: 1\n---\n');
  await put(
    dir,
    `${issues}/login.md`,
    '---\nid: WEB-1\ntitle: Log in\npriority: high\nmilestone: m1\n---\n## Acceptance criteria\n- [ ] works\n',
  );
  await put(dir, `${issues}/logout.md`, '---\nid: WEB-2\ntitle: Log out\nblocked_by: [WEB-1]\n---\n');
  await put(
    dir,
    `${issues}/profile.md`,
    '---\nid: WEB-3\ntitle: "Profile \\u001b[31mred"\npriority: low\n---\n',
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('codex-orchestrator scan', () => {
  it('prints the queue and the blocked items of a docs backlog, offline, and exits 0', async () => {
    const run = await cli(['scan', '--dir', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Backlog (docs): 3 items — 2 ready, 0 in progress, 1 blocked, 0 waiting for a human, 0 done.',
        '',
        'Ready queue (2):',
        '    1. WEB-1  Log in  [high · m1] → plan',
        '    2. WEB-3  Profile [31mred  [low] → plan',
        '',
        'Blocked (1):',
        '  WEB-2  Log out — waiting for WEB-1 (open)',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON with --json and the graph with --mermaid', async () => {
    const json = await cli(['scan', '--dir', dir, '--json']);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out.queue).toEqual([
      {
        item: 'WEB-1',
        title: 'Log in',
        priority: 'high',
        milestone: 'm1',
        phase: 'plan',
        file: 'docs/projects/web/issues/login.md',
      },
      {
        item: 'WEB-3',
        title: 'Profile \u001b[31mred',
        priority: 'low',
        milestone: null,
        phase: 'plan',
        file: 'docs/projects/web/issues/profile.md',
      },
    ]);
    expect(out.blocked).toEqual([
      { item: 'WEB-2', title: 'Log out', reason: 'waiting for WEB-1 (open)', blockers: ['WEB-1'] },
    ]);
    expect(out.problems).toEqual([]);
    const mermaid = await cli(['scan', '--dir', dir, '--mermaid']);
    expect(mermaid.stdout.split('\n').slice(0, 2)).toEqual(['flowchart TD', '  n0["WEB-1 Log in"]']);
  });

  it('reports every problem and exits 1', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'backlog-cli-broken-'));
    try {
      const issues = 'docs/projects/x/issues';
      await put(broken, `${issues}/a.md`, '---\nid: A\ntitle: A\nblocked_by: [B]\n---\n');
      await put(broken, `${issues}/b.md`, '---\nid: B\ntitle: B\nblocked_by: [A, Q]\n---\n');
      await put(broken, `${issues}/c.md`, '---\nid: [\n---\n');
      const run = await cli(['scan', '--dir', broken, '--source', 'docs']);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('The backlog has 3 problems; nothing is dispatched until they are fixed:');
      expect(run.stdout).toContain(
        "docs/projects/x/issues/b.md:4: `blocked_by` names 'Q', which is no item's id.",
      );
      expect(run.stdout).toMatch(/docs\/projects\/x\/issues\/c\.md:2: the front matter does not parse/);
      expect(run.stdout).toContain('dependency cycle: A → B → A');
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });

  it('never lists an item whose dependency is unknown as ready', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'backlog-cli-unknown-'));
    try {
      await put(broken, 'docs/projects/x/issues/a.md', '---\nid: A\ntitle: A\nblocked_by: [TYPO]\n---\n');
      await put(broken, 'docs/projects/x/issues/b.md', '---\nid: B\ntitle: B\n---\n');
      let stdout = '';
      // In-process, on the sources (the bin runs the built copy when there is one).
      const code = await scanCommand(['--dir', broken, '--source', 'docs', '--json'], {
        stdout: (text) => {
          stdout += text;
        },
        stderr: () => {},
        env: {},
        cwd: broken,
      });
      expect(code).toBe(1);
      const out = JSON.parse(stdout);
      expect(out.queue.map((q: { item: string }) => q.item)).toEqual(['B']);
      expect(out.blocked).toEqual([
        { item: 'A', title: 'A', reason: 'waiting for TYPO (unknown)', blockers: ['TYPO'] },
      ]);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });

  it('says what is missing for the github source and for a bad config', async () => {
    const noToken = await cli(['scan', '--dir', dir, '--source', 'github']);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('The github source needs GITHUB_TOKEN');
    const badConfig = await cli([
      'scan',
      '--dir',
      dir,
      '--config',
      join(dir, 'nope.yml'),
      '--source',
      'docs',
      '--bogus',
    ]);
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toMatch(/Unknown option '--bogus'/);
    await put(dir, 'bad.yml', 'backlog:\n  source: jira\n');
    const invalid = await cli(['scan', '--dir', dir, '--config', join(dir, 'bad.yml')]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('bad.yml:2: backlog.source: Invalid option');
  });

  it('reads the github source from GITHUB_TOKEN and the API URL', async () => {
    const gh = await startGitHubServer();
    try {
      gh.addIssue({ title: 'First', labels: ['codex'] });
      gh.addIssue({ title: 'Second', labels: ['codex', 'P0'], body: 'Blocked by #1' });
      gh.addIssue({ title: 'Third', labels: ['codex', 'priority:low'] });
      const run = await cli(
        ['scan', '--dir', dir, '--source', 'github', '--json'],
        cleanEnv({ ...gh.env(), GITHUB_TOKEN: 'ghs_action' }),
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const out = JSON.parse(run.stdout);
      expect(out.queue.map((q: { item: number }) => q.item)).toEqual([1, 3]);
      expect(out.blocked).toEqual([
        { item: '#2', title: 'Second', reason: 'waiting for #1 (open)', blockers: ['#1'] },
      ]);
      gh.assertNoViolations();
    } finally {
      await gh.close();
    }
  });
});
