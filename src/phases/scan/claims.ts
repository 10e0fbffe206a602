import { type ItemJob, saveState, setLabel } from '../../action/job.js';
import { mirrorIssue } from '../../backlog/mirror.js';
import type { WorkItem } from '../../backlog/model.js';
import type { QueueEntry, QueuePhase } from '../../backlog/queue.js';
import { readIssue } from '../../github/issues.js';
import { LIFECYCLE } from '../../github/labels.js';
import { createIssue } from '../../github/marked-issues.js';
import * as core from '../../log.js';
import { type ItemState, newItemState, noteEvent } from '../../state/index.js';
import { type ReadState, readState, type ScanBacklog } from './backlog.js';
import { type HoldClock, holdOf, staleClaim } from './signals.js';

/** An item the scan claimed; `number` is undefined for a docs item a dry run would have mirrored. */
export interface Claim {
  item: WorkItem;
  number: number | undefined;
  phase: QueuePhase;
  mirrored: boolean;
}

const has = (labels: readonly string[], name: string) =>
  labels.some((l) => l.toLowerCase() === name.toLowerCase());

/**
 * Claims up to `count` ready items, in queue order. Each one is re-checked just before (its issue
 * and status comment read again: another run may have taken it since the scan's first read), a
 * docs item is mirrored to an issue the first time, and the claim is recorded in the item's state
 * with the `in-progress` label. Dispatching is the caller's.
 */
export async function claimReady(
  job: ItemJob,
  backlog: ScanBacklog,
  ready: readonly QueueEntry[],
  count: number,
  clock: HoldClock,
): Promise<Claim[]> {
  const claims: Claim[] = [];
  for (const entry of ready) {
    if (claims.length >= count) break;
    const claim = await claimOne(job, backlog, entry, clock);
    if (claim) claims.push(claim);
  }
  return claims;
}

async function claimOne(
  job: ItemJob,
  backlog: ScanBacklog,
  entry: QueueEntry,
  clock: HoldClock,
): Promise<Claim | undefined> {
  const prefix = job.ctx.config.labels.prefix;
  const names = LIFECYCLE(prefix);
  const { item } = entry;
  const linked = backlog.issues.get(item.id);
  if (!linked) {
    if (item.source.kind !== 'docs') return undefined;
    const number = await mirror(job, item, [names['opt-in'], names['in-progress']]);
    if (number === undefined) return { item, number, phase: entry.phase, mirrored: true };
    await recordClaim(job, newItemState(number), entry.phase, clock);
    return { item, number, phase: entry.phase, mirrored: true };
  }

  const issue = await readIssue(job.client, job.repo, linked.number);
  const skip = (why: string) => {
    core.info(`Not claiming ${item.id} (#${linked.number}): ${why}.`);
    return undefined;
  };
  if (issue.state !== 'open') return skip('its issue was closed since the scan began');
  if (has(issue.labels, names.stop)) return skip(`it carries ${names.stop}`);
  const read: ReadState = issue.comments > 0 ? await readState(job, linked.number) : { kind: 'none' };
  if (read.kind === 'unreadable') return skip(`its status comment cannot be read: ${read.message}`);
  let state = read.kind === 'state' ? read.state : newItemState(linked.number);
  if (staleClaim(state, clock)) state = { ...state, claim: null };
  const hold = holdOf(state, clock);
  if (hold.kind !== 'free') return skip(`its status comment says ${hold.kind.replace('_', ' ')}`);
  await recordClaim(job, state, hold.phase, clock);
  await setLabel(job, linked.number, 'in-progress', issue.labels);
  return { item, number: linked.number, phase: hold.phase, mirrored: false };
}

/** Records the claim in the state (a timeline line says so too). */
async function recordClaim(job: ItemJob, state: ItemState, phase: QueuePhase, clock: HoldClock) {
  const now = new Date(clock.now);
  const claimed = noteEvent(
    { ...state, claim: { runUrl: job.runUrl, at: now.toISOString(), phase } },
    `claimed by the scan for ${phase}`,
    job.runUrl,
    now,
  );
  await saveState(job, claimed);
}

/** Opens the docs item's issue (a dry run prints it); its number, or undefined in a dry run. */
async function mirror(job: ItemJob, item: WorkItem, labels: string[]): Promise<number | undefined> {
  const issue = mirrorIssue(item, labels[0] as string);
  if (!job.writes) {
    core.info(`[dry-run] Would open an issue for the docs item ${item.id}:\n${issue.title}\n\n${issue.body}`);
    return undefined;
  }
  const made = await createIssue(job.client, job.repo, { ...issue, labels });
  core.info(`Mirrored the docs item ${item.id} to #${made.number}.`);
  return made.number;
}

/** Releases a claim whose run never started, with a note in the status comment. */
export async function releaseClaim(job: ItemJob, number: number, state: ItemState): Promise<ItemState> {
  const claim = state.claim;
  const minutes = job.ctx.config.budgets['phase-timeout-minutes'];
  const released = noteEvent(
    { ...state, claim: null },
    `claim for ${claim?.phase ?? 'a phase'} (${claim?.runUrl ?? 'unknown run'}) released: no run started within ${minutes} minutes`,
    job.runUrl,
  );
  await saveState(job, released);
  core.info(`Released the stale claim on #${number}.`);
  return released;
}
