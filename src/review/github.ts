import { EXTERNAL_ID } from '../github/checks.js';
import type { GitHubClient, RepoRef } from '../github/client.js';
import { type ActionIdentity, isIdentity } from '../github/identity.js';
import { labelNames } from '../github/labels.js';
import type { PullFile } from './diff.js';
import type { CheckPayload, ReviewPayload } from './payloads.js';
import type { PullRequestLike } from './resolve.js';

/**
 * The pull-request calls the review phase makes that the shared GitHub layer (src/github) does not
 * offer. Each is one request (or one paginated listing) on the one client.
 */

/** `GET /repos/{owner}/{repo}/pulls/{n}`, with the labels the lifecycle update needs. */
export async function getPull(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<PullRequestLike & { labels: string[] }> {
  const { data } = await client.rest.pulls.get({ ...repo, pull_number: number });
  return { ...data, labels: data.labels.map((l) => l.name) };
}

/** Every changed file of the PR (`GET /pulls/{n}/files`, paginated; GitHub lists at most 3000). */
export async function listPullFiles(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<PullFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    ...repo,
    pull_number: number,
    per_page: 100,
  });
  return files.map((f) => ({
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    patch: f.patch,
    previous_filename: f.previous_filename,
  }));
}

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

/**
 * The action's own PR review for this cycle and commit, found by the marker in its body, so a
 * re-run does not post a second one. Only reviews by the action's identity count.
 */
export async function findOwnReview(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  marker: string,
  identity: ActionIdentity,
): Promise<{ id: number } | undefined> {
  const reviews = await client.paginate(client.rest.pulls.listReviews, {
    ...repo,
    pull_number: number,
    per_page: 100,
  });
  const own = reviews.find((r) => isIdentity(r.user, identity) && (r.body ?? '').includes(marker));
  return own ? { id: own.id } : undefined;
}

/** Posts the PR review (always event COMMENT: the action never approves and never requests changes). */
export async function createReview(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  payload: ReviewPayload,
): Promise<{ id: number; htmlUrl: string }> {
  const { data } = await client.rest.pulls.createReview({ ...repo, pull_number: number, ...payload });
  return { id: data.id, htmlUrl: data.html_url };
}

/** Creates the review comment, or edits the one of this cycle; an unchanged body is not written again. */
export async function writeReviewComment(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  body: string,
  existing: { id: number; body: string } | undefined,
): Promise<{ id: number; htmlUrl: string; written: boolean }> {
  if (existing?.body === body) return { id: existing.id, htmlUrl: '', written: false };
  if (existing) {
    const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
    return { id: data.id, htmlUrl: data.html_url, written: true };
  }
  const { data } = await client.rest.issues.createComment({ ...repo, issue_number: number, body });
  return { id: data.id, htmlUrl: data.html_url, written: true };
}

/** Turns a draft PR into one ready for review (there is no REST endpoint for this, only GraphQL). */
export async function markReadyForReview(client: GitHubClient, pullRequestNodeId: string): Promise<void> {
  await client.graphql(
    'mutation($id: ID!) { markPullRequestReadyForReview(input: { pullRequestId: $id }) { pullRequest { isDraft } } }',
    { id: pullRequestNodeId },
  );
}

/** Requests reviews from the configured people and teams, leaving out the PR's author (GitHub refuses them). */
export async function requestReviewers(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  request: { users: readonly string[]; teams: readonly string[]; author: string | undefined },
): Promise<{ users: string[]; teams: string[] }> {
  const users = request.users.filter((u) => u.toLowerCase() !== request.author?.toLowerCase());
  const teams = [...request.teams];
  if (users.length === 0 && teams.length === 0) return { users, teams };
  await client.rest.pulls.requestReviewers({
    ...repo,
    pull_number: number,
    reviewers: users,
    team_reviewers: teams,
  });
  return { users, teams };
}

/**
 * Creates the check run without looking for an existing one first (one request instead of two).
 * Only for the first review of a commit: the review comment is written before the check run, so
 * a commit without this cycle's comment has no check run of ours yet. Re-runs go through
 * `upsertCheckRun`, which finds the run by the `external_id` set here too.
 */
export async function createCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  check: CheckPayload,
): Promise<{ id: number; htmlUrl: string }> {
  const { data } = await client.rest.checks.create({
    ...repo,
    name: check.name,
    head_sha: check.headSha,
    status: check.status,
    conclusion: check.conclusion,
    completed_at: new Date().toISOString(),
    external_id: EXTERNAL_ID,
    output: {
      title: check.title,
      summary: check.summary,
      ...(check.text !== undefined ? { text: check.text } : {}),
      ...(check.annotations.length > 0 ? { annotations: check.annotations } : {}),
    },
  });
  return { id: data.id, htmlUrl: data.html_url ?? '' };
}
