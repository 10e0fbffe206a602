import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { type CaseResult, scoreResults } from './score.js';

/** What the comparison reads of a report: each variant's case results. */
export interface ComparedReport {
  variants: readonly { name: string; cases: readonly CaseResult[] }[];
}

/** How a rate moved from the baseline to this run, over the cases both ran. */
export interface RateChange {
  before: number | null;
  after: number | null;
  /** before − after; positive is a drop. Null when either side had nothing to count. */
  drop: number | null;
}

/** What `--baseline` found: the gate's verdict, per variant, with the cases that changed. */
export interface BaselineVerdict {
  file: string;
  max_drop: number;
  /** True: the eval exits 1. */
  tripped: boolean;
  variants: {
    name: string;
    /** Cases both reports ran for this variant: the scores compared are over these alone. */
    cases: number;
    recall: RateChange;
    verdict_accuracy: RateChange;
    /** The rates that dropped by more than `max_drop`. */
    tripped: ('recall' | 'verdict accuracy')[];
    /** Cases whose verdict or findings got worse, and better, with how. */
    worse: string[];
    better: string[];
  }[];
  /** Variants on one side only, and anything else the gate could not compare. */
  notes: string[];
}

/** The fields of a case result the comparison reads; a report of a later version may hold more. */
const caseResultSchema = z.looseObject({
  case: z.string(),
  kind: z.enum(['review', 'plan']),
  run: z.number(),
  expected_status: z.string(),
  status: z.string(),
  outcome: z.enum(['answered', 'invalid', 'failed']),
  correct: z.boolean(),
  expected_findings: z.number(),
  matched_expected: z.number(),
  findings: z.number(),
  matched_findings: z.number(),
  input_tokens: z.number().default(0),
  output_tokens: z.number().default(0),
  cost_usd: z.number().nullable().default(null),
  ms: z.number().default(0),
});

const reportSchema = z.looseObject({
  version: z.literal(1, {
    error: 'Expected a report of version 1 (codex-orchestrator eval --json or report.json).',
  }),
  variants: z.array(z.looseObject({ name: z.string(), cases: z.array(caseResultSchema) })),
});

/** Thrown when the baseline cannot be read: the eval does not run (exit 2). */
export class BaselineError extends Error {}

/** Reads an earlier report: the `--json` output, or `report.json` (or the `--out` folder holding it). */
export async function readBaseline(path: string): Promise<{ file: string; report: ComparedReport }> {
  const isDir = await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
  const file = isDir ? join(path, 'report.json') : path;
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined)
    throw new BaselineError(
      `--baseline ${path}: no such file. Expected the report.json of an earlier eval (--out DIR), or its --json output.`,
    );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`--baseline ${file}: not JSON (${(error as Error).message}).`);
  }
  const parsed = reportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BaselineError(
      `--baseline ${file}: not an eval report (${issue?.path.join('.') || '(root)'}: ${issue?.message}).`,
    );
  }
  return { file, report: parsed.data as unknown as ComparedReport };
}

// Rates are ratios of small counts; a drop equal to the threshold must not trip on a rounding error.
const EPSILON = 1e-9;

const change = (before: number | null, after: number | null): RateChange => ({
  before,
  after,
  drop: before === null || after === null ? null : before - after,
});

/** One case's results summed over its runs: how often the verdict was right, how many findings were found. */
function perCase(results: readonly CaseResult[]) {
  const byCase = new Map<string, { right: number; runs: number; found: number; expected: number }>();
  for (const r of results) {
    const entry = byCase.get(r.case) ?? { right: 0, runs: 0, found: 0, expected: 0 };
    entry.runs += 1;
    entry.right += r.correct ? 1 : 0;
    entry.found += r.matched_expected;
    entry.expected += r.expected_findings;
    byCase.set(r.case, entry);
  }
  return byCase;
}

/**
 * Compares this eval with an earlier one, variant by variant (matched by name), over the cases
 * both ran: the gate trips when recall or verdict accuracy dropped by more than `maxDrop`, or when
 * no variant could be compared at all (a gate that compares nothing must not pass). The cases whose
 * verdict or findings changed are named, worse and better.
 */
export function compareWithBaseline(
  current: ComparedReport,
  baseline: { file: string; report: ComparedReport },
  maxDrop: number,
): BaselineVerdict {
  const notes: string[] = [];
  const variants: BaselineVerdict['variants'] = [];
  const before = new Map(baseline.report.variants.map((v) => [v.name, v]));
  for (const v of current.variants) {
    const old = before.get(v.name);
    if (!old) {
      notes.push(`Variant '${v.name}' is not in the baseline: not compared.`);
      continue;
    }
    const oldCases = new Set(old.cases.map((c) => c.case));
    const common = new Set(v.cases.map((c) => c.case).filter((id) => oldCases.has(id)));
    if (common.size === 0) {
      notes.push(`Variant '${v.name}' ran no case the baseline ran: not compared.`);
      continue;
    }
    const after = v.cases.filter((c) => common.has(c.case));
    const was = old.cases.filter((c) => common.has(c.case));
    const [scoresAfter, scoresBefore] = [scoreResults(after), scoreResults(was)];
    const recall = change(scoresBefore.recall, scoresAfter.recall);
    const verdict = change(scoresBefore.verdict_accuracy, scoresAfter.verdict_accuracy);
    const tripped: BaselineVerdict['variants'][number]['tripped'] = [];
    if ((recall.drop ?? 0) > maxDrop + EPSILON) tripped.push('recall');
    if ((verdict.drop ?? 0) > maxDrop + EPSILON) tripped.push('verdict accuracy');
    const worse: string[] = [];
    const better: string[] = [];
    const [nowBy, thenBy] = [perCase(after), perCase(was)];
    for (const id of [...common].sort()) {
      const now = nowBy.get(id)!;
      const then = thenBy.get(id)!;
      const rightNow = now.right / now.runs;
      const rightThen = then.right / then.runs;
      const foundNow = now.expected === 0 ? 1 : now.found / now.expected;
      const foundThen = then.expected === 0 ? 1 : then.found / then.expected;
      const parts: string[] = [];
      if (rightNow !== rightThen)
        parts.push(`verdict right ${then.right}/${then.runs} → ${now.right}/${now.runs}`);
      if (foundNow !== foundThen)
        parts.push(`found ${then.found}/${then.expected} → ${now.found}/${now.expected}`);
      if (parts.length === 0) continue;
      const text = `${id} (${parts.join(', ')})`;
      // Anything that dropped makes the case worse, even when something else rose.
      if (rightNow < rightThen || foundNow < foundThen) worse.push(text);
      else better.push(text);
    }
    variants.push({
      name: v.name,
      cases: common.size,
      recall,
      verdict_accuracy: verdict,
      tripped,
      worse,
      better,
    });
  }
  for (const name of before.keys()) {
    if (!current.variants.some((v) => v.name === name))
      notes.push(`Baseline variant '${name}' was not run: not compared.`);
  }
  if (variants.length === 0)
    notes.push('No variant could be compared with the baseline: the gate fails rather than pass unchecked.');
  return {
    file: baseline.file,
    max_drop: maxDrop,
    tripped: variants.length === 0 || variants.some((v) => v.tripped.length > 0),
    variants,
    notes,
  };
}
