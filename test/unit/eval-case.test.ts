import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSuite, SuiteError } from '../../src/eval/suite.js';
import { loadVariants, type VariantsError } from '../../src/eval/variants.js';
import { createGitExec } from '../../src/git/exec.js';

const git = createGitExec();
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'eval-case-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

/** A patch that adds `src/a.js` with three lines. */
const ADD_A = [
  'diff --git a/src/a.js b/src/a.js',
  'new file mode 100644',
  '--- /dev/null',
  '+++ b/src/a.js',
  '@@ -0,0 +1,3 @@',
  '+const a = 1;',
  '+const b = 2;',
  '+export { a, b };',
  '',
].join('\n');

const reviewCase = (expected: string) =>
  [
    'title: A case',
    'kind: review',
    'issue:',
    '  title: Add a',
    '  body: Adds a.',
    '  criteria: [a is exported]',
    'expected:',
    expected,
  ].join('\n');

async function problemsOf(suite: string, only?: string[]): Promise<string[]> {
  const scratchParent = await mkdtemp(join(tmpdir(), 'eval-scratch-'));
  dirs.push(scratchParent);
  try {
    await loadSuite(git, suite, { only, scratchParent });
  } catch (error) {
    if (error instanceof SuiteError) return error.problems.map((p) => p.replaceAll(`${suite}/`, ''));
    throw error;
  }
  return [];
}

describe('an eval suite', () => {
  it('loads sound cases, in id order, with the expected findings normalised', async () => {
    const suite = await tree({
      'b-plan/case.yml': 'title: P\nkind: plan\nissue: { title: Do a thing }\nexpected: { status: ready }\n',
      'b-plan/repo/README.md': '# x\n',
      'a-review/case.yml': reviewCase(
        '  verdict: changes_required\n  findings:\n    - { file: ./src/a.js, lines: [2, 3], words: [b] }\n',
      ),
      'a-review/repo/README.md': '# x\n',
      'a-review/change.patch': ADD_A,
      'README.md': 'Files at the top are not cases.\n',
    });
    const scratchParent = await mkdtemp(join(tmpdir(), 'eval-scratch-'));
    dirs.push(scratchParent);
    const loaded = await loadSuite(git, suite, { scratchParent });
    expect(loaded.cases.map((c) => c.id)).toEqual(['a-review', 'b-plan']);
    expect(loaded.cases[0]).toMatchObject({
      kind: 'review',
      issue: { title: 'Add a', body: 'Adds a.', criteria: ['a is exported'] },
      expected: {
        verdict: 'changes_required',
        findings: [{ file: 'src/a.js', lines: [2, 3], severity: 'minor' }],
      },
    });
    expect(loaded.cases[1]).toMatchObject({ kind: 'plan', issue: { body: '', criteria: [] } });
  });

  it('reports every problem of every case together, each with its file, line and field, before anything runs', async () => {
    const suite = await tree({
      'bad-kind/case.yml': 'title: K\nkind: lint\nissue: { title: x }\nexpected: {}\n',
      'bad-kind/repo/x': '',
      'bad-fields/case.yml': reviewCase(
        [
          '  verdict: pass',
          '  findings:',
          '    - file: ../outside.js',
          '      lines: [5, 3]',
          '      words: []',
          '      severity: urgent',
          '  expectd: 1',
        ].join('\n'),
      ),
      'bad-fields/repo/x': '',
      'bad-fields/change.patch': ADD_A,
      'no-patch/case.yml': reviewCase(
        '  verdict: changes_required\n  findings: [{ file: src/a.js, words: [a] }]\n',
      ),
      'no-patch/repo/x': '',
      'plan-with-patch/case.yml': 'title: P\nkind: plan\nissue: { title: x }\nexpected: { status: done }\n',
      'plan-with-patch/change.patch': ADD_A,
      'not-applying/case.yml': reviewCase(
        '  verdict: changes_required\n  findings: [{ file: src/a.js, words: [a] }]\n',
      ),
      'not-applying/repo/src/a.js': 'already here\n',
      'not-applying/change.patch': ADD_A,
      'wrong-place/case.yml': reviewCase(
        '  verdict: changes_required\n  findings:\n    - { file: src/b.js, words: [a] }\n    - { file: src/a.js, lines: [3, 9], words: [a] }\n',
      ),
      'wrong-place/repo/x': '',
      'wrong-place/change.patch': ADD_A,
      'Bad Name/case.yml': 'title: P\nkind: plan\nissue: { title: x }\nexpected: { status: ready }\n',
      'Bad Name/repo/x': '',
    });
    const problems = await problemsOf(suite);
    expect(problems).toEqual([
      "Bad Name: the folder's name is the case's id. Expected lower-case letters, digits, '.', '_' or '-'.",
      'bad-fields/case.yml:9: expected.findings: a passing case lists 1 finding(s) to raise. Expected no findings, or verdict changes_required.',
      "bad-fields/case.yml:10: expected.findings.0.file: '../outside.js' leaves repo/ ('..'). Expected a path inside it.",
      'bad-fields/case.yml:11: expected.findings.0.lines: the first line comes after the last.',
      'bad-fields/case.yml:12: expected.findings.0.words: needs at least one word the finding must contain.',
      expect.stringMatching(/^bad-fields\/case\.yml:13: expected\.findings\.0\.severity: Invalid option/),
      'bad-fields/case.yml:14: expected.expectd: unknown field.',
      'bad-kind/case.yml:2: kind: Expected kind: review or kind: plan.',
      'no-patch/change.patch: missing. A review case needs the change under review (`git diff > change.patch`).',
      'plan-with-patch/case.yml:4: expected.status: Invalid option: expected one of "ready"|"needs_clarification"|"needs_decomposition"',
      'plan-with-patch/repo: missing. Expected a folder holding the code before the change.',
      'plan-with-patch/change.patch: a plan case has no change; the planner reads repo/ as it is. Remove it, or make it kind: review.',
      expect.stringMatching(
        /^not-applying\/change\.patch does not apply to not-applying\/repo: .*already exists/,
      ),
      "wrong-place/case.yml: expected.findings.0.file: 'src/b.js' is not a file of repo/ after change.patch.",
      'wrong-place/case.yml: expected.findings.1.lines: [3, 9] goes past the end of src/a.js (3 lines after the change).',
    ]);
  });

  it('names a --case that is not in the suite', async () => {
    const suite = await tree({
      'one/case.yml': 'title: P\nkind: plan\nissue: { title: x }\nexpected: { status: ready }\n',
      'one/repo/x': '',
    });
    expect(await problemsOf(suite, ['one'])).toEqual([]);
    expect(await problemsOf(suite, ['two'])).toEqual([
      `--case two: ${suite} has no such case. Expected one of: one.`,
    ]);
  });
});

describe('a variants file', () => {
  it('reads variants with prompt paths beside the file, naming the unnamed', async () => {
    const dir = await tree({
      'variants.yml': [
        'variants:',
        '  - name: baseline',
        '  - runtime: codex',
        '    model: gpt-5.5',
        '    effort: high',
        '    prompts: { review: prompts/strict.md }',
      ].join('\n'),
      'prompts/strict.md': 'Review strictly: {{diff}}',
    });
    expect(await loadVariants(join(dir, 'variants.yml'))).toEqual([
      { name: 'baseline', runtime: undefined, model: undefined, effort: undefined, prompts: {} },
      {
        name: 'codex gpt-5.5 high review prompt',
        runtime: 'codex',
        model: 'gpt-5.5',
        effort: 'high',
        prompts: { review: join(dir, 'prompts/strict.md') },
      },
    ]);
  });

  it('reports every problem with its line: a model without a runtime, effort on claude, a twice-used name, a missing prompt', async () => {
    const dir = await tree({
      'variants.yml': [
        'variants:',
        '  - name: a',
        '    model: gpt-5.5',
        '  - name: b',
        '    runtime: claude',
        '    effort: high',
        '    speed: 3',
      ].join('\n'),
      'dupes.yml': ['variants:', '  - name: a', '  - name: a', '    prompts: { plan: missing.md }'].join(
        '\n',
      ),
    });
    const problems = async (file: string) =>
      loadVariants(join(dir, file)).then(
        () => [],
        (error: VariantsError) => error.problems.map((p) => p.replaceAll(`${dir}/`, '')),
      );
    expect(await problems('variants.yml')).toEqual([
      'variants.yml:3: variants.0.model: a model belongs to one runtime. Add runtime: codex or runtime: claude.',
      'variants.yml:6: variants.1.effort: effort applies to the codex runtime only; Claude Code takes none. Remove it.',
      'variants.yml:7: variants.1.speed: unknown field.',
    ]);
    expect(await problems('dupes.yml')).toEqual([
      "dupes.yml: variants.1.name: 'a' is used twice. Expected distinct names.",
      'dupes.yml: variants.1.prompts.plan: missing.md is not a file.',
    ]);
  });
});

describe('the eval keys of the policy file', () => {
  it('default to no cost cap and a five-point drop, and are validated', async () => {
    const { defaultConfig, parseConfig, ConfigError } = await import('../../src/config.js');
    expect(defaultConfig().eval).toEqual({ 'cost-cap-usd': null, 'max-drop': 0.05 });
    expect(parseConfig('eval:\n  cost-cap-usd: 12.5\n  max-drop: 0.1\n', 'policy.yml').eval).toEqual({
      'cost-cap-usd': 12.5,
      'max-drop': 0.1,
    });
    expect(() => parseConfig('eval:\n  max-drop: 5\n  cap: 1\n', 'policy.yml')).toThrow(ConfigError);
    try {
      parseConfig('eval:\n  max-drop: 5\n  cap: 1\n', 'policy.yml');
    } catch (error) {
      expect((error as InstanceType<typeof ConfigError>).problems).toEqual([
        'policy.yml:2: eval.max-drop: Too big: expected number to be <=1 (got 5)',
        'policy.yml:3: eval.cap: unknown key. Expected one of: cost-cap-usd, max-drop.',
      ]);
    }
  });
});
