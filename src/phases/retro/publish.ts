import type { ItemJob } from '../../action/job.js';
import { DASHBOARD_MARKER } from '../../backlog/dashboard.js';
import { writeComment } from '../../github/comments.js';
import { createIssue, updateIssueText } from '../../github/follow-ups.js';
import { listOwnMarkedIssues } from '../../github/retro.js';
import * as core from '../../log.js';
import type { FoundReport, ReportPlace } from './gather.js';

/** The label of the report issues: how the next retro finds them in a bounded list. */
export const retroLabel = (prefix: string) => `${prefix}:retro`;

/**
 * Where this retro's report goes (config `retro.report`): a new issue, or a comment on the
 * dashboard, the action's own issue carrying the dashboard marker. Without a dashboard yet (no
 * scan ran), the report is an issue after all, and the log says so.
 */
export async function reportPlace(job: ItemJob): Promise<ReportPlace> {
  const prefix = job.ctx.config.labels.prefix;
  if (job.ctx.config.retro.report === 'dashboard-comment') {
    const [dashboard] = await listOwnMarkedIssues(job.client, job.repo, {
      state: 'open',
      direction: 'asc',
      marker: DASHBOARD_MARKER,
      identity: job.identity,
      max: 300,
    });
    if (dashboard) return { kind: 'dashboard', issue: dashboard.number };
    core.warning(
      'retro.report is dashboard-comment, but there is no dashboard issue yet; the report is an issue.',
    );
  }
  return { kind: 'issue', label: retroLabel(prefix) };
}

/** Where the report is, for links in what the retro writes. */
export function reportLink(job: ItemJob, place: ReportPlace, report: { id: number; link: string }): string {
  const base = `${job.ctx.context.serverUrl}/${job.repo.owner}/${job.repo.repo}`;
  return place.kind === 'issue' ? `${base}/issues/${report.id}` : report.link;
}

/**
 * Writes the report: this run's report is edited in place (a re-run never opens a second one), an
 * unchanged body is not written again. Printed instead when the job may not write.
 */
export async function publishReport(
  job: ItemJob,
  place: ReportPlace,
  own: Pick<FoundReport, 'id' | 'body' | 'link'> | undefined,
  report: { title: string; body: string },
): Promise<{ id: number; link: string; written: boolean }> {
  if (!job.writes) {
    core.info(`[dry-run] The retrospective report:\n${report.body}`);
    return { id: own?.id ?? 0, link: own?.link ?? '', written: false };
  }
  if (place.kind === 'dashboard') {
    const written = await writeComment(job.client, job.repo, place.issue, report.body, own);
    return { id: written.id, link: written.htmlUrl || (own?.link ?? ''), written: written.written };
  }
  if (own) {
    if (own.body === report.body) return { id: own.id, link: own.link, written: false };
    await updateIssueText(job.client, job.repo, own.id, { body: report.body });
    return { id: own.id, link: own.link, written: true };
  }
  const created = await createIssue(job.client, job.repo, {
    title: report.title,
    body: report.body,
    labels: [place.label],
  });
  return { id: created.number, link: `#${created.number}`, written: true };
}
