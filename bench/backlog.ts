// Benchmark: the docs backlog at 10,000 items — find, read, parse, check, build the DAG and order
// the queue — against just finding and reading the same files, in the same run.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { BenchResult } from './result.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ITEMS = 10_000;
const MAX_MS = 1500;
const MAX_RSS_MB = 250;
const MAX_RATIO = 2;
const MODULES = [
  'src/backlog/model.ts',
  'src/backlog/problems.ts',
  'src/backlog/dag.ts',
  'src/backlog/front-matter.ts',
  'src/backlog/docs-file.ts',
  'src/backlog/docs-paths.ts',
  'src/backlog/docs.ts',
  'src/backlog/queue.ts',
];
const GLOBS = { issues: 'docs/projects/**/issues/*.md', milestones: 'docs/projects/**/milestones/*.md' };

// Runs in a fresh child on transpiled JS, so that neither TypeScript nor the bench's own memory
// counts toward its peak RSS. Both modes load the same modules before the clock starts.
const CHILD = `
import { findDocsFiles, readFiles, loadDocsBacklog } from './src/backlog/docs.js';
import { computeQueue } from './src/backlog/queue.js';
const [mode, dir, globs] = [process.argv[2], process.argv[3], JSON.parse(process.argv[4])];
const started = performance.now();
const cpuStart = process.cpuUsage();
let report;
if (mode === 'read') {
  const found = await findDocsFiles(dir, globs);
  const files = [...(await readFiles(dir, found.issues)).files, ...(await readFiles(dir, found.milestones)).files];
  report = { files: files.length, chars: files.reduce((n, f) => n + f.text.length, 0) };
} else {
  const backlog = await loadDocsBacklog(dir, globs);
  const view = computeQueue(backlog.dag, backlog.milestones);
  report = { items: backlog.items.length, problems: backlog.problems.length, ready: view.ready.length, blocked: view.blocked.length };
}
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuStart);
process.stdout.write(JSON.stringify({ ...report, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS }));
`;

/** Writes a backlog of `count` items in 100 projects, 20 milestones, with dependencies on earlier items. */
export async function writeBacklog(dir: string, count: number): Promise<void> {
  const priorities = ['P0', 'high', 'medium', 'low', 'P2'];
  for (let m = 0; m < 20; m++) {
    const path = join(dir, `docs/projects/p${m}/milestones/m${m}.md`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(
      path,
      `---\nid: m${m}\ntitle: Milestone ${m}\norder: ${20 - m}\n---\nGoals of milestone ${m}.\n`,
    );
  }
  const writes: Promise<void>[] = [];
  for (let k = 0; k < count; k++) {
    const project = k % 100;
    const blockers = [k - 1, k - 7, k - 31]
      .filter((b, i) => b >= 0 && (k + i) % 3 !== 0)
      .map((b) => `ITEM-${b}`);
    const text = [
      '---',
      `id: ITEM-${k}`,
      `title: "Item ${k}: make part ${k % 997} of the ${project} project do what it should"`,
      `milestone: m${k % 20}`,
      `status: ${k % 10 === 0 ? 'done' : k % 17 === 0 ? 'in_progress' : 'open'}`,
      `priority: ${priorities[k % priorities.length]}`,
      `blocked_by: [${blockers.join(', ')}]`,
      ...(k % 5 === 0 && k + 3 < count ? [`blocking: [ITEM-${k + 3}]`] : []),
      'labels: [backend, api]',
      '---',
      `# Item ${k}`,
      '',
      'Some context about why this matters, what the current behaviour is and what the change should',
      'leave behind. A second line of prose, with `code` and a [link](https://example.invalid/x).',
      '',
      '## Acceptance criteria',
      `- [ ] the part ${k} behaves as described`,
      '- [ ] tests cover the new behaviour',
      `- [${k % 4 === 0 ? 'x' : ' '}] the docs say what changed`,
      '',
      '## Notes',
      '- [ ] not a criterion',
      '',
    ].join('\n');
    const path = join(dir, `docs/projects/p${project}/issues/item-${k}.md`);
    writes.push(mkdir(dirname(path), { recursive: true }).then(() => writeFile(path, text)));
    if (writes.length >= 256) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
}

async function prepareChild(): Promise<string> {
  const cache = join(ROOT, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const dir = await mkdtemp(join(cache, 'bench-backlog-'));
  await writeFile(join(dir, 'package.json'), '{"type":"module"}');
  await writeFile(join(dir, 'child.js'), CHILD);
  for (const file of MODULES) {
    const { outputText } = ts.transpileModule(await readFile(join(ROOT, file), 'utf8'), {
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
  ms: number;
  cpuMs: number;
  maxRssKb: number;
  files?: number;
  items?: number;
  problems?: number;
  ready?: number;
}

function measure(childDir: string, mode: 'read' | 'full', backlogDir: string): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(childDir, 'child.js'), mode, backlogDir, JSON.stringify(GLOBS)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(stdout) as ChildReport)
        : reject(new Error(`the ${mode} child exited with ${code}`)),
    );
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/**
 * 10,000 docs items: the whole scan path (glob, read, parse, fail-fast checks, DAG, queue) in a fresh
 * process, against the same process only globbing and reading the same files; the two alternate
 * `runs` times (after one warm-up of each, so both read from the page cache) and medians count.
 * Targets: ≤ 1.5 s, ≤ 250 MB peak RSS, ≤ 2× the reading time.
 */
export async function benchBacklog({ runs = 5 } = {}): Promise<BenchResult> {
  const backlogDir = await mkdtemp(join(tmpdir(), 'bench-backlog-docs-'));
  const childDir = await prepareChild();
  try {
    await writeBacklog(backlogDir, ITEMS);
    await measure(childDir, 'read', backlogDir);
    const warm = await measure(childDir, 'full', backlogDir);
    if (warm.items !== ITEMS || warm.problems !== 0)
      throw new Error(`expected ${ITEMS} items and no problems, got ${warm.items} and ${warm.problems}`);
    const read: number[] = [];
    const full: number[] = [];
    const readCpu: number[] = [];
    const fullCpu: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < runs; i++) {
      const base = await measure(childDir, 'read', backlogDir);
      read.push(base.ms);
      readCpu.push(base.cpuMs);
      const r = await measure(childDir, 'full', backlogDir);
      full.push(r.ms);
      fullCpu.push(r.cpuMs);
      rss.push(r.maxRssKb / 1024);
    }
    const fullMs = median(full);
    const readMs = median(read);
    const ratio = fullMs / readMs;
    const rssMb = Math.max(...rss);
    const cpuRatio = median(fullCpu) / median(readCpu);
    const pass = fullMs <= MAX_MS && rssMb <= MAX_RSS_MB && ratio <= MAX_RATIO;
    return {
      name: `Docs backlog scan: ${ITEMS.toLocaleString('en-US')} items (find, read, parse, check, DAG, queue) vs finding and reading the same files`,
      result: `${fullMs.toFixed(0)} ms, ${rssMb.toFixed(0)} MB peak RSS, ${ratio.toFixed(2)}× reading (${readMs.toFixed(0)} ms)`,
      target: `≤ ${MAX_MS} ms, ≤ ${MAX_RSS_MB} MB, ≤ ${MAX_RATIO}×`,
      pass,
      notes: `CPU time ${median(fullCpu).toFixed(0)} ms vs ${median(readCpu).toFixed(0)} ms (${cpuRatio.toFixed(2)}×); medians of ${runs} alternating fresh processes after a warm-up of each; ${warm.ready} ready, ${warm.items} items, 20 milestones, ~${Math.round((2.2 * ITEMS) / 1000) * 1000} dependencies; RSS is the scan process's peak (Node itself included)`,
      values: { fullMs, readMs, ratio, cpuRatio, rssMb, runs, items: ITEMS },
    };
  } finally {
    await rm(backlogDir, { recursive: true, force: true });
    await rm(childDir, { recursive: true, force: true });
  }
}
