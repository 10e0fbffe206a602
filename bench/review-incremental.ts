import { CHANGE_FILES, type ReviewScenario, reviewScenario, reviews } from '../test/e2e/review-env.js';
import { step, userTexts } from '../test/harness/responses-server.js';
import type { BenchResult } from './result.js';

const RATIO_TARGET = 0.5;
const FILES = 5;
const LINES_PER_FILE = 420;

/**
 * A large change: five new modules, 2,100 added lines of about 30 characters (code's usual
 * average), about the default diff budget of 60,000 bytes in all.
 */
function bigChange(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let f = 0; f < FILES; f++) {
    const lines = ['export function total(): number {', '  let sum = 0;'];
    for (let i = 0; i < LINES_PER_FILE - 4; i++) lines.push(`  sum += values[${f * 1000 + i}] * ${f + 2};`);
    lines.push('  return sum;', '}');
    files[`src/gen/part${f}.ts`] = `${lines.join('\n')}\n`;
  }
  return files;
}

/** The request as tokens: a fixed 4 characters a token, over the whole JSON body Codex sends. */
const tokensOf = (body: unknown) => Math.round(JSON.stringify(body).length / 4);

/**
 * Incremental re-review: cycle 1 reviews a PR of ≥ 2,000 changed lines, a fix commit changes a few
 * lines, cycle 2 reviews again. Counted: what the scripted Responses server received for each
 * review's (only) request — its whole body as chars/4 (instructions, tools and input), and the
 * review prompt alone. Real codex, real git, the loopback GitHub; the model's answers are scripted.
 */
export async function benchReviewIncremental(): Promise<BenchResult> {
  let s: ReviewScenario | undefined;
  try {
    s = await reviewScenario();
    await s.push(bigChange(), 'Generate the parts');
    const changed = s.gh.state
      .issue(s.prNumber)!
      .pull!.files.reduce((n, f) => n + f.additions + f.deletions, 0);
    s.model.enqueue(step.json(reviews.changes), step.json(reviews.pass));
    const first = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('synchronize') });
    if (first.outputs.status !== 'changes_required')
      throw new Error(`cycle 1 ended '${first.outputs.status}'`);
    const fix = { 'src/slug.ts': CHANGE_FILES['src/slug.ts']!.replace('maxLength - 1', 'maxLength') };
    await s.push(fix, 'Fix the off-by-one');
    const second = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('synchronize') });
    if (second.outputs.status !== 'pass') throw new Error(`cycle 2 ended '${second.outputs.status}'`);
    s.gh.assertNoViolations();
    const [r1, r2] = s.model.requests;
    const t1 = tokensOf(r1!.body);
    const t2 = tokensOf(r2!.body);
    const p1 = userTexts(r1!).at(-1)!.length;
    const p2 = userTexts(r2!).at(-1)!.length;
    const ratio = t2 / t1;
    // What every request carries whatever the prompt: Codex's instructions, tools and the like.
    const fixed = t1 - Math.round(p1 / 4);
    return {
      name: 'Incremental re-review: cycle 2 input vs cycle 1 (PR of ≥ 2,000 lines, a 1-line fix)',
      result: `${ratio.toFixed(2)}× (${t2} vs ${t1} tokens; prompt alone ${p2} vs ${p1} chars, ${(p2 / p1).toFixed(2)}×)`,
      target: `≤ ${RATIO_TARGET}×`,
      pass: ratio <= RATIO_TARGET,
      notes: `${changed} changed lines in the PR; the fix changes 2 lines (1 −, 1 +). Tokens = the whole request body the scripted Responses server received (instructions, tools, input) at a fixed 4 chars/token, not a tokenizer; about ${fixed} of them are the same in every request (Codex's instructions and tools). Cycle 1 sends the PR's patches up to the diff budget, cycle 2 the fix commit's patch and the PR's file list.`,
      values: {
        changedLines: changed,
        cycle1Tokens: t1,
        cycle2Tokens: t2,
        ratio,
        prompt1Chars: p1,
        prompt2Chars: p2,
      },
    };
  } finally {
    await s?.close();
  }
}
