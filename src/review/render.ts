import { cell } from '../report/markdown.js';
import { renderModelLine, renderModelMarkdown } from '../safety/markdown.js';
import { foundByLabel, type Opinion, reviewersLabel, runtimeLabel } from './opinions.js';
import type { CriterionResult, Finding, Review, Severity } from './schema.js';
import type { FixedFinding, Tracking } from './track.js';

const STATUS_LABEL: Record<Review['status'], string> = {
  pass: '✅ pass',
  changes_required: '🔁 changes required',
  blocked: '⛔ blocked',
};

export const SEVERITY_ICON: Record<Severity, string> = {
  critical: '🔴',
  major: '🟠',
  minor: '🟡',
  nit: '⚪',
};

/**
 * `path:line` or `path:line-end` for a finding; the file alone when it has no line. The path is the
 * model's, shown inside a code span: backticks and line breaks are dropped so it cannot leave it.
 */
export function findingLocation(finding: Pick<Finding, 'file' | 'line' | 'end_line'>): string {
  const file = finding.file.replace(/[`\r\n]/g, '');
  if (finding.line === null) return file;
  const end = finding.end_line !== null && finding.end_line !== finding.line ? `-${finding.end_line}` : '';
  return `${file}:${finding.line}${end}`;
}

/** A finding's state as the table shows it: new this cycle, or still open since its first cycle. */
function stateCell(tracking: Tracking, id: string): string {
  const track = tracking.findings.find((t) => t.id === id);
  if (!track || track.state === 'new') return '🆕 new';
  return `still open (since cycle ${track.first_cycle})`;
}

/** True when more than one reviewer answered: a second opinion, shown as such. */
export const isSecondOpinion = (opinions: readonly Opinion[] | undefined): opinions is readonly Opinion[] =>
  (opinions?.length ?? 0) > 1;

/**
 * The findings as a table: severity, location, title, whether the finding is inline on the PR,
 * (from the second cycle on) whether it is new or still open, and (a second opinion) who found it.
 */
export function renderFindingsTable(
  findings: readonly Finding[],
  inline?: ReadonlySet<string>,
  tracking?: Tracking,
  opinions?: readonly Opinion[],
): string {
  if (findings.length === 0) return '_No findings._';
  const states = tracking?.since != null;
  const by = isSecondOpinion(opinions) ? opinions : undefined;
  const columns = [
    '',
    'Severity',
    'Where',
    'Finding',
    ...(by ? ['Found by'] : []),
    ...(inline ? ['Inline'] : []),
    ...(states ? ['State'] : []),
  ];
  const header = `| ${columns.join(' | ')} |\n|${columns.map(() => '---').join('|')}|`;
  const rows = findings.map((f) => {
    const cells = [
      SEVERITY_ICON[f.severity],
      f.severity,
      `\`${cell(findingLocation(f))}\``,
      cell(renderModelLine(f.title)),
      ...(by ? [foundByLabel(by, f.id)] : []),
      ...(inline ? [inline.has(f.id) ? 'yes' : 'no'] : []),
      ...(states && tracking ? [stateCell(tracking, f.id)] : []),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [header, ...rows].join('\n');
}

/** The previous cycle's findings this cycle no longer reports. */
export function renderFixed(fixed: readonly FixedFinding[], since: number): string {
  return [
    `#### Fixed since cycle ${since} (${fixed.length})`,
    fixed
      .map(
        (f) =>
          `- ✅ ${SEVERITY_ICON[f.severity]} \`${findingLocation({ ...f, end_line: null })}\` ${renderModelLine(f.title)} (first reported in cycle ${f.first_cycle})`,
      )
      .join('\n'),
  ].join('\n\n');
}

/** The acceptance criteria as a checklist with the evidence. */
export function renderCriteria(criteria: readonly CriterionResult[]): string {
  if (criteria.length === 0) return '_No acceptance criteria were given for this pull request._';
  return criteria
    .map(
      (c) =>
        `- [${c.met ? 'x' : ' '}] ${renderModelLine(c.criterion)}${c.evidence ? ` — ${renderModelLine(c.evidence)}` : ''}`,
    )
    .join('\n');
}

/** A cost for people: small ones with four decimals, an unknown one never as $0. */
export function formatCost(costUsd: number | null): string {
  if (costUsd === null) return 'unknown (unpriced model)';
  return `$${costUsd > 0 && costUsd < 0.01 ? costUsd.toFixed(4) : costUsd.toFixed(2)}`;
}

const OPINION_LABEL: Record<Opinion['status'], string> = {
  ...STATUS_LABEL,
  invalid: '⛔ invalid answer (twice)',
};

/** Each reviewer of a second opinion: its model, its own verdict, how many findings, its cost. */
export function renderOpinions(opinions: readonly Opinion[]): string {
  const rows = opinions.map(
    (o) =>
      `| ${runtimeLabel(o.runtime)} | ${o.model ? `\`${cell(o.model.replace(/`/g, ''))}\`` : '—'} | ${OPINION_LABEL[o.status]} | ${o.findings.length} | ${(o.input_tokens + o.output_tokens).toLocaleString('en-US')} | ${formatCost(o.cost_usd)} |`,
  );
  const known = opinions.every((o) => o.cost_usd !== null);
  const total = opinions.reduce((n, o) => n + (o.cost_usd ?? 0), 0);
  return [
    '| Reviewer | Model | Its verdict | Findings | Tokens | Cost |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `The stricter verdict counts; a finding both reported is one finding, marked "both". Cost of the review: ${known ? formatCost(total) : `unknown (${formatCost(total)} priced)`}.`,
  ].join('\n');
}

/** The review for people: verdict, summary, findings table, criteria (shared by the comment and the job summary). */
export function renderReview(
  review: Review,
  options: {
    cycle: number;
    inline?: ReadonlySet<string>;
    tracking?: Tracking;
    opinions?: readonly Opinion[];
  },
): string {
  const { tracking, opinions } = options;
  const parts = [
    `### ${reviewersLabel(opinions)} review · cycle ${options.cycle}: ${STATUS_LABEL[review.status]}`,
    renderModelMarkdown(review.summary),
  ];
  if (review.status === 'blocked' && review.blocked_reason)
    parts.push(`**Blocked:** ${renderModelLine(review.blocked_reason)}`);
  if (isSecondOpinion(opinions)) parts.push('#### Second opinion', renderOpinions(opinions));
  parts.push(
    `#### Findings (${review.findings.length})`,
    renderFindingsTable(review.findings, options.inline, tracking, opinions),
  );
  if (tracking?.since != null && tracking.fixed.length > 0)
    parts.push(renderFixed(tracking.fixed, tracking.since));
  parts.push('#### Acceptance criteria', renderCriteria(review.criteria));
  return parts.join('\n\n');
}
