import type { GitHubClient, RepoRef } from './client.js';
import {
  type Actor,
  type ClosedIssue,
  graphqlPartial,
  type OwnConnection,
  type OwnIssueNode,
  ownConnection,
  ownPage,
  restLogin,
} from './marked-issues.js';

/**
 * The one GraphQL request that ends a read of the GitHub backlog (DESIGN §6), instead of one
 * request per question: the state of every issue named as a blocker that the list did not carry,
 * the sub-issues of parents with open ones, and who applied the labels of issues opened by someone
 * without write access. The scan adds two riders, which would otherwise cost a request each: the
 * action's own issues (the dashboard, the stop issue, the docs mirrors) and the recently closed
 * backlog issues. A request asks about at most {@link FIELDS_PER_QUERY} issues; the riders go on
 * the first.
 */

/** An issue (or pull request) at the other end of a dependency. */
export interface LinkedIssue {
  number: number;
  title: string;
  state: 'open' | 'closed';
}

/** Someone added a label to an issue. `actor` is the login as REST spells it (`name[bot]` for an app). */
export interface LabelEvent {
  label: string;
  actor: { login: string; type: 'User' | 'Bot' | 'Organization' } | null;
  at: string;
}

export interface FollowUpRequest {
  /** Issue or pull request numbers whose state and title are wanted. */
  states: readonly number[];
  /** Issues whose sub-issues are wanted. */
  subIssuesOf: readonly number[];
  /** Issues whose label events are wanted. */
  labelEventsOf: readonly number[];
}

export interface FollowUps {
  /** Only numbers that exist. */
  states: Map<number, LinkedIssue>;
  /** Parents whose sub-issues all came back; a parent with more than a page is left out. */
  subIssues: Map<number, LinkedIssue[]>;
  /** Label events, oldest first. */
  labelEvents: Map<number, LabelEvent[]>;
}

export interface Riders {
  /** The action's own issues: the REST login of the action's identity. */
  own?: { login: string };
  /** The most recently updated closed issues with the label. */
  closed?: { label: string; count: number };
}

export interface RiderAnswers {
  /** The first page of the action's issues, oldest first, and the cursor of the next (null: none). */
  own?: { issues: OwnIssueNode[]; after: string | null };
  closed?: ClosedIssue[];
}

export const FIELDS_PER_QUERY = 100;
const PAGE = 100;

type ClosedNode = { number: number; title: string; closedAt: string | null; stateReason: string | null };
type StateNode = {
  __typename: string;
  number: number;
  title: string;
  issueState?: string;
  pullState?: string;
};
type SubNode = {
  subIssues: { totalCount: number; nodes: { number: number; title: string; state: string }[] };
};
type LabelNode = {
  timelineItems: { nodes: ({ createdAt: string; label: { name: string }; actor: Actor } | null)[] };
};

/** Runs the follow-ups (and the riders, on the first request); no request when there is nothing to ask. */
export async function followUpQuery(
  client: GitHubClient,
  repo: RepoRef,
  request: FollowUpRequest,
  riders: Riders = {},
): Promise<FollowUps & { riders: RiderAnswers }> {
  const clean = (numbers: readonly number[]) =>
    [...new Set(numbers)].filter((n) => Number.isSafeInteger(n) && n > 0);
  // Numbers are integers checked here, so writing them into the document is safe.
  const fields = [
    ...clean(request.states).map(
      (n) =>
        `s${n}: issueOrPullRequest(number: ${n}) { __typename ... on Issue { number title issueState: state } ... on PullRequest { number title pullState: state } }`,
    ),
    ...clean(request.subIssuesOf).map(
      (n) =>
        `u${n}: issue(number: ${n}) { subIssues(first: ${PAGE}) { totalCount nodes { number title state } } }`,
    ),
    ...clean(request.labelEventsOf).map(
      (n) =>
        `l${n}: issue(number: ${n}) { timelineItems(itemTypes: [LABELED_EVENT], last: ${PAGE}) { nodes { ... on LabeledEvent { createdAt label { name } actor { __typename login } } } } }`,
    ),
  ];
  const result: FollowUps & { riders: RiderAnswers } = {
    states: new Map(),
    subIssues: new Map(),
    labelEvents: new Map(),
    riders: {},
  };
  const hasRiders = riders.own !== undefined || riders.closed !== undefined;
  for (let at = 0; at < fields.length || (at === 0 && hasRiders); at += FIELDS_PER_QUERY) {
    const first = at === 0;
    const parts = fields.slice(at, at + FIELDS_PER_QUERY);
    const variables: Record<string, unknown> = { owner: repo.owner, name: repo.repo };
    const declared = ['$owner: String!', '$name: String!'];
    if (first && riders.own) {
      parts.push(ownConnection(false));
      variables.creator = riders.own.login;
      declared.push('$creator: String!');
    }
    if (first && riders.closed) {
      parts.push(
        `closed: issues(first: ${Math.min(Math.max(riders.closed.count, 1), PAGE)}, labels: [$label], states: [CLOSED], orderBy: { field: UPDATED_AT, direction: DESC }) { nodes { number title closedAt stateReason } }`,
      );
      variables.label = riders.closed.label;
      declared.push('$label: String!');
    }
    const query = `query BacklogFollowUps(${declared.join(', ')}) {\n  repository(owner: $owner, name: $name) {\n    ${parts.join('\n    ')}\n  }\n}`;
    const answer = await graphqlPartial(client, query, variables);
    for (const [alias, value] of Object.entries(answer.repository ?? {})) {
      if (!value) continue;
      const number = Number(alias.slice(1));
      if (alias.startsWith('s')) {
        const node = value as StateNode;
        result.states.set(node.number, {
          number: node.number,
          title: node.title,
          // PullRequest.state is OPEN, CLOSED or MERGED; Issue.state is OPEN or CLOSED.
          state: (node.issueState ?? node.pullState) === 'OPEN' ? 'open' : 'closed',
        });
      } else if (alias.startsWith('u')) {
        const subs = (value as SubNode).subIssues;
        if (subs.totalCount <= subs.nodes.length)
          result.subIssues.set(
            number,
            subs.nodes.map((s) => ({
              number: s.number,
              title: s.title,
              state: s.state === 'OPEN' ? 'open' : 'closed',
            })),
          );
      } else if (alias.startsWith('l')) {
        const events = (value as LabelNode).timelineItems.nodes.flatMap((e) =>
          e ? [{ label: e.label.name, actor: restLogin(e.actor), at: e.createdAt }] : [],
        );
        result.labelEvents.set(number, events);
      }
    }
    if (first && riders.own) {
      result.riders.own = ownPage(answer.repository?.own as OwnConnection | undefined);
    }
    if (first && riders.closed) {
      const closed = (answer.repository?.closed as { nodes: ClosedNode[] } | undefined)?.nodes ?? [];
      result.riders.closed = closed
        .filter((c): c is ClosedNode & { closedAt: string } => c.closedAt !== null)
        .map((c) => ({
          number: c.number,
          title: c.title,
          closedAt: c.closedAt,
          reason: c.stateReason ? c.stateReason.toLowerCase() : null,
        }))
        .sort((a, b) => b.closedAt.localeCompare(a.closedAt));
    }
  }
  return result;
}
