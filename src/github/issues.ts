import type { GitHubClient, RepoRef } from './client.js';
import { labelNames } from './labels.js';

/** The parts of an issue the review reads: criteria, and whether it can be a work item. */
export interface IssueInfo {
  title: string;
  body: string;
  labels: string[];
  /** How many comments it has: none means no status comment, so no request to look for one. */
  comments: number;
}

/** An issue, or undefined when it does not exist or is a pull request. */
export async function getIssue(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<IssueInfo | undefined> {
  try {
    const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
    if (data.pull_request) return undefined;
    return {
      title: data.title,
      body: data.body ?? '',
      labels: labelNames(data.labels),
      comments: data.comments,
    };
  } catch (error) {
    if ([404, 410].includes((error as { status?: number }).status ?? 0)) return undefined;
    throw error;
  }
}

/** What the item phases read of an issue (or of a pull request, through the issues endpoint). */
export interface IssueRecord {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  /** True when the number is a pull request's. */
  isPull: boolean;
  labels: string[];
  /** Who opened it; only the action's own issues are trusted with its markers. */
  author: { login: string; type: string } | null;
  /** How many comments it has: none means no status comment, so no request to look for one. */
  comments: number;
}

/** `GET /repos/{owner}/{repo}/issues/{n}`: an issue or a pull request; throws when there is neither. */
export async function readIssue(client: GitHubClient, repo: RepoRef, number: number): Promise<IssueRecord> {
  const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? '',
    state: data.state === 'open' ? 'open' : 'closed',
    isPull: Boolean(data.pull_request),
    labels: labelNames(data.labels),
    author: data.user ? { login: data.user.login, type: data.user.type } : null,
    comments: data.comments,
  };
}

/** The fields of a REST issue (list or get) that the action's readers use; each reads a few. */
export type RestIssue = {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  labels: (string | { name?: string | null })[];
  html_url: string;
  created_at: string;
  updated_at?: string;
  closed_at?: string | null;
  comments?: number;
  user?: { login: string; type?: string } | null;
  pull_request?: unknown;
  milestone?: { number: number; title: string; due_on: string | null } | null;
  author_association?: string;
  issue_dependencies_summary?: { blocked_by?: number; total_blocked_by?: number };
  sub_issues_summary?: { total: number; completed: number };
};

/** What every reader takes from a REST issue: its number, text, state and label names. */
export const issueBasics = (i: RestIssue) => ({
  number: i.number,
  title: i.title,
  body: i.body ?? '',
  state: i.state === 'closed' ? ('closed' as const) : ('open' as const),
  labels: labelNames(i.labels),
});
