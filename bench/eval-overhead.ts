// What `codex-orchestrator eval` adds to each case: the scratch repository (repo/ committed, the
// patch applied and committed), scoring and clean-up, against the review run itself (what the local
// loop does too: the diff, the prompt, the real codex binary, the scripted model), in one run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalCommand } from '../src/eval/command.js';
import type { EvalReport } from '../src/eval/report.js';
import { pinnedCodex, TEST_API_KEY } from '../test/harness/codex-env.js';
import { startResponsesServer, step } from '../test/harness/responses-server.js';
import type { BenchResult } from './result.js';

const TARGET = 0.5;
const CASE = 'js-off-by-one-page';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const review = {
  status: 'changes_required',
  summary: 'Page 1 skips the first page.',
  findings: [
    {
      id: 'off-by-one',
      severity: 'major',
      file: 'src/paginate.js',
      line: 12,
      end_line: 13,
      title: 'Off-by-one: page 1 skips the first page',
      body: 'The start must be (page - 1) * size.',
      suggestion: null,
    },
  ],
  criteria: [],
  blocked_reason: null,
};

/**
 * One `eval --repeat N` of a starter review case on the real codex binary against the scripted
 * Responses API. Each case run reports its whole time and its engine call's time; the overhead is
 * the difference. The first run (a cold binary and disk cache) is dropped. Target: the median
 * overhead at most half the median review run — which is the floor of a review, a scripted model
 * answering at once; a real model's review takes tens of seconds, so the share is far smaller.
 */
export async function benchEvalOverhead({ runs = 9 } = {}): Promise<BenchResult> {
  const root = await mkdtemp(join(tmpdir(), 'bench-eval-'));
  const model = await startResponsesServer();
  try {
    for (let i = 0; i < runs + 1; i++) model.enqueue(step.json(review));
    let stdout = '';
    let stderr = '';
    const code = await evalCommand(
      [
        '--case',
        CASE,
        '--repeat',
        String(runs + 1),
        '--json',
        '--codex-path',
        pinnedCodex().path,
        '--responses-api-endpoint',
        model.url,
        '--model',
        'gpt-5.5',
      ],
      {
        stdout: (t) => {
          stdout += t;
        },
        stderr: (t) => {
          stderr += t;
        },
        env: {
          PATH: process.env.PATH,
          HOME: root,
          OPENAI_API_KEY: TEST_API_KEY,
          XDG_CACHE_HOME: join(root, 'c'),
        },
        cwd: root,
        onSignal: () => () => {},
      },
    );
    if (code !== 0) throw new Error(`eval exited with ${code}:\n${stderr}`);
    const cases = (JSON.parse(stdout) as EvalReport).variants[0]!.cases.slice(1);
    if (cases.some((c) => !c.correct)) throw new Error('A scripted review was not scored right.');
    const overhead = median(cases.map((c) => c.ms - c.run_ms));
    const reviewMs = median(cases.map((c) => c.run_ms));
    const share = overhead / reviewMs;
    return {
      name: 'Eval overhead per case: scratch repository, patch, scoring vs the review run itself',
      result: `${share.toFixed(2)}× (${overhead.toFixed(0)} ms vs ${reviewMs.toFixed(0)} ms; median of ${cases.length} runs)`,
      target: `≤ ${TARGET}× of a scripted review`,
      pass: share <= TARGET,
      notes: `starter case ${CASE}, real codex binary, scripted model answering at once (the smallest review there is)`,
      values: { overheadMs: overhead, reviewMs, share, runs: cases.length },
    };
  } finally {
    await model.close();
    await rm(root, { recursive: true, force: true });
  }
}
