import {
  createIssue,
  type ListedWorkIssue,
  listRecentIssues,
  updateIssueText,
} from '../github/follow-ups.js';
import { type ActionIdentity, isIdentity } from '../github/identity.js';
import * as core from '../log.js';
import { fenceFor } from '../report/markdown.js';
import { renderModelCode } from '../safety/markdown.js';
import { redactSecrets } from '../safety/secrets.js';
import { normaliseTitle } from '../text.js';
import type { ItemJob } from './job.js';

/**
 * Follow-up work items the action opens itself (the seed's `create_work_item`): a bug for failing
 * tests, the retro's recommended new items, the "orchestrator stopped" issue. Never twice: an issue
 * is found again by the action's hidden marker for the same key, or by the same normalised title
 * (the rule src/github/subissues.ts uses, with the same `normaliseTitle`). Only the action's own
 * issues are adopted: a marker or a title in someone else's issue neither stands in for the
 * follow-up nor gets edited; the new issue links to it instead.
 */

export type WorkItemPriority = 'critical' | 'high' | 'medium' | 'low';

export interface WorkItemRequest {
  /**
   * What makes two requests the same follow-up, e.g. `tests-failed:12` or `retro:<title>`; it is
   * written into the hidden marker.
   */
  key: string;
  title: string;
  /** Markdown the action vouches for: callers render model and command text safely first. */
  body: string;
  priority: WorkItemPriority;
  /** Component and kind labels (`bug`, `area:api`). */
  labels: string[];
  /** Add the opt-in label, so the scan plans it like any backlog item. */
  optIn: boolean;
  /** The item this follows up on: the body says so ("Follow-up of #12"). */
  linkedTo?: number;
  /**
   * Whether a closed follow-up with the key still counts (default true: never filed again). False
   * for an issue whose closing means "done with this, open a new one next time".
   */
  matchClosed?: boolean;
}

export interface WorkItemResult {
  /** Undefined only in a dry run, for an issue that would have been created. */
  number: number | undefined;
  outcome: 'created' | 'updated' | 'unchanged';
}

/** How many of the newest issues are searched: follow-ups are recent, and the search stays bounded. */
export const WORK_ITEM_SEARCH = 300;

const KEY = /[^\w:.#/-]+/g;

/** The hidden marker of a follow-up: one per key. */
export function workItemMarker(key: string): string {
  return `<!-- codex-orchestrator:work-item key=${key.replace(KEY, '-').slice(0, 120)} -->`;
}

const cleanTitle = (title: string) => title.replace(/\s+/g, ' ').trim().slice(0, 200);

/**
 * The issue a request is about, among `issues`: the action's own with the marker, else its own
 * with the same normalised title (open only). `similar` is someone else's open issue with the
 * title, which is linked, not adopted.
 */
export function matchWorkItem(
  issues: readonly ListedWorkIssue[],
  request: Pick<WorkItemRequest, 'key' | 'title' | 'matchClosed'>,
  identity: ActionIdentity,
): { own: ListedWorkIssue | undefined; similar: ListedWorkIssue | undefined } {
  const marker = workItemMarker(request.key);
  const title = normaliseTitle(cleanTitle(request.title));
  const mine = issues.filter(
    (i) => isIdentity(i.author, identity) && (i.state === 'open' || request.matchClosed !== false),
  );
  // The marker counts only where bodyOf puts it, at the end: the body above it can hold copied text.
  const own =
    mine.find((i) => i.body.trimEnd().endsWith(marker)) ??
    mine.find((i) => i.state === 'open' && normaliseTitle(i.title) === title);
  const similar = own
    ? undefined
    : issues.find(
        (i) => i.state === 'open' && !isIdentity(i.author, identity) && normaliseTitle(i.title) === title,
      );
  return { own, similar };
}

function bodyOf(request: WorkItemRequest, similar: ListedWorkIssue | undefined): string {
  const parts = [request.body.trim()];
  if (request.linkedTo) parts.push(`---\nFollow-up of #${request.linkedTo}.`);
  if (similar) parts.push(`See also #${similar.number}, which has the same title.`);
  parts.push(workItemMarker(request.key));
  return parts.join('\n\n');
}

/**
 * Creates the follow-up, or finds it again: the action's own issue for the key is edited when its
 * body changed (the newest failing output, say) and left alone otherwise. In a dry run (or when
 * the job may not write) it is printed instead.
 */
export async function createWorkItem(job: ItemJob, request: WorkItemRequest): Promise<WorkItemResult> {
  const issues = await listRecentIssues(job.client, job.repo, { state: 'all', max: WORK_ITEM_SEARCH });
  const { own, similar } = matchWorkItem(issues, request, job.identity);
  const title = cleanTitle(request.title);
  const body = bodyOf(request, similar);
  if (own) {
    if (own.body === body || own.state === 'closed') return { number: own.number, outcome: 'unchanged' };
    if (!job.writes) {
      core.info(`[dry-run] Would update #${own.number} (${title}):\n${body}`);
      return { number: own.number, outcome: 'unchanged' };
    }
    await updateIssueText(job.client, job.repo, own.number, { body });
    return { number: own.number, outcome: 'updated' };
  }
  const prefix = job.ctx.config.labels.prefix;
  const labels = [
    ...new Set([...(request.optIn ? [prefix] : []), `priority:${request.priority}`, ...request.labels]),
  ];
  if (!job.writes) {
    core.info(`[dry-run] Would create issue: ${JSON.stringify({ title, body, labels })}`);
    return { number: undefined, outcome: 'created' };
  }
  const created = await createIssue(job.client, job.repo, { title, body, labels });
  core.info(`Created follow-up #${created.number}: ${title}`);
  return { number: created.number, outcome: 'created' };
}

/** The most of a failing output a bug issue carries: its end, where the failure usually is. */
export const FAILURE_MAX_CHARS = 8000;

/**
 * The bug issue of a `tests_failed` dev result: the failing command's output, secrets redacted and
 * the tail kept, in a fence it cannot close. The output is text the agent's code printed: inside
 * the fence it renders as written, but for invisible characters and the action's marker prefix
 * (renderModelCode), so it cannot carry a marker that makes this issue pass for another one. One
 * per item (key `tests-failed:<item>`): a re-run that fails again edits it with the newest output.
 */
export function testsFailedRequest(input: {
  item: number;
  title: string;
  /** The failure as plain text (verifyFailureText). */
  failure: string;
  pr?: number;
}): WorkItemRequest {
  const redacted = renderModelCode(redactSecrets(input.failure.trimEnd()));
  const output =
    redacted.length > FAILURE_MAX_CHARS ? `[… clipped]\n${redacted.slice(-FAILURE_MAX_CHARS)}` : redacted;
  const fence = fenceFor(output);
  const where = input.pr ? `the draft pull request #${input.pr}` : `the branch of #${input.item}`;
  return {
    key: `tests-failed:${input.item}`,
    title: `Failing verification: ${input.title}`,
    body: [
      `The verification of ${where} fails, and one fix by Codex did not make it pass. A person should look at it.`,
      `${fence}text\n${output || '(no output)'}\n${fence}`,
    ].join('\n\n'),
    priority: 'high',
    labels: ['bug'],
    optIn: false,
    linkedTo: input.item,
  };
}
