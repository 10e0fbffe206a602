// Benchmark: the loop's own overhead — a whole `codex-orchestrator run` of three items (dev and a
// passing review each) against the time its Codex runs took, on the real codex binary and the
// scripted Responses API.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addFile, docsFile, type LocalRepo, localRepo, review, step } from '../test/e2e/run-env.js';
import type { Step } from '../test/harness/responses-server.js';
import type { BenchResult } from './result.js';

const TARGET = 1.1;
const ITEMS = ['L-1', 'L-2', 'L-3'];

/** The runs of one item, as the run's log records each one: `Run of codex (label): ok in N ms.` */
async function runDurations(repo: LocalRepo, id: string): Promise<number[]> {
  const log = await readFile(join(repo.dir, '.codex-orchestrator', 'items', id, 'log.txt'), 'utf8');
  return [...log.matchAll(/^\S+ Run of codex(?: \(.*\))?: ok in (\d+) ms\.$/gm)].map((m) => Number(m[1]));
}

/** A scripted step that answers after `ms`, as a model that takes time to think would. */
const thinking = (s: Step, ms: number): Step =>
  ms > 0 ? { ...s, onServe: () => new Promise<void>((resolve) => setTimeout(resolve, ms)) } : s;

/** One run of three independent items; its wall time and the sum of its Codex runs' durations. */
async function once(thinkMs = 0): Promise<{ wallMs: number; codexMs: number; runs: number }> {
  const repo = await localRepo({
    items: Object.fromEntries(
      ITEMS.map((id) => [`${id}.md`, docsFile(id, `Item ${id}`, { criteria: [`${id}.txt exists`] })]),
    ),
  });
  try {
    for (const id of ITEMS)
      repo.model.enqueue(
        ...[...addFile(`${id}.txt`, id), step.json(review.pass())].map((s) => thinking(s, thinkMs)),
      );
    const started = performance.now();
    const out = await repo.run('--json');
    const wallMs = performance.now() - started;
    if (out.code !== 0) throw new Error(`the run ended with ${out.code}:\n${out.stderr.slice(-2000)}`);
    const durations = (await Promise.all(ITEMS.map((id) => runDurations(repo, id)))).flat();
    if (durations.length !== ITEMS.length * 2)
      throw new Error(`expected ${ITEMS.length * 2} Codex runs in the logs, found ${durations.length}`);
    return { wallMs, codexMs: durations.reduce((a, b) => a + b, 0), runs: durations.length };
  } finally {
    await repo.cleanup();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/**
 * The run's wall time (in this process: `runCommand`, from the flags to the JSON) over the sum of
 * the `durationMs` of its six Codex runs (each run as the runner measures it, from its start to its
 * result). What is left is the loop: the backlog scan, the state folder, worktrees, commits, pushes,
 * the review's diff, the summaries. Median of `runs` fresh repositories after one warm-up.
 */
export async function benchRunLoop({ runs = 5 } = {}): Promise<BenchResult> {
  await once();
  const results: { wallMs: number; codexMs: number; runs: number; ratio: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await once();
    results.push({ ...r, ratio: r.wallMs / r.codexMs });
  }
  const ratio = median(results.map((r) => r.ratio));
  const mid = results.find((r) => r.ratio === ratio)!;
  const overheadMs = (mid.wallMs - mid.codexMs) / ITEMS.length;
  // The loop's time is per item, whatever the model does: the Codex run length at which it is 10%.
  const breakEvenMs = overheadMs / ((TARGET - 1) * (mid.runs / ITEMS.length));
  return {
    name: 'Local run loop: `codex-orchestrator run` of three items (dev + a passing review each) vs the sum of its Codex runs',
    result: `${ratio.toFixed(2)}× (${mid.wallMs.toFixed(0)} ms vs ${mid.codexMs.toFixed(0)} ms of Codex; ${overheadMs.toFixed(0)} ms of loop per item)`,
    target: `≤ ${TARGET.toFixed(2)}×`,
    pass: ratio <= TARGET,
    notes: `Real codex binary, scripted Responses API that answers at once, so a Codex run here is its own start-up and nothing else (${(mid.codexMs / mid.runs).toFixed(0)} ms): the worst case. The loop's time is per item (about 50 git processes: worktree, commits, ref moves, the review's diff), so ≤ ${TARGET.toFixed(2)}× holds once a Codex run takes ${(breakEvenMs / 1000).toFixed(1)} s or more. In-process runCommand; median of ${runs} fresh repositories after a warm-up; ratios ${results.map((r) => r.ratio.toFixed(2)).join(', ')}.`,
    values: {
      ratio,
      wallMs: mid.wallMs,
      codexMs: mid.codexMs,
      overheadMsPerItem: overheadMs,
      breakEvenMs,
      runs,
    },
  };
}

/** How long the scripted model takes per answer in the second measure: the fastest real turns. */
const THINK_MS = 1_000;

/**
 * The same run with a model that answers each request after 1 s, the low end of what a real model
 * takes for one response of a turn: the loop's time is fixed per item, so this is the ratio a
 * person sees on the quickest real runs (the first measure is the bound at zero model time).
 */
export async function benchRunLoopThinking({ runs = 3 } = {}): Promise<BenchResult> {
  await once(THINK_MS);
  const results: { wallMs: number; codexMs: number; runs: number; ratio: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await once(THINK_MS);
    results.push({ ...r, ratio: r.wallMs / r.codexMs });
  }
  const ratio = median(results.map((r) => r.ratio));
  const mid = results.find((r) => r.ratio === ratio)!;
  const overheadMs = (mid.wallMs - mid.codexMs) / ITEMS.length;
  return {
    name: 'Local run loop with a model that takes 1 s per answer (three items, dev + a passing review each) vs the sum of its Codex runs',
    result: `${ratio.toFixed(2)}× (${mid.wallMs.toFixed(0)} ms vs ${mid.codexMs.toFixed(0)} ms of Codex; ${overheadMs.toFixed(0)} ms of loop per item)`,
    target: `≤ ${TARGET.toFixed(2)}×`,
    pass: ratio <= TARGET,
    notes: `As the measure above, but each scripted answer comes after ${THINK_MS} ms (three answers per item: the criterion's patch, its answer, the review), the low end of a real model's time per response; real turns take longer, which only lowers the ratio. Median of ${runs} fresh repositories after a warm-up; ratios ${results.map((r) => r.ratio.toFixed(2)).join(', ')}.`,
    values: {
      ratio,
      wallMs: mid.wallMs,
      codexMs: mid.codexMs,
      overheadMsPerItem: overheadMs,
      thinkMs: THINK_MS,
      runs,
    },
  };
}
