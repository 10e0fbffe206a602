import type { BaselineVerdict } from './baseline.js';
import type { EvalRun } from './run.js';
import { type CaseResult, type Rate, type Scores, type Spread, scoreResults, spreadOf } from './score.js';

/** The report of one eval: what `--json` prints, `--out` writes as report.json, and `--baseline` reads. */
export interface EvalReport {
  version: 1;
  suite: string;
  started_at: string;
  finished_at: string;
  repeat: number;
  cost_cap_usd: number | null;
  /** Why the eval stopped before every case ran; null when it did not. */
  stopped: string | null;
  ran: number;
  planned: number;
  variants: VariantReport[];
  /** The comparison with `--baseline`, when one was given. */
  baseline: BaselineVerdict | null;
}

export interface VariantReport {
  name: string;
  description: string;
  scores: Scores;
  /** How the rates varied across the `--repeat` runs (empty with one run). */
  spread: Partial<Record<Rate, Spread>>;
  cases: CaseResult[];
}

/** The report of a finished run. */
export function buildReport(parts: {
  suite: string;
  startedAt: Date;
  repeat: number;
  costCapUsd: number | null;
  run: EvalRun;
}): EvalReport {
  return {
    version: 1,
    suite: parts.suite,
    started_at: parts.startedAt.toISOString(),
    finished_at: new Date().toISOString(),
    repeat: parts.repeat,
    cost_cap_usd: parts.costCapUsd,
    stopped: parts.run.stopped,
    ran: parts.run.ran,
    planned: parts.run.planned,
    variants: parts.run.variants.map((v) => ({
      name: v.name,
      description: v.description,
      scores: scoreResults(v.results),
      spread: spreadOf(v.results),
      cases: v.results,
    })),
    baseline: null,
  };
}

/** A rate as a percentage with one decimal, `—` when there was nothing to count. */
export const percent = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;

const withSpread = (scores: Scores, spread: Partial<Record<Rate, Spread>>, rate: Rate): string => {
  const s = spread[rate];
  return s ? `${percent(scores[rate])} ±${(s.stdev * 100).toFixed(1)}` : percent(scores[rate]);
};

const money = (cost: number | null) => (cost === null ? 'unknown' : `$${cost.toFixed(cost < 1 ? 4 : 2)}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The columns of the score table: one row per variant. */
function scoreRows(report: EvalReport): string[][] {
  return report.variants.map((v) => [
    v.name,
    withSpread(v.scores, v.spread, 'recall'),
    withSpread(v.scores, v.spread, 'precision'),
    withSpread(v.scores, v.spread, 'verdict_accuracy'),
    withSpread(v.scores, v.spread, 'false_pass_rate'),
    String(v.scores.invalid),
    String(v.scores.failed),
    v.scores.tokens.toLocaleString('en-US'),
    money(v.scores.cost_usd),
    seconds(v.scores.wall_ms),
  ]);
}

const HEADER = [
  'variant',
  'recall',
  'precision',
  'verdict accuracy',
  'false-pass rate',
  'invalid',
  'failed',
  'tokens',
  'cost',
  'time',
];

/** The score table for a terminal: aligned columns, then the stop and gate lines. */
export function renderTable(report: EvalReport): string {
  const rows = [HEADER, ...scoreRows(report)];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const lines = rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const casesLine = `${report.ran} of ${report.planned} case run(s)${report.repeat > 1 ? ` (${report.repeat} runs each)` : ''} on suite ${report.suite}.`;
  const out = [casesLine, '', ...lines];
  if (report.stopped) out.push('', `Stopped: ${report.stopped}`);
  if (report.baseline) out.push('', ...baselineLines(report.baseline));
  return `${out.join('\n')}\n`;
}

/** The baseline comparison in a few lines: the verdict, each variant's drops, the cases that changed. */
export function baselineLines(b: BaselineVerdict): string[] {
  const lines = [
    b.tripped
      ? `Baseline gate: FAILED against ${b.file} (a drop of more than ${percent(b.max_drop)} in recall or verdict accuracy).`
      : `Baseline gate: passed against ${b.file} (drops within ${percent(b.max_drop)}).`,
  ];
  for (const v of b.variants) {
    lines.push(
      `  ${v.name} (${v.cases} case(s) in common): recall ${percent(v.recall.before)} → ${percent(v.recall.after)}, verdict accuracy ${percent(v.verdict_accuracy.before)} → ${percent(v.verdict_accuracy.after)}${v.tripped.length > 0 ? ` — dropped: ${v.tripped.join(', ')}` : ''}`,
    );
    if (v.worse.length > 0) lines.push(`    worse: ${v.worse.join('; ')}`);
    if (v.better.length > 0) lines.push(`    better: ${v.better.join('; ')}`);
  }
  for (const note of b.notes) lines.push(`  ${note}`);
  return lines;
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const mdRow = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;

/** One variant's results of one case, in a table cell: `✅ changes_required · 1/1 found · 0 extra`. */
function caseCell(results: readonly CaseResult[]): string {
  if (results.length === 0) return 'not run';
  const marks = results.map((r) => (r.correct ? '✅' : r.outcome === 'answered' ? '❌' : '⚠️')).join('');
  const statuses = [...new Set(results.map((r) => r.status))].join('/');
  const first = results[0]!;
  const found =
    first.kind === 'review' && first.expected_findings > 0
      ? ` · ${results.length > 1 ? `found ${results.map((r) => r.matched_expected).join(', ')} of ${first.expected_findings}` : `${first.matched_expected} of ${first.expected_findings} found`}`
      : '';
  const extra = results.reduce((n, r) => n + r.unmatched.length, 0);
  return `${marks} ${statuses}${found}${first.kind === 'review' && extra > 0 ? ` · ${extra} unmatched` : ''}`;
}

/** The marker the example workflow finds its pull request comment by. */
export const REPORT_MARKER = '<!-- codex-orchestrator eval report -->';

/**
 * The page a team reads in a pull request: the scores per variant, the chart (`chart.svg` beside
 * it), the baseline gate, one row per case, and what each variant missed or added.
 */
export function renderMarkdown(report: EvalReport, chartFile = 'chart.svg'): string {
  const caseIds = [...new Set(report.variants.flatMap((v) => v.cases.map((c) => c.case)))];
  const first = (id: string) => report.variants.flatMap((v) => v.cases).find((c) => c.case === id);
  const out = [
    REPORT_MARKER,
    `# Eval: ${report.suite}`,
    '',
    `${report.ran} of ${report.planned} case run(s), ${report.variants.length} variant(s)${report.repeat > 1 ? `, ${report.repeat} runs of each case (± is the standard deviation across runs)` : ''}; ${report.started_at}.${report.cost_cap_usd !== null ? ` Cost cap $${report.cost_cap_usd}.` : ''}`,
  ];
  if (report.stopped) out.push('', `> **Stopped early**: ${report.stopped}`);
  out.push(
    '',
    mdRow(HEADER),
    mdRow(HEADER.map(() => '---')),
    ...scoreRows(report).map(mdRow),
    '',
    report.variants.map((v) => `- **${v.name}**: ${v.description}`).join('\n'),
    '',
    `![Recall, precision, verdict accuracy and false-pass rate per variant](${chartFile})`,
  );
  if (report.baseline) out.push('', '## Baseline', '', '```', ...baselineLines(report.baseline), '```');
  out.push(
    '',
    '## Cases',
    '',
    'Each mark is one run: ✅ the expected verdict (or plan status), ❌ another one, ⚠️ no valid answer.',
    '',
    mdRow(['case', 'kind', 'expected', ...report.variants.map((v) => v.name)]),
    mdRow(['---', '---', '---', ...report.variants.map(() => '---')]),
    ...caseIds.map((id) => {
      const c = first(id)!;
      const expected =
        c.kind === 'review' && c.expected_findings > 0
          ? `${c.expected_status}, ${c.expected_findings} finding(s)`
          : c.expected_status;
      return mdRow([
        `\`${id}\``,
        c.kind,
        expected,
        ...report.variants.map((v) => caseCell(v.cases.filter((r) => r.case === id))),
      ]);
    }),
  );
  const details = report.variants.flatMap((v) => {
    const lines = v.cases.flatMap((r) => [
      ...r.missed.map((m) => `- \`${r.case}\`${report.repeat > 1 ? ` (run ${r.run})` : ''}: missed ${m}`),
      ...r.unmatched.map(
        (m) => `- \`${r.case}\`${report.repeat > 1 ? ` (run ${r.run})` : ''}: unmatched ${m}`,
      ),
      ...(r.outcome !== 'answered' ? [`- \`${r.case}\`: ${r.outcome}: ${r.reason}`] : []),
    ]);
    return lines.length > 0
      ? [
          '',
          `<details><summary>${cell(v.name)}: what was missed or extra</summary>`,
          '',
          ...lines,
          '',
          '</details>',
        ]
      : [];
  });
  out.push(...details, '');
  return out.join('\n');
}
