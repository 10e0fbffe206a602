import type { ItemJob } from '../../action/job.js';
import type { Dag } from '../../backlog/dag.js';
import { loadDocsBacklog } from '../../backlog/docs.js';
import { parseDocsItemMarker } from '../../backlog/mirror.js';
import type { Milestone, WorkItem } from '../../backlog/model.js';
import type { BacklogProblem } from '../../backlog/problems.js';
import { errorMessage } from '../../errors.js';
import type { RidingReads } from '../../github/backlog.js';
import { isIdentity } from '../../github/identity.js';
import { LIFECYCLE } from '../../github/labels.js';
import type { OwnIssue } from '../../github/marked-issues.js';
import type { ItemState } from '../../state/index.js';
import { loadGitHubBacklog } from '../../tracker/github/backlog.js';
import { loadItemState } from '../../tracker/github/store.js';

/** An item's GitHub issue: the issue itself (github source) or its mirror (docs source). */
export interface LinkedIssue {
  number: number;
  labels: string[];
  comments: number;
  state: 'open' | 'closed';
  closedAt: string | null;
}

export interface ScanBacklog {
  source: 'github' | 'docs';
  items: WorkItem[];
  milestones: Milestone[];
  dag: Dag;
  /** Problems of the docs source stop every dispatch; GitHub cycles only keep their items unready. */
  problems: BacklogProblem[];
  failFast: boolean;
  warnings: string[];
  /** Item id → its issue, for every item that has one. */
  issues: Map<string, LinkedIssue>;
}

/**
 * Loads the configured source, with `reads` for the GitHub one (their follow-up request carries
 * the scan's own issues and the recently closed ones). A docs item's issue (its mirror) is linked
 * by {@link linkMirrors}, once the action's own issues are known.
 */
export async function loadScanBacklog(job: ItemJob, reads: RidingReads): Promise<ScanBacklog> {
  const { config, context } = job.ctx;
  const issues = new Map<string, LinkedIssue>();
  if (config.backlog.source === 'docs') {
    const docs = await loadDocsBacklog(context.workspace, config.backlog.docs);
    return { source: 'docs', ...docs, failFast: docs.problems.length > 0, warnings: [], issues };
  }
  const prefix = config.labels.prefix;
  const { listed, ...backlog } = await loadGitHubBacklog(reads, {
    prefix,
    trusted: (user) => isIdentity(user, job.identity),
  });
  for (const i of listed) {
    issues.set(`#${i.number}`, {
      number: i.number,
      labels: i.labels,
      // Unknown (an older payload): read, to be safe.
      comments: i.comments ?? 1,
      state: i.state,
      closedAt: null,
    });
  }
  return { source: 'github', ...backlog, failFast: false, issues };
}

/** Links each docs item to its mirror among the action's own issues (oldest first wins). */
export function linkMirrors(backlog: ScanBacklog, own: readonly OwnIssue[]): void {
  if (backlog.source !== 'docs') return;
  const ids = new Set(backlog.items.map((i) => i.id));
  // Oldest first: should a race ever have opened two mirrors, every scan settles on the first.
  for (const issue of own) {
    const marker = parseDocsItemMarker(issue.body);
    if (!marker || !ids.has(marker.id) || backlog.issues.has(marker.id)) continue;
    backlog.issues.set(marker.id, {
      number: issue.number,
      labels: issue.labels,
      comments: issue.comments,
      state: issue.state,
      closedAt: issue.closedAt,
    });
  }
}

/**
 * Whether the issue may have a status comment worth a read: it has comments, and a lifecycle
 * label (other than done) shows the action has touched it. The scan's own claim sets
 * `in-progress`, so a claimed item is always read.
 */
export function inFlight(issue: LinkedIssue, prefix: string): boolean {
  if (issue.comments === 0 || issue.state === 'closed') return false;
  const names = LIFECYCLE(prefix);
  const held = [
    names['needs-clarification'],
    names.ready,
    names['in-progress'],
    names['in-review'],
    names.blocked,
  ].map((l) => l.toLowerCase());
  return issue.labels.some((l) => held.includes(l.toLowerCase()));
}

/** An item's state as read from its status comment: none yet, the state, or why it is unreadable. */
export type ReadState =
  | { kind: 'none' }
  | { kind: 'state'; state: ItemState }
  | { kind: 'unreadable'; message: string };

/** Reads the status comment of every in-flight item: one read each, none for the rest. */
export async function readStates(job: ItemJob, backlog: ScanBacklog): Promise<Map<string, ReadState>> {
  const prefix = job.ctx.config.labels.prefix;
  const states = new Map<string, ReadState>();
  for (const [id, issue] of backlog.issues) {
    if (!inFlight(issue, prefix)) continue;
    states.set(id, await readState(job, issue.number));
  }
  return states;
}

/** The item's state from its status comment; a corrupt one is reported, not thrown. */
export async function readState(job: ItemJob, number: number): Promise<ReadState> {
  try {
    const loaded = await loadItemState(job.client, job.repo, number, job.identity);
    return loaded ? { kind: 'state', state: loaded.state } : { kind: 'none' };
  } catch (error) {
    return { kind: 'unreadable', message: errorMessage(error) };
  }
}
