import { DEFAULT_PRIORITY, type WorkItem } from '../../backlog/model.js';
import type { BacklogView } from '../../backlog/queue.js';
import type { ClosedIssue } from '../../github/marked-issues.js';
import type { ScanBacklog } from './backlog.js';
import type { OutcomeEvent } from './signals.js';

/**
 * What finished: the GitHub source lists open issues only, so its done items come from one page of
 * recently closed ones; a docs item is done in its file, and its closed mirror says when.
 */

/** A closed issue as a work item, for the dashboard's "recently done". */
function closedItem(issue: ClosedIssue): WorkItem {
  return {
    id: `#${issue.number}`,
    title: issue.title,
    body: '',
    priority: DEFAULT_PRIORITY,
    milestone: undefined,
    status: 'done',
    blockedBy: [],
    blocking: [],
    acceptanceCriteria: [],
    labels: [],
    source: { kind: 'github', number: issue.number },
    order: issue.number,
  };
}

/** Recently done, newest first. */
export function doneItems(
  backlog: ScanBacklog,
  view: BacklogView,
  closed: readonly ClosedIssue[],
): (string | WorkItem)[] {
  if (backlog.source === 'github') {
    const open = view.done.map((i) => i.id);
    return [...open, ...closed.filter((c) => c.reason !== 'not_planned').map(closedItem)];
  }
  const closedAt = (item: WorkItem) => backlog.issues.get(item.id)?.closedAt ?? '';
  return [...view.done].sort((a, b) => closedAt(b).localeCompare(closedAt(a))).map((i) => i.id);
}

/**
 * Successes the status comments of open items cannot show: issues closed as completed (GitHub),
 * and closed mirrors of items done in their files (docs). Each resets the failure count.
 */
export function recentEvents(backlog: ScanBacklog, closed: readonly ClosedIssue[]): OutcomeEvent[] {
  if (backlog.source === 'github')
    return closed
      .filter((c) => c.reason === 'completed' || c.reason === null)
      .map((c) => ({ item: `#${c.number}`, at: c.closedAt, outcome: 'success', note: 'closed' }));
  const events: OutcomeEvent[] = [];
  for (const item of backlog.items) {
    const issue = backlog.issues.get(item.id);
    if (item.status === 'done' && issue?.closedAt)
      events.push({ item: `#${issue.number}`, at: issue.closedAt, outcome: 'success', note: 'done' });
  }
  return events;
}
