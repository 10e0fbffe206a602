// Runs every benchmark and writes BENCHMARKS.md (`npm run bench`; `npm run bench -- cold` runs
// only the benchmarks whose file name contains "cold" and prints without writing the file).
import { writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type BenchResult, toRow } from './result.js';

/**
 * The benchmarks, in report order: the module (relative to bench/) and the function it exports,
 * which returns a BenchResult. Adding a benchmark is one line here.
 */
const BENCHES: { file: string; fn: string }[] = [
  { file: 'runner-overhead.ts', fn: 'benchRunnerOverhead' },
  { file: 'jsonl-parse.ts', fn: 'benchJsonlParse' },
  { file: 'cold-start.ts', fn: 'benchColdStart' },
  { file: 'cold-start.ts', fn: 'benchColdStartVsBefore' },
  { file: 'review-phase.ts', fn: 'benchReviewPhase' },
  { file: 'review-runtimes.ts', fn: 'benchReviewRuntimes' },
  { file: 'review-incremental.ts', fn: 'benchReviewIncremental' },
  { file: 'codex-ready.ts', fn: 'benchCodexReady' },
  { file: 'claude-ready.ts', fn: 'benchClaudeReady' },
  { file: 'fix-phase.ts', fn: 'benchFixResume' },
  { file: 'fix-phase.ts', fn: 'benchFixCalls' },
  { file: 'backlog.ts', fn: 'benchBacklog' },
  { file: 'scan-job.ts', fn: 'benchScanJob' },
  { file: 'push-scan.ts', fn: 'benchPushScan' },
  { file: 'run-loop.ts', fn: 'benchRunLoop' },
  { file: 'run-loop.ts', fn: 'benchRunLoopThinking' },
  { file: 'run-dry.ts', fn: 'benchRunDry' },
  { file: 'eval-overhead.ts', fn: 'benchEvalOverhead' },
  { file: 'mcp-scan.ts', fn: 'benchMcpScan' },
];

const OUT = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);

async function runOne(file: string, fn: string): Promise<BenchResult> {
  const url = new URL(`./${file}`, import.meta.url);
  let mod: Record<string, unknown>;
  try {
    mod = (await import(url.href)) as Record<string, unknown>;
  } catch (error) {
    const missing =
      (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' &&
      String((error as Error).message).includes(fileURLToPath(url));
    if (!missing) throw error;
    return {
      name: `${fn} (bench/${file})`,
      result: 'not run',
      target: '—',
      pass: undefined,
      notes: `bench/${file} is not in this tree yet`,
    };
  }
  const bench = mod[fn];
  if (typeof bench !== 'function') throw new Error(`bench/${file} does not export a function ${fn}()`);
  return (await bench()) as BenchResult;
}

function machine(): string[] {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown';
  const gib = (totalmem() / 1024 ** 3).toFixed(1);
  return [
    '| | |',
    '|---|---|',
    `| date | ${new Date().toISOString()} |`,
    `| cpu | ${cpu} |`,
    `| cores | ${availableParallelism()} |`,
    `| memory | ${gib} GiB |`,
    `| node | ${process.version} (${process.platform}-${process.arch}) |`,
    `| load average at start (1 min) | ${loadavg()[0]?.toFixed(2)} |`,
  ];
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const selected = BENCHES.filter((b) => !filter || b.file.includes(filter));
  const machineRows = machine();
  const rows: string[] = [];
  const results: BenchResult[] = [];
  let crashed = false;
  for (const { file, fn } of selected) {
    log(`bench: ${file} …`);
    const started = performance.now();
    try {
      const result = await runOne(file, fn);
      results.push(result);
      rows.push(toRow(result));
      log(
        `bench: ${file}: ${result.result} (target ${result.target}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    } catch (error) {
      crashed = true;
      const message = error instanceof Error ? error.message : String(error);
      rows.push(
        toRow({ name: `${fn} (bench/${file})`, result: 'failed', target: '—', pass: false, notes: message }),
      );
      log(`bench: ${file} failed: ${error instanceof Error ? (error.stack ?? message) : message}`);
    }
  }

  const markdown = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts). Every ratio is measured against its baseline in the',
    'same run, alternating the two, so that both see the same machine load.',
    '',
    '## Machine',
    '',
    ...machineRows,
    '',
    '## Results',
    '',
    '| benchmark | result | target | met | notes |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    '<details><summary>Raw numbers (JSON)</summary>',
    '',
    '```json',
    JSON.stringify(
      results.map(({ name, values }) => ({ name, values })),
      null,
      2,
    ),
    '```',
    '',
    '</details>',
    '',
  ].join('\n');

  if (filter) process.stdout.write(markdown);
  else {
    await writeFile(OUT, markdown);
    log(`bench: wrote ${OUT}`);
  }
  if (crashed) process.exitCode = 1;
}

await main();
