import type { ItemJob } from '../../action/job.js';
import { DASHBOARD_MARKER } from '../../backlog/dashboard.js';
import { createIssue, type OwnIssue, updateIssueText } from '../../github/marked-issues.js';
import * as core from '../../log.js';
import { safeLine } from '../../report/markdown.js';
import type { OutcomeEvent } from './signals.js';

/**
 * The two issues the scan keeps about the whole backlog: the dashboard, and the "orchestrator
 * stopped" issue of the early exit. Each is found by its marker among the issues the action
 * opened, created once, and edited only when its body changed.
 */

/** Marks the early-exit issue; while one is open, the scan dispatches nothing. */
export const STOPPED_MARKER = '<!-- codex-orchestrator:stopped -->';

/** Every marker of the action's issues starts with this: one list finds them all. */
export const OWN_MARKER_PREFIX = '<!-- codex-orchestrator:';

export const DASHBOARD_TITLE = 'codex-orchestrator: backlog dashboard';
export const STOPPED_TITLE = 'codex-orchestrator stopped: repeated failures';

export interface MetaIssues {
  /** The oldest dashboard the action opened (open or closed: it is edited in place either way). */
  dashboard: OwnIssue | undefined;
  /** The open stop issue, if any: the early exit is in effect. */
  stopped: OwnIssue | undefined;
  /** When the last stop issue was closed: failures before then no longer count. */
  liftedAt: string | undefined;
}

/**
 * A marker counts only where the action puts it, on the first line of a body it wrote: the action
 * also copies text it did not write into its issues (a docs file into its mirror, a failing
 * command's output into a bug issue), and a marker in that text must not make the issue the
 * dashboard or stop the scan.
 */
export function findMetaIssues(own: readonly OwnIssue[]): MetaIssues {
  const dashboard = own.find((i) => i.body.startsWith(DASHBOARD_MARKER));
  const stops = own.filter((i) => i.body.startsWith(STOPPED_MARKER));
  const stopped = stops.find((i) => i.state === 'open');
  const liftedAt = stops
    .map((i) => i.closedAt)
    .filter((at): at is string => at !== null)
    .sort()
    .at(-1);
  return { dashboard, stopped, liftedAt };
}

/** What writing an issue did; `number` is undefined for one a dry run would have created. */
export interface Written {
  number: number | undefined;
  created: boolean;
  written: boolean;
}

/** Creates the issue, or edits it when the body differs; a dry run prints instead. */
export async function upsertOwnIssue(
  job: ItemJob,
  existing: OwnIssue | undefined,
  issue: { title: string; body: string; what: string },
): Promise<Written> {
  if (existing && existing.body === issue.body) {
    core.info(`The ${issue.what} #${existing.number} is up to date.`);
    return { number: existing.number, created: false, written: false };
  }
  if (!job.writes) {
    core.info(
      `[dry-run] Would ${existing ? `update the ${issue.what} #${existing.number}` : `open the ${issue.what}`}:\n${issue.body}`,
    );
    return { number: existing?.number, created: !existing, written: false };
  }
  if (existing) {
    await updateIssueText(job.client, job.repo, existing.number, { body: issue.body });
    return { number: existing.number, created: false, written: true };
  }
  const made = await createIssue(job.client, job.repo, { title: issue.title, body: issue.body });
  core.info(`Opened the ${issue.what} #${made.number}.`);
  return { number: made.number, created: true, written: true };
}

/**
 * The stop issue's body: the failed items and why, and how to lift the stop. Why comes from the
 * status comments, which carry text the model (or a reviewer's answer) wrote: it is rendered like
 * model text, so it mentions nobody and loads nothing.
 */
export function stoppedBody(failures: readonly OutcomeEvent[], limit: number): string {
  const oneLine = (text: string) => safeLine(text, 300);
  return [
    STOPPED_MARKER,
    '## ⛔ codex-orchestrator stopped',
    `${failures.length} items in a row ended blocked or with an error (consecutive-failure-limit: ${limit}), so the nightly scan starts no new work:`,
    failures.map((f) => `- ${f.item} (${f.at}): ${oneLine(f.note)}`).join('\n'),
    'Look at these items and what made them fail (their status comments say), fix the cause, then **close this issue**: closing it lifts the stop, and the next scan starts work again.',
  ].join('\n\n');
}
