import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  execute,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  validate,
} from 'graphql';
import type { RouteResponse } from './route.js';
import type { FakeIssue, FakeState } from './state.js';

/**
 * The GraphQL endpoint: each query is validated against GitHub's published schema (npm
 * `@octokit/graphql-schema`) and executed against the fake's state. Implemented root fields are
 * listed in QUERIES and MUTATIONS; any other is answered with an error and recorded as a violation.
 */

const QUERIES = ['viewer', 'repository', 'node'] as const;
const MUTATIONS = [
  'markPullRequestReadyForReview',
  'convertPullRequestToDraft',
  'resolveReviewThread',
  'addPullRequestReviewThreadReply',
] as const;

let schema: GraphQLSchema | undefined;

function githubSchema(): GraphQLSchema {
  if (!schema) {
    // The package exports only its ESM entry, so resolve that and read the SDL beside it.
    const dir = dirname(fileURLToPath(import.meta.resolve('@octokit/graphql-schema')));
    // GitHub's SDL is valid; skipping SDL validation saves a third of the build time.
    schema = buildSchema(readFileSync(join(dir, 'schema.graphql'), 'utf8'), { assumeValidSDL: true });
  }
  return schema;
}

/** What the endpoint did: the HTTP answer, plus problems to record as violations. */
export interface GraphqlOutcome {
  response: RouteResponse;
  operationName: string;
  violations: string[];
}

/** GraphQL names bots by their slug (`github-actions`); REST adds `[bot]`. */
function actor(state: FakeState, login: string) {
  const user = state.user(login);
  const isBot = user?.type === 'Bot' || login.endsWith('[bot]');
  return {
    __typename: isBot ? 'Bot' : 'User',
    login: isBot ? login.replace(/\[bot\]$/, '') : login,
    url: `https://github.invalid/${login}`,
  };
}

function pullNode(state: FakeState, issue: FakeIssue) {
  const pull = issue.pull;
  if (!pull) return null;
  const threads = state.reviewComments
    .filter((c) => c.pullNumber === issue.number && c.inReplyToId === undefined)
    .map((root) => {
      const comments = [root, ...state.reviewComments.filter((c) => c.inReplyToId === root.id)];
      return {
        __typename: 'PullRequestReviewThread',
        id: state.nodeId('PRRT', root.id),
        isResolved: root.resolved,
        isOutdated: false,
        path: root.path,
        line: root.line,
        startLine: root.startLine,
        diffSide: root.side,
        comments: () =>
          connection(
            comments.map((c) => ({
              __typename: 'PullRequestReviewComment',
              id: c.nodeId,
              databaseId: c.id,
              body: c.body,
              path: c.path,
              line: c.line,
              createdAt: c.createdAt,
              author: actor(state, c.author),
            })),
          ),
      };
    });
  return {
    __typename: 'PullRequest',
    id: issue.nodeId.replace(/^I_/, 'PR_'),
    databaseId: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    isDraft: pull.draft,
    state: issue.state === 'open' ? 'OPEN' : pull.merged ? 'MERGED' : 'CLOSED',
    headRefName: pull.head.ref,
    headRefOid: pull.head.sha,
    baseRefName: pull.base.ref,
    author: actor(state, issue.author),
    reviewThreads: () => connection(threads),
  };
}

function connection<T>(nodes: T[]) {
  return { nodes, totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null } };
}

/** `first`/`last`/`after` over `all`, with cursors that are positions (as opaque as GitHub's). */
function paged<T>(all: T[], args: { first?: number; last?: number; after?: string }) {
  const start = args.after ? Number(Buffer.from(args.after, 'base64').toString('utf8')) + 1 : 0;
  let slice = all.slice(start);
  let offset = start;
  if (args.first !== undefined) slice = slice.slice(0, args.first);
  if (args.last !== undefined && slice.length > args.last) {
    offset += slice.length - args.last;
    slice = slice.slice(-args.last);
  }
  const end = offset + slice.length;
  return {
    nodes: slice,
    totalCount: all.length,
    pageInfo: {
      hasNextPage: end < all.length,
      hasPreviousPage: offset > 0,
      startCursor: slice.length > 0 ? Buffer.from(String(offset)).toString('base64') : null,
      endCursor: slice.length > 0 ? Buffer.from(String(end - 1)).toString('base64') : null,
    },
  };
}

/** `LABELED_EVENT` → `LabeledEvent`: GraphQL's item type enum as the node's typename. */
const typeName = (enumValue: string) =>
  enumValue
    .toLowerCase()
    .split('_')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/**
 * An issue's timeline as GraphQL's `timelineItems` returns it: its comments, and its label and
 * title changes (from the API's writes and the seeds), oldest first.
 */
function timeline(state: FakeState, issue: FakeIssue) {
  type Item = { __typename: string; createdAt: string; [k: string]: unknown };
  const items: Item[] = [
    ...state.comments
      .filter((c) => c.issueNumber === issue.number)
      .map((c) => ({
        __typename: 'IssueComment',
        id: c.nodeId,
        body: c.body,
        createdAt: c.createdAt,
        lastEditedAt: c.updatedAt === c.createdAt ? null : c.updatedAt,
        author: actor(state, c.author),
        editor: c.updatedAt === c.createdAt ? null : actor(state, c.author),
      })),
    ...state.issueEvents
      .filter((e) => e.issueNumber === issue.number)
      .map((e, i) => ({
        __typename: e.type,
        id: state.nodeId(e.type, Date.parse(e.createdAt) + i),
        createdAt: e.atCreation ? issue.createdAt : e.createdAt,
        actor: actor(state, e.actor),
        ...(e.label ? { label: { __typename: 'Label', name: e.label } } : {}),
      })),
  ];
  return items.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/** An issue as GraphQL's `Issue` (the fields the action reads). */
function issueNode(state: FakeState, issue: FakeIssue, urls: { web: string }) {
  const association = () => {
    if (issue.author.toLowerCase() === state.repo.owner.toLowerCase()) return 'OWNER';
    return state.collaborators.has(issue.author.toLowerCase()) ? 'COLLABORATOR' : 'NONE';
  };
  return {
    __typename: 'Issue',
    id: issue.nodeId,
    databaseId: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    state: issue.state === 'open' ? 'OPEN' : 'CLOSED',
    stateReason: () => (issue.stateReason ? issue.stateReason.toUpperCase() : null),
    url: `${urls.web}/${state.repo.owner}/${state.repo.name}/issues/${issue.number}`,
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    closedAt: issue.closedAt,
    author: actor(state, issue.author),
    authorAssociation: association(),
    comments: () => ({ totalCount: state.comments.filter((c) => c.issueNumber === issue.number).length }),
    labels: (args: { first?: number; after?: string }) =>
      paged(
        issue.labels.map((name) => ({ __typename: 'Label', name })),
        args,
      ),
    subIssues: (args: { first?: number; after?: string }) =>
      paged(
        issue.subIssueIds
          .map((id) => state.issueById(id))
          .filter((i) => i !== undefined)
          .map((i) => issueNode(state, i, urls)),
        args,
      ),
    lastEditedAt: issue.lastEditedAt ?? null,
    editor: issue.editor ? actor(state, issue.editor) : null,
    timelineItems: (args: {
      since?: string;
      itemTypes?: string[];
      first?: number;
      last?: number;
      after?: string;
    }) => {
      const types = args.itemTypes?.map(typeName);
      const matching = timeline(state, issue).filter(
        (i) =>
          (!args.since || Date.parse(i.createdAt) >= Date.parse(args.since)) &&
          (!types || types.includes(i.__typename)),
      );
      return paged(matching, args);
    },
  };
}

type IssuesArgs = {
  first?: number;
  after?: string;
  labels?: string[];
  states?: ('OPEN' | 'CLOSED')[];
  filterBy?: { createdBy?: string };
  orderBy?: { field: 'CREATED_AT' | 'UPDATED_AT' | 'COMMENTS'; direction: 'ASC' | 'DESC' };
};

/** `Repository.issues`: pull requests left out; any of `labels`; `createdBy` as REST's `creator`. */
function listIssues(state: FakeState, args: IssuesArgs, urls: { web: string }) {
  const lower = (t: string) => t.toLowerCase();
  const by = args.filterBy?.createdBy;
  const found = state.issues.filter(
    (i) =>
      !i.pull &&
      (!args.states || args.states.includes(i.state === 'open' ? 'OPEN' : 'CLOSED')) &&
      (!args.labels || args.labels.some((l) => i.labels.some((have) => lower(have) === lower(l)))) &&
      (!by || lower(i.author) === lower(by) || lower(i.author) === `${lower(by)}[bot]`),
  );
  const field = args.orderBy?.field ?? 'CREATED_AT';
  const key = (i: FakeIssue) => (field === 'UPDATED_AT' ? i.updatedAt : i.createdAt);
  const sign = args.orderBy?.direction === 'DESC' ? -1 : 1;
  found.sort((a, b) => sign * (key(a).localeCompare(key(b)) || a.number - b.number));
  return paged(
    found.map((i) => issueNode(state, i, urls)),
    args,
  );
}

function findPullByNodeId(state: FakeState, id: string): FakeIssue | undefined {
  return state.issues.find((i) => i.pull && i.nodeId.replace(/^I_/, 'PR_') === id);
}

/** The root review comment of a thread, by the thread's node id (`PRRT_…` of the root's id). */
function threadRoot(state: FakeState, threadId: string) {
  const root = state.reviewComments.find(
    (c) => c.inReplyToId === undefined && state.nodeId('PRRT', c.id) === threadId,
  );
  if (!root) throw new Error(`Could not resolve to a node with the global id of '${threadId}'`);
  return root;
}

function threadNode(state: FakeState, rootId: number) {
  const root = state.reviewComments.find((c) => c.id === rootId)!;
  const issue = state.issue(root.pullNumber)!;
  const pull = pullNode(state, issue)!;
  return (pull.reviewThreads().nodes as { id: string }[]).find((t) => t.id === state.nodeId('PRRT', rootId));
}

function rootValue(state: FakeState, login: string, urls: { web: string }) {
  const setDraft =
    (draft: boolean) => (args: { input: { pullRequestId: string; clientMutationId?: string } }) => {
      const issue = findPullByNodeId(state, args.input.pullRequestId);
      if (!issue?.pull)
        throw new Error(`Could not resolve to a node with the global id of '${args.input.pullRequestId}'`);
      issue.pull.draft = draft;
      issue.updatedAt = state.now();
      return { clientMutationId: args.input.clientMutationId ?? null, pullRequest: pullNode(state, issue) };
    };
  return {
    viewer: () => ({ __typename: 'User', login, databaseId: state.user(login)?.id ?? null }),
    repository: (args: { owner: string; name: string }) => {
      if (
        args.owner.toLowerCase() !== state.repo.owner.toLowerCase() ||
        args.name.toLowerCase() !== state.repo.name.toLowerCase()
      ) {
        throw new Error(`Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`);
      }
      return {
        __typename: 'Repository',
        id: state.repo.nodeId,
        nameWithOwner: `${state.repo.owner}/${state.repo.name}`,
        defaultBranchRef: {
          __typename: 'Ref',
          name: state.repo.defaultBranch,
          target: {
            __typename: 'Commit',
            file: async (a: { path: string }) => {
              const text = await state.file(a.path);
              if (text === undefined) return null;
              return {
                __typename: 'TreeEntry',
                path: a.path,
                object: { __typename: 'Blob', text, isBinary: false, isTruncated: false },
              };
            },
          },
        },
        pullRequest: (a: { number: number }) => {
          const issue = state.issue(a.number);
          return issue?.pull ? pullNode(state, issue) : null;
        },
        issueOrPullRequest: (a: { number: number }) => {
          const issue = state.issue(a.number);
          if (!issue) {
            throw new Error(`Could not resolve to an issue or pull request with the number of ${a.number}.`);
          }
          if (issue.pull) return pullNode(state, issue);
          return issueNode(state, issue, urls);
        },
        issue: (a: { number: number }) => {
          const issue = state.issue(a.number);
          if (!issue || issue.pull)
            throw new Error(`Could not resolve to an Issue with the number of ${a.number}.`);
          return issueNode(state, issue, urls);
        },
        issues: (a: IssuesArgs) => listIssues(state, a, urls),
      };
    },
    node: (args: { id: string }) => {
      const issue = findPullByNodeId(state, args.id);
      return issue ? pullNode(state, issue) : null;
    },
    resolveReviewThread: (args: { input: { threadId: string; clientMutationId?: string } }) => {
      const root = threadRoot(state, args.input.threadId);
      root.resolved = true;
      root.updatedAt = state.now();
      return { clientMutationId: args.input.clientMutationId ?? null, thread: threadNode(state, root.id) };
    },
    addPullRequestReviewThreadReply: (args: {
      input: { pullRequestReviewThreadId: string; body: string; clientMutationId?: string };
    }) => {
      const root = threadRoot(state, args.input.pullRequestReviewThreadId);
      const id = state.id();
      const now = state.now();
      const reply = {
        ...root,
        id,
        nodeId: state.nodeId('PRRC', id),
        body: args.input.body,
        author: login,
        inReplyToId: root.id,
        resolved: false,
        createdAt: now,
        updatedAt: now,
      };
      state.reviewComments.push(reply);
      return {
        clientMutationId: args.input.clientMutationId ?? null,
        comment: {
          __typename: 'PullRequestReviewComment',
          id: reply.nodeId,
          databaseId: id,
          body: reply.body,
          path: reply.path,
          line: reply.line,
          createdAt: now,
          author: actor(state, login),
        },
      };
    },
    markPullRequestReadyForReview: setDraft(false),
    convertPullRequestToDraft: setDraft(true),
  };
}

/** Answers one GraphQL request body `{query, variables, operationName}`. */
export async function answerGraphql(
  state: FakeState,
  login: string,
  body: unknown,
  urls: { web: string } = { web: 'https://github.invalid' },
): Promise<GraphqlOutcome> {
  const request = (body ?? {}) as {
    query?: unknown;
    variables?: Record<string, unknown>;
    operationName?: string;
  };
  const fail = (message: string, status = 200): GraphqlOutcome => ({
    response: { status, body: { errors: [{ message }] } },
    operationName: '(invalid)',
    violations: [message],
  });
  if (typeof request.query !== 'string') return fail('GraphQL request without a query string', 400);
  let document: ReturnType<typeof parse>;
  try {
    document = parse(request.query);
  } catch (error) {
    return fail(`GraphQL syntax error: ${(error as Error).message}`);
  }
  const problems = validate(githubSchema(), document).map((e) => e.message);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION &&
      (!request.operationName || d.name?.value === request.operationName),
  );
  const rootFields =
    operation?.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) ?? [];
  const implemented: readonly string[] = operation?.operation === 'mutation' ? MUTATIONS : QUERIES;
  for (const field of rootFields) {
    if (!implemented.includes(field) && field !== '__typename') {
      problems.push(
        `${operation?.operation ?? 'query'} field '${field}' is not implemented by the loopback GitHub`,
      );
    }
  }
  const operationName = `${operation?.operation ?? 'query'} ${rootFields.join(',')}`;
  if (problems.length > 0) {
    return {
      response: { status: 200, body: { errors: problems.map((message) => ({ message })) } },
      operationName,
      violations: problems,
    };
  }
  const result = await execute({
    schema: githubSchema(),
    document,
    rootValue: rootValue(state, login, urls),
    variableValues: request.variables ?? {},
    ...(request.operationName ? { operationName: request.operationName } : {}),
  });
  const errors = (result.errors ?? []).map((e) => e.message);
  return {
    response: {
      status: 200,
      body: {
        data: result.data ?? null,
        ...(errors.length ? { errors: errors.map((message) => ({ message, type: 'NOT_FOUND' })) } : {}),
      },
    },
    operationName,
    // Errors GitHub itself would return (a wrong node id) are answers, not violations; a field the
    // fake cannot resolve shows up as a null in a non-null position, which is.
    violations: errors.filter((m) => /Cannot return null for non-nullable field/.test(m)),
  };
}
