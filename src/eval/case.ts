import { z } from 'zod';
import { SEVERITIES } from '../review/schema.js';

/**
 * One case of an eval suite (README, Evaluate before you trust): `case.yml` in a folder of its own,
 * beside `repo/` (the code before) and, for a review case, `change.patch` (the change under review).
 * The case's title and `expected` are the answer key: they are read by the scorer only, never put in
 * a prompt or in the scratch repository the model reads.
 */

const text = z.string().trim().min(1, { error: 'must not be empty' });

/** A path relative to the case's `repo/`, as a review finding names it (`./` allowed, normalised away). */
const relativePath = text
  .refine((p) => !p.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(p), {
    error: (issue) =>
      `'${String(issue.input)}' is absolute. Expected a path relative to repo/, such as src/app.js.`,
  })
  .refine((p) => !p.split(/[\\/]/).includes('..'), {
    error: (issue) => `'${String(issue.input)}' leaves repo/ ('..'). Expected a path inside it.`,
  })
  .transform(normalisePath);

/** `./src//a.js` and `src\a.js` are `src/a.js`: how the scorer compares a finding's file with the expected one. */
export function normalisePath(path: string): string {
  return path
    .trim()
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/')
    .replace(/^(\.\/)+/, '');
}

const lineRange = z
  .tuple([z.number().int().min(1), z.number().int().min(1)], {
    error: 'Expected [first, last] line numbers of the new file, such as [12, 14].',
  })
  .refine(([first, last]) => first <= last, { error: 'the first line comes after the last.' });

/** A finding the reviewer must raise for the case to count as caught. */
const expectedFinding = z.strictObject({
  file: relativePath,
  /** Lines of the file after the change; absent: anywhere in the file, or the file as a whole. */
  lines: lineRange.optional(),
  /** The finding's title or body must contain one of them (case-insensitive). */
  words: z.array(text).min(1, { error: 'needs at least one word the finding must contain.' }),
  /** The least severity that counts: a critical bug reported as a nit is not caught. */
  severity: z.enum(SEVERITIES).default('minor'),
});
export type ExpectedFinding = z.output<typeof expectedFinding>;

const issue = z.strictObject({
  title: text,
  body: z.string().default(''),
  /** The acceptance criteria the change is reviewed against (or the planner plans from). */
  criteria: z.array(text).default([]),
});

const review = z.strictObject({
  title: text,
  kind: z.literal('review'),
  issue,
  expected: z
    .strictObject({
      verdict: z.enum(['pass', 'changes_required']),
      findings: z.array(expectedFinding).default([]),
    })
    .superRefine(
      (expected, ctx) => {
        // A case is buggy exactly when it has findings to raise: that is what the false-pass rate counts.
        const findings = Array.isArray(expected.findings) ? expected.findings.length : 0;
        if (expected.verdict === 'pass' && findings > 0)
          ctx.addIssue({
            code: 'custom',
            path: ['findings'],
            message: `a passing case lists ${findings} finding(s) to raise. Expected no findings, or verdict changes_required.`,
          });
        if (expected.verdict === 'changes_required' && findings === 0)
          ctx.addIssue({
            code: 'custom',
            path: ['findings'],
            message:
              'changes_required needs at least one finding the reviewer must raise (file, lines, words, severity).',
          });
      },
      // Said alongside a broken finding too, so that one pass over the file shows every problem.
      {
        when: (payload) =>
          typeof payload.value === 'object' && payload.value !== null && 'verdict' in payload.value,
      },
    ),
});

const plan = z.strictObject({
  title: text,
  kind: z.literal('plan'),
  issue,
  expected: z.strictObject({
    status: z.enum(['ready', 'needs_clarification', 'needs_decomposition']),
  }),
});

/** `case.yml` as written. */
export const caseFileSchema = z.discriminatedUnion('kind', [review, plan], {
  error: (issue) => (issue.code === 'invalid_union' ? 'Expected kind: review or kind: plan.' : undefined),
});

type CaseFile = z.output<typeof caseFileSchema>;

/** Where a case lives, besides what its file says. */
interface CaseFolder {
  /** The folder's name: the case's id on the command line and in reports. */
  id: string;
  dir: string;
  /** The code before. */
  repoDir: string;
}

export type ReviewCase = Extract<CaseFile, { kind: 'review' }> &
  CaseFolder & {
    /** The change under review. */
    patchFile: string;
  };
export type PlanCase = Extract<CaseFile, { kind: 'plan' }> & CaseFolder;
export type EvalCase = ReviewCase | PlanCase;

/** The status a case must end with: the review's verdict, or the plan's status. */
export const expectedStatus = (c: EvalCase): string =>
  c.kind === 'review' ? c.expected.verdict : c.expected.status;

/** A case id: the folder's name, safe on a command line and in a file name. */
export const CASE_ID = /^[a-z0-9][a-z0-9._-]{0,79}$/;
