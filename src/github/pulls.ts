import type { GitHubClient, RepoRef } from './client.js';
import { type ActionIdentity, isIdentity } from './identity.js';

export interface PullFile {
  filename: string;
  status: string;
  additions: number;
  deletions: number;
  /** Absent for binary files and for patches GitHub considers too large to show. */
  patch?: string | null;
  previous_filename?: string;
}

export interface PullRequestLike {
  number: number;
  state: string;
  draft?: boolean;
  merged?: boolean | null;
  merged_at?: string | null;
  merged_by?: { login: string } | null;
  title: string;
  body?: string | null;
  node_id: string;
  user: { login: string } | null;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  base: { ref: string; repo: { full_name: string } };
}

/** One inline comment of a PR review (`POST /pulls/{n}/reviews` → `comments[]`). */
export interface InlineComment {
  path: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

/** The body of `POST /repos/{owner}/{repo}/pulls/{n}/reviews`. Always event COMMENT (DESIGN §8.7). */
export interface ReviewPayload {
  commit_id: string;
  event: 'COMMENT';
  body: string;
  comments: InlineComment[];
}

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

/** An existing PR of the branch. */
export interface FoundPull {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  htmlUrl: string;
}

/** The PR whose head is the branch (open first, then the newest closed one); a re-run finds it again. */
export async function findBranchPull(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
): Promise<FoundPull | undefined> {
  const pulls = await client.paginate(client.rest.pulls.list, {
    ...repo,
    head: `${repo.owner}:${branch}`,
    state: 'all',
    per_page: 100,
  });
  const pick = pulls.find((p) => p.state === 'open') ?? pulls.sort((a, b) => b.number - a.number)[0];
  if (!pick) return undefined;
  return {
    number: pick.number,
    state: pick.state === 'open' ? 'open' : 'closed',
    merged: Boolean(pick.merged_at),
    draft: Boolean(pick.draft),
    htmlUrl: pick.html_url,
  };
}

/** Opens a draft PR of `branch` into `base`. */
export async function createDraftPull(
  client: GitHubClient,
  repo: RepoRef,
  pull: { branch: string; base: string; title: string; body: string },
): Promise<{ number: number; htmlUrl: string }> {
  const { data } = await client.rest.pulls.create({
    ...repo,
    head: pull.branch,
    base: pull.base,
    title: pull.title,
    body: pull.body,
    draft: true,
  });
  return { number: data.number, htmlUrl: data.html_url };
}

/** Replaces a PR's body, reopening it when it was closed without a merge. */
export async function updatePull(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  update: { body: string; reopen: boolean },
): Promise<{ number: number; htmlUrl: string }> {
  const { data } = await client.rest.pulls.update({
    ...repo,
    pull_number: number,
    body: update.body,
    ...(update.reopen ? { state: 'open' as const } : {}),
  });
  return { number: data.number, htmlUrl: data.html_url };
}

/** A pull request, or undefined when there is none of that number. */
export async function findPull(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<(PullRequestLike & { labels: string[] }) | undefined> {
  try {
    return await getPull(client, repo, number);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}
