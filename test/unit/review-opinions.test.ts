// The second opinion's pure part: two answers merged into one review of the same schema (the stricter
// verdict, findings by fingerprint, criteria met only when both say so), who found what recorded
// beside it, stored and read back with the review, and shown to people.
import { describe, expect, it } from 'vitest';
import { ZERO_USAGE } from '../../src/agent/types.js';
import { type ReviewerRun, settleReview } from '../../src/engine/review.js';
import { mergeReviews, type Opinion } from '../../src/review/opinions.js';
import { renderReview } from '../../src/review/render.js';
import type { ReviewRunOutcome } from '../../src/review/run.js';
import { type Finding, type Review, validateReview } from '../../src/review/schema.js';
import { buildReviewPayload, renderFinding } from '../../src/tracker/github/review/payloads.js';
import { encodeStoredReview, readStoredReview } from '../../src/tracker/github/review/stored.js';

const finding = (over: Partial<Finding>): Finding => ({
  id: 'f',
  severity: 'major',
  file: 'src/a.ts',
  line: 10,
  end_line: null,
  title: 'A problem',
  body: '',
  suggestion: null,
  ...over,
});
const criterion = (met: boolean, evidence = 'e') => ({ criterion: 'Slugs stay short', met, evidence });
const review = (
  status: Review['status'],
  findings: Finding[] = [],
  met = status !== 'changes_required',
): Review => ({
  status,
  summary: `${status} summary`,
  findings,
  criteria: [criterion(met)],
  blocked_reason: status === 'blocked' ? 'the diff is empty' : null,
});
const valid = (r: Review) => expect(validateReview(r)).toEqual({ ok: true, review: r });

const usage = (cost: number | undefined, tokens = 100) => ({
  ...ZERO_USAGE,
  inputTokens: tokens,
  outputTokens: 10,
  ...(cost === undefined ? { unpricedTokens: tokens + 10 } : { costUsd: cost }),
});
const run = (
  runtime: string,
  outcome: Partial<ReviewRunOutcome> & Pick<ReviewRunOutcome, 'kind'>,
): ReviewerRun => ({
  runtime,
  model: `${runtime}-model`,
  outcome: {
    threadId: `${runtime}-thread`,
    attempts: 1,
    usage: usage(0.001),
    agentMs: 5,
    reason: '',
    ...outcome,
  } as ReviewRunOutcome,
});

describe('mergeReviews', () => {
  it('takes the stricter verdict: one passes, one finds a major issue → changes required with its finding', () => {
    const major = finding({ id: 'off-by-one' });
    const { review: merged, foundBy } = mergeReviews([
      { runtime: 'codex', review: review('pass') },
      { runtime: 'claude', review: review('changes_required', [major]) },
    ]);
    expect(merged.status).toBe('changes_required');
    expect(merged.findings).toEqual([major]);
    expect(foundBy).toEqual([['claude']]);
    // Met only when every reviewer says so; each reviewer's evidence under its name.
    expect(merged.criteria).toEqual([
      { criterion: 'Slugs stay short', met: false, evidence: 'Codex (says met): e; Claude: e' },
    ]);
    expect(merged.summary).toBe('Codex: pass summary\n\nClaude: changes_required summary');
    valid(merged);
  });

  it('blocked beats changes required, with the blocked reviewer named in the reason', () => {
    const { review: merged } = mergeReviews([
      { runtime: 'codex', review: review('changes_required', [finding({})]) },
      { runtime: 'claude', review: review('blocked') },
    ]);
    expect(merged.status).toBe('blocked');
    expect(merged.blocked_reason).toBe('Claude: the diff is empty');
    valid(merged);
  });

  it('one finding for the same problem from both: by id in the same file, or by file, title and a nearby line', () => {
    const { review: merged, foundBy } = mergeReviews([
      {
        runtime: 'codex',
        review: review('changes_required', [
          finding({ id: 'off-by-one', severity: 'minor' }),
          finding({ id: 'no-test', file: 'src/b.ts', title: 'No test for maxLength', line: 3 }),
        ]),
      },
      {
        runtime: 'claude',
        review: review('changes_required', [
          // Same id, same file, stricter severity: one finding at the higher severity.
          finding({ id: 'off-by-one', severity: 'critical', title: 'Cuts one short', line: 12 }),
          // Another id, same file and normalised title, 8 lines away: the same finding.
          finding({ id: 'missing-test', file: 'src/b.ts', title: 'No test for  maxLength!', line: 11 }),
        ]),
      },
    ]);
    expect(merged.findings.map((f) => [f.id, f.severity, f.title])).toEqual([
      ['off-by-one', 'critical', 'A problem'],
      ['no-test', 'major', 'No test for maxLength'],
    ]);
    expect(foundBy).toEqual([
      ['codex', 'claude'],
      ['codex', 'claude'],
    ]);
    valid(merged);
  });

  it('keeps two findings that only share an id (another file), renaming the second so ids stay unique', () => {
    const { review: merged, foundBy } = mergeReviews([
      { runtime: 'codex', review: review('changes_required', [finding({ id: 'missing-test' })]) },
      {
        runtime: 'claude',
        review: review('changes_required', [
          finding({ id: 'missing-test', file: 'src/other.ts', title: 'x' }),
        ]),
      },
    ]);
    expect(merged.findings.map((f) => [f.id, f.file])).toEqual([
      ['missing-test', 'src/a.ts'],
      ['missing-test-claude', 'src/other.ts'],
    ]);
    expect(foundBy).toEqual([['codex'], ['claude']]);
    valid(merged);
  });

  it('returns a single answer exactly as it is', () => {
    const only = review('changes_required', [finding({})]);
    expect(mergeReviews([{ runtime: 'claude', review: only }])).toEqual({
      review: only,
      foundBy: [['claude']],
    });
  });
});

describe('settleReview with a second opinion', () => {
  it('an answer invalid twice is never a pass: blocked, with the other reviewer’s findings kept', () => {
    const major = finding({ id: 'off-by-one' });
    const runs = [
      run('codex', { kind: 'review', review: review('changes_required', [major]) }),
      run('claude', { kind: 'invalid', reason: "The reviewer's answer was invalid twice: x", attempts: 2 }),
    ];
    const settled = settleReview(
      { ...runs[1]!.outcome, kind: 'invalid', reason: 'r', runs } as never,
      1,
      undefined,
    );
    expect(settled.invalid).toBe(true);
    expect(settled.review.status).toBe('blocked');
    expect(settled.review.blocked_reason).toBe("Claude: The reviewer's answer was invalid twice: x");
    expect(settled.review.findings).toEqual([major]);
    expect(settled.opinions.map((o) => [o.runtime, o.status, o.findings, o.attempts])).toEqual([
      ['codex', 'changes_required', ['off-by-one'], 1],
      ['claude', 'invalid', [], 2],
    ]);
    // Even when the valid reviewer passed.
    const passing = [run('codex', { kind: 'review', review: review('pass') }), runs[1]!];
    expect(settleReview({ kind: 'invalid', runs: passing } as never, 1, undefined).review.status).toBe(
      'blocked',
    );
  });

  it('records who found what under the ids the next cycle carried, and each reviewer’s cost (null when unpriced)', () => {
    const previous = {
      cycle: 1,
      headSha: 'a',
      review: review('changes_required', [finding({ id: 'old-id' })]),
    };
    const runs = [
      run('codex', { kind: 'review', review: review('changes_required', [finding({ id: 'renamed' })]) }),
      run('claude', {
        kind: 'review',
        review: review('changes_required', [
          finding({ id: 'renamed' }),
          finding({ id: 'new', file: 'x.ts' }),
        ]),
        usage: usage(undefined, 500),
      }),
    ];
    const merged = mergeReviews(
      runs.map((r) => ({ runtime: r.runtime, review: (r.outcome as { review: Review }).review })),
    );
    const settled = settleReview({ kind: 'review', review: merged.review, runs } as never, 2, previous);
    expect(settled.review.findings.map((f) => f.id)).toEqual(['old-id', 'new']);
    expect(settled.tracking.findings.map((t) => t.state)).toEqual(['still_open', 'new']);
    expect(settled.opinions).toEqual([
      expect.objectContaining({
        runtime: 'codex',
        model: 'codex-model',
        findings: ['old-id'],
        cost_usd: 0.001,
      }),
      expect.objectContaining({
        runtime: 'claude',
        findings: ['old-id', 'new'],
        cost_usd: null,
        input_tokens: 500,
      }),
    ]);
  });
});

describe('who reviewed, stored and shown', () => {
  const opinions: Opinion[] = [
    {
      runtime: 'codex',
      model: 'gpt-5.5',
      status: 'pass',
      findings: ['both-found'],
      attempts: 1,
      input_tokens: 90,
      output_tokens: 10,
      cost_usd: 0.0004,
    },
    {
      runtime: 'claude',
      model: 'claude-opus-5-5',
      status: 'changes_required',
      findings: ['both-found', 'only-claude'],
      attempts: 1,
      input_tokens: 100,
      output_tokens: 10,
      cost_usd: null,
    },
  ];
  const merged = review('changes_required', [
    finding({ id: 'both-found', severity: 'minor' }),
    finding({ id: 'only-claude', file: 'src/b.ts' }),
  ]);

  it('is stored beside the review JSON and read back; the review itself stays exactly the schema', () => {
    const block = encodeStoredReview(merged, undefined, undefined, opinions);
    const read = readStoredReview(block);
    expect(read).toEqual({ ok: true, review: merged, tracking: undefined, opinions });
    // A broken record is no stored review at all, never half-read.
    const broken = encodeStoredReview(merged, undefined, undefined, [
      { ...opinions[0]!, status: 'great' as never },
    ]);
    expect(readStoredReview(broken)).toEqual({ ok: false, problem: 'schema' });
  });

  it('names the runtimes in the heading, shows each reviewer’s verdict and cost, and marks what both found', () => {
    const text = renderReview(merged, { cycle: 2, opinions });
    expect(text).toContain('### Codex + Claude review · cycle 2: 🔁 changes required');
    expect(text).toContain('| Codex | `gpt-5.5` | ✅ pass | 1 | 100 | $0.0004 |');
    expect(text).toContain(
      '| Claude | `claude-opus-5-5` | 🔁 changes required | 2 | 110 | unknown (unpriced model) |',
    );
    expect(text).toContain('Cost of the review: unknown ($0.0004 priced).');
    expect(text).toMatch(/\| 🟡 \| minor \| `src\/a.ts:10` \| A problem \| both \|/);
    expect(text).toMatch(/\| 🟠 \| major \| `src\/b.ts:10` \| A problem \| Claude \|/);
    expect(renderReview(merged, { cycle: 1, opinions: [opinions[1]!] })).toMatch(
      /^### Claude review · cycle 1/,
    );
    expect(renderReview(merged, { cycle: 1 })).toMatch(/^### Codex review · cycle 1/);
  });

  it('says in each inline comment who found the finding, and names the reviewers in the PR review', () => {
    expect(renderFinding(merged.findings[0]!, true, opinions)).toContain(
      '_Found by both reviewers: Codex and Claude._',
    );
    expect(renderFinding(merged.findings[1]!, true, opinions)).toContain('_Found by Claude only._');
    expect(renderFinding(merged.findings[0]!, true, [opinions[1]!])).not.toContain('Found by');
    const hunks = new Map([
      ['src/a.ts', [{ start: 1, end: 20 }]],
      ['src/b.ts', [{ start: 1, end: 20 }]],
    ]);
    const payload = buildReviewPayload(merged, { cycle: 2, headSha: 'abc', hunks, opinions })!;
    expect(payload.body).toContain('**Codex + Claude review · cycle 2:** 2 finding(s), 2 inline.');
    expect(payload.comments.map((c) => c.body.split('\n')[2])).toEqual([
      '_Found by both reviewers: Codex and Claude._',
      '_Found by Claude only._',
    ]);
  });
});
