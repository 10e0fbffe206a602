// Benchmark 1: what the Codex runner adds on top of the bare CLI.
import { spawn } from 'node:child_process';
import { buildCodexEnv, buildExecArgs } from '../src/agent/codex/args.js';
import { CodexRunner, type RunnerLog } from '../src/agent/codex/runner.js';
import { codexTestEnv, runnerOptionsFor } from '../test/harness/codex-env.js';
import { type ResponsesServer, startResponsesServer, step } from '../test/harness/responses-server.js';
import type { BenchResult } from './result.js';

const TARGET = 1.1;
const PROMPT = 'Run the check, then report.';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The scripted turn both sides get: one command, then a message (two model requests). */
const script = (server: ResponsesServer) => server.enqueue(step.exec('true'), step.message('done'));

const silent: RunnerLog = { info: () => {}, debug: () => {}, startGroup: () => {}, endGroup: () => {} };

/** Runs the CLI the way a script would: same argv and env, prompt on stdin, stdout drained, nothing parsed. */
function bareRun(path: string, args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(path, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.resume();
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`bare codex exited with ${code}`)),
    );
    child.stdin.end(PROMPT);
  });
}

/**
 * A `CodexRunner.run` call vs the bare `codex exec --json` (same binary, argv, environment and
 * scripted turn against the loopback Responses server), alternating which goes first in each
 * pair so both see the same load. The result is the median of the per-pair ratios (target ≤ 1.10).
 */
export async function benchRunnerOverhead({ pairs = 21, warmup = 2 } = {}): Promise<BenchResult> {
  const server = await startResponsesServer();
  const env = await codexTestEnv();
  try {
    const options = runnerOptionsFor(server);
    const runner = new CodexRunner({
      ...options,
      codexHome: env.codexHome,
      eventsFile: env.eventsFile,
      log: silent,
    });
    const args = buildExecArgs({
      cwd: env.workspace,
      sandbox: 'workspace-write',
      provider: options.provider,
      model: options.model,
    });
    const codexEnv = buildCodexEnv({
      source: process.env,
      codexHome: env.codexHome,
      apiKey: options.provider.apiKey,
      extraPath: options.codex.extraPath,
    });
    // This process's CPU time per call (the scripted server runs here for both sides): the
    // difference is the runner's own work, a number the machine's load does not blur.
    const bareCpu: number[] = [];
    const runnerCpu: number[] = [];
    const cpuMs = (since: NodeJS.CpuUsage) => {
      const used = process.cpuUsage(since);
      return (used.user + used.system) / 1000;
    };
    const bare = async () => {
      script(server);
      const cpu = process.cpuUsage();
      const ms = await bareRun(options.codex.path, args, codexEnv);
      bareCpu.push(cpuMs(cpu));
      return ms;
    };
    const viaRunner = async () => {
      script(server);
      const cpu = process.cpuUsage();
      const started = performance.now();
      const result = await runner.run({ prompt: PROMPT, cwd: env.workspace, sandbox: 'workspace-write' });
      if (!result.ok) throw new Error(`runner run failed: ${result.kind}: ${result.message}`);
      const ms = performance.now() - started;
      runnerCpu.push(cpuMs(cpu));
      return ms;
    };

    for (let i = 0; i < warmup; i++) {
      await bare();
      await viaRunner();
    }
    const bareMs: number[] = [];
    const runnerMs: number[] = [];
    for (let i = 0; i < pairs; i++) {
      if (i % 2 === 0) {
        bareMs.push(await bare());
        runnerMs.push(await viaRunner());
      } else {
        runnerMs.push(await viaRunner());
        bareMs.push(await bare());
      }
    }
    const ratio = median(runnerMs.map((r, i) => r / bareMs[i]!));
    const ownCpuMs = median(runnerCpu.slice(warmup)) - median(bareCpu.slice(warmup));
    const values = { ratio, runnerMedianMs: median(runnerMs), bareMedianMs: median(bareMs), ownCpuMs, pairs };
    return {
      name: 'Runner overhead: a `CodexRunner.run` call vs the bare `codex exec --json`',
      result: `${ratio.toFixed(3)}× (median ${values.runnerMedianMs.toFixed(0)} ms vs ${values.bareMedianMs.toFixed(0)} ms; ${pairs} alternating pairs)`,
      target: `≤ ${TARGET.toFixed(2)}×`,
      pass: ratio <= TARGET,
      notes:
        `the runner's own CPU time: ${ownCpuMs.toFixed(1)} ms per call (median, this process, runner minus bare); ` +
        'same codex 0.171.0 binary, argv and environment; one scripted turn (a command, then a message) from the loopback Responses server; runner log silenced',
      values,
    };
  } finally {
    await server.close();
    await env.cleanup();
  }
}
