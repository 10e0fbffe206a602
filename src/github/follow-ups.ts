import type { GitHubClient, RepoRef } from './client.js';
import { labelNames } from './labels.js';

/** The issue writes of follow-up work items (src/item/work-items.ts) and the retro's report. */

/** An issue as duplicate detection reads it. */
export interface ListedWorkIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  author: { login: string; type?: string } | null;
}

/** The newest `max` issues (open, or open and closed), pull requests left out, newest first. */
export async function listRecentIssues(
  client: GitHubClient,
  repo: RepoRef,
  options: { state: 'open' | 'all'; max: number },
): Promise<ListedWorkIssue[]> {
  const found: ListedWorkIssue[] = [];
  const pages = client.paginate.iterator(client.rest.issues.listForRepo, {
    ...repo,
    state: options.state,
    sort: 'created',
    direction: 'desc',
    per_page: 100,
  });
  let seen = 0;
  for await (const page of pages) {
    for (const i of page.data) {
      seen += 1;
      if (!i.pull_request)
        found.push({
          number: i.number,
          title: i.title,
          body: i.body ?? '',
          state: i.state === 'closed' ? 'closed' : 'open',
          labels: labelNames(i.labels),
          author: i.user ? { login: i.user.login, type: i.user.type } : null,
        });
      if (seen >= options.max) return found;
    }
  }
  return found;
}

/** Creates an issue; returns its number and address. */
export async function createIssue(
  client: GitHubClient,
  repo: RepoRef,
  issue: { title: string; body: string; labels?: string[] },
): Promise<{ number: number; htmlUrl: string }> {
  const { data } = await client.rest.issues.create({ ...repo, ...issue });
  return { number: data.number, htmlUrl: data.html_url };
}

/** Replaces an issue's body (and title). */
export async function updateIssueText(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  text: { title?: string; body: string },
): Promise<void> {
  await client.rest.issues.update({ ...repo, issue_number: number, ...text });
}
