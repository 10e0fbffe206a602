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
import type { GitHubBacklogReads, LinkedIssue, ListedIssue } from '../../github/backlog.js';

/**
 * The GitHub source (DESIGN §6): open issues with the opt-in label. An issue waits for the issues
 * GitHub records as blocking it, for its open sub-issues, and for every `#n` on a "Blocked by" or
 * "Depends on" line of its body. A closed blocker does not block.
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
  milestones: Milestone[];
  dag: Dag;
  /** Dependency cycles; GitHub items are not failed fast, but a cycle never becomes ready. */
  problems: BacklogProblem[];
  /** References to numbers that name no issue, for the scan's log. */
  warnings: string[];
}

/** Reads the backlog with the given operations and builds its DAG. */
export async function loadGitHubBacklog(
  reads: GitHubBacklogReads,
  options: { prefix: string },
): Promise<GitHubBacklog> {
  const listed = (await reads.listOpenIssues(options.prefix)).filter((i) =>
    isOptedIn(i.labels, options.prefix),
  );
  const items = listed.map((i) => issueToItem(i, options.prefix));
  const inBacklog = new Set(items.map((i) => i.id));
  const known = new Map<string, LinkedIssue>();
  const addBlockers = (item: WorkItem, blockers: readonly LinkedIssue[]) => {
    for (const b of blockers) {
      known.set(issueId(b.number), b);
      const id = issueId(b.number);
      if (id !== item.id && !item.blockedBy.includes(id)) item.blockedBy.push(id);
    }
  };
  for (const [index, issue] of listed.entries()) {
    const item = items[index] as WorkItem;
    if ((issue.blockedByCount ?? 0) > 0) addBlockers(item, await reads.blockedBy(issue.number));
    // A parent waits for its open sub-issues; closed ones are done and would not block anyway.
    if ((issue.openSubIssues ?? 0) > 0)
      addBlockers(
        item,
        (await reads.subIssues(issue.number)).filter((s) => s.state === 'open'),
      );
  }
  const outside = new Set<number>();
  for (const item of items)
    for (const id of item.blockedBy)
      if (!inBacklog.has(id) && !known.has(id)) outside.add(Number(id.slice(1)));
  if (outside.size > 0)
    for (const [n, issue] of await reads.issueStates([...outside])) known.set(issueId(n), issue);

  const external = new Map<string, ExternalItem>();
  for (const [id, issue] of known) {
    if (inBacklog.has(id)) continue;
    external.set(id, { id, title: issue.title, status: issue.state === 'closed' ? 'done' : 'open' });
  }
  const dag = buildDag(items, external);
  const problems: BacklogProblem[] = dag.cycles.map((path) => ({ kind: 'cycle', path, files: [] }));
  const warnings = dag.unknown.map(
    (u) => `${u.from} names ${u.id} as a blocker, but there is no such issue.`,
  );
  return { items, milestones: rankGitHubMilestones(listed), dag, problems, warnings };
}
