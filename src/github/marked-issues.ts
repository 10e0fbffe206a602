import type { GitHubClient, RepoRef } from './client.js';
import { type ActionIdentity, isIdentity } from './identity.js';
import { issueBasics, type RestIssue } from './issues.js';

/**
 * Issues the action itself opens and finds again by a hidden marker in the body: the backlog
 * dashboard, the "orchestrator stopped" issue, the mirrors of docs items. Only an issue opened by
 * the action's own identity counts: a marker pasted into anyone else's issue is ignored, so nobody
 * can stand in for the dashboard or claim to be a docs item's mirror. The marker counts only at the
 * start of the body, where the action writes it: the body below can hold text it copied.
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
 * Every issue, open or closed, that the action's identity opened and whose body starts with
 * `marker`, oldest first. One paginated list filtered by creator: its size is what the action
 * opened, not the repository's whole history.
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
    .filter((i) => !i.pull_request && isIdentity(i.user, identity) && (i.body ?? '').startsWith(marker))
    .map(own);
}

/** A GraphQL actor; REST spells an app's login `name[bot]`, GraphQL `name`. */
export type Actor = { __typename: string; login: string } | null;
export const restLogin = (actor: Actor) =>
  actor
    ? {
        login: actor.__typename === 'Bot' ? `${actor.login}[bot]` : actor.login,
        type: (actor.__typename === 'Bot' || actor.__typename === 'Organization'
          ? actor.__typename
          : 'User') as 'User' | 'Bot' | 'Organization',
      }
    : null;

const PAGE = 100;

/**
 * The GraphQL connection of the issues `$creator` opened, oldest first (`$after` for a later page):
 * the action's own issues, asked for on the backlog's follow-up request (src/github/backlog-query.ts).
 */
export const ownConnection = (after: boolean) =>
  `own: issues(first: ${PAGE}, ${after ? 'after: $after, ' : ''}filterBy: { createdBy: $creator }, orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number title body state url createdAt closedAt comments { totalCount } labels(first: 100) { nodes { name } } author { __typename login } }
    }`;

type OwnNode = {
  number: number;
  title: string;
  body: string;
  state: string;
  url: string;
  createdAt: string;
  closedAt: string | null;
  comments: { totalCount: number };
  labels: { nodes: { name: string }[] } | null;
  author: Actor;
};
export type OwnConnection = {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: OwnNode[];
};

/** An own issue as GraphQL gives it, with its author as REST names it (to check it is the action). */
export type OwnIssueNode = OwnIssue & { author: ReturnType<typeof restLogin> };

/** One page of {@link ownConnection}: its issues, and the cursor of the next page (null: none). */
export function ownPage(own: OwnConnection | undefined): { issues: OwnIssueNode[]; after: string | null } {
  return {
    issues: (own?.nodes ?? []).map((n) => ({
      number: n.number,
      title: n.title,
      body: n.body,
      state: n.state === 'CLOSED' ? 'closed' : 'open',
      labels: (n.labels?.nodes ?? []).map((l) => l.name),
      htmlUrl: n.url,
      createdAt: n.createdAt,
      closedAt: n.closedAt,
      comments: n.comments.totalCount,
      author: restLogin(n.author),
    })),
    after: own?.pageInfo.hasNextPage ? own.pageInfo.endCursor : null,
  };
}

type Answer = { repository: Record<string, unknown> | null };

/** A GraphQL answer; one where a number named nothing (errors all NOT_FOUND) keeps the data of the rest. */
export async function graphqlPartial(
  client: GitHubClient,
  query: string,
  variables: Record<string, unknown>,
): Promise<Answer> {
  try {
    return await client.graphql<Answer>(query, variables);
  } catch (error) {
    const partial = (error as { data?: Answer }).data;
    const errors = (error as { errors?: { type?: string }[] }).errors ?? [];
    if (!partial || errors.length === 0 || errors.some((e) => e.type !== 'NOT_FOUND')) throw error;
    return partial;
  }
}

/**
 * The action's issues whose body starts with `marker`, from the first page that rode on the
 * backlog's follow-up request (src/github/backlog-query.ts), the pages after it, and the REST list
 * when GraphQL found none: on some hosts (GitHub Enterprise Cloud) GraphQL's `createdBy` does not
 * match an app's `name[bot]` login, and on a first scan there is nothing to find either way.
 */
export async function ownMarkedIssues(
  client: GitHubClient,
  repo: RepoRef,
  identity: ActionIdentity,
  marker: string,
  first: { issues: OwnIssueNode[]; after: string | null },
): Promise<OwnIssue[]> {
  const all = [...first.issues];
  const query = `query OwnIssues($owner: String!, $name: String!, $creator: String!, $after: String!) {\n  repository(owner: $owner, name: $name) {\n    ${ownConnection(true)}\n  }\n}`;
  for (let after = first.after; after; ) {
    const vars = { owner: repo.owner, name: repo.repo, creator: identity.login, after };
    const page = ownPage((await graphqlPartial(client, query, vars)).repository?.own as OwnConnection);
    all.push(...page.issues);
    after = page.after;
  }
  if (all.length === 0) return listOwnMarkedIssues(client, repo, identity, marker);
  return all
    .filter((i) => isIdentity(i.author, identity) && i.body.startsWith(marker))
    .map(({ author: _, ...issue }) => issue);
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
