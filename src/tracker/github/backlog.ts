import { buildDag, type Dag, type ExternalItem } from '../../backlog/dag.js';
import { acceptanceCriteria } from '../../backlog/docs-file.js';
import {
  DEFAULT_PRIORITY,
  type ItemStatus,
  type Milestone,
  PRIORITIES,
  type Priority,
  type WorkItem,
} from '../../backlog/model.js';
import type { BacklogProblem } from '../../backlog/problems.js';
import type { QueueSignals } from '../../backlog/queue.js';
import type { GitHubBacklogReads, LabelEvent, LinkedIssue, ListedIssue } from '../../github/backlog.js';
import { WRITE_ROLES } from '../../github/permissions.js';

/**
 * The GitHub source (DESIGN §6): open issues with the opt-in label. An issue waits for the issues
 * GitHub records as blocking it, for its open sub-issues, and for every `#n` on a "Blocked by" or
 * "Depends on" line of its body. A closed blocker does not block.
 *
 * The label alone does not let an issue in: anyone can open an issue, and an issue form can label
 * it `codex` by itself. An issue opened by someone without write access is in the backlog only when
 * a person with write access applied the opt-in label (the last time it was applied).
 */

/** The id of a GitHub item in the DAG. */
export const issueId = (number: number) => `#${number}`;

/** Fenced code and inline code render verbatim: a "Blocked by #3" there is an example, not a dependency. */
const CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))|`[^`\n]*`/gm;
const REF_LINE =
  /\b(?:blocked[ \t]+by|depends[ \t]+on)\b[ \t]*:?[ \t]*((?:#\d+(?:[ \t]*(?:,|;|&|\band\b)?[ \t]*))+)/gi;

/**
 * The issue numbers named by "Blocked by #12" / "Depends on #12, #13 and #14" phrases, several per
 * line or body, any case, in order of appearance without repeats. Only same-repository `#n` refs.
 */
export function parseBlockerRefs(body: string): number[] {
  const text = body.replace(CODE, '');
  const numbers: number[] = [];
  for (const match of text.matchAll(REF_LINE)) {
    for (const ref of (match[1] as string).matchAll(/#(\d+)/g)) {
      const n = Number(ref[1]);
      if (Number.isSafeInteger(n) && n > 0 && !numbers.includes(n)) numbers.push(n);
    }
  }
  return numbers;
}

/** The most urgent of `P0`–`P3` and `priority:critical|high|medium|low` labels; none is medium. */
export function priorityFromLabels(labels: readonly string[]): Priority {
  let best: number = PRIORITIES.indexOf(DEFAULT_PRIORITY);
  let found = false;
  for (const label of labels) {
    const text = label.trim().toLowerCase();
    const p = /^p([0-3])$/.exec(text)?.[1];
    const named = /^priority[ \t]*:[ \t]*(critical|high|medium|low)$/.exec(text)?.[1] as Priority | undefined;
    const rank = p !== undefined ? Number(p) : named ? PRIORITIES.indexOf(named) : -1;
    if (rank < 0) continue;
    best = found ? Math.min(best, rank) : rank;
    found = true;
  }
  return PRIORITIES[best] as Priority;
}

const has = (labels: readonly string[], name: string) =>
  labels.some((l) => l.toLowerCase() === name.toLowerCase());

/** Whether the issue opted in: it carries the label named by `labels.prefix`. */
export const isOptedIn = (labels: readonly string[], prefix: string) => has(labels, prefix);

/** The item's status: closed is done; otherwise the lifecycle label says (DESIGN §3), else open. */
export function statusFromIssue(issue: Pick<ListedIssue, 'state' | 'labels'>, prefix: string): ItemStatus {
  if (issue.state === 'closed' || has(issue.labels, `${prefix}:done`)) return 'done';
  if (has(issue.labels, `${prefix}:in-progress`)) return 'in_progress';
  if (has(issue.labels, `${prefix}:in-review`)) return 'in_review';
  if (has(issue.labels, `${prefix}:blocked`)) return 'blocked';
  return 'open';
}

/** A listed issue as a work item; `blockedBy` holds its body's refs until the native ones are added. */
export function issueToItem(issue: ListedIssue, prefix: string): WorkItem {
  return {
    id: issueId(issue.number),
    title: issue.title,
    body: issue.body,
    priority: priorityFromLabels(issue.labels),
    milestone: issue.milestone?.title,
    status: statusFromIssue(issue, prefix),
    blockedBy: parseBlockerRefs(issue.body)
      .filter((n) => n !== issue.number)
      .map(issueId),
    blocking: [],
    acceptanceCriteria: acceptanceCriteria(issue.body),
    labels: issue.labels,
    source: { kind: 'github', number: issue.number, url: issue.htmlUrl },
    order: issue.number,
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
  };
}

/** Milestones in order of due date (none last), then number. */
export function rankGitHubMilestones(issues: readonly ListedIssue[]): Milestone[] {
  const seen = new Map<string, NonNullable<ListedIssue['milestone']>>();
  for (const i of issues)
    if (i.milestone && !seen.has(i.milestone.title)) seen.set(i.milestone.title, i.milestone);
  return [...seen.values()]
    .sort((a, b) => (a.dueOn ?? '\uffff').localeCompare(b.dueOn ?? '\uffff') || a.number - b.number)
    .map((m, rank) => ({ id: m.title, title: m.title, rank }));
}

/** The labels' part of the queue signals: `codex:stop` stops an item, a clarification waits for a human. */
export function labelSignals(prefix: string): QueueSignals {
  return {
    claimed: () => false,
    stopped: (item) => has(item.labels, `${prefix}:stop`),
    waitingForHuman: (item) =>
      has(item.labels, `${prefix}:needs-clarification`) ? 'questions open (needs clarification)' : undefined,
  };
}

export interface GitHubBacklog {
  items: WorkItem[];
  /** The listed issues behind the items (those let in), in list order. */
  listed: ListedIssue[];
  milestones: Milestone[];
  dag: Dag;
  /** Dependency cycles; GitHub items are not failed fast, but a cycle never becomes ready. */
  problems: BacklogProblem[];
  /** References to numbers that name no issue, and issues left out, for the scan's log. */
  warnings: string[];
}

export interface GitHubBacklogOptions {
  prefix: string;
  /** The action's own account: what it opened or labelled counts as done by a writer. */
  trusted?: (user: { login: string; type: string }) => boolean;
}

/**
 * Author associations that can come with write access (a member or collaborator may have read
 * access only, so they are asked about); anyone else (a contributor, a first-timer, nobody) has
 * none, which saves asking.
 */
const WRITER_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

/** Whether the account may put work in the backlog: the action itself, or a user with write access. */
async function isWriter(
  reads: GitHubBacklogReads,
  options: GitHubBacklogOptions,
  user: { login: string; type: string } | null | undefined,
  association?: string,
): Promise<boolean> {
  if (!user) return false;
  if (options.trusted?.(user)) return true;
  if (user.type !== 'User') return false;
  // The owner of a personal repository is its admin; an organization's repository has no OWNER.
  if (association?.toUpperCase() === 'OWNER') return true;
  if (association !== undefined && !WRITER_ASSOCIATIONS.has(association.toUpperCase())) return false;
  return (WRITE_ROLES as readonly string[]).includes(await reads.role(user.login));
}

/** Who applied the label last (events oldest first), or undefined when no event says. */
function lastLabelledBy(events: readonly LabelEvent[], label: string): LabelEvent['actor'] | undefined {
  const applied = events.filter((e) => e.label.toLowerCase() === label.toLowerCase());
  return applied.at(-1)?.actor;
}

/** Reads the backlog with the given operations and builds its DAG. */
export async function loadGitHubBacklog(
  uncached: GitHubBacklogReads,
  options: GitHubBacklogOptions,
): Promise<GitHubBacklog> {
  const labelled = (await uncached.listOpenIssues(options.prefix)).filter((i) =>
    isOptedIn(i.labels, options.prefix),
  );
  // One question per login, however many issues it opened or labelled.
  const roles = new Map<string, Promise<string>>();
  const role = (login: string) => {
    const key = login.toLowerCase();
    if (!roles.has(key)) roles.set(key, uncached.role(login));
    return roles.get(key) as Promise<string>;
  };
  const reads: GitHubBacklogReads = { ...uncached, role };
  const byWriter = new Set<number>();
  for (const issue of labelled)
    if (await isWriter(reads, options, issue.author, issue.authorAssociation)) byWriter.add(issue.number);
  const known = new Map<string, LinkedIssue>();
  const blockedBy = new Map<number, LinkedIssue[]>();
  for (const issue of labelled)
    if ((issue.blockedByCount ?? 0) > 0) blockedBy.set(issue.number, await reads.blockedBy(issue.number));
  for (const blockers of blockedBy.values()) for (const b of blockers) known.set(issueId(b.number), b);
  const listedIds = new Set(labelled.map((i) => issueId(i.number)));
  // Numbers written in bodies that neither the list nor a dependency read carried.
  const outside = new Set<number>();
  for (const issue of labelled)
    for (const n of parseBlockerRefs(issue.body))
      if (!listedIds.has(issueId(n)) && !known.has(issueId(n))) outside.add(n);
  const request = {
    states: [...outside],
    // A parent waits for its open sub-issues; closed ones are done and would not block anyway.
    subIssuesOf: labelled.filter((i) => (i.openSubIssues ?? 0) > 0).map((i) => i.number),
    labelEventsOf: labelled.filter((i) => !byWriter.has(i.number)).map((i) => i.number),
  };
  const asked = request.states.length + request.subIssuesOf.length + request.labelEventsOf.length;
  const follow =
    asked > 0
      ? await reads.followUps(request)
      : {
          states: new Map<number, LinkedIssue>(),
          subIssues: new Map<number, LinkedIssue[]>(),
          labelEvents: new Map<number, LabelEvent[]>(),
        };

  const listed: ListedIssue[] = [];
  const leftOut: ListedIssue[] = [];
  for (const issue of labelled) {
    const by = lastLabelledBy(follow.labelEvents.get(issue.number) ?? [], options.prefix);
    // The author labelling their own issue (an issue form does) is no one new to ask about.
    const byAuthor = by?.login.toLowerCase() === issue.author?.login.toLowerCase();
    if (byWriter.has(issue.number) || (!byAuthor && (await isWriter(reads, options, by)))) listed.push(issue);
    else leftOut.push(issue);
  }
  // An issue left out is still an open issue another one may wait for.
  for (const issue of leftOut) known.set(issueId(issue.number), issue);
  for (const [n, issue] of follow.states) if (!known.has(issueId(n))) known.set(issueId(n), issue);

  const items = listed.map((i) => issueToItem(i, options.prefix));
  const inBacklog = new Set(items.map((i) => i.id));
  for (const [index, issue] of listed.entries()) {
    const item = items[index] as WorkItem;
    const add = (blockers: readonly LinkedIssue[]) => {
      for (const b of blockers) {
        const id = issueId(b.number);
        known.set(id, b);
        if (id !== item.id && !item.blockedBy.includes(id)) item.blockedBy.push(id);
      }
    };
    add(blockedBy.get(issue.number) ?? []);
    add((follow.subIssues.get(issue.number) ?? []).filter((s) => s.state === 'open'));
  }

  const external = new Map<string, ExternalItem>();
  for (const [id, issue] of known) {
    if (inBacklog.has(id)) continue;
    external.set(id, { id, title: issue.title, status: issue.state === 'closed' ? 'done' : 'open' });
  }
  const dag = buildDag(items, external);
  const problems: BacklogProblem[] = dag.cycles.map((path) => ({ kind: 'cycle', path, files: [] }));
  const warnings = dag.unknown.map(
    (u) => `${u.from} names ${u.id} as a blocker, but there is no such issue: it waits until that is fixed.`,
  );
  if (leftOut.length > 0) warnings.push(leftOutWarning(leftOut, options.prefix));
  return { items, listed, milestones: rankGitHubMilestones(listed), dag, problems, warnings };
}

/** One line for every issue left out: who may let it in. */
function leftOutWarning(leftOut: readonly ListedIssue[], label: string): string {
  const shown = leftOut
    .slice(0, 20)
    .map((i) => `#${i.number}`)
    .join(', ');
  const more = leftOut.length > 20 ? ` and ${leftOut.length - 20} more` : '';
  return `Not in the backlog: ${shown}${more} carry '${label}', but were opened by someone without write access and nobody with write access applied the label. A person with write access lets one in by applying '${label}' (remove it and add it again).`;
}
