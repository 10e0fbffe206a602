import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

// The house rule (README, Development; DESIGN §11–§12): surfaces over the engine over the adapters
// over the parts; phases never import a sibling; only src/github/ talks to Octokit. `npm test` runs depcruise on src/ too; this test shows the rules
// catch each kind of back-import, so a rule that silently stopped matching would fail here.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const rules = createRequire(import.meta.url)(join(ROOT, '.dependency-cruiser.cjs'));

async function violations(cwd: string): Promise<string[]> {
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const { output } = await cruise(['src'], {
      validate: true,
      ruleSet: { forbidden: rules.forbidden },
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '\\.d\\.ts$' },
    });
    return (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
  } finally {
    process.chdir(previous);
  }
}

/** A call on the Octokit client: `x.rest.…`, `x.graphql(…)`, `x.paginate(…)`, `x.request(…)`. */
const OCTOKIT_CALL = /\w\.(rest|graphql|paginate|request)\b\s*[.(<]/;

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'house-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

describe('the house rule', () => {
  it('holds on src/', async () => {
    expect(await violations(ROOT)).toEqual([]);
  }, 30_000);

  it('fails on every kind of back-import', async () => {
    const dir = await tree({
      'src/main.ts': "import './phases/index.js';\nimport './phases/plan/index.js';\n",
      'src/phases/index.ts': "export const load = () => import('./plan/index.js');\n",
      'src/phases/plan/index.ts': "import '../dev/index.js';\nimport '../../engine/loop.js';\n",
      'src/phases/dev/index.ts': "import '../../engine/loop.js';\n",
      // The engine reaching up into a surface, an adapter, GitHub; a part reaching up into the engine.
      'src/engine/loop.ts': "import '../phases/dev/index.js';\n",
      'src/engine/step.ts': "import '../action/job.js';\nimport '../tracker/github/store.js';\n",
      'src/engine/session.ts': "import '../github/client.js';\nimport '../agent/codex/runner.js';\n",
      'src/engine/prompt.ts': "import '../tracker/port.js';\nimport '../agent/types.js';\n",
      'src/tracker/port.ts': "import '../tracker/github/store.js';\n",
      'src/tracker/github/store.ts': "import '../../engine/loop.js';\nimport '../../github/client.js';\n",
      'src/tracker/local/state.ts': "import '../github/store.js';\n",
      'src/agent/codex/runner.ts': "import '../../action/job.js';\n",
      'src/agent/types.ts': 'export {};\n',
      'src/action/job.ts': "import '@octokit/rest';\nimport '../cli/index.js';\n",
      'src/cli/index.ts':
        "import '../action/job.js';\nimport '../engine/loop.js';\nimport '../mcp/index.js';\nimport '../mcp/tools.js';\n",
      // The CLI and the MCP server share src/local/, never each other; the dispatcher starts the server.
      'src/cli/run.ts': "import '../mcp/index.js';\nimport '../local/engine.js';\n",
      'src/cli/scan.ts': 'export {};\n',
      'src/mcp/index.ts': "import '../local/engine.js';\n",
      'src/mcp/tools.ts': "import '../cli/scan.js';\n",
      'src/local/engine.ts': "import '../cli/scan.js';\nimport '../engine/loop.js';\n",
      'src/engine/resume.ts': "import '../local/engine.js';\n",
      // The eval is the engine on scratch repositories: neither the Action nor GitHub.
      'src/eval/command.ts':
        "import '../action/job.js';\nimport '../github/client.js';\nimport '../tracker/github/store.js';\nimport '../engine/loop.js';\n",
      'src/github/client.ts': 'export {};\n',
      'src/review/render.ts': "import '../engine/loop.js';\n",
      'src/state/schema.ts': "import '../report/status.js';\n",
      'src/report/status.ts': "import '../state/schema.js';\n",
      'node_modules/@octokit/rest/package.json': '{"name":"@octokit/rest","main":"index.js"}',
      'node_modules/@octokit/rest/index.js': 'module.exports = {};\n',
    });
    const found = await violations(dir);
    const rulesHit = new Set(found.map((v) => v.split(':')[0]));
    expect([...rulesHit].sort()).toEqual(
      [
        'action-knows-no-other-surface',
        'adapters-import-no-engine-or-surface',
        'cli-and-mcp-stand-apart',
        'dispatcher-starts-mcp-through-its-entry',
        'engine-imports-no-adapter',
        'engine-imports-no-surface',
        'eval-runs-without-github',
        'local-composition-imports-no-surface',
        'local-composition-is-for-local-surfaces',
        'local-tracker-knows-no-github',
        'main-reaches-phases-through-the-registry',
        'no-circular',
        'no-import-of-a-phase',
        'no-sibling-phase',
        'only-github-calls-octokit',
        'parts-import-nothing-above',
        'ports-are-types',
        'state-imports-only-downward',
        'surfaces-stand-apart',
      ].sort(),
    );
    expect(found).toContain('no-sibling-phase: src/phases/plan/index.ts → src/phases/dev/index.ts');
    expect(found).toContain('engine-imports-no-adapter: src/engine/session.ts → src/github/client.ts');
    expect(found).toContain('engine-imports-no-adapter: src/engine/session.ts → src/agent/codex/runner.ts');
    expect(found).toContain('engine-imports-no-surface: src/engine/step.ts → src/action/job.ts');
    expect(found).toContain(
      'adapters-import-no-engine-or-surface: src/tracker/github/store.ts → src/engine/loop.ts',
    );
    expect(found).toContain('surfaces-stand-apart: src/cli/index.ts → src/action/job.ts');
    expect(found).toContain('surfaces-stand-apart: src/eval/command.ts → src/action/job.ts');
    expect(found).toContain('eval-runs-without-github: src/eval/command.ts → src/github/client.ts');
    expect(found).toContain('eval-runs-without-github: src/eval/command.ts → src/tracker/github/store.ts');
    expect(found.filter((v) => v.includes('src/eval/command.ts → src/engine/'))).toEqual([]);
    expect(found).toContain('cli-and-mcp-stand-apart: src/cli/run.ts → src/mcp/index.ts');
    expect(found).toContain('cli-and-mcp-stand-apart: src/mcp/tools.ts → src/cli/scan.ts');
    expect(found).toContain('dispatcher-starts-mcp-through-its-entry: src/cli/index.ts → src/mcp/tools.ts');
    expect(found).not.toContain(
      'dispatcher-starts-mcp-through-its-entry: src/cli/index.ts → src/mcp/index.ts',
    );
    expect(found).not.toContain('cli-and-mcp-stand-apart: src/cli/index.ts → src/mcp/index.ts');
    expect(found).toContain('local-composition-imports-no-surface: src/local/engine.ts → src/cli/scan.ts');
    expect(found).toContain(
      'local-composition-is-for-local-surfaces: src/engine/resume.ts → src/local/engine.ts',
    );
    expect(found.filter((v) => v.includes('→ src/local/') && v.startsWith('local-composition-is'))).toEqual([
      'local-composition-is-for-local-surfaces: src/engine/resume.ts → src/local/engine.ts',
    ]);
    expect(found).toContain('parts-import-nothing-above: src/review/render.ts → src/engine/loop.ts');
    expect(found).toContain('state-imports-only-downward: src/state/schema.ts → src/report/status.ts');
    // The ports are what the engine may see.
    expect(found.filter((v) => v.startsWith('engine-') && v.includes('src/engine/prompt.ts'))).toEqual([]);
  }, 30_000);

  it('keeps every Octokit call inside src/github/', async () => {
    // The pattern finds what it is for, and not a spread of a variable named `rest`.
    for (const call of [
      'client.rest.issues.get({',
      'job.client.paginate(x',
      'client.graphql<T>(q',
      'octokit.request(',
    ]) {
      expect(OCTOKIT_CALL.test(call), call).toBe(true);
    }
    expect(OCTOKIT_CALL.test('[...rest.map((t) => t)]')).toBe(false);
    const offenders: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (entry.name.endsWith('.ts')) {
          const rel = relative(ROOT, path);
          if (rel.startsWith(join('src', 'github'))) continue;
          const text = await readFile(path, 'utf8');
          for (const [n, line] of text.split('\n').entries()) {
            if (OCTOKIT_CALL.test(line)) offenders.push(`${rel}:${n + 1}`);
          }
        }
      }
    };
    await walk(join(ROOT, 'src'));
    expect(offenders).toEqual([]);
  });
});
