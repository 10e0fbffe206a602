// Benchmark 2: the runner's JSONL path (line splitting, zod validation, folding into the result)
// on a generated Codex event stream of ≥ 500 MB fed through a pipe to a separate process.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { BenchResult } from './result.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MIN_MBPS = 150;
const MAX_RSS_MB = 120;
/** The modules on the measured path; `import type` lines vanish when transpiled. */
const MODULES = ['src/agent/jsonl.ts', 'src/agent/codex/events.ts', 'src/agent/codex/collect.ts'];

// Runs in the child: plain Node on transpiled JS, so neither TypeScript nor the bench's own
// memory counts toward the peak RSS it reports.
const CHILD = `
import { readLines } from './src/agent/jsonl.js';
import { parseCodexEvent } from './src/agent/codex/events.js';
import { RunCollector } from './src/agent/codex/collect.js';
const collector = new RunCollector('/home/runner/work/repo/repo');
let bytes = 0, lines = 0, other = 0, logged = 0, started, cpuStart;
await readLines(process.stdin, (line) => {
  lines++;
  const event = parseCodexEvent(line);
  if (!event) return;
  if (event.type === 'other') other++;
  if (collector.apply(event)) logged++;
}, { onChunk: (chunk) => { if (started === undefined) { started = performance.now(); cpuStart = process.cpuUsage(); } bytes += chunk.length; } });
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(JSON.stringify({ bytes, lines, other, logged, ms, cpuMs, maxRssKb: process.resourceUsage().maxRSS,
  commands: collector.commandRecords.length, files: collector.fileChangeRecords.length }));
`;

/** One cycle of realistic events: commands with output, a patch, reasoning, messages, notices, unknowns. */
function cycle(n: number): string[] {
  const id = (k: number) => `item_${(n * 8 + k) % 4096}`;
  const output = (size: number) =>
    `${'PASS src/agent/codex/events.test.ts (12 tests) 31ms — ✓ parses\\n'.repeat(Math.ceil(size / 64))}`.slice(
      0,
      size,
    );
  const cmd = `/bin/bash -lc 'npm test -- --run test/unit/part-${n % 97}.test.ts'`;
  return [
    JSON.stringify({
      type: 'item.completed',
      item: {
        id: id(0),
        type: 'reasoning',
        text: `**Checking part ${n}**\n\nI will run the tests for this part and read the failures.`,
      },
    }),
    JSON.stringify({
      type: 'item.started',
      item: {
        id: id(1),
        type: 'command_execution',
        command: cmd,
        aggregated_output: '',
        exit_code: null,
        status: 'in_progress',
      },
    }),
    JSON.stringify({
      type: 'item.completed',
      item: {
        id: id(1),
        type: 'command_execution',
        command: cmd,
        aggregated_output: output(1024 + ((n * 733) % 6000)),
        exit_code: n % 5 === 0 ? 1 : 0,
        status: n % 5 === 0 ? 'failed' : 'completed',
      },
    }),
    JSON.stringify({
      type: 'item.started',
      item: {
        id: id(2),
        type: 'file_change',
        changes: [{ path: `/home/runner/work/repo/repo/src/part-${n % 50}.ts`, kind: 'update' }],
        status: 'in_progress',
      },
    }),
    JSON.stringify({
      type: 'item.completed',
      item: {
        id: id(2),
        type: 'file_change',
        changes: [{ path: `/home/runner/work/repo/repo/src/part-${n % 50}.ts`, kind: 'update' }],
        status: 'completed',
      },
    }),
    JSON.stringify({
      type: 'item.updated',
      item: {
        id: id(3),
        type: 'todo_list',
        items: [
          { text: 'run tests', completed: true },
          { text: 'fix part', completed: false },
        ],
      },
    }),
    JSON.stringify({
      type: 'item.completed',
      item: {
        id: id(4),
        type: 'collab_tool_call',
        tool: 'wait',
        sender_thread_id: 't',
        receiver_thread_ids: [],
        prompt: null,
        agents_states: {},
        status: 'completed',
      },
    }),
    ...(n % 20 === 0
      ? [
          JSON.stringify({
            type: 'error',
            message: 'Reconnecting... 1/5 (stream disconnected before completion: idle timeout)',
          }),
        ]
      : []),
    JSON.stringify({
      type: 'item.completed',
      item: {
        id: id(5),
        type: 'agent_message',
        text: `Part ${n}: fixed the off-by-one in the loop and reran the tests; all pass now.`,
      },
    }),
  ];
}

/** ~1 MiB of distinct lines, written repeatedly (JSON.parse has no cache, so repeats cost the same). */
function chunk(): Buffer {
  const lines: string[] = [];
  let size = 0;
  for (let n = 0; size < 1024 * 1024; n++) {
    for (const line of cycle(n)) {
      lines.push(line);
      size += Buffer.byteLength(line) + 1;
    }
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** Transpiles the measured modules into a folder under node_modules (so `zod` resolves) for the child. */
async function prepareChild(): Promise<string> {
  const cache = join(ROOT, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const dir = await mkdtemp(join(cache, 'bench-jsonl-'));
  await writeFile(join(dir, 'package.json'), '{"type":"module"}');
  await writeFile(join(dir, 'child.js'), CHILD);
  for (const file of MODULES) {
    const source = await readFile(join(ROOT, file), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
      },
    });
    const out = join(dir, file.replace(/\.ts$/, '.js'));
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, outputText);
  }
  return dir;
}

interface ChildReport {
  bytes: number;
  lines: number;
  other: number;
  logged: number;
  ms: number;
  cpuMs: number;
  maxRssKb: number;
  commands: number;
  files: number;
}

/** One measurement: a fresh child, `bytes` of the block written with backpressure. */
async function measure(childScript: string, block: Buffer, bytes: number): Promise<ChildReport> {
  const child = spawn(process.execPath, [childScript], { stdio: ['pipe', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  for (let sent = 0; sent < bytes; sent += block.length) {
    if (!child.stdin.write(block)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
  const code = await exited;
  if (code !== 0) throw new Error(`the parsing child exited with ${code}: ${stdout}`);
  return JSON.parse(stdout) as ChildReport;
}

/**
 * Pipes `megabytes` MiB of generated Codex JSONL into a child process that runs the runner's
 * parsing path (readLines → parseCodexEvent → RunCollector.apply) and reports its throughput
 * (from its first byte to the end of the stream) and peak RSS. Targets: ≥ 150 MB/s, ≤ 120 MB.
 * The best of `runs` fresh children counts for throughput (the machine may be shared; the CPU-time
 * rate is reported beside it), the worst for RSS.
 */
export async function benchJsonlParse({ megabytes = 512, runs = 3 } = {}): Promise<BenchResult> {
  const dir = await prepareChild();
  try {
    const block = chunk();
    const reports: ChildReport[] = [];
    for (let i = 0; i < runs; i++)
      reports.push(await measure(join(dir, 'child.js'), block, megabytes * 1024 * 1024));
    const rate = (r: ChildReport, ms: number) => r.bytes / 1e6 / (ms / 1000);
    const best = reports.reduce((a, b) => (rate(b, b.ms) > rate(a, a.ms) ? b : a));
    const mbps = rate(best, best.ms);
    const cpuMbps = rate(best, best.cpuMs);
    const rssMb = Math.max(...reports.map((r) => r.maxRssKb)) / 1024;
    const all = reports.map((r) => rate(r, r.ms).toFixed(0)).join(', ');
    return {
      name: 'JSONL parsing: a generated Codex event stream through a pipe',
      result: `${mbps.toFixed(0)} MB/s (${cpuMbps.toFixed(0)} MB/s of CPU time), peak RSS ${rssMb.toFixed(0)} MiB; ${(best.bytes / 1024 ** 2).toFixed(0)} MiB, ${best.lines} lines`,
      target: `≥ ${MIN_MBPS} MB/s, ≤ ${MAX_RSS_MB} MB RSS`,
      pass: mbps >= MIN_MBPS && rssMb <= MAX_RSS_MB,
      notes:
        `best of ${runs} fresh child processes on plain Node ${process.version} (all: ${all} MB/s): line splitting, ` +
        'zod validation of every event, folding into the run result (no events-file write, no log output)',
      values: {
        mbps,
        cpuMbps,
        rssMb,
        bytes: best.bytes,
        lines: best.lines,
        ms: best.ms,
        cpuMs: best.cpuMs,
        runs,
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
