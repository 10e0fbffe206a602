import { type ReviewScenario, reviewScenario, reviews } from '../test/e2e/review-env.js';
import { claudeStep } from '../test/harness/anthropic-server.js';
import { useClaude } from '../test/harness/claude-scenario.js';
import { step } from '../test/harness/responses-server.js';
import type { BenchResult } from './result.js';
import { serverTime } from './review-phase.js';

/** The same target as the Codex review's own time (bench/review-phase.ts). */
const MS_TARGET = 300;

const RUNTIMES = {
  codex: undefined,
  claude: 'runtimes:\n  review: claude\n',
  both: 'runtimes:\n  review: [codex, claude]\n',
} as const;
type Reviewers = keyof typeof RUNTIMES;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface OneReview {
  ownMs: number;
  agentMs: number;
  totalMs: number;
}

/** One first review of the sample PR (passing) on a fresh scenario, on `reviewers`. */
async function oneReview(reviewers: Reviewers): Promise<OneReview> {
  let s: ReviewScenario | undefined;
  try {
    s = await reviewScenario();
    const config = RUNTIMES[reviewers];
    if (reviewers !== 'claude') s.model.enqueue(step.json(reviews.pass));
    if (config) {
      const claude = await useClaude(s, config);
      claude.model.enqueue(claudeStep.structured(reviews.pass));
    }
    const fake = serverTime(s.gh);
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });
    if (out.outputs.status !== 'pass')
      throw new Error(`The ${reviewers} review ended as '${out.outputs.status}':\n${out.stdout}`);
    s.gh.assertNoViolations();
    // The phase logs the time inside the agent runs (their processes and the scripted models; for a
    // second opinion, the wall time of both at once).
    const agentMs = Number(
      /Reviewer \(cycle \d+\): \d+ attempt\(s\), (\d+) ms in the agent\./.exec(out.stdout)?.[1],
    );
    if (!Number.isFinite(agentMs)) throw new Error('The review printed no agent time.');
    return { ownMs: out.ms - agentMs - fake(), agentMs, totalMs: out.ms };
  } finally {
    await s?.close();
  }
}

/**
 * The review phase's own time per review on each runtime, side by side in one run: Codex, Claude
 * Code, and both (the second opinion), the runs interleaved so that the machine's load falls on all
 * three alike. Each run is a whole `run()` of the action on a fresh loopback GitHub, real git and
 * the real binaries against scripted models; the time inside the agent runs and the loopback
 * GitHub's own answering time are subtracted. One warm-up run of each is not counted.
 */
export async function benchReviewRuntimes({ runs = 5 } = {}): Promise<BenchResult> {
  const order: Reviewers[] = ['codex', 'claude', 'both'];
  for (const reviewers of order) await oneReview(reviewers);
  const results: Record<Reviewers, OneReview[]> = { codex: [], claude: [], both: [] };
  for (let i = 0; i < runs; i++)
    for (const reviewers of order) results[reviewers].push(await oneReview(reviewers));
  const own = (r: Reviewers) => median(results[r].map((x) => x.ownMs));
  const agent = (r: Reviewers) => median(results[r].map((x) => x.agentMs));
  const total = (r: Reviewers) => median(results[r].map((x) => x.totalMs));
  const ms = (n: number) => `${Math.round(n)} ms`;
  const pass = order.every((r) => own(r) <= MS_TARGET);
  return {
    name: 'Review on each runtime: the action’s own time per review (model excluded), Codex vs Claude Code vs both',
    result: `Codex ${ms(own('codex'))}, Claude Code ${ms(own('claude'))}, second opinion (both at once) ${ms(own('both'))} (medians of ${runs} interleaved runs)`,
    target: `≤ ${MS_TARGET} ms each`,
    pass,
    notes:
      `A first review of the sample PR that passes, each a whole run() of the action. Subtracted: the time inside the agent runs ` +
      `(process, scripted model: Codex ${ms(agent('codex'))}, Claude Code ${ms(agent('claude'))}, both at once ${ms(agent('both'))}) and the loopback GitHub's answering time. ` +
      `run() in all: Codex ${ms(total('codex'))}, Claude Code ${ms(total('claude'))}, both ${ms(total('both'))}. ` +
      `Own times per run: Codex ${results.codex.map((x) => Math.round(x.ownMs)).join(', ')}; Claude Code ${results.claude.map((x) => Math.round(x.ownMs)).join(', ')}; both ${results.both.map((x) => Math.round(x.ownMs)).join(', ')}. ` +
      'The binaries are in the tool cache (a hit); installing them is measured apart (Codex ready, Claude Code ready).',
    values: {
      codexOwnMs: own('codex'),
      claudeOwnMs: own('claude'),
      bothOwnMs: own('both'),
      codexAgentMs: agent('codex'),
      claudeAgentMs: agent('claude'),
      bothAgentMs: agent('both'),
    },
  };
}
