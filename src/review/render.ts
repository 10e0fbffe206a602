import { cell } from '../report/markdown.js';
import { renderModelLine, renderModelMarkdown } from '../safety/markdown.js';
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

/**
 * The findings as a table: severity, location, title, whether the finding is inline on the PR,
 * and (from the second cycle on) whether it is new or still open.
 */
export function renderFindingsTable(
  findings: readonly Finding[],
  inline?: ReadonlySet<string>,
  tracking?: Tracking,
): string {
  if (findings.length === 0) return '_No findings._';
  const states = tracking?.since != null;
  const columns = [
    '',
    'Severity',
    'Where',
    'Finding',
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

/** The review for people: verdict, summary, findings table, criteria (shared by the comment and the job summary). */
export function renderReview(
  review: Review,
  options: { cycle: number; inline?: ReadonlySet<string>; tracking?: Tracking },
): string {
  const { tracking } = options;
  const parts = [
    `### Codex review · cycle ${options.cycle}: ${STATUS_LABEL[review.status]}`,
    renderModelMarkdown(review.summary),
  ];
  if (review.status === 'blocked' && review.blocked_reason)
    parts.push(`**Blocked:** ${renderModelLine(review.blocked_reason)}`);
  parts.push(
    `#### Findings (${review.findings.length})`,
    renderFindingsTable(review.findings, options.inline, tracking),
  );
  if (tracking?.since != null && tracking.fixed.length > 0)
    parts.push(renderFixed(tracking.fixed, tracking.since));
  parts.push('#### Acceptance criteria', renderCriteria(review.criteria));
  return parts.join('\n\n');
}
