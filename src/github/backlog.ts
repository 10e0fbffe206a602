import * as core from '../log.js';
import {
  type FollowUpRequest,
  type FollowUps,
  followUpQuery,
  type LinkedIssue,
  type RiderAnswers,
  type Riders,
} from './backlog-query.js';
import type { GitHubClient, RepoRef } from './client.js';
import { issueBasics, type RestIssue } from './issues.js';
import { collaboratorRole } from './permissions.js';

export type { FollowUpRequest, FollowUps, LabelEvent, LinkedIssue } from './backlog-query.js';

/**
 * The reads of the GitHub backlog source (DESIGN §6), sized so that a scan of 1,000 issues costs
 * about a dozen requests: one paginated list, then per-issue calls only where the list payload
 * says there is something to read (`issue_dependencies_summary`), and one GraphQL request (per
 * hundred issues asked about) for everything else: the issues named in "Blocked by #n" lines that
 * the list did not carry, the sub-issues of parents with open ones, and who labelled the issues
 * that people without write access opened.
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
  /** Who opened it (`user`), null for a deleted account. */
  author?: { login: string; type: string } | null;
  /** `author_association`: OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE, … */
  authorAssociation?: string;
}

/** The narrow operations the backlog's GitHub source needs; a fake is a few lines. */
export interface GitHubBacklogReads {
  /** Open issues carrying the label (pull requests left out), oldest first. */
  listOpenIssues(label: string): Promise<ListedIssue[]>;
  /** The issues recorded as blocking `number` (GitHub's issue dependencies); [] where unavailable. */
  blockedBy(number: number): Promise<LinkedIssue[]>;
  /**
   * Everything else, in one go: the state of each numbered issue or pull request that exists
   * (missing numbers are left out), the sub-issues of each parent ([] where unavailable), and the
   * label events of each issue (oldest first).
   */
  followUps(request: FollowUpRequest): Promise<FollowUps>;
  /** The login's role on the repository (`admin` … `read`, `none`), asked once per login. */
  role(login: string): Promise<string>;
}

/** Statuses meaning "this API is not available here" (GHES without it, a feature turned off). */
const UNAVAILABLE = new Set([403, 404, 410]);
const statusOf = (error: unknown) => (error as { status?: number }).status ?? 0;

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
    author: i.user ? { login: i.user.login, type: i.user.type ?? 'User' } : null,
    ...(i.author_association ? { authorAssociation: i.author_association } : {}),
  };
}

/** The reads with riders: what rode on the follow-up request, once it ran. */
export interface RidingReads extends GitHubBacklogReads {
  /** The riders' answers; asks for them alone when no follow-up request carried them. */
  riders(): Promise<RiderAnswers>;
}

/**
 * The reads, done with the one GitHub client. `info` receives the one line said when an API is not
 * available (the job log by default; the CLI sends it to stderr, keeping stdout for `--json`).
 * `riders` are asked for on the first follow-up request (the scan's own issues and closed ones).
 */
export function backlogReads(
  client: GitHubClient,
  repo: RepoRef,
  info: (message: string) => void = core.info,
  riders: Riders = {},
): RidingReads {
  let answered: RiderAnswers | undefined;
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
  const subIssues = (number: number) =>
    orEmpty('sub-issues', async () =>
      (
        await client.paginate(client.rest.issues.listSubIssues, {
          ...repo,
          issue_number: number,
          per_page: 100,
        })
      ).map(linked),
    );
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
    async followUps(request) {
      const ride = answered ? {} : riders;
      let result: Awaited<ReturnType<typeof followUpQuery>>;
      try {
        result = await followUpQuery(client, repo, request, ride);
      } catch (error) {
        // GitHub Enterprise Server without sub-issues in GraphQL: ask for them over REST instead.
        if (request.subIssuesOf.length === 0) throw error;
        result = await followUpQuery(client, repo, { ...request, subIssuesOf: [] }, ride);
      }
      if (ride.own || ride.closed) answered = result.riders;
      // A parent with more sub-issues than one page (or none reported) is read over REST.
      for (const n of request.subIssuesOf)
        if (!result.subIssues.has(n)) result.subIssues.set(n, await subIssues(n));
      return result;
    },
    role: (login) => collaboratorRole(client, repo, login),
    async riders() {
      if (!answered)
        answered = (
          await followUpQuery(client, repo, { states: [], subIssuesOf: [], labelEventsOf: [] }, riders)
        ).riders;
      return answered;
    },
  };
}
