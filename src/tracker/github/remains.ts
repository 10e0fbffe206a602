import type { GitHubClient, RepoRef } from '../../github/client.js';
import { upsertMarkedComment } from '../../github/comments.js';
import type { ActionIdentity } from '../../github/identity.js';
import * as core from '../../log.js';
import { cell, safeText } from '../../report/markdown.js';
import type { Finding } from '../../review/schema.js';
import { renderModelLine } from '../../safety/markdown.js';

/**
 * The "what remains" summary of a review → fix loop that stopped (DESIGN §7): one comment on the
 * pull request, edited in place, so the person who takes over finds the open findings, what the
 * automated rounds tried, and what to do next in one place. Review writes it at the cycle cap, fix
 * at its own stops; the status comment carries the short form (`remainsLine`).
 */
export const REMAINS_MARKER = '<!-- codex-orchestrator:remains -->';

export interface Remains {
  pr: number;
  item: number;
  /** Why the loop stopped, one sentence. */
  why: string;
  /** The findings of the latest review that are still open. */
  findings: readonly Pick<Finding, 'id' | 'severity' | 'file' | 'line' | 'title'>[];
  /** Unresolved review threads of people with write access. */
  threads: number;
  /** What the automated rounds did: one line each (commit and summary). */
  tried: readonly string[];
  /** The next human step. */
  next: string;
}

export function renderRemains(r: Remains): string {
  const rows = r.findings.map(
    (f) =>
      `| \`${cell(safeText(f.id, 100))}\` | ${f.severity} | \`${cell(safeText(f.line ? `${f.file}:${f.line}` : f.file, 200))}\` | ${cell(renderModelLine(f.title))} |`,
  );
  return [
    REMAINS_MARKER,
    `### What remains on #${r.pr} (item #${r.item})`,
    safeText(r.why, 1000),
    '',
    rows.length > 0
      ? ['**Open findings**', '', '| id | severity | where | finding |', '|---|---|---|---|', ...rows].join(
          '\n',
        )
      : '**Open findings:** none from the automated review.',
    r.threads > 0 ? `\n**Unresolved review threads of people:** ${r.threads}.` : '',
    '',
    r.tried.length > 0
      ? `**What was tried**\n${r.tried.map((t) => `- ${safeText(t.replace(/\s*\n\s*/g, ' '), 600)}`).join('\n')}`
      : '**What was tried:** no automated fix round.',
    '',
    `**Next human step:** ${safeText(r.next, 1000)}`,
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}

/** The status comment's short form: why, the open finding ids, the next step. */
export function remainsLine(r: Remains): string {
  const ids = r.findings.map((f) => f.id);
  const open =
    ids.length > 0
      ? `${ids.length} finding(s) remain (${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''})`
      : 'no automated finding remains';
  const threads = r.threads > 0 ? ` and ${r.threads} review thread(s) of people` : '';
  return `${r.why} ${open}${threads}; see "What remains" on PR #${r.pr}. ${r.next}`;
}

/** Writes (or updates) the summary on the pull request; printed instead when the job may not write. */
export async function postRemains(
  job: { client: GitHubClient; repo: RepoRef; identity: ActionIdentity; writes: boolean },
  r: Remains,
): Promise<void> {
  const body = renderRemains(r);
  if (!job.writes) core.info(`[dry-run] "What remains" comment on #${r.pr}:\n${body}`);
  await upsertMarkedComment(job.client, job.repo, r.pr, REMAINS_MARKER, body, job.identity, {
    dryRun: !job.writes,
  });
}
