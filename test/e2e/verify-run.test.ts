import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyFailureText, verifyMarkdown } from '../../src/verify/format.js';
import { OUTPUT_TAIL_CHARS, runCommand, runVerification, verifyEnv } from '../../src/verify/run.js';
import { testIsolation } from '../harness/isolation.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'codex-verify-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** True while the process runs; a killed child whose parent is gone may linger as a zombie (Z). */
const alive = async (pid: number) => {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat !== '' && !/^\d+ \(.*\) [ZX] /.test(stat);
};

describe('verification commands', () => {
  it('run with a minimal environment: no tokens, no inputs, CI=true', async () => {
    const env = verifyEnv({
      PATH: '/usr/bin:/bin',
      HOME: '/home/runner',
      'INPUT_GITHUB-TOKEN': 'ghs_secret',
      GITHUB_TOKEN: 'ghs_secret',
      ACTIONS_RUNTIME_TOKEN: 'rt',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'idt',
      CODEX_ORCHESTRATOR_API_KEY: 'sk-x',
      OPENAI_API_KEY: 'sk-y',
      LC_ALL: 'C.UTF-8',
    });
    expect(env).toEqual({ CI: 'true', PATH: '/usr/bin:/bin', HOME: '/home/runner', LC_ALL: 'C.UTF-8' });
    const outcome = await runCommand('env', { cwd: dir, env, timeoutMs: 10_000 });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.output).not.toMatch(/secret|sk-|TOKEN/);
    expect(outcome.output).toContain('CI=true');
  });

  it('kill the whole process group at the timeout, background children included', async () => {
    const started = performance.now();
    const outcome = await runCommand(`sleep 30 & echo $! > ${dir}/pid; wait`, {
      cwd: dir,
      env: verifyEnv(),
      timeoutMs: 500,
    });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(outcome).toMatchObject({ timedOut: true, exitCode: null });
    expect(outcome.output).toContain('[killed after 1 s: the verify timeout]');
    const pid = Number((await readFile(join(dir, 'pid'), 'utf8')).trim());
    await new Promise((r) => setTimeout(r, 100));
    expect(await alive(pid)).toBe(false);
  });

  it('do not wait for a background process the command left running', async () => {
    const outcome = await runCommand(`sleep 30 & echo $! > ${dir}/pid; echo done`, {
      cwd: dir,
      env: verifyEnv(),
      timeoutMs: 20_000,
    });
    expect(outcome).toMatchObject({ exitCode: 0, timedOut: false });
    expect(outcome.durationMs).toBeLessThan(5000);
    const pid = Number((await readFile(join(dir, 'pid'), 'utf8')).trim());
    await new Promise((r) => setTimeout(r, 100));
    expect(await alive(pid)).toBe(false);
  });

  it('stop at the first failure and list the rest as skipped', async () => {
    const report = await runVerification({
      commands: ['true', 'exit 3', 'echo later'],
      cwd: dir,
      timeoutMs: 10_000,
      isolation: await testIsolation(),
    });
    expect(report.ok).toBe(false);
    expect(report.results.map((r) => r.exitCode)).toEqual([0, 3]);
    expect(report.skipped).toEqual(['echo later']);
    expect(verifyFailureText(report)).toMatch(/^The command `exit 3` exited with code 3\./);
  });

  it('keep the end of long output, where test runners print their failures', async () => {
    const outcome = await runCommand('seq 1 20000; echo LAST LINE; exit 1', {
      cwd: dir,
      env: verifyEnv(),
      timeoutMs: 10_000,
    });
    expect(outcome.output.startsWith('[… earlier output clipped]\n')).toBe(true);
    expect(outcome.output.length).toBeLessThanOrEqual(OUTPUT_TAIL_CHARS + 40);
    expect(outcome.output.trimEnd().endsWith('LAST LINE')).toBe(true);
  });

  it('report a missing command with its exit code and output', async () => {
    const report = await runVerification({
      commands: ['no-such-tool --check'],
      cwd: dir,
      timeoutMs: 10_000,
      isolation: await testIsolation(),
    });
    expect(report.results[0]!.exitCode).toBe(127);
    expect(report.results[0]!.output).toMatch(/not found/);
  });
});

describe('verification markdown', () => {
  it('fences output so backticks in it cannot end the block', async () => {
    const report = await runVerification({
      commands: ["printf '```\\n# not a heading\\n'; exit 1"],
      cwd: dir,
      timeoutMs: 10_000,
      isolation: await testIsolation(),
    });
    const md = verifyMarkdown(report);
    expect(md).toContain('````text\n```\n# not a heading\n````');
    expect(md).toContain('<summary>Output of <code>printf');
  });

  it('says so when nothing is configured', () => {
    expect(verifyMarkdown({ ok: true, results: [], skipped: [] })).toMatch(
      /No verification commands are configured/,
    );
  });
});
