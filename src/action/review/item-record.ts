import type { Usage } from '../../agent/types.js';
import type { Config } from '../../config.js';
import { errorMessage } from '../../errors.js';
import type { GitHubClient, RepoRef } from '../../github/client.js';
import { updateComment } from '../../github/comments.js';
import type { ActionIdentity } from '../../github/identity.js';
import { type LifecycleState, setLifecycleLabel } from '../../github/labels.js';
import * as core from '../../log.js';
import { addItemUsage, finishPhase, type ItemState, startPhase } from '../../state/index.js';
import { renderWithinLimit, stateAuth } from '../../tracker/github/store.js';
import type { ItemJob } from '../job.js';
import type { ReviewContext } from './context.js';
import type { ReviewItem } from './item.js';

/** One review of an item's pull request, as the item's state records it (DESIGN §3). */
export interface ReviewRecord {
  prNumber: number;
  headSha: string;
  branch: string;
  cycle: number;
  maxCycles: number;
  status: 'pass' | 'changes_required' | 'blocked' | 'error';
  /** The phase's reason, shown as the timeline note. */
  reason: string;
  /** Ids of a valid review's findings; undefined without one (invalid answer, failed run): the last ones stay. */
  findings: string[] | undefined;
  usage: Usage;
  threadId: string | undefined;
  runUrl: string;
  /** False when nothing was written on the PR (a failed run): the PR-side fields stay as they were. */
  reviewed: boolean;
}

type Verdict = Pick<ReviewRecord, 'status' | 'cycle' | 'maxCycles'>;

const atCap = (r: Verdict) => r.status === 'changes_required' && r.cycle >= r.maxCycles;

/** What a human must do next after this review (the bold line of the status comment). */
export function reviewNextAction(r: ReviewRecord): string | null {
  const pr = `PR #${r.prNumber}`;
  switch (r.status) {
    case 'pass':
      return `Review and merge ${pr}: it passed the automated review (cycle ${r.cycle}); the merge is yours.`;
    case 'changes_required':
      return atCap(r)
        ? `${pr} still requires changes after review cycle ${r.cycle} of ${r.maxCycles}, the last automated one: ` +
            'a human decides — fix the branch and comment /codex review on the PR, or close it.'
        : `Nothing for now: the fix phase is next, for the ${r.findings?.length ?? 0} finding(s) of review cycle ${r.cycle} of ${r.maxCycles} on ${pr}.`;
    case 'blocked':
      return r.reason;
    case 'error':
      return `${r.reason} Look at the run log, then comment /codex review on ${pr} to review it again.`;
  }
}

/** The lifecycle label (of the item and of its PR) after this review; undefined leaves the labels as they are. */
export function reviewLabel(r: Verdict): LifecycleState | undefined {
  if (r.status === 'pass') return 'in-review';
  if (r.status === 'blocked' || atCap(r)) return 'blocked';
  return undefined;
}

/** The item's state with this review recorded: one timeline line, the verdict, the usage added. */
export function recordReview(state: ItemState, r: ReviewRecord, now?: Date): ItemState {
  let next = addItemUsage(startPhase(state, 'review', { runUrl: r.runUrl, now }), r.usage);
  if (r.reviewed) {
    next = {
      ...next,
      reviewCycle: r.cycle,
      headSha: r.headSha,
      pr: r.prNumber,
      branch: state.branch ?? r.branch,
    };
  }
  if (r.findings) next = { ...next, reviewFingerprints: r.findings };
  if (r.threadId) next = { ...next, threads: { ...next.threads, review: r.threadId } };
  return finishPhase(next, 'review', r.status, {
    runUrl: r.runUrl,
    now,
    note: r.reason.slice(0, 300),
    nextAction: reviewNextAction(r),
  });
}

/**
 * Records the review in the item's status comment (edited by the id it was read from: no second
 * lookup) and sets the issue's lifecycle label; in a dry run, prints both instead. The review is
 * already on the PR when this runs, so a failure here is a warning, not a failed review: the next
 * review run records the item again. The state was read before the model ran; an edit made to it
 * meanwhile (a /codex stop) is overwritten, as in the other phases' saves.
 */
export async function recordReviewOnItem(options: {
  client: GitHubClient;
  repo: RepoRef;
  /** The action's identity: its key signs the state (src/item/store.ts). */
  identity: ActionIdentity;
  item: ReviewItem;
  record: ReviewRecord;
  dryRun: boolean;
  prefix: string;
  pricing: Config['pricing'];
}): Promise<string[]> {
  const { client, repo, item, record, prefix } = options;
  const state = recordReview(item.state, record);
  const body = renderWithinLimit(state, {
    runUrl: record.runUrl,
    pricing: options.pricing,
    auth: stateAuth(repo, item.issue, options.identity),
  });
  const label = reviewLabel(record);
  if (options.dryRun) {
    core.info(`Status comment of #${item.issue} (update of comment ${item.commentId}):\n${body}`);
    if (label) core.info(`Then: label #${item.issue} ${prefix}:${label}.`);
    return [
      `Would record the review in the status comment of #${item.issue}${label ? ` and label it ${prefix}:${label}` : ''}.`,
    ];
  }
  const lines: string[] = [];
  try {
    await updateComment(client, repo, item.commentId, body);
    lines.push(`Recorded the review in the status comment of #${item.issue}.`);
    if (label) {
      const changed = await setLifecycleLabel(client, repo, item.issue, prefix, label, {
        current: item.info.labels,
      });
      if (changed.added.length > 0 || changed.removed.length > 0)
        lines.push(
          `Labels of #${item.issue}: added [${changed.added.join(', ')}], removed [${changed.removed.join(', ')}].`,
        );
    }
  } catch (error) {
    const message =
      `Could not record the review in #${item.issue}: ${errorMessage(error)}. ` +
      'The review is on the pull request; run the review again to record it.';
    core.warning(message);
    lines.push(message);
  }
  return lines;
}

/** Where a review job records on the PR's work item: the job (may it write, its run link) and what it read. */
export interface ItemRecordTarget {
  job: ItemJob;
  context: ReviewContext;
}

/**
 * Records this review job's verdict in the PR's work item (its status comment and label); nothing
 * when the PR belongs to no item. The PR's side is written by the caller.
 */
export function recordOnItem(
  on: ItemRecordTarget,
  verdict: Pick<ReviewRecord, 'status' | 'reason' | 'findings' | 'reviewed' | 'usage' | 'threadId'>,
): Promise<string[]> {
  const { job, context } = on;
  const { ctx } = job;
  if (!context.item) return Promise.resolve([]);
  return recordReviewOnItem({
    client: job.client,
    repo: job.repo,
    identity: job.identity,
    item: context.item,
    dryRun: !job.writes,
    prefix: ctx.config.labels.prefix,
    pricing: ctx.config.pricing,
    record: {
      ...verdict,
      prNumber: context.pr.number,
      headSha: context.pr.head.sha,
      branch: context.pr.head.ref,
      cycle: context.decision.cycle,
      maxCycles: ctx.inputs.maxReviewCycles,
      runUrl: job.runUrl,
    },
  });
}
