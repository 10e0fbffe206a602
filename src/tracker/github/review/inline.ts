import type { ActionIdentity } from '../../../github/identity.js';
import { byAction, type ReviewThread } from '../../../github/threads.js';
import type { Finding, Review } from '../../../review/schema.js';
import { findingOfComment } from './payloads.js';

/** An inline comment thread the action opened for a finding (found by the marker of its first comment). */
export interface FindingThread {
  threadId: string;
  findingId: string;
  path: string;
  /** The line the thread is on now; null when GitHub shows it as outdated. */
  line: number | null;
  resolved: boolean;
}

/** A thread to resolve, and why. */
export interface ThreadToResolve {
  threadId: string;
  findingId: string;
  where: string;
  why: 'fixed' | 'moved';
}

/** What the inline comments of this cycle do about the threads already on the PR. */
export interface InlinePlan {
  /** Inline findings whose comment is on the PR at the same line, unresolved: not posted again. */
  already: Set<string>;
  resolve: ThreadToResolve[];
}

/**
 * The action's own finding threads. Only a thread whose first comment the action wrote counts, and
 * only with exactly one finding marker: a marker copied into anyone else's comment names nothing.
 */
export function findingThreads(threads: readonly ReviewThread[], identity: ActionIdentity): FindingThread[] {
  const own: FindingThread[] = [];
  for (const thread of threads) {
    const root = thread.comments[0];
    if (!root || !byAction(root, identity)) continue;
    const findingId = findingOfComment(root.body);
    if (findingId === undefined) continue;
    own.push({
      threadId: thread.id,
      findingId,
      path: thread.path,
      line: thread.line,
      resolved: thread.isResolved,
    });
  }
  return own;
}

const commentLine = (f: Finding) => f.end_line ?? f.line;

/**
 * Decides the threads: an inline finding already commented at the same file and line keeps its
 * thread (no second comment); one whose thread is elsewhere (the code moved, or GitHub marks it
 * outdated) gets that thread resolved and a new comment; a thread whose finding this review no
 * longer reports is resolved as fixed. A blocked review judged nothing, so it resolves nothing.
 * A finding still reported but now outside the diff keeps its thread open.
 */
export function planInline(
  review: Review,
  inline: readonly Finding[],
  threads: readonly FindingThread[],
): InlinePlan {
  const already = new Set<string>();
  const resolve: ThreadToResolve[] = [];
  const open = threads.filter((t) => !t.resolved);
  if (review.status === 'blocked') return { already, resolve };
  const reported = new Set(review.findings.map((f) => f.id));
  const inlineById = new Map(inline.map((f) => [f.id, f]));
  const where = (t: FindingThread) => `${t.path}${t.line === null ? ' (outdated)' : `:${t.line}`}`;
  for (const thread of open) {
    if (!reported.has(thread.findingId)) {
      resolve.push({
        threadId: thread.threadId,
        findingId: thread.findingId,
        where: where(thread),
        why: 'fixed',
      });
      continue;
    }
    const finding = inlineById.get(thread.findingId);
    if (!finding) continue;
    const same = thread.path === finding.file && thread.line === commentLine(finding);
    if (same && !already.has(finding.id)) already.add(finding.id);
    else
      resolve.push({
        threadId: thread.threadId,
        findingId: thread.findingId,
        where: where(thread),
        why: 'moved',
      });
  }
  return { already, resolve };
}
