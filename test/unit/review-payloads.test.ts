import { describe, expect, it } from 'vitest';
import { cell, fenceFor } from '../../src/report/markdown.js';
import { parseHunks } from '../../src/review/patch.js';
import { renderReview } from '../../src/review/render.js';
import type { Finding, Review } from '../../src/review/schema.js';
import { BlockKey } from '../../src/safety/block-mac.js';
import {
  buildCheckPayload,
  buildCommentBody,
  buildReviewPayload,
  CHECK_NAME,
} from '../../src/tracker/github/review/payloads.js';
import { decideCycle, latestReview, parseReviewComment } from '../../src/tracker/github/review/previous.js';
import { reviewAuth } from '../../src/tracker/github/review/stored.js';

const SHA = 'a'.repeat(40);
const KEY = BlockKey.fromSecret('sk-job-secret')!;
const trust = { key: KEY, repo: { owner: 'octo', repo: 'app' }, pr: 7 };
/** The review comment a job holding KEY writes on PR #7. */
const commentBody = (r: Review, cycle: number, headSha: string) =>
  buildCommentBody(r, { cycle, headSha, auth: reviewAuth(KEY, { ...trust, cycle, headSha }) });
const finding = (over: Partial<Finding> = {}): Finding => ({
  id: 'f1',
  severity: 'major',
  file: 'src/a.ts',
  line: 3,
  end_line: null,
  title: 'Off by one',
  body: 'The loop stops early.',
  suggestion: null,
  ...over,
});
const review = (over: Partial<Review> = {}): Review => ({
  status: 'changes_required',
  summary: 'One bug.',
  findings: [finding()],
  criteria: [{ criterion: 'Parses input', met: false, evidence: 'src/a.ts:3 skips the last item' }],
  blocked_reason: null,
  ...over,
});
const hunks = new Map([['src/a.ts', parseHunks('@@ -1,3 +1,6 @@\n a\n+b\n+c\n+d\n e\n f')]]);

describe('buildReviewPayload', () => {
  it('puts findings inside a hunk inline (multi-line with start_line) and lists the rest in the body', () => {
    const payload = buildReviewPayload(
      review({
        findings: [
          finding({ id: 'inside', line: 2, end_line: 4, suggestion: 'b2\nc2\nd2' }),
          finding({ id: 'single', line: 6, severity: 'nit' }),
          finding({ id: 'outside', line: 40, suggestion: 'x' }),
          finding({ id: 'other-file', file: 'README.md', line: 1 }),
          finding({ id: 'whole-file', line: null }),
        ],
      }),
      { cycle: 2, headSha: SHA, hunks },
    )!;
    expect(payload.event).toBe('COMMENT');
    expect(payload.commit_id).toBe(SHA);
    expect(payload.comments.map(({ body: _, ...rest }) => rest)).toEqual([
      { path: 'src/a.ts', line: 4, side: 'RIGHT', start_line: 2, start_side: 'RIGHT' },
      { path: 'src/a.ts', line: 6, side: 'RIGHT' },
    ]);
    expect(payload.comments[0]!.body).toContain('```suggestion\nb2\nc2\nd2\n```');
    expect(payload.body).toContain(`<!-- codex-orchestrator:review-inline cycle=2 sha=${SHA} -->`);
    expect(payload.body).toContain('Findings outside the diff (3):');
    expect(payload.body).toContain('`src/a.ts:40`');
    expect(payload.body).toContain('`README.md:1`');
    // Outside the diff a suggestion cannot be applied, so it is shown as plain code.
    expect(payload.body).not.toContain('```suggestion');
  });

  it('uses a longer fence when the suggestion holds backticks', () => {
    const payload = buildReviewPayload(
      review({ findings: [finding({ suggestion: 'const s = ```x```;' })] }),
      {
        cycle: 1,
        headSha: SHA,
        hunks,
      },
    )!;
    expect(payload.comments[0]!.body).toContain('````suggestion\nconst s = ```x```;\n````');
    expect(fenceFor('no ticks')).toBe('```');
  });

  it('posts no review when there is nothing to comment on', () => {
    expect(
      buildReviewPayload(review({ status: 'pass', findings: [], criteria: [] }), {
        cycle: 1,
        headSha: SHA,
        hunks,
      }),
    ).toBeUndefined();
  });
});

describe('buildCheckPayload', () => {
  it('maps the status to the conclusion and the severities to annotation levels', () => {
    const findings = [
      finding({ id: 'c', severity: 'critical' }),
      finding({ id: 'm', severity: 'minor', line: 2, end_line: 5 }),
      finding({ id: 'n', severity: 'nit', line: null }),
    ];
    const check = buildCheckPayload(review({ findings }), { cycle: 1, headSha: SHA, rendered: 'text' });
    expect(check).toMatchObject({
      name: CHECK_NAME,
      headSha: SHA,
      conclusion: 'failure',
      title: 'Changes required (3 finding(s))',
    });
    expect(check.annotations.map((a) => [a.annotation_level, a.start_line, a.end_line])).toEqual([
      ['failure', 3, 3],
      ['warning', 2, 5],
      ['notice', 1, 1],
    ]);
    expect(
      buildCheckPayload(review({ status: 'pass', findings: [], criteria: [] }), {
        cycle: 1,
        headSha: SHA,
        rendered: '',
      }).conclusion,
    ).toBe('success');
    const blocked = buildCheckPayload(
      review({ status: 'blocked', findings: [], blocked_reason: 'No diff' }),
      { cycle: 1, headSha: SHA, rendered: '' },
    );
    expect([blocked.conclusion, blocked.title]).toEqual(['neutral', 'Blocked: No diff']);
  });

  it('annotates at most 50 findings and says how many more there are', () => {
    const findings = Array.from({ length: 53 }, (_, i) => finding({ id: `f${i}`, severity: 'nit' }));
    const check = buildCheckPayload(review({ findings }), { cycle: 1, headSha: SHA, rendered: '' });
    expect(check.annotations).toHaveLength(50);
    expect(check.summary).toContain('3 more finding(s) are in the review comment');
  });
});

describe('the review comment', () => {
  it('renders the table and criteria, and reads back the exact JSON, cycle and commit', () => {
    const r = review({ findings: [finding({ title: 'a | b', body: 'x\n```json\ny\n```' })] });
    const body = commentBody(r, 3, SHA);
    expect(body.startsWith('<!-- codex-orchestrator:review cycle=3 -->')).toBe(true);
    expect(body).toContain('| 🟠 | major | `src/a.ts:3` | a \\| b |');
    expect(body).toContain('- [ ] Parses input — src/a.ts:3 skips the last item');
    // People see the JSON; fix reads only the authenticated hidden copy, stored once.
    expect(body).toContain('<details><summary>Review JSON</summary>');
    expect(body.match(/<!-- codex-orchestrator:review-json hmac-sha256=/g)).toHaveLength(1);
    expect(parseReviewComment({ id: 9, body }, trust)).toEqual({
      commentId: 9,
      body,
      cycle: 3,
      headSha: SHA,
      review: r,
    });
  });

  it('treats an edited stored block as absent', () => {
    const body = commentBody(review(), 1, SHA);
    const [, payload] = / ([A-Za-z0-9_-]{20,}) -->/.exec(body)!;
    const edited = Buffer.from(
      Buffer.from(payload!, 'base64url').toString().replace('"changes_required"', '"pass"'),
    ).toString('base64url');
    // With a key the edited comment is not the action's at all; without one it reads as having no review.
    expect(parseReviewComment({ id: 1, body: body.replace(payload!, edited) }, trust)).toBeUndefined();
    expect(
      parseReviewComment({ id: 1, body: body.replace(payload!, edited) }, { ...trust, key: undefined })
        ?.review,
    ).toBeUndefined();
    expect(parseReviewComment({ id: 1, body: 'no marker' }, trust)).toBeUndefined();
  });

  it('escapes table cells', () => {
    expect(cell('a|b\nc\\')).toBe('a\\|b c\\\\');
    expect(
      renderReview(review({ status: 'blocked', findings: [], blocked_reason: 'why' }), { cycle: 1 }),
    ).toContain('**Blocked:** why');
  });
});

describe('the cycle', () => {
  const comment = (id: number, cycle: number, sha: string) => ({
    id,
    body: commentBody(review(), cycle, sha),
  });

  it('starts at 1, repeats the cycle for the same commit, and advances for a new one', () => {
    expect(decideCycle(undefined, SHA)).toEqual({ cycle: 1, rerun: false, comment: undefined });
    const latest = latestReview([comment(1, 1, 'b'.repeat(40)), comment(2, 2, SHA)], trust)!;
    expect(latest.cycle).toBe(2);
    expect(decideCycle(latest, SHA)).toMatchObject({ cycle: 2, rerun: true, comment: { id: 2 } });
    expect(decideCycle(latest, 'c'.repeat(40))).toEqual({ cycle: 3, rerun: false, comment: undefined });
  });

  it('finds the review before a cycle (what a re-run shows the model)', () => {
    expect(latestReview([comment(1, 1, 'b'.repeat(40)), comment(2, 2, SHA)], trust, 2)?.commentId).toBe(1);
  });
});
