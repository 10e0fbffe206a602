import type { GitHubClient, RepoRef } from './client.js';
import { type ActionIdentity, isIdentity } from './identity.js';
import { issueBasics, type RestIssue } from './issues.js';

/**
 * The GitHub reads and writes of the retrospective, bounded: a retro of a busy week costs a few
 * list pages plus one request per touched item (its status comment) and per merged pull request
 * (its commits), each capped.
 */

/** An issue as the retrospective reads it. */
export interface RetroIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  updatedAt: string;
  comments: number;
  author: { login: string; type?: string } | null;
}

/** One of the action's pull requests (its branch under the label prefix). */
export interface RetroPull {
  number: number;
  headRef: string;
  state: 'open' | 'merged' | 'closed';
  closedAt: string | null;
  updatedAt: string;
}

const issueOf = (i: RestIssue): RetroIssue => ({
  ...issueBasics(i),
  updatedAt: i.updated_at ?? i.created_at,
  comments: i.comments ?? 0,
  author: i.user ? { login: i.user.login, type: i.user.type } : null,
});

/**
 * Issues carrying `label` (open and closed) updated at or after `since`, newest activity first, at
 * most `max`: the items the orchestrator may have touched since the last retro.
 */
export async function listLabelledIssues(
  client: GitHubClient,
  repo: RepoRef,
  options: { label: string; since?: string; state?: 'open' | 'all'; max: number },
): Promise<RetroIssue[]> {
  const found: RetroIssue[] = [];
  const pages = client.paginate.iterator(client.rest.issues.listForRepo, {
    ...repo,
    state: options.state ?? 'all',
    labels: options.label,
    sort: 'updated',
    direction: 'desc',
    per_page: 100,
    ...(options.since ? { since: options.since } : {}),
  });
  for await (const page of pages) {
    for (const issue of page.data as RestIssue[]) {
      if (issue.pull_request) continue;
      found.push(issueOf(issue));
      if (found.length >= options.max) return found;
    }
  }
  return found;
}

/**
 * The action's pull requests (head branch `<prefix>/…`) updated at or after `since`, newest
 * first, at most `max`. GitHub lists pulls by `updated` without a `since` filter, so the pages stop
 * at the first older one.
 */
export async function listActionPulls(
  client: GitHubClient,
  repo: RepoRef,
  options: { prefix: string; since?: string; max: number },
): Promise<RetroPull[]> {
  const found: RetroPull[] = [];
  const from = options.since ? Date.parse(options.since) : Number.NEGATIVE_INFINITY;
  const pages = client.paginate.iterator(client.rest.pulls.list, {
    ...repo,
    state: 'all',
    sort: 'updated',
    direction: 'desc',
    per_page: 100,
  });
  for await (const page of pages) {
    for (const pr of page.data) {
      if (Date.parse(pr.updated_at) < from) return found;
      if (!pr.head.ref.startsWith(`${options.prefix}/`)) continue;
      found.push({
        number: pr.number,
        headRef: pr.head.ref,
        state: pr.merged_at ? 'merged' : pr.state === 'closed' ? 'closed' : 'open',
        closedAt: pr.merged_at ?? pr.closed_at ?? null,
        updatedAt: pr.updated_at,
      });
      if (found.length >= options.max) return found;
    }
  }
  return found;
}

/**
 * Commits on the pull request's branch that someone other than the action wrote: rework a person
 * had to do. Merge commits (updating the branch from its base) are not rework. A commit whose email
 * GitHub maps to no account counts as foreign unless its author name is the action's login.
 */
export async function countForeignCommits(
  client: GitHubClient,
  repo: RepoRef,
  pull: number,
  identity: ActionIdentity,
): Promise<number> {
  const commits = await client.paginate(client.rest.pulls.listCommits, {
    ...repo,
    pull_number: pull,
    per_page: 100,
  });
  return commits.filter((c) => {
    if (c.parents.length > 1) return false;
    const account = c.author && 'login' in c.author ? (c.author as { login: string; type?: string }) : null;
    if (account) return !isIdentity(account, identity);
    return c.commit.author?.name?.toLowerCase() !== identity.login.toLowerCase();
  }).length;
}

/** One issue as it is now (re-read just before the retro changes it). */
export async function readRetroIssue(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<RetroIssue> {
  const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
  return issueOf(data as RestIssue);
}

/** Closes an issue with a reason: `not_planned` for a deprecation, `duplicate` for a merge. */
export async function closeIssueAs(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  reason: 'not_planned' | 'duplicate',
): Promise<void> {
  await client.rest.issues.update({ ...repo, issue_number: number, state: 'closed', state_reason: reason });
}

/**
 * The action's own issues carrying `marker`, newest first, among the newest `max` issues (labelled
 * `label` when given): the retro reports, the dashboard. Someone else's issue with the marker is
 * ignored.
 */
export async function listOwnMarkedIssues(
  client: GitHubClient,
  repo: RepoRef,
  options: {
    label?: string;
    state?: 'open' | 'all';
    /** `asc` for a long-lived issue such as the dashboard. */
    direction?: 'asc' | 'desc';
    marker: string;
    identity: ActionIdentity;
    max: number;
  },
): Promise<RetroIssue[]> {
  const found: RetroIssue[] = [];
  const pages = client.paginate.iterator(client.rest.issues.listForRepo, {
    ...repo,
    state: options.state ?? 'all',
    ...(options.label ? { labels: options.label } : {}),
    sort: 'created',
    direction: options.direction ?? 'desc',
    per_page: 100,
  });
  let seen = 0;
  for await (const page of pages) {
    for (const raw of page.data as RestIssue[]) {
      seen += 1;
      const issue = issueOf(raw);
      if (
        !raw.pull_request &&
        isIdentity(issue.author, options.identity) &&
        issue.body.includes(options.marker)
      )
        found.push(issue);
      if (seen >= options.max) return found;
    }
  }
  return found;
}
