import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../../src/inputs.js';
import { checkWorkflow } from './github-parser.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIRS = ['.github/workflows', 'examples/workflows'];

const workflowFiles = DIRS.flatMap((dir) => {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => relative(ROOT, join(abs, f)));
});

type Step = { uses?: string; with?: Record<string, unknown> };
type Workflow = {
  on?: Record<string, { inputs?: Record<string, unknown> } | null> | string | string[];
  jobs?: Record<string, { steps?: Step[] }>;
};

/** A step that runs this action: the local checkout (`./`) or the published `…/codex-orchestrator@ref`. */
const isThisAction = (uses: string | undefined) =>
  uses !== undefined && (/^\.\/?$/.test(uses) || /(^|\/)codex-orchestrator@/.test(uses));

describe("workflows under GitHub's parser", () => {
  it('finds the repository workflows', () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/check-dist.yml']),
    );
  });

  it.each(workflowFiles)('%s has no errors', async (file) => {
    const verdict = await checkWorkflow(file, readFileSync(join(ROOT, file), 'utf8'));
    expect(verdict.errors).toEqual([]);
    expect(verdict.template).toBeDefined();
  });

  it('would report a broken workflow (the check can fail)', async () => {
    const broken = [
      'on:',
      '  schedule:',
      "    - cron: '61 * * * *'",
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    needs: [missing]',
      '    steps:',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, not a JS template.
      '      - run: echo ${{ github.event.( }}',
    ].join('\n');
    const errors = (await checkWorkflow('broken.yml', broken)).errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(/broken\.yml \(Line: \d+, Col: \d+\)/);
  });
});

describe('workflows that use this action', () => {
  const uses = workflowFiles.flatMap((file) => {
    const workflow = parse(readFileSync(join(ROOT, file), 'utf8')) as Workflow;
    const steps = Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? []);
    return steps.filter((step) => isThisAction(step.uses)).map((step) => ({ file, workflow, step }));
  });

  if (uses.length === 0) it.skip('no workflow under examples/ or .github/ uses the action yet', () => {});

  it.each(uses.map((u) => [u.file, u] as const))(
    '%s passes only inputs the action declares',
    (_, { step }) => {
      const unknown = Object.keys(step.with ?? {}).filter((k) => !(INPUT_NAMES as string[]).includes(k));
      expect(unknown, `not in action.yml: ${unknown.join(', ')}`).toEqual([]);
    },
  );

  it.each(uses.map((u) => [u.file, u] as const))(
    '%s declares the phase and target inputs the action dispatches with',
    (_, { workflow, step }) => {
      // The action starts the next phase with workflow_dispatch inputs {phase, target} (DESIGN §2);
      // GitHub rejects a dispatch that carries inputs the workflow does not declare.
      if (step.with?.dispatch === 'none') return;
      const on = workflow.on;
      const dispatch = on && typeof on === 'object' && !Array.isArray(on) ? on.workflow_dispatch : undefined;
      expect(
        dispatch?.inputs,
        'the workflow needs `on: workflow_dispatch` with inputs phase and target',
      ).toBeDefined();
      expect(Object.keys(dispatch?.inputs ?? {})).toEqual(expect.arrayContaining(['phase', 'target']));
    },
  );
});

describe('examples/workflows/weekly-retro.yml', () => {
  it('runs the retro phase on a weekly schedule, and by hand', () => {
    const workflow = parse(
      readFileSync(join(ROOT, 'examples/workflows/weekly-retro.yml'), 'utf8'),
    ) as Workflow & {
      on: Record<string, unknown>;
    };
    const cron = (workflow.on.schedule as { cron: string }[])[0]?.cron ?? '';
    // One day of the week: weekly, not nightly.
    expect(cron.split(' ')[4]).toMatch(/^[0-6]$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    const step = Object.values(workflow.jobs ?? {})
      .flatMap((job) => job.steps ?? [])
      .find((s) => isThisAction(s.uses));
    expect(step?.with?.phase).toBe('retro');
  });
});
