import * as core from '../log.js';
import type { GitHubClient, RepoRef } from './client.js';
import { issueBasics, type RestIssue } from './issues.js';

/**
 * The reads of the GitHub backlog source (DESIGN §6), sized so that a scan of 1,000 issues costs
 * about a dozen requests: one paginated list, then per-issue calls only where the list payload
 * says there is something to read (`issue_dependencies_summary`, `sub_issues_summary`), and one
 * GraphQL request per hundred issues named in "Blocked by #n" lines that the list did not carry.
 */

/** An open issue as the list payload gives it, with the counts that decide the follow-up reads. */
export interface ListedIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  createdAt: string;
  /** The last activity on the issue (a comment, an edit, a label). */
  updatedAt?: string;
  htmlUrl: string;
  milestone: { number: number; title: string; dueOn: string | null } | null;
  /**
   * Open issues blocking this one (`issue_dependencies_summary.blocked_by`, or `total_blocked_by`
   * when only that is there); undefined where GitHub does not report dependencies.
   */
  blockedByCount: number | undefined;
  /** Sub-issues not completed (`sub_issues_summary.total - completed`); undefined when not reported. */
  openSubIssues: number | undefined;
  /** How many comments it has: none means no status comment, so the scan reads none. */
  comments?: number;
}

/** An issue (or pull request) at the other end of a dependency. */
export interface LinkedIssue {
  number: number;
  title: string;
  state: 'open' | 'closed';
}

/** The narrow operations the backlog's GitHub source needs; a fake is a few lines. */
export interface GitHubBacklogReads {
  /** Open issues carrying the label (pull requests left out), oldest first. */
  listOpenIssues(label: string): Promise<ListedIssue[]>;
  /** The issues recorded as blocking `number` (GitHub's issue dependencies); [] where unavailable. */
  blockedBy(number: number): Promise<LinkedIssue[]>;
  /** The sub-issues of `number`; [] where unavailable. */
  subIssues(number: number): Promise<LinkedIssue[]>;
  /** The state of each numbered issue or pull request that exists; missing numbers are left out. */
  issueStates(numbers: readonly number[]): Promise<Map<number, LinkedIssue>>;
}

/** Statuses meaning "this API is not available here" (GHES without it, a feature turned off). */
const UNAVAILABLE = new Set([403, 404, 410]);
const statusOf = (error: unknown) => (error as { status?: number }).status ?? 0;
const STATES_PER_QUERY = 100;

const linked = (i: { number: number; title: string; state: string }): LinkedIssue => ({
  number: i.number,
  title: i.title,
  state: i.state === 'closed' ? 'closed' : 'open',
});

function listed(i: RestIssue): ListedIssue {
  const deps = i.issue_dependencies_summary;
  const subs = i.sub_issues_summary;
  return {
    ...issueBasics(i),
    createdAt: i.created_at,
    updatedAt: i.updated_at,
    htmlUrl: i.html_url,
    milestone: i.milestone
      ? { number: i.milestone.number, title: i.milestone.title, dueOn: i.milestone.due_on }
      : null,
    blockedByCount: deps ? (deps.blocked_by ?? deps.total_blocked_by) : undefined,
    openSubIssues: subs ? Math.max(0, subs.total - subs.completed) : undefined,
    comments: i.comments ?? 0,
  };
}

type StatesAnswer = {
  repository: Record<
    string,
    { __typename: string; number: number; title: string; issueState?: string; pullState?: string } | null
  > | null;
};

/**
 * The reads, done with the one GitHub client. `info` receives the one line said when an API is not
 * available (the job log by default; the CLI sends it to stderr, keeping stdout for `--json`).
 */
export function backlogReads(
  client: GitHubClient,
  repo: RepoRef,
  info: (message: string) => void = core.info,
): GitHubBacklogReads {
  const unavailable = new Set<string>();
  const orEmpty = async (api: string, read: () => Promise<LinkedIssue[]>): Promise<LinkedIssue[]> => {
    if (unavailable.has(api)) return [];
    try {
      return await read();
    } catch (error) {
      if (!UNAVAILABLE.has(statusOf(error))) throw error;
      unavailable.add(api);
      info(`GitHub's ${api} API is not available here (${statusOf(error)}); the scan goes without it.`);
      return [];
    }
  };
  return {
    async listOpenIssues(label) {
      const issues = (await client.paginate(client.rest.issues.listForRepo, {
        ...repo,
        state: 'open',
        labels: label,
        sort: 'created',
        direction: 'asc',
        per_page: 100,
      })) as RestIssue[];
      return issues.filter((i) => !i.pull_request).map(listed);
    },
    blockedBy: (number) =>
      orEmpty('issue dependencies', async () =>
        (
          await client.paginate(client.rest.issues.listDependenciesBlockedBy, {
            ...repo,
            issue_number: number,
            per_page: 100,
          })
        ).map(linked),
      ),
    subIssues: (number) =>
      orEmpty('sub-issues', async () =>
        (
          await client.paginate(client.rest.issues.listSubIssues, {
            ...repo,
            issue_number: number,
            per_page: 100,
          })
        ).map(linked),
      ),
    async issueStates(numbers) {
      const found = new Map<number, LinkedIssue>();
      const unique = [...new Set(numbers)].filter((n) => Number.isSafeInteger(n) && n > 0);
      for (let i = 0; i < unique.length; i += STATES_PER_QUERY) {
        const batch = unique.slice(i, i + STATES_PER_QUERY);
        // Numbers are integers checked above, so writing them into the document is safe.
        const fields = batch
          .map(
            (n) =>
              `i${n}: issueOrPullRequest(number: ${n}) { __typename ... on Issue { number title issueState: state } ... on PullRequest { number title pullState: state } }`,
          )
          .join('\n');
        const query = `query BacklogIssueStates($owner: String!, $name: String!) {\n  repository(owner: $owner, name: $name) {\n${fields}\n  }\n}`;
        let answer: StatesAnswer;
        try {
          answer = await client.graphql<StatesAnswer>(query, { owner: repo.owner, name: repo.repo });
        } catch (error) {
          // A number that names nothing is an error next to the data of the others (type NOT_FOUND).
          const partial = (error as { data?: StatesAnswer; errors?: { type?: string }[] }).data;
          const errors = (error as { errors?: { type?: string }[] }).errors ?? [];
          if (!partial || errors.some((e) => e.type !== 'NOT_FOUND')) throw error;
          answer = partial;
        }
        for (const node of Object.values(answer.repository ?? {})) {
          if (!node) continue;
          found.set(node.number, {
            number: node.number,
            title: node.title,
            // PullRequest.state is OPEN, CLOSED or MERGED; Issue.state is OPEN or CLOSED.
            state: (node.issueState ?? node.pullState) === 'OPEN' ? 'open' : 'closed',
          });
        }
      }
      return found;
    },
  };
}
