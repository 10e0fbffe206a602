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

/**
 * An issue with what the retrospective asks of it: its author, its last body edit, and its timeline
 * (comments, and label and title changes made through the API), filtered by `since` and
 * `itemTypes`, the `last` n.
 */
function issueNode(state: FakeState, issue: FakeIssue) {
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
      .map((e) => ({
        __typename: e.type,
        id: state.nodeId(e.type, Date.parse(e.createdAt)),
        createdAt: e.createdAt,
        actor: actor(state, e.actor),
        ...(e.label ? { label: { __typename: 'Label', name: e.label } } : {}),
      })),
  ].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const typeName = (enumValue: string) =>
    enumValue
      .toLowerCase()
      .split('_')
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join('');
  return {
    __typename: 'Issue',
    id: issue.nodeId,
    databaseId: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    state: issue.state === 'open' ? 'OPEN' : 'CLOSED',
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    author: actor(state, issue.author),
    lastEditedAt: issue.lastEditedAt ?? null,
    editor: issue.editor ? actor(state, issue.editor) : null,
    timelineItems: (a: { since?: string; last?: number; first?: number; itemTypes?: string[] }) => {
      const types = a.itemTypes?.map(typeName);
      const matching = items.filter(
        (i) =>
          (!a.since || Date.parse(i.createdAt) >= Date.parse(a.since)) &&
          (!types || types.includes(i.__typename)),
      );
      const nodes = a.last ? matching.slice(-a.last) : matching.slice(0, a.first ?? matching.length);
      return {
        nodes,
        totalCount: matching.length,
        pageInfo: {
          hasNextPage: !a.last && nodes.length < matching.length,
          hasPreviousPage: !!a.last && nodes.length < matching.length,
          startCursor: null,
          endCursor: null,
        },
      };
    },
  };
}

function connection<T>(nodes: T[]) {
  return { nodes, totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null } };
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

function rootValue(state: FakeState, login: string) {
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
        issue: (a: { number: number }) => {
          const issue = state.issue(a.number);
          if (!issue || issue.pull) {
            throw new Error(`Could not resolve to an Issue with the number of ${a.number}.`);
          }
          return issueNode(state, issue);
        },
        issueOrPullRequest: (a: { number: number }) => {
          const issue = state.issue(a.number);
          if (!issue) {
            throw new Error(`Could not resolve to an issue or pull request with the number of ${a.number}.`);
          }
          if (issue.pull) return pullNode(state, issue);
          return {
            __typename: 'Issue',
            id: issue.nodeId,
            databaseId: issue.id,
            number: issue.number,
            title: issue.title,
            body: issue.body ?? '',
            state: issue.state === 'open' ? 'OPEN' : 'CLOSED',
            author: actor(state, issue.author),
          };
        },
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
export async function answerGraphql(state: FakeState, login: string, body: unknown): Promise<GraphqlOutcome> {
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
    rootValue: rootValue(state, login),
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
