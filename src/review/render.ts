import { cell } from '../report/markdown.js';
import { renderModelLine, renderModelMarkdown } from '../safety/markdown.js';
import type { CriterionResult, Finding, Review, Severity } from './schema.js';

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

/** The findings as a table: severity, location, title (and whether the finding is inline on the PR). */
export function renderFindingsTable(findings: readonly Finding[], inline?: ReadonlySet<string>): string {
  if (findings.length === 0) return '_No findings._';
  const header = inline
    ? '| | Severity | Where | Finding | Inline |\n|---|---|---|---|---|'
    : '| | Severity | Where | Finding |\n|---|---|---|---|';
  const rows = findings.map((f) => {
    const base = `| ${SEVERITY_ICON[f.severity]} | ${f.severity} | \`${cell(findingLocation(f))}\` | ${cell(renderModelLine(f.title))} |`;
    return inline ? `${base} ${inline.has(f.id) ? 'yes' : 'no'} |` : base;
  });
  return [header, ...rows].join('\n');
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
  options: { cycle: number; inline?: ReadonlySet<string> },
): string {
  const parts = [
    `### Codex review · cycle ${options.cycle}: ${STATUS_LABEL[review.status]}`,
    renderModelMarkdown(review.summary),
  ];
  if (review.status === 'blocked' && review.blocked_reason)
    parts.push(`**Blocked:** ${renderModelLine(review.blocked_reason)}`);
  parts.push(
    `#### Findings (${review.findings.length})`,
    renderFindingsTable(review.findings, options.inline),
    '#### Acceptance criteria',
    renderCriteria(review.criteria),
  );
  return parts.join('\n\n');
}
