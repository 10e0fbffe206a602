import { sessionRef } from '../src/tracker/github/sessions.js';
import { devThenReview, fixSteps, type Loop, loopScenario, reviews } from '../test/e2e/fix-env.js';
import type { RecordedRequest } from '../test/harness/responses-server.js';
import type { BenchResult } from './result.js';

const CALL_TARGET = 12;

const chars = (req: RecordedRequest) => JSON.stringify(req.body?.input ?? []).length;
const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/** One dev → review → fix run; `fresh` deletes the stored session first, so fix cannot resume. */
async function oneFix(fresh: boolean) {
  let l: Loop | undefined;
  try {
    l = await loopScenario();
    const { s } = l;
    await devThenReview(l, reviews.changes());
    if (fresh) s.repos.git(['update-ref', '-d', sessionRef(s.issueNumber)], s.repos.origin);
    const before = s.model.requests.length;
    const calls = s.gh.calls().length;
    s.model.enqueue(...fixSteps('helo', 'hello'));
    const out = await l.next('fix');
    if (out.outputs.status !== 'complete')
      throw new Error(`fix ended '${out.outputs.status}':\n${out.stdout}`);
    const first = s.model.requests[before]!;
    const key = first.body?.prompt_cache_key;
    // The thread's previous request: dev's last one, under the same cache key; for a fresh
    // thread there is none, and dev's last request stands in (its key differs).
    const earlier = s.model.requests.slice(0, before - 1);
    const previous =
      earlier.findLast((r) => key !== undefined && r.body?.prompt_cache_key === key) ?? earlier.at(-1)!;
    const input = JSON.stringify(first.body?.input ?? []);
    const prior = JSON.stringify(previous.body?.input ?? []);
    const sameKey =
      first.body?.prompt_cache_key !== undefined &&
      first.body.prompt_cache_key === previous.body?.prompt_cache_key;
    return {
      inputTokens: Math.round(chars(first) / 4),
      // What prompt caching could serve: the part of the input that repeats the thread's previous
      // request, and only under the same cache key (Codex keys it by thread).
      cachedTokens: sameKey ? Math.round(commonPrefix(input, prior) / 4) : 0,
      githubCalls: s.gh
        .calls()
        .slice(calls)
        .map((c) => `${c.method} ${c.operation}`),
    };
  } finally {
    await l?.close();
  }
}

/**
 * The fix phase resumed (the item's dev thread restored from the encrypted session store) vs
 * fresh (the stored session deleted): the input and cacheable tokens of the fix's first model
 * request, and the GitHub calls of one fix phase (target ≤ 12) from the loopback GitHub's log.
 * Tokens are the request's `input` at a fixed 4 chars/token; "cached" is the input's common prefix
 * with the thread's previous request when the cache key is the same (the scripted server reports
 * no real cache).
 */
let measured: Promise<[Awaited<ReturnType<typeof oneFix>>, Awaited<ReturnType<typeof oneFix>>]> | undefined;
const both = () => {
  measured ??= (async () =>
    [await oneFix(false), await oneFix(true)] as [
      Awaited<ReturnType<typeof oneFix>>,
      Awaited<ReturnType<typeof oneFix>>,
    ])();
  return measured;
};

/** The resume-vs-fresh row (one pair of runs, shared with {@link benchFixCalls}). */
export async function benchFixResume(): Promise<BenchResult> {
  return (await fixRows())[0];
}

/** The GitHub-calls row. */
export async function benchFixCalls(): Promise<BenchResult> {
  return (await fixRows())[1];
}

async function fixRows(): Promise<[BenchResult, BenchResult]> {
  const [resumed, fresh] = await both();
  const calls = resumed.githubCalls;
  const breakdown = [...new Set(calls)].map((c) => {
    const n = calls.filter((x) => x === c).length;
    return n > 1 ? `${c} ×${n}` : c;
  });
  return [
    {
      name: "Fix: resume vs fresh, the fix's first request (input and cacheable tokens)",
      result: `resumed ${resumed.inputTokens} input / ${resumed.cachedTokens} cacheable; fresh ${fresh.inputTokens} input / ${fresh.cachedTokens} cacheable`,
      target: '— (measured both ways)',
      pass: undefined,
      notes:
        'dev → review (changes required) → fix, real codex and git, scripted model. Tokens = the request input at 4 chars/token; cacheable = its common prefix with the thread’s previous request under the same prompt_cache_key.',
      values: {
        resumedInput: resumed.inputTokens,
        resumedCached: resumed.cachedTokens,
        freshInput: fresh.inputTokens,
        freshCached: fresh.cachedTokens,
      },
    },
    {
      name: 'Fix: GitHub calls per fix phase',
      result: `${calls.length} calls (resumed); ${fresh.githubCalls.length} (fresh)`,
      target: `≤ ${CALL_TARGET}`,
      pass: calls.length <= CALL_TARGET,
      notes: `From the loopback GitHub's call log, the fix job only: ${breakdown.join(', ')}`,
      values: { calls: calls.length, freshCalls: fresh.githubCalls.length },
    },
  ];
}
