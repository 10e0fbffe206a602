/**
 * A docs backlog file whose front matter opens with `---js` ran its block through eval in every
 * entry point that read the backlog (gray-matter's JavaScript engine): the Action's scan and retro
 * jobs, with their tokens in the environment, and `npx codex-orchestrator scan` on any checkout.
 * Each entry point here reads such a file: the block must never run, and the file is reported as
 * a problem with its line. (The dev phase's side is in dev-docs-item.test.ts.)
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DOCS_ITEM_MARKER } from '../../src/backlog/mirror.js';
import { scanCommand } from '../../src/cli/scan.js';
import { step, userTexts } from '../harness/responses-server.js';
import { type RetroScenario, retroAnswer, retroScenario } from './retro-env.js';
import { docsItem, type ScanScenario, scanScenario } from './scan-env.js';

const FILE = 'docs/projects/app/issues/evil.md';
const PROBLEM = `${FILE}:1: the front matter does not parse: the first line is "---js": front matter opens with a line of exactly "---" and is YAML`;

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

/** A sentinel path, and an item file whose block would write the job's environment into it if run. */
async function attack(): Promise<{ sentinel: string; text: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'front-matter-sentinel-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  const sentinel = join(dir, 'ran');
  const payload = `(process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(sentinel)}, JSON.stringify(process.env)), { id: 'pwned', title: 'Ran in the action' })`;
  return { sentinel, text: `---js\n${payload}\n---\n## Acceptance criteria\n- [ ] x\n` };
}

describe('a ---js front matter in every entry point that reads the docs backlog', () => {
  it('the Action scan: nothing runs, nothing is dispatched, the dashboard names the file and line', async () => {
    const s: ScanScenario = await scanScenario();
    cleanup.push(() => s.close());
    const { sentinel, text } = await attack();
    s.config('backlog:\n  source: docs\n');
    await s.files({
      'docs/projects/app/issues/fine.md': docsItem({ id: 'fine', title: 'A fine item' }),
      [FILE]: text,
    });
    const out = await s.run();
    expect(existsSync(sentinel), 'the front matter ran inside the action').toBe(false);
    expect(out.outputs.status, out.stdout).toBe('blocked');
    expect(s.gh.state.dispatches).toEqual([]);
    expect(s.ownIssues(DOCS_ITEM_MARKER)).toEqual([]);
    expect(s.dashboard()!.body).toContain(PROBLEM);
    s.gh.assertNoViolations();
  });

  it('the CLI scan: nothing runs, the problem is printed and the exit code is 1', async () => {
    const { sentinel, text } = await attack();
    const dir = await mkdtemp(join(tmpdir(), 'front-matter-cli-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    for (const [path, body] of Object.entries({
      '.github/codex-orchestrator.yml': 'backlog:\n  source: docs\n',
      [FILE]: text,
    })) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), body);
    }
    let stdout = '';
    const code = await scanCommand(['--dir', dir], {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stdout += t;
      },
      env: { GITHUB_TOKEN: 'ghp_shell_token' },
      cwd: dir,
    });
    expect(existsSync(sentinel), 'the front matter ran in the CLI').toBe(false);
    expect(code).toBe(1);
    expect(stdout).toContain(PROBLEM);
  });

  it('the Action retro: nothing runs, and the file is no item the model hears of', async () => {
    const s: RetroScenario = await retroScenario({
      config: 'backlog:\n  source: docs\nretro:\n  apply: true\n',
    });
    cleanup.push(() => s.close());
    const { sentinel, text } = await attack();
    await s.repos.commitOnOrigin(
      'main',
      {
        'docs/projects/app/issues/csv.md': docsItem({ id: 'csv', title: 'Export reports as CSV' }),
        [FILE]: text,
      },
      'Add the docs backlog',
    );
    s.model.enqueue(
      step.json(
        retroAnswer(s, {
          deprecations: [{ item: 'pwned', reason: 'Not an item.' }],
          merges: [],
          priority_changes: [],
          recommendations: [],
          next_priority_item: 'csv',
        }),
      ),
    );
    const out = await s.schedule({ runId: '4343' });
    expect(existsSync(sentinel), 'the front matter ran in the retro').toBe(false);
    expect(out.outputs.status, out.stdout).toBe('complete');
    const prompt = s.model.requests.flatMap(userTexts).join('\n');
    expect(prompt).toContain('Export reports as CSV');
    expect(prompt).not.toContain('Ran in the action');
    // Nothing to deprecate: the file yielded no item, so no branch and no pull request.
    expect(s.repos.log('codex/retro-4343')).toEqual([]);
    s.gh.assertNoViolations();
  });
});
