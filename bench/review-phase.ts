import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { type ReviewScenario, reviewScenario, reviews } from '../test/e2e/review-env.js';
import type { FakeGitHub } from '../test/harness/github-server.js';
import { step } from '../test/harness/responses-server.js';
import type { BenchResult } from './result.js';

const CALL_TARGET = 10;
const MS_TARGET = 300;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Measures how long the loopback GitHub spends answering (it validates every request and answer
 * against GitHub's OpenAPI description, in this process): the union of the intervals from each
 * request's arrival to its answer, so that concurrent requests are not counted twice. That time
 * is the test double's, not the action's, and is subtracted like the agent's.
 */
export function serverTime(gh: FakeGitHub): () => number {
  const server = (gh as unknown as { server: Server }).server;
  const listeners = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  const spans: [number, number][] = [];
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const start = performance.now();
    res.on('finish', () => spans.push([start, performance.now()]));
    for (const listener of listeners) listener.call(server, req, res);
  });
  return () => {
    let total = 0;
    let end = -Infinity;
    for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
      if (b <= end) continue;
      total += b - Math.max(a, end);
      end = b;
    }
    return total;
  };
}

/** One first review of the sample PR (draft, "Closes #1", passing) on a fresh scenario. */
async function oneReview(): Promise<{ calls: string[]; ownMs: number; fakeMs: number; totalMs: number }> {
  let s: ReviewScenario | undefined;
  try {
    s = await reviewScenario();
    s.model.enqueue(step.json(reviews.pass));
    const fake = serverTime(s.gh);
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });
    if (out.outputs.status !== 'pass')
      throw new Error(`The review ended as '${out.outputs.status}':\n${out.stdout}`);
    s.gh.assertNoViolations();
    // The phase logs the time spent inside the agent run (the codex process and the model).
    const agentMs = Number(
      /Reviewer \(cycle \d+\): \d+ attempt\(s\), (\d+) ms in the agent\./.exec(out.stdout)?.[1],
    );
    if (!Number.isFinite(agentMs)) throw new Error('The review printed no agent time.');
    const fakeMs = fake();
    return {
      calls: s.gh.calls().map((c) => `${c.method} ${c.operation}`),
      ownMs: out.ms - agentMs - fakeMs,
      fakeMs,
      totalMs: out.ms,
    };
  } finally {
    await s?.close();
  }
}

/**
 * The review phase's own cost: the REST and GraphQL calls of one review (target ≤ 10) and the
 * action's time excluding the agent run (target ≤ 300 ms median). Each run is a whole `run()` of
 * the action on a fresh loopback GitHub, real git and the real codex binary against a scripted
 * model; the time the phase spent inside the agent and the loopback GitHub's own answering time
 * are subtracted. The first run warms the module caches and is not counted.
 */
export async function benchReviewPhase({ runs = 7 } = {}): Promise<BenchResult> {
  await oneReview();
  const results: Awaited<ReturnType<typeof oneReview>>[] = [];
  for (let i = 0; i < runs; i++) results.push(await oneReview());
  const calls = results[0]!.calls;
  const own = median(results.map((r) => r.ownMs));
  const total = median(results.map((r) => r.totalMs));
  const fake = median(results.map((r) => r.fakeMs));
  const pass = calls.length <= CALL_TARGET && own <= MS_TARGET;
  const breakdown = [...new Set(calls)].map(
    (c) => `${c}${calls.filter((x) => x === c).length > 1 ? ` ×${calls.filter((x) => x === c).length}` : ''}`,
  );
  return {
    name: 'Review phase: GitHub calls and own time (one review, model excluded)',
    result: `${calls.length} calls; ${Math.round(own)} ms median own time (run() ${Math.round(total)} ms, minus the agent, minus ${Math.round(fake)} ms in the loopback GitHub; ${runs} runs)`,
    target: `≤ ${CALL_TARGET} calls; ≤ ${MS_TARGET} ms`,
    pass,
    notes: `Draft PR closing an issue, review passes (ready for review + label). Calls: ${breakdown.join(', ')}`,
    values: { calls: calls.length, ownMsMedian: own, fakeMsMedian: fake, totalMsMedian: total },
  };
}
