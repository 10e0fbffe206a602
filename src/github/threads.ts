import type { GitHubClient, RepoRef } from './client.js';
import { type ActionIdentity, isIdentity } from './identity.js';

/** One comment of a review thread, as the fix phase reads it. */
export interface ThreadComment {
  databaseId: number;
  body: string;
  /** REST-style login: a bot's `[bot]` suffix restored (GraphQL names bots by their slug). */
  author: string | undefined;
  authorType: 'User' | 'Bot' | 'Other';
}

/** A review thread of a pull request (GraphQL `PullRequestReviewThread`). */
export interface ReviewThread {
  id: string;
  isResolved: boolean;
  isOutdated: boolean;
  path: string;
  line: number | null;
  comments: ThreadComment[];
}

const THREADS = `query($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      reviewThreads(first: 50, after: $after) {
        nodes {
          id isResolved isOutdated path line
          comments(first: 50) { nodes { databaseId body author { __typename login } } }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

interface ThreadsAnswer {
  repository: {
    pullRequest: {
      reviewThreads: {
        nodes: {
          id: string;
          isResolved: boolean;
          isOutdated: boolean;
          path: string;
          line: number | null;
          comments: {
            nodes: {
              databaseId: number | null;
              body: string;
              author: { __typename: string; login: string } | null;
            }[];
          };
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } | null;
  } | null;
}

/** Every review thread of the pull request, oldest first (50 comments per thread are read). */
export async function listReviewThreads(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<ReviewThread[]> {
  const threads: ReviewThread[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const data: ThreadsAnswer = await client.graphql<ThreadsAnswer>(THREADS, {
      owner: repo.owner,
      name: repo.repo,
      number,
      after,
    });
    const connection = data.repository?.pullRequest?.reviewThreads;
    if (!connection) break;
    for (const node of connection.nodes) {
      threads.push({
        id: node.id,
        isResolved: node.isResolved,
        isOutdated: node.isOutdated,
        path: node.path,
        line: node.line,
        comments: node.comments.nodes.map((c) => {
          const type = c.author?.__typename;
          const authorType = type === 'Bot' ? 'Bot' : type === 'User' ? 'User' : 'Other';
          return {
            databaseId: c.databaseId ?? 0,
            body: c.body,
            author: c.author ? (authorType === 'Bot' ? `${c.author.login}[bot]` : c.author.login) : undefined,
            authorType,
          };
        }),
      });
    }
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return threads;
}

/** Whether the action's own identity wrote the comment. */
export const byAction = (comment: ThreadComment, identity: ActionIdentity): boolean =>
  !!comment.author &&
  isIdentity({ login: comment.author, type: comment.authorType === 'Bot' ? 'Bot' : 'User' }, identity);

/** Marks a review thread resolved (GraphQL `resolveReviewThread`). */
export async function resolveReviewThread(client: GitHubClient, threadId: string): Promise<void> {
  await client.graphql(
    'mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }',
    { id: threadId },
  );
}

/**
 * Replies in a review thread (unless `body` is undefined) and resolves it, in one GraphQL request:
 * the mutations of one document run in order, so the reply lands before the thread closes.
 */
export async function replyAndResolveThread(
  client: GitHubClient,
  threadId: string,
  body: string | undefined,
): Promise<void> {
  if (body === undefined) return resolveReviewThread(client, threadId);
  await client.graphql(
    `mutation($id: ID!, $body: String!) {
      reply: addPullRequestReviewThreadReply(input: { pullRequestReviewThreadId: $id, body: $body }) { comment { id } }
      resolve: resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } }
    }`,
    { id: threadId, body },
  );
}

/** A submitted PR review that requested changes. */
export interface ChangeRequest {
  id: number;
  author: string;
  authorType: string;
  body: string;
  commitId: string | null;
}

/** The newest "changes requested" review of each author, oldest first (`GET /pulls/{n}/reviews`). */
export async function listChangeRequests(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<ChangeRequest[]> {
  const reviews = await client.paginate(client.rest.pulls.listReviews, {
    ...repo,
    pull_number: number,
    per_page: 100,
  });
  const latest = new Map<string, ChangeRequest>();
  for (const r of reviews) {
    const login = r.user?.login;
    if (!login) continue;
    // A later approval or dismissal by the same person withdraws their change request.
    if (r.state !== 'CHANGES_REQUESTED') {
      if (r.state === 'APPROVED' || r.state === 'DISMISSED') latest.delete(login.toLowerCase());
      continue;
    }
    latest.set(login.toLowerCase(), {
      id: r.id,
      author: login,
      authorType: r.user?.type ?? 'User',
      body: r.body ?? '',
      commitId: r.commit_id ?? null,
    });
  }
  return [...latest.values()].sort((a, b) => a.id - b.id);
}
