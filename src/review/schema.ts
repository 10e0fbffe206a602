import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { OutputSchema } from '../agent/types.js';
import { errorMessage } from '../errors.js';

export const SEVERITIES = ['critical', 'major', 'minor', 'nit'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const REVIEW_STATUSES = ['pass', 'changes_required', 'blocked'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

const relativePath = z
  .string()
  .min(1, { error: 'must be a path relative to the repository root, not empty' })
  .refine((p) => !p.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(p), {
    error: (issue) => `'${String(issue.input)}' is absolute; give the path relative to the repository root`,
  })
  .refine((p) => !p.split(/[\\/]/).includes('..'), {
    error: (issue) => `'${String(issue.input)}' leaves the repository ('..'); give a path inside it`,
  });

const lineNumber = z.number().int().min(1).nullable();

/** One problem the reviewer found (DESIGN §4). */
export const findingSchema = z.strictObject({
  id: z.string().trim().min(1).max(100),
  severity: z.enum(SEVERITIES),
  file: relativePath,
  line: lineNumber,
  end_line: lineNumber,
  title: z.string().trim().min(1),
  body: z.string(),
  suggestion: z.string().nullable(),
});
export type Finding = z.infer<typeof findingSchema>;

export const criterionSchema = z.strictObject({
  criterion: z.string().trim().min(1),
  met: z.boolean(),
  evidence: z.string(),
});
export type CriterionResult = z.infer<typeof criterionSchema>;

const shape = z.strictObject({
  status: z.enum(REVIEW_STATUSES),
  summary: z.string().trim().min(1),
  findings: z.array(findingSchema),
  criteria: z.array(criterionSchema),
  blocked_reason: z.string().nullable(),
});

/**
 * The review JSON v1 with the rules a JSON schema cannot say: a `pass` holds no critical or major
 * finding and no unmet criterion, a `blocked` says why, `changes_required` names something to
 * change, finding ids are unique, and `end_line` is not before `line`.
 */
export const reviewSchema = shape.superRefine((review, ctx) => {
  const serious = review.findings.filter((f) => f.severity === 'critical' || f.severity === 'major');
  const unmet = review.criteria.filter((c) => !c.met);
  if (review.status === 'pass' && serious.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message: `'pass' with ${serious.length} critical/major finding(s) (${serious.map((f) => f.id).join(', ')}); use 'changes_required' or lower their severity`,
    });
  }
  if (review.status === 'pass' && unmet.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message: `'pass' while ${unmet.length} criterion/criteria are not met; use 'changes_required'`,
    });
  }
  if (review.status === 'blocked' && !review.blocked_reason?.trim()) {
    ctx.addIssue({
      code: 'custom',
      path: ['blocked_reason'],
      message: "status 'blocked' needs a non-empty blocked_reason",
    });
  }
  if (review.status === 'changes_required' && review.findings.length === 0 && unmet.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message:
        "'changes_required' with no finding and no unmet criterion; list what must change, or use 'pass'",
    });
  }
  const seen = new Set<string>();
  review.findings.forEach((finding, index) => {
    if (seen.has(finding.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['findings', index, 'id'],
        message: `duplicate finding id '${finding.id}'; ids must be unique`,
      });
    }
    seen.add(finding.id);
    if (finding.end_line !== null && (finding.line === null || finding.end_line < finding.line)) {
      ctx.addIssue({
        code: 'custom',
        path: ['findings', index, 'end_line'],
        message: `end_line ${finding.end_line} needs a line at or before it (line is ${finding.line})`,
      });
    }
  });
});

/** A validated review answer. */
export type Review = z.infer<typeof reviewSchema>;

/** Outcome of checking a raw answer: the review, or every problem with its JSON path. */
export type ReviewValidation = { ok: true; review: Review } | { ok: false; problems: string[] };

/** Parses and validates the model's raw answer, collecting every problem. */
export function validateReviewText(text: string | undefined): ReviewValidation {
  if (text === undefined || text.trim() === '') return { ok: false, problems: ['the answer was empty'] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`the answer is not JSON (${errorMessage(error)})`] };
  }
  return validateReview(value);
}

/** Validates an already parsed review value. */
export function validateReview(value: unknown): ReviewValidation {
  const parsed = reviewSchema.safeParse(value);
  if (parsed.success) return { ok: true, review: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
      return `${path}: ${issue.message}`;
    }),
  };
}

let jsonSchema: Record<string, unknown> | undefined;

// A static `new URL(…, import.meta.url)`, like src/prompts/bundled.ts: ncc copies the file next to
// the bundle and rewrites the path.
const REVIEW_SCHEMA_FILE = new URL('../../schemas/review.json', import.meta.url);

/** The strict-subset JSON schema shipped in schemas/review.json, sent to Codex with --output-schema. */
export function reviewJsonSchema(): Record<string, unknown> {
  jsonSchema ??= JSON.parse(readFileSync(REVIEW_SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  return jsonSchema;
}

/** The pair the agent runner needs: the JSON schema for the model, the zod schema for the answer. */
export function reviewOutputSchema(): OutputSchema<Review> {
  return { json: reviewJsonSchema(), zod: reviewSchema };
}
