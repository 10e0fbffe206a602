/**
 * Issue §5: every body the action posts fits GitHub's 65,536 characters, and what the action reads
 * back (the stored review, the item's state) survives the cut.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { MAX_CHECK_OUTPUT, MAX_COMMENT_BODY } from '../../src/report/limits.js';
import { parseHunks } from '../../src/review/patch.js';
import { renderReview } from '../../src/review/render.js';
import { type Finding, type Review, validateReview } from '../../src/review/schema.js';
import { BlockKey } from '../../src/safety/block-mac.js';
import { decodeState } from '../../src/state/codec.js';
import { newItemState } from '../../src/state/schema.js';
import { finishPhase, replaceCriteria, startPhase } from '../../src/state/transitions.js';
import { fitStoredReview } from '../../src/tracker/github/review/fit.js';
import {
  buildCheckPayload,
  buildCommentBody,
  buildReviewPayload,
} from '../../src/tracker/github/review/payloads.js';
import { parseReviewComment } from '../../src/tracker/github/review/previous.js';
import { reviewAuth } from '../../src/tracker/github/review/stored.js';
import { renderWithinLimit, stateAuth } from '../../src/tracker/github/store.js';

const SHA = 'c'.repeat(40);
const KEY = BlockKey.fromSecret('sk-job-secret')!;
const REPO = { owner: 'o', repo: 'r' };
/** Text like a model's: words, some markup, 3,000 characters. */
const prose = (seed: number, length = 3000) => {
  const words = ['the', 'slug', 'is', '`cut`', 'short', 'when', 'maxLength', 'is', 'reached,', 'and', '<b>'];
  let out = `${seed}:`;
  for (let i = 0; out.length < length; i++) out += ` ${words[(i * 7 + seed) % words.length]}`;
  return out.slice(0, length);
};

const big: Review = {
  status: 'changes_required',
  summary: prose(0),
  findings: Array.from(
    { length: 40 },
    (_, i): Finding => ({
      id: `f-${i}`,
      severity: i % 2 ? 'major' : 'minor',
      file: 'src/a.ts',
      line: 2 + (i % 3),
      end_line: null,
      title: `Finding ${i}`,
      body: prose(i + 1),
      suggestion: i % 4 === 0 ? `const x${i} = 1;\n`.repeat(20) : null,
    }),
  ),
  criteria: [{ criterion: 'Slugs fit', met: false, evidence: prose(99, 500) }],
  blocked_reason: null,
};

describe('a review of 40 findings × 3,000 characters', () => {
  it('is stored whole when it fits, trimmed (and valid) when it does not', () => {
    const small = { ...big, findings: big.findings.slice(0, 3) };
    expect(fitStoredReview(small).trimmed).toBeUndefined();
    const fitted = fitStoredReview(big);
    expect(fitted.trimmed).toBeDefined();
    expect(fitted.review.findings).toHaveLength(40);
    expect(validateReview(fitted.review).ok).toBe(true);
    expect(fitted.review.findings[0]!.body).toMatch(/… \[clipped\]$/);
    expect(
      big.findings[0]!.body.startsWith(fitted.review.findings[0]!.body.replace(/… \[clipped\]$/, '')),
    ).toBe(true);
  });

  it('makes a review comment under the limit whose stored review still decodes', () => {
    const at = { repo: REPO, pr: 3, cycle: 2, headSha: SHA };
    const body = buildCommentBody(big, { cycle: 2, headSha: SHA, auth: reviewAuth(KEY, at) });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_BODY);
    const read = parseReviewComment({ id: 1, body }, { key: KEY, repo: REPO, pr: 3 })!;
    expect(read.cycle).toBe(2);
    expect(read.review).toEqual(fitStoredReview(big).review);
    expect(read.review!.findings.map((f) => f.id)).toEqual(big.findings.map((f) => f.id));
    expect(body).toContain('The review was too long to store whole in this comment');
    // The visible JSON does not fit next to the stored copy: it is left out whole, and said so.
    expect(body).not.toContain('<summary>Review JSON</summary>');
    expect(body).toMatch(/The review JSON \([\d,]+ characters\) does not fit in this comment/);
  });

  it('keeps every PR review body, inline comment and check output under the limits', () => {
    const hunks = new Map([['src/a.ts', parseHunks('@@ -1,3 +1,6 @@\n a\n+b\n+c\n+d\n e\n f')]]);
    const outside = { ...big, findings: big.findings.map((f) => ({ ...f, line: 40 })) };
    for (const r of [big, outside]) {
      const payload = buildReviewPayload(r, { cycle: 1, headSha: SHA, hunks })!;
      expect(payload.body.length).toBeLessThanOrEqual(MAX_COMMENT_BODY);
      for (const c of payload.comments) expect(c.body.length).toBeLessThanOrEqual(MAX_COMMENT_BODY);
    }
    // Findings all outside the diff: the body lists 120 KB of them, so it is cut, with the note.
    const listed = buildReviewPayload(outside, { cycle: 1, headSha: SHA, hunks })!;
    expect(listed.body).toContain('> ✂️ Cut to fit');
    const huge = { ...big, summary: prose(7, 80_000) };
    const check = buildCheckPayload(huge, {
      cycle: 1,
      headSha: SHA,
      rendered: renderReview(huge, { cycle: 1 }),
    });
    expect(check.summary.length).toBeLessThanOrEqual(MAX_CHECK_OUTPUT);
    expect(check.text!.length).toBeLessThanOrEqual(MAX_CHECK_OUTPUT);
  });
});

describe('a plan of ~165 KB in the status comment', () => {
  const pricing = defaultConfig().pricing;
  const criteria = Array.from({ length: 20 }, (_, i) => prose(i, 4000));
  const risks = Array.from({ length: 20 }, (_, i) => prose(100 + i, 4000));
  let state = startPhase(newItemState(5), 'plan', { runUrl: 'https://github.com/o/r/actions/runs/1' });
  state = replaceCriteria(
    { ...state, plan: { summary: prose(1, 4000), risks, plannedAt: new Date(0).toISOString() } },
    criteria,
  );
  state = finishPhase(state, 'plan', 'complete', { nextAction: 'Comment `/codex approve`.' });

  it('fits: the texts are clipped in the hidden state, which still decodes, and the comment says so', () => {
    const auth = stateAuth(REPO, 5, { login: 'github-actions[bot]', type: 'Bot', key: KEY });
    const body = renderWithinLimit(state, { pricing, auth });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_BODY);
    const read = decodeState(body, 'test', auth)!;
    expect(read.status).toBe('complete');
    expect(read.criteria).toHaveLength(20);
    for (const [i, c] of read.criteria.entries())
      expect(criteria[i]!.startsWith(c.text.replace(/… \[clipped\]$/, ''))).toBe(true);
    expect(read.plan!.risks).toHaveLength(20);
    expect(body).toContain("The plan's texts were too long for this comment");
    expect(body).toContain('the acceptance criteria included');
  });

  it('leaves a state that fits alone untouched', () => {
    const small = {
      ...state,
      criteria: state.criteria.slice(0, 3),
      plan: { ...state.plan!, risks: risks.slice(0, 2) },
    };
    const body = renderWithinLimit(small, { pricing, auth: undefined });
    expect(decodeState(body, 'test')).toEqual(small);
    expect(body).not.toContain('too long for this comment');
  });
});
