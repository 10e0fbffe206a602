import type { GitHubClient, RepoRef } from './client.js';
import { type ActionIdentity, isIdentity } from './identity.js';
import { issueBasics, type RestIssue } from './issues.js';

/**
 * Issues the action itself opens and finds again by a hidden marker in the body: the backlog
 * dashboard, the "orchestrator stopped" issue, the mirrors of docs items. Only an issue opened by
 * the action's own identity counts: a marker pasted into anyone else's issue is ignored, so nobody
 * can stand in for the dashboard or claim to be a docs item's mirror.
 */

/** An issue the action opened, as the list payload gives it. */
export interface OwnIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  htmlUrl: string;
  createdAt: string;
  closedAt: string | null;
  /** How many comments it has (0: no status comment to read). */
  comments: number;
}

const own = (i: RestIssue): OwnIssue => ({
  ...issueBasics(i),
  htmlUrl: i.html_url,
  createdAt: i.created_at,
  closedAt: i.closed_at ?? null,
  comments: i.comments ?? 0,
});

/**
 * Every issue, open or closed, that the action's identity opened and whose body holds `marker`,
 * oldest first. One paginated list filtered by creator: its size is what the action opened, not
 * the repository's whole history.
 */
export async function listOwnMarkedIssues(
  client: GitHubClient,
  repo: RepoRef,
  identity: ActionIdentity,
  marker: string,
): Promise<OwnIssue[]> {
  const issues = (await client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    creator: identity.login,
    state: 'all',
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  })) as RestIssue[];
  return issues
    .filter((i) => !i.pull_request && isIdentity(i.user, identity) && (i.body ?? '').includes(marker))
    .map(own);
}

/** Opens an issue; returns its number and link. */
export async function createIssue(
  client: GitHubClient,
  repo: RepoRef,
  issue: { title: string; body: string; labels?: readonly string[] },
): Promise<{ number: number; htmlUrl: string }> {
  const { data } = await client.rest.issues.create({
    ...repo,
    title: issue.title,
    body: issue.body,
    ...(issue.labels && issue.labels.length > 0 ? { labels: [...issue.labels] } : {}),
  });
  return { number: data.number, htmlUrl: data.html_url };
}

/** Replaces an issue's body (and title, when given). */
export async function updateIssueText(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  text: { body: string; title?: string },
): Promise<void> {
  await client.rest.issues.update({ ...repo, issue_number: number, ...text });
}

/** A closed issue of the backlog, for "recently done". */
export interface ClosedIssue {
  number: number;
  title: string;
  closedAt: string;
  /** `completed`, `not_planned`, … (null on old issues). */
  reason: string | null;
}

/** The most recently updated closed issues with the label (one page, `count` at most). */
export async function listRecentlyClosed(
  client: GitHubClient,
  repo: RepoRef,
  label: string,
  count: number,
): Promise<ClosedIssue[]> {
  const { data } = await client.rest.issues.listForRepo({
    ...repo,
    labels: label,
    state: 'closed',
    sort: 'updated',
    direction: 'desc',
    per_page: Math.min(Math.max(count, 1), 100),
  });
  return data
    .filter((i) => !i.pull_request && i.closed_at)
    .map((i) => ({
      number: i.number,
      title: i.title,
      closedAt: i.closed_at as string,
      reason: i.state_reason ?? null,
    }))
    .sort((a, b) => b.closedAt.localeCompare(a.closedAt));
}
