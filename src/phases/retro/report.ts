import type { RetroFindings } from '../../backlog/retro-findings.js';
import type { ItemOutcome, RetroFigures } from '../../backlog/retro-outcomes.js';
import type { RetroAnswer } from '../../engine/retro/schema.js';
import { cell, inlineCode } from '../../report/markdown.js';
import { renderModelLine, renderModelMarkdown } from '../../safety/markdown.js';
import { costCell } from '../../state/budget.js';
import { type AppliedChange, encodeRetroState, type RetroState, retroMarker } from './stored.js';

/** GitHub allows 65,536 characters in an issue body or comment; stay clear of it. */
export const REPORT_MAX_CHARS = 60_000;

export interface ReportInput {
  state: RetroState;
  runUrl: string;
  /** The previous retro: when it read the repository, and its figures; null for the first. */
  previous: { at: string; figures: RetroFigures; link: string | null } | null;
  outcomes: readonly ItemOutcome[];
  findings: RetroFindings;
  /** The screened answer; null when the model's answer was unusable (`blockedReason` says why). */
  answer: RetroAnswer | null;
  blockedReason: string | null;
  dropped: readonly string[];
  applied: readonly AppliedChange[];
  skipped: readonly AppliedChange[];
  /** Why nothing is applied (apply off, docs source, dry run); null when changes were applied. */
  applyNote: string | null;
}

const usd = (n: number) => `$${n.toFixed(2)}`;
const pct = (n: number | null) => (n === null ? '—' : `${Math.round(n * 100)}%`);
const num = (n: number | null) => (n === null ? '—' : Number.isInteger(n) ? String(n) : n.toFixed(1));
const line = (text: string, max = 300) =>
  renderModelLine(text.length > max ? `${text.slice(0, max)}…` : text);
/**
 * An item as the report names it: `#12` as a link, a docs id (front matter, which anyone who can
 * open a pull request writes) as one code span that no line break or backtick in it can leave.
 */
const ref = (id: string) => (/^#\d+$/.test(id) ? id : inlineCode(id, { max: 100 }));

function outcomesTable(outcomes: readonly ItemOutcome[], rows: number): string[] {
  if (outcomes.length === 0) return ['_No item was worked on since the last retrospective._'];
  const out = [
    '| item | result | why | review cycles | PR | rework | tokens | cost |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const o of outcomes.slice(0, rows)) {
    const pr = o.pr ? `#${o.pr.number} ${o.pr.state === 'closed' ? 'closed unmerged' : o.pr.state}` : '—';
    const rework =
      o.pr?.state === 'merged' ? (o.pr.foreignCommits > 0 ? `yes (${o.pr.foreignCommits})` : 'no') : '—';
    out.push(
      `| #${o.item} ${cell(line(o.title, 80))} | ${o.result}${o.escalated ? ' (escalated)' : ''} | ${cell(o.why ? line(o.why, 200) : '—')} | ${o.reviewCycles} | ${pr} | ${rework} | ${o.tokens} | ${costCell(o.costUsd, o.unpricedTokens)} |`,
    );
  }
  if (outcomes.length > rows)
    out.push('', `_…and ${outcomes.length - rows} more items (cut to fit GitHub's limit)._`);
  return out;
}

type FigureKey = keyof RetroFigures;
const FIGURES: [FigureKey, string, (n: number | null) => string, 'up' | 'down' | 'none'][] = [
  ['attempted', 'items attempted', num, 'none'],
  ['done', 'done', num, 'up'],
  ['blocked', 'blocked', num, 'down'],
  ['medianReviewCycles', 'median review cycles', num, 'down'],
  ['merged', 'PRs merged', num, 'up'],
  ['closedUnmerged', 'PRs closed unmerged', num, 'down'],
  ['reworkRate', 'rework rate', pct, 'down'],
  ['tokensPerDone', 'tokens per done item', num, 'down'],
  ['costPerDoneUsd', 'cost per done item', (n) => (n === null ? '—' : usd(n)), 'down'],
];

function trend(now: number | null, before: number | null, better: 'up' | 'down' | 'none'): string {
  if (now === null || before === null) return '—';
  if (Math.abs(now - before) < 1e-9) return '→';
  const up = now > before;
  if (better === 'none') return up ? '↑' : '↓';
  return `${up ? '↑' : '↓'} ${up === (better === 'up') ? 'better' : 'worse'}`;
}

function figuresTable(figures: RetroFigures, previous: ReportInput['previous']): string[] {
  const out = ['| figure | this retro | last retro | trend |', '|---|---|---|---|'];
  for (const [key, label, show, better] of FIGURES) {
    const before = previous ? previous.figures[key] : null;
    // A cost with tokens on an unpriced model is unknown: its priced part is never shown as it.
    const shown = (f: RetroFigures, n: number | null) =>
      key === 'costPerDoneUsd' && n !== null && (f.unpricedTokens ?? 0) > 0
        ? costCell(n, f.unpricedTokens)
        : show(n);
    out.push(
      `| ${label} | ${shown(figures, figures[key] as number | null)} | ${previous ? shown(previous.figures, before as number | null) : '—'} | ${trend(figures[key] as number | null, before as number | null, better)} |`,
    );
  }
  return out;
}

function findingLines(findings: RetroFindings): string[] {
  const id = ref;
  const out: string[] = [];
  for (const d of findings.duplicates)
    out.push(`- Possible duplicate: ${id(d.source)} of ${id(d.target)} (same ${d.by.join(' and ')}).`);
  for (const s of findings.stale) out.push(`- Stale: ${id(s.item)}, no activity for ${s.days} days.`);
  for (const b of findings.blockedByAbandoned)
    out.push(
      `- ${id(b.item)} waits for ${id(b.blocker)}, whose pull request #${b.pr} was closed without a merge.`,
    );
  return out.length > 0 ? out : ['_Nothing found._'];
}

function answerLines(answer: RetroAnswer): string[] {
  const out: string[] = [];
  const list = (title: string, items: string[]) => {
    if (items.length > 0) out.push('', `**${title}**`, '', ...items);
  };
  list(
    'Deprecate',
    answer.deprecations.map((d) => `- ${ref(d.item)}: ${line(d.reason)}`),
  );
  list(
    'Merge duplicates',
    answer.merges.map((m) => `- ${ref(m.source)} into ${ref(m.target)}: ${line(m.reason)}`),
  );
  list(
    'Change priority',
    answer.priority_changes.map((p) => `- ${ref(p.item)}: ${p.old} → ${p.new}: ${line(p.reason)}`),
  );
  list(
    'Recommendations',
    answer.recommendations.map((r) => `- ${line(r.text, 1000)}`),
  );
  list(
    'New items',
    answer.new_items.map(
      (n) => `- ${line(n.title, 200)} (${n.priority}${n.component ? `, ${line(n.component, 50)}` : ''})`,
    ),
  );
  out.push(
    '',
    `**Next priority item:** ${answer.next_priority_item ? ref(answer.next_priority_item) : 'none named'}`,
  );
  return out;
}

const changeLine = (c: AppliedChange) => `- ${c.kind} ${ref(c.item)}: ${line(c.detail, 500)}`;

function render(input: ReportInput, rows: number): string {
  const { state } = input;
  const since = input.previous
    ? `Since the last retrospective (${input.previous.at}${input.previous.link ? `, ${input.previous.link}` : ''}).`
    : 'The first retrospective: everything the orchestrator worked on so far.';
  const parts = [
    retroMarker(state.runId),
    `## 🔁 Retrospective of ${state.at.slice(0, 10)}`,
    `${since} [Run](${input.runUrl}).`,
    '### Summary',
    input.answer
      ? renderModelMarkdown(input.answer.summary.trim() || '_(no summary)_')
      : `⛔ ${line(input.blockedReason ?? 'No answer.', 1000)}`,
    '### Outcomes',
    ...outcomesTable(input.outcomes, rows),
    '',
    ...figuresTable(state.figures, input.previous),
    '### Findings',
    ...findingLines(input.findings),
    '### Recommendations',
    ...(input.answer ? answerLines(input.answer) : ['_None: the model gave no usable answer._']),
  ];
  if (input.dropped.length > 0)
    parts.push(
      '',
      '**Dropped** (they named something outside the backlog):',
      '',
      ...input.dropped.map((d) => `- ${line(d, 300)}`),
    );
  parts.push('### Applied');
  if (input.applyNote) parts.push(input.applyNote);
  if (input.applied.length > 0) parts.push(...input.applied.map(changeLine));
  else if (!input.applyNote) parts.push('_Nothing to apply._');
  if (input.skipped.length > 0)
    parts.push('', '**Left alone** (each with the reason):', '', ...input.skipped.map(changeLine));
  parts.push('', encodeRetroState(state));
  return parts.join('\n');
}

/** The report body, always under {@link REPORT_MAX_CHARS}: fewer table rows until it fits. */
export function renderReport(input: ReportInput): string {
  for (const rows of [500, 200, 50, 10, 0]) {
    const body = render(input, rows);
    if (body.length <= REPORT_MAX_CHARS) return body;
  }
  // Only a huge backlog or answer gets here: no findings, and the answer left out of the state
  // (a re-run then asks again rather than store what does not fit).
  const lean = { ...input, findings: { duplicates: [], stale: [], blockedByAbandoned: [] }, dropped: [] };
  for (const state of [input.state, { ...input.state, answer: null, dropped: [] }]) {
    const body = render({ ...lean, state }, 0);
    if (body.length <= REPORT_MAX_CHARS) return body;
  }
  const state = { ...input.state, answer: null, dropped: [] };
  return `${retroMarker(state.runId)}\n_The retrospective is too long to show._\n\n${encodeRetroState(state)}`;
}
