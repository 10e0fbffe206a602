import { type JobSession, openJobSession } from '../../action/engine.js';
import { gateTrigger, openItemJob, saveState, setLabel } from '../../action/job.js';
import { plannedRuns } from '../../agent/runtime.js';
import { releaseApproved } from '../../engine/escalation.js';
import { findRoundCommit, fixRound, type RoundOutcome } from '../../engine/fix/round.js';
import { findingsBack } from '../../engine/fix/stops.js';
import { type ResumePoint, restoreLastThread } from '../../engine/resume.js';
import { pushStopped } from '../../engine/session.js';
import { errorMessage } from '../../errors.js';
import { assertOwnBranch } from '../../git/branch.js';
import { createGitExec } from '../../git/exec.js';
import { originRemote, persistedCredentials } from '../../git/remote.js';
import { openWorktree, removeWorktree, type Worktree } from '../../git/worktree.js';
import { defaultBranch } from '../../github/content.js';
import * as core from '../../log.js';
import type { PhaseHandler } from '../../phase.js';
import { finishPhase, type ItemState, itemCapReached, noteEvent, startPhase } from '../../state/index.js';
import { type FixContext, openFix, reviewerGate } from './context.js';
import { finishRound, stopLoop } from './finish.js';

/**
 * The fixer (DESIGN §7): one round on the pull request's branch for the latest review's findings
 * (read back only from the action's own review comment), the unresolved threads and the change
 * requests of people with write access. It resumes the item's last Codex thread from the session
 * store, makes one commit, verifies, pushes (never forcing: a person's commits are built on),
 * resolves the threads it fixed, and dispatches the next review. It stops as `blocked`, with what
 * remains, at the cycle cap, when a round changes nothing, or when the findings it fixed come back.
 */
export const fixPhase: PhaseHandler = async (ctx) => {
  const deadline = Date.now() + ctx.config.budgets['phase-timeout-minutes'] * 60_000;
  const target = ctx.target;
  if (!target) {
    return {
      status: 'error',
      reason:
        'The fix phase needs a pull request (or its issue), and none was given. Set the target input, or comment /codex fix on the pull request.',
    };
  }
  const job = await openItemJob(ctx);
  const gate = await core.group('Check who asked for the fix', async () => {
    const actor = await gateTrigger(job);
    if (!actor.allowed) return actor.reason;
    return reviewerGate(job);
  });
  if (typeof gate === 'string') return { status: 'skipped', reason: gate };
  const opened = await core.group(`Read pull request and item for #${target}`, () => openFix(job, target));
  if (opened.kind === 'skip') return { status: 'skipped', reason: opened.reason };
  const context: FixContext = opened;
  const { pr, item, state } = context;
  const base = { item, prNumber: pr.number, branch: pr.head.ref };
  logContext(context);
  const prefix = ctx.config.labels.prefix;
  try {
    assertOwnBranch(pr.head.ref, prefix);
  } catch (error) {
    return { ...base, status: 'skipped', reason: errorMessage(error) };
  }
  const escalation = state.escalation;
  if (escalation && !escalation.approvedBy) {
    return {
      ...base,
      status: 'blocked',
      reason: `#${item} waits for /codex approve of its escalation (see the status comment); nothing was run.`,
    };
  }
  const releasing = escalation?.approvedBy && escalation.phase === 'fix';
  const cycle = context.review?.cycle ?? 0;
  const work = context.findings.length + context.threads.length + context.changeRequests.length;
  if (work === 0 && !releasing) {
    const latest = context.review
      ? `the latest review (cycle ${cycle}) is \`${context.review.review?.status ?? 'unreadable'}\``
      : 'the pull request has no readable review of the action (a review comment whose stored review does not authenticate is ignored: see the log)';
    return {
      ...base,
      status: 'skipped',
      reason: `Nothing to fix on PR #${pr.number}: ${latest}, and no person with write access has an open thread or change request.`,
    };
  }

  // The stops that need no model call: the cap, the same findings back, the item's budget.
  const max = ctx.inputs.maxReviewCycles;
  if (cycle >= max && !releasing) {
    return stopLoop(job, context, {
      why: `Review cycle ${cycle} of ${max} was the last automated one (max-review-cycles), so no fix round runs after it.`,
      next: `Fix the remaining findings on the branch ${pr.head.ref} yourself, then comment /codex review on PR #${pr.number}, or raise max-review-cycles.`,
    });
  }
  const back = findingsBack(state, cycle, context.findings);
  if (back.length > 0) {
    return stopLoop(job, context, {
      why: `The findings the last fix round claimed to fix came back in review cycle ${cycle}: ${back.map((f) => f.id).join(', ')}. Another automated round would likely repeat it.`,
      next: `Look at those findings on PR #${pr.number}: fix them by hand (or tell the reviewer why they are wrong in a thread), then comment /codex review.`,
    });
  }
  const capped = itemCapReached(state.usage, ctx.config, plannedRuns(ctx));
  if (capped) return stopLoop(job, context, { why: capped, next: capped });

  const git = createGitExec();
  const repoDir = ctx.context.workspace;
  const leaked = await persistedCredentials(git, repoDir);
  if (leaked.length > 0) {
    const why = `The checkout left credentials in .git/config (${leaked.join(', ')}), where the agent could read them. Set \`persist-credentials: false\` on actions/checkout.`;
    return stopLoop(job, context, { why, next: why });
  }
  const remote = await originRemote(git, repoDir, ctx.inputs.githubToken);
  const main = await defaultBranch(job.client, job.repo);
  let running: ItemState = startPhase(state, 'fix', { runUrl: job.runUrl });
  await saveState(job, running);
  await setLabel(job, item, 'in-progress', context.labels);
  let wt: Worktree;
  try {
    wt = await openWorktree(git, {
      repoDir,
      parentDir: ctx.context.runnerTemp,
      branch: pr.head.ref,
      defaultBranch: main,
      remote,
    });
  } catch (error) {
    const reason = `Could not prepare the worktree of ${pr.head.ref}: ${errorMessage(error)}`;
    running = finishPhase(running, 'fix', 'error', {
      runUrl: job.runUrl,
      note: reason.slice(0, 300),
      nextAction: RETRY,
    });
    await saveState(job, running);
    return { ...base, status: 'error', reason };
  }
  const session = openJobSession(
    job,
    { git, wt, remote },
    { item, issue: context.issue, state: running, defaultBranch: main, deadline },
  );
  const round: { resume?: ResumePoint } = {};
  try {
    let outcome: RoundOutcome;
    try {
      outcome =
        (await findRoundCommit(session, cycle, context.review?.headSha)) ??
        (releasing
          ? await releaseRound(session, cycle, context.review?.headSha)
          : await modelRound(session, context, round));
    } catch (error) {
      if (!pushStopped(error))
        core.info(`Fix failed: ${error instanceof Error && error.stack ? error.stack : errorMessage(error)}`);
      const kind = pushStopped(error) ? ('blocked' as const) : ('error' as const);
      outcome = { kind, reason: errorMessage(error), threadId: undefined };
    }
    return await finishRound(session, context, outcome, round.resume);
  } finally {
    await removeWorktree(git, repoDir, wt.dir);
  }
};

/** A model round, resuming the item's last thread when the store gives it back. */
async function modelRound(
  session: JobSession,
  context: FixContext,
  round: { resume?: ResumePoint },
): Promise<RoundOutcome> {
  const { ctx, job } = session;
  const store = session.tracker.sessions;
  const resume = await restoreLastThread(store, await ctx.agent(), session.state);
  round.resume = resume;
  if (resume.kind === 'fresh')
    session.state = noteEvent(session.state, `fix starts a fresh Codex thread: ${resume.reason}`, job.runUrl);
  return fixRound(session, context, resume);
}

/**
 * An approved escalation of a fix round: its held commit is pushed as it was, no model runs. The
 * held commit carries the round's trailers (round.ts), so what it fixed is read back from it.
 */
async function releaseRound(
  session: JobSession,
  cycle: number,
  reviewedHead: string | undefined,
): Promise<RoundOutcome> {
  const before = session.pushed;
  await releaseApproved(session);
  const round = await findRoundCommit(session, cycle, reviewedHead, session.pushed);
  if (round) return { ...round, base: before, recovered: false };
  return {
    kind: 'pushed',
    sha: session.pushed,
    base: before,
    answer: {
      summary: session.state.fix?.summary ?? 'The held fix round, approved by a person.',
      fixed_findings: [],
      fixed_threads: [],
      not_fixed: [],
    },
    changed: [],
    report: undefined,
    threadId: undefined,
    recovered: true,
  };
}

const RETRY = 'Look at the run log, then comment /codex retry to run fix again.';

function logContext(context: FixContext): void {
  const review = context.review;
  core.info(
    review
      ? `Latest review: cycle ${review.cycle} of head ${review.headSha ?? '(unknown)'}, ${review.review ? `${review.review.status}, ${review.review.findings.length} finding(s)` : 'its JSON is unreadable'}.`
      : 'No review of the action on this pull request.',
  );
  core.info(
    `Head ${context.pr.head.sha}; ${context.threads.length} unresolved thread(s) of people with write access, ` +
      `${context.ownThreads.length} of the action's own findings, ${context.changeRequests.length} change request(s).`,
  );
}
