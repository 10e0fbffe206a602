import { describe, expect, it } from 'vitest';
import {
  reviewJsonSchema,
  reviewSchema,
  validateReview,
  validateReviewText,
} from '../../src/review/schema.js';

const finding = (over: Record<string, unknown> = {}) => ({
  id: 'f1',
  severity: 'minor',
  file: 'src/a.ts',
  line: 3,
  end_line: null,
  title: 'Off by one',
  body: 'The loop stops early.',
  suggestion: null,
  ...over,
});
const review = (over: Record<string, unknown> = {}) => ({
  status: 'pass',
  summary: 'Looks right.',
  findings: [],
  criteria: [],
  blocked_reason: null,
  ...over,
});

/** Walks a JSON schema and returns every object schema in it. */
function objects(schema: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (schema && typeof schema === 'object') {
    const s = schema as Record<string, unknown>;
    if (s.type === 'object') out.push(s);
    for (const value of Object.values(s)) objects(value, out);
  }
  return out;
}

describe('schemas/review.json', () => {
  it('follows the strict subset: every object closed, every property required', () => {
    const all = objects(reviewJsonSchema());
    expect(all.length).toBe(3);
    for (const o of all) {
      expect(o.additionalProperties).toBe(false);
      expect([...(o.required as string[])].sort()).toEqual(Object.keys(o.properties as object).sort());
    }
  });

  it('uses only keywords the strict subset supports', () => {
    const text = JSON.stringify(reviewJsonSchema());
    for (const keyword of ['allOf', '"not"', 'if', 'patternProperties', '$comment', 'oneOf']) {
      expect(text).not.toContain(`"${keyword.replace(/"/g, '')}":`);
    }
  });

  it('agrees with the zod schema on the fields of DESIGN §4', () => {
    const json = reviewJsonSchema() as { properties: Record<string, { items?: { properties: object } }> };
    expect(Object.keys(json.properties).sort()).toEqual([
      'blocked_reason',
      'criteria',
      'findings',
      'status',
      'summary',
    ]);
    expect(Object.keys(json.properties.findings!.items!.properties).sort()).toEqual([
      'body',
      'end_line',
      'file',
      'id',
      'line',
      'severity',
      'suggestion',
      'title',
    ]);
    expect(reviewSchema.safeParse(review({ findings: [finding()] })).success).toBe(true);
  });
});

describe('validateReview', () => {
  it('accepts a pass with minor findings and met criteria', () => {
    const result = validateReview(
      review({ findings: [finding()], criteria: [{ criterion: 'A', met: true, evidence: 'x' }] }),
    );
    expect(result.ok).toBe(true);
  });

  it('refuses a pass with a critical or major finding, naming the findings', () => {
    const result = validateReview(review({ findings: [finding({ id: 'sql', severity: 'critical' })] }));
    expect(result).toEqual({
      ok: false,
      problems: [expect.stringContaining("'pass' with 1 critical/major finding(s) (sql)")],
    });
  });

  it('refuses a pass with an unmet criterion', () => {
    const result = validateReview(
      review({ criteria: [{ criterion: 'A', met: false, evidence: 'missing' }] }),
    );
    expect(result.ok).toBe(false);
  });

  it('refuses blocked without a reason', () => {
    for (const reason of [null, '  ']) {
      const result = validateReview(review({ status: 'blocked', blocked_reason: reason }));
      expect(result).toEqual({
        ok: false,
        problems: ["blocked_reason: status 'blocked' needs a non-empty blocked_reason"],
      });
    }
  });

  it('refuses changes_required with nothing to change', () => {
    expect(validateReview(review({ status: 'changes_required' })).ok).toBe(false);
    expect(validateReview(review({ status: 'changes_required', findings: [finding()] })).ok).toBe(true);
  });

  it('refuses duplicate ids, end_line before line, absolute and escaping paths, with paths to the field', () => {
    const result = validateReview(
      review({
        status: 'changes_required',
        findings: [
          finding({ id: 'a', line: 5, end_line: 2 }),
          finding({ id: 'a' }),
          finding({ id: 'b', file: '/etc/passwd' }),
          finding({ id: 'c', file: '../x.ts' }),
        ],
      }),
    );
    expect(result.ok).toBe(false);
    const problems = (result as { problems: string[] }).problems.join('\n');
    expect(problems).toContain('findings.0.end_line: end_line 2 needs a line at or before it');
    expect(problems).toContain("findings.1.id: duplicate finding id 'a'");
    expect(problems).toContain("findings.2.file: '/etc/passwd' is absolute");
    expect(problems).toContain("findings.3.file: '../x.ts' leaves the repository");
  });

  it('refuses unknown and missing fields', () => {
    const { summary: _, ...noSummary } = review();
    const result = validateReview({ ...noSummary, extra: 1 });
    expect(result.ok).toBe(false);
    expect((result as { problems: string[] }).problems.join('\n')).toMatch(/summary/);
    expect((result as { problems: string[] }).problems.join('\n')).toMatch(/extra/);
  });
});

describe('validateReviewText', () => {
  it('explains an empty answer and one that is not JSON', () => {
    expect(validateReviewText('')).toEqual({ ok: false, problems: ['the answer was empty'] });
    expect(validateReviewText('Looks good to me!')).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^the answer is not JSON \(/)],
    });
  });

  it('parses and validates JSON text', () => {
    expect(validateReviewText(JSON.stringify(review()))).toMatchObject({
      ok: true,
      review: { status: 'pass' },
    });
  });
});
