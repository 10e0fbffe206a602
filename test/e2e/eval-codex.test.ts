import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claudeCacheDir } from '../../src/agent/install/claude.js';
import { type EvalIo, evalCommand } from '../../src/eval/command.js';
import type { EvalReport } from '../../src/eval/report.js';
import {
  claudeStep,
  userTexts as claudeUserTexts,
  startAnthropicServer,
} from '../harness/anthropic-server.js';
import { pinnedClaude, TEST_ANTHROPIC_KEY } from '../harness/claude-env.js';
import { CLAUDE_VERSION } from '../harness/claude-scenario.js';
import { pinnedCodex, REPO_ROOT, TEST_API_KEY } from '../harness/codex-env.js';
import {
  type ResponsesServer,
  startResponsesServer,
  step,
  toolOutput,
  userTexts,
} from '../harness/responses-server.js';
import { planAnswer } from './eval-env.js';

// `codex-orchestrator eval` end to end: the command, the real codex binary against the scripted
// Responses API, the starter suite's cases in scratch repositories, the report on disk.

let root: string;
let project: string;
let model: ResponsesServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'eval-codex-'));
  project = join(root, 'project');
  await mkdir(join(project, '.github'), { recursive: true });
  await writeFile(join(project, '.github', 'codex-orchestrator.yml'), 'eval:\n  max-drop: 0.1\n');
  model = await startResponsesServer();
});
afterAll(async () => {
  await model.close();
  await rm(root, { recursive: true, force: true });
});

async function evaluate(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: EvalIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: {
      PATH: process.env.PATH,
      HOME: root,
      OPENAI_API_KEY: TEST_API_KEY,
      ANTHROPIC_API_KEY: TEST_ANTHROPIC_KEY,
      XDG_CACHE_HOME: join(root, 'cache'),
    },
    cwd: project,
    onSignal: () => () => {},
  };
  const code = await evalCommand(
    [
      '--suite',
      join(REPO_ROOT, 'evals'),
      '--codex-path',
      pinnedCodex().path,
      '--responses-api-endpoint',
      model.url,
      '--model',
      'gpt-5.5',
      // Later flags win: a test's own --suite or --model replaces the ones above.
      ...argv,
    ],
    io,
  );
  return { code, stdout, stderr };
}

const readReport = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as EvalReport;

/** The review that catches the starter suite's off-by-one. */
const catchesOffByOne = {
  status: 'changes_required',
  summary: 'Page 1 skips the first page.',
  findings: [
    {
      id: 'page-start-off-by-one',
      severity: 'major',
      file: 'src/paginate.js',
      line: 12,
      end_line: null,
      title: 'Off-by-one: page 1 skips the first page',
      body: 'Pages are 1-based, so the start is (page - 1) * size.',
      suggestion: '  const start = (page - 1) * size;',
    },
  ],
  criteria: [],
  blocked_reason: null,
};

const passes = {
  status: 'pass',
  summary: 'Looks right.',
  findings: [],
  criteria: [],
  blocked_reason: null,
};

describe('codex-orchestrator eval on the real codex binary', () => {
  it('runs a review case and a plan case end to end, and writes the report; the answer key never reaches the model', async () => {
    model.reset();
    model.enqueue(
      // The reviewer looks around its checkout for anything that gives the case away.
      step.exec('ls -a; git log --all --format=%s; cat case.yml ../case.yml ../../case.yml 2>&1', {
        callId: 'look',
      }),
      step.json(catchesOffByOne),
      step.json(JSON.parse(planAnswer('ready'))),
    );
    const out = join(root, 'first');
    const run = await evaluate(
      '--case',
      'js-off-by-one-page',
      '--case',
      'plan-ready-json-flag',
      '--out',
      out,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(model.unexpected).toEqual([]);
    expect(run.stdout).toMatch(/^default\s+100\.0%\s+100\.0%\s+100\.0%\s+0\.0%\s+0\s+0\s+/m);

    const report = await readReport(out);
    expect(report.variants[0]?.description).toBe('codex · gpt-5.5');
    expect(report.variants[0]?.cases).toMatchObject([
      {
        case: 'js-off-by-one-page',
        status: 'changes_required',
        correct: true,
        expected_findings: 1,
        matched_expected: 1,
        findings: 1,
        outcome: 'answered',
      },
      { case: 'plan-ready-json-flag', kind: 'plan', status: 'ready', correct: true },
    ]);
    expect(report.variants[0]?.scores).toMatchObject({ recall: 1, precision: 1, verdict_accuracy: 1 });
    expect(report.variants[0]?.scores.tokens).toBeGreaterThan(0);
    expect(await readFile(join(out, 'report.md'), 'utf8')).toContain('| `js-off-by-one-page` | review |');
    expect(await readFile(join(out, 'chart.svg'), 'utf8')).toContain('<svg');
    expect(existsSync(join(out, 'events', 'variant-1.jsonl'))).toBe(true);
    expect(await readFile(join(out, 'eval.log'), 'utf8')).toContain(
      'Project instructions: AGENTS.md on main.',
    );

    // The prompts are production's: the review template with the issue, its criteria and the
    // diff; the plan template with the issue. Nothing of the case's name, title or note.
    const reviewPrompt = userTexts(model.requests[0]!).at(-1) ?? '';
    expect(reviewPrompt).toContain('You are the code reviewer of the branch `codex/T-1` of work item T-1');
    expect(reviewPrompt).toContain('Paginate the user list of the admin page');
    expect(reviewPrompt).toContain('`pageOf` rejects a page below 1 with a RangeError');
    expect(reviewPrompt).toContain('+  const start = page * size;');
    const planPrompt = userTexts(model.requests[2]!).at(-1) ?? '';
    expect(planPrompt).toContain('You are the planner and architect for issue #T-1');
    expect(planPrompt).toContain('todo stats --json');
    for (const prompt of [reviewPrompt, planPrompt]) {
      expect(prompt).not.toContain('js-off-by-one-page');
      expect(prompt).not.toContain('used as a 0-based index');
      expect(prompt).not.toContain('The bug:');
      expect(prompt).not.toContain('Clear and small');
    }
    // The checkout holds the code and the change as commits, and no case file.
    const looked = toolOutput(model.requests[1]!, 'look') ?? '';
    expect(looked).toContain('package.json');
    expect(looked).toContain('The code before the change');
    expect(looked).toContain('Paginate the user list of the admin page');
    expect(looked).not.toMatch(/verdict|expected:|Off-by-one/);
  }, 180_000);

  it('gives a variant its own review prompt, and the baseline gate exits 1 on the drop, naming the case', async () => {
    model.reset();
    await writeFile(
      join(root, 'variants.yml'),
      'variants:\n  - name: default\n    prompts: { review: strict.md }\n',
    );
    await writeFile(join(root, 'strict.md'), 'STRICT REVIEW of {{change}}.\n\n{{criteria}}\n\n{{diff}}\n');
    model.enqueue(step.json(passes));
    const run = await evaluate(
      '--case',
      'js-off-by-one-page',
      '--variants',
      join(root, 'variants.yml'),
      '--baseline',
      join(root, 'first'),
      '--json',
    );
    expect(run.code, run.stderr).toBe(1);
    expect(userTexts(model.requests[0]!).at(-1)).toMatch(/^STRICT REVIEW of the branch `codex\/T-1`/);
    const report = JSON.parse(run.stdout) as EvalReport;
    expect(report.baseline).toMatchObject({
      tripped: true,
      max_drop: 0.1,
      variants: [
        {
          name: 'default',
          cases: 1,
          recall: { before: 1, after: 0 },
          tripped: ['recall', 'verdict accuracy'],
          worse: ['js-off-by-one-page (verdict right 1/1 → 0/1, found 1/1 → 0/1)'],
        },
      ],
    });
    expect(report.variants[0]?.cases[0]).toMatchObject({
      status: 'pass',
      correct: false,
      missed: [expect.stringMatching(/^src\/paginate\.js:12-13/)],
    });
  }, 180_000);

  it('refuses to start under a cost cap with a model that has no price: nothing runs', async () => {
    model.reset();
    const run = await evaluate(
      '--case',
      'js-off-by-one-page',
      '--cost-cap-usd',
      '1',
      '--model',
      'house-model-7',
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("in variant 'default' the model 'house-model-7' (codex) has no price");
    expect(model.requests).toEqual([]);
  });

  it('reports invalid cases and exits 2 before any model runs', async () => {
    model.reset();
    const suite = join(root, 'broken-suite');
    await mkdir(join(suite, 'one', 'repo'), { recursive: true });
    await writeFile(
      join(suite, 'one', 'case.yml'),
      'title: x\nkind: review\nissue: { title: y }\nexpected: { verdict: maybe }\n',
    );
    const run = await evaluate('--suite', suite);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(suite, 'one', 'case.yml')}:4: expected.verdict: Invalid option`);
    expect(run.stderr).toContain(`${join(suite, 'one', 'change.patch')}: missing.`);
    expect(model.requests).toEqual([]);
  });

  it('compares a codex and a claude variant on the same case, each on its own runtime', async () => {
    model.reset();
    const anthropic = await startAnthropicServer();
    try {
      // The pinned claude binary where the CLI's tool cache (XDG_CACHE_HOME) keeps it.
      const dir = claudeCacheDir(join(root, 'cache', 'codex-orchestrator', 'tools'), CLAUDE_VERSION);
      await mkdir(dir, { recursive: true });
      await symlink(pinnedClaude().path, join(dir, 'claude')).catch(() => {});
      await writeFile(
        join(root, 'runtimes.yml'),
        'variants:\n  - { name: codex, runtime: codex, effort: low }\n  - { name: claude, runtime: claude, model: claude-sonnet-5-5 }\n',
      );
      model.enqueue(step.json(catchesOffByOne));
      anthropic.enqueue(claudeStep.structured(passes));
      const run = await evaluate(
        '--case',
        'js-off-by-one-page',
        '--variants',
        join(root, 'runtimes.yml'),
        '--anthropic-base-url',
        anthropic.url,
        '--claude-code-version',
        CLAUDE_VERSION,
        '--json',
      );
      expect(run.code, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout) as EvalReport;
      expect(
        report.variants.map((v) => [v.name, v.description, v.scores.recall, v.scores.false_pass_rate]),
      ).toEqual([
        ['codex', 'codex · gpt-5.5 · low', 1, 0],
        ['claude', 'claude · claude-sonnet-5-5', 0, 1],
      ]);
      expect(claudeUserTexts(anthropic.requests[0]!).join('\n')).toContain(
        'Paginate the user list of the admin page',
      );
      expect(anthropic.requests[0]?.body?.model).toBe('claude-sonnet-5-5');
      expect(model.requests[0]?.body).toMatchObject({ model: 'gpt-5.5', reasoning: { effort: 'low' } });
    } finally {
      await anthropic.close();
    }
  }, 180_000);
});
