import { type ItemJob, openItemJob, saveState, setLabel } from '../../action/job.js';
import { fromFork } from '../../action/review/resolve.js';
import { deleteItemSession } from '../../action/sessions.js';
import { branchItem } from '../../git/branch.js';
import { getPull } from '../../github/pulls.js';
import * as core from '../../log.js';
import type { PhaseContext } from '../../phase.js';
import { finishPhase, type ItemState, issueOf } from '../../state/index.js';
import type { PhaseResult } from '../../status.js';
import { loadItemState } from '../../tracker/github/store.js';

/**
 * One of the action's pull requests was closed (`pull_request.closed`, routed to the control
 * handler). Merged: the item is done — `<prefix>:done`, nothing left for a human. Closed without
 * merging: the item is blocked and the status comment says what a person can do. Bookkeeping only,
 * no model call.
 *
 * The facts come from GitHub's API (the pull request as it is now), not from the event, and the
 * item counts only when the PR's branch is `<prefix>/<n>-…` and issue #n's status comment — written
 * by the action's own identity — tracks this very PR. There is no actor gate: nobody asks for
 * anything here, the job records what GitHub reports, and only people with triage access or more
 * (or the PR's author, the action) can close a pull request at all.
 */
export async function pullClosed(ctx: PhaseContext): Promise<PhaseResult> {
  if (!ctx.target) return { status: 'skipped', reason: 'The closed pull request has no number.' };
  const job = await openItemJob(ctx);
  const pr = await getPull(job.client, job.repo, ctx.target);
  const base = { prNumber: pr.number, branch: pr.head.ref };
  const skip = (reason: string, item?: number): PhaseResult => ({ status: 'skipped', reason, item, ...base });
  if (pr.state !== 'closed') return skip(`Pull request #${pr.number} is open again; nothing to record.`);
  if (fromFork(pr)) return skip(`Pull request #${pr.number} comes from a fork; it belongs to no work item.`);
  const item = branchItem(pr.head.ref, ctx.config.labels.prefix);
  if (!item) return skip(`Pull request #${pr.number} (${pr.head.ref}) is not one of the action's branches.`);
  const state = (await loadItemState(job.client, job.repo, item, job.identity))?.state;
  if (!state) return skip(`#${item} has no status comment by the action; nothing to record.`, item);
  if (state.pr !== pr.number) {
    return skip(
      `#${item} tracks ${state.pr ? `pull request #${state.pr}` : 'no pull request'}, not #${pr.number}; nothing to record.`,
      item,
    );
  }

  if (pr.merged) {
    const by = pr.merged_by?.login ?? ctx.context.actor;
    const reason = `Pull request #${pr.number} was merged by ${by}: #${item} is done.`;
    if (state.merged?.pr !== pr.number) {
      const done = finishPhase(
        { ...state, merged: { pr: pr.number, by, at: pr.merged_at ?? new Date().toISOString() } },
        'control',
        'complete',
        { runUrl: job.runUrl, note: `PR #${pr.number} merged by ${by}: done`, nextAction: null },
      );
      await saveState(job, done);
    } else core.info(`#${item} already records the merge of #${pr.number}; only its label is checked.`);
    await setLabel(job, item, 'done');
    await deleteItemSession(ctx, item, job.writes);
    return { status: 'complete', reason, item, ...base };
  }

  return blockClosed(job, state, pr.number, ctx.context.actor, base);
}

/**
 * The item waits for a person: `/codex retry` runs dev again, which reopens the same PR (it never
 * opens a second one), or the issue is closed. Recorded as dev's result, so that retry restarts dev.
 */
async function blockClosed(
  job: ItemJob,
  state: ItemState,
  pr: number,
  by: string,
  base: Pick<PhaseResult, 'prNumber' | 'branch'>,
): Promise<PhaseResult> {
  const note = `PR #${pr} was closed without merging by ${by}`;
  const what = 'comment /codex retry to reopen it and run dev again, or close the issue.';
  const next = `PR #${pr} was closed without merging: ${what}`;
  // A re-run of the same event writes no second timeline line.
  if (state.timeline.at(-1)?.note !== note) {
    await saveState(
      job,
      finishPhase(state, 'dev', 'blocked', { runUrl: job.runUrl, note, nextAction: next }),
    );
  }
  await setLabel(job, issueOf(state), 'blocked');
  return { status: 'blocked', reason: `${note}: ${what}`, item: issueOf(state), ...base };
}
