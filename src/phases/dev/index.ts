import { type JobSession, openJobSession } from '../../action/engine.js';
import { chain, type ItemJob, openItemPhase, saveState, setLabel } from '../../action/job.js';
import { createWorkItem, testsFailedRequest } from '../../action/work-items.js';
import { releaseApproved } from '../../engine/escalation.js';
import { developAndVerify, type WorkOutcome } from '../../engine/loop.js';
import { saveLastThread } from '../../engine/resume.js';
import { branchCommits, pushStopped, recoverFromBranch } from '../../engine/session.js';
import { errorMessage } from '../../errors.js';
import { assertOwnBranch, branchName } from '../../git/branch.js';
import { createGitExec } from '../../git/exec.js';
import { originRemote, persistedCredentials } from '../../git/remote.js';
import { openWorktree, removeWorktree, type Worktree } from '../../git/worktree.js';
import { defaultBranch } from '../../github/content.js';
import * as core from '../../log.js';
import type { PhaseHandler } from '../../phase.js';
import { finishPhase, type ItemState, issueOf, startPhase } from '../../state/index.js';
import type { PhaseResult } from '../../status.js';
import { renderPullRequestBody, upsertPullRequest } from '../../tracker/github/pull-request.js';
import { verifyFailureText, verifyMarkdown } from '../../verify/format.js';
import { markDocsItemDone } from './docs-item.js';
import { devNextAction, jobSummary, RETRY, startsReview } from './report.js';

/**
 * The developer and tester (DESIGN §7): the item's acceptance criteria one at a time in a worktree
 * of its branch, a commit and a push after each, then the verification (one fix run), then a draft
 * PR "Closes #N". Every run is audited; an escalation holds the commits until `/codex approve`.
 */
export const devPhase: PhaseHandler = async (ctx) => {
  // budgets.phase-timeout-minutes bounds the whole job, counted from its start (DESIGN §8.9).
  const deadline = Date.now() + ctx.config.budgets['phase-timeout-minutes'] * 60_000;
  const opened = await openItemPhase(
    ctx,
    'dev',
    'trigger it from an issue labelled ready or a /codex approve comment',
  );
  if (opened.kind === 'done') return opened.result;
  const { job, item, issue, labels } = opened;
  let { state } = opened;
  const prefix = ctx.config.labels.prefix;
  if (state.escalation && !state.escalation.approvedBy) {
    return {
      status: 'blocked',
      item,
      reason: `#${item} waits for /codex approve of its escalation (see the status comment); nothing was run.`,
    };
  }
  const branch = state.branch ?? branchName(prefix, item, issue.title);
  try {
    assertOwnBranch(branch, prefix);
  } catch (error) {
    // The job fails, and the status comment says so too rather than the last phase's result.
    const reason = errorMessage(error);
    const next =
      `The status comment records the branch '${branch}', outside '${prefix}/', so dev stopped before any work. ` +
      'If labels.prefix changed, restore it; otherwise delete the status comment to start the item over. Then comment /codex retry.';
    return finishEarly(job, state, labels, 'error', reason, next);
  }
  if (state.criteria.length === 0) {
    // No criteria: one run covers the item, tracked like a criterion so a re-run knows it is done.
    state = {
      ...state,
      criteria: [{ text: `Resolve the issue: ${issue.title}`, done: false, commit: null }],
    };
  }

  const git = createGitExec();
  const repoDir = ctx.context.workspace;
  const leaked = await persistedCredentials(git, repoDir);
  if (leaked.length > 0) {
    return finishEarly(job, state, labels, 'blocked', credentialsReason(leaked));
  }
  const remote = await originRemote(git, repoDir, ctx.inputs.githubToken);
  const base = await defaultBranch(job.client, job.repo);

  state = startPhase({ ...state, branch }, 'dev', { runUrl: job.runUrl });
  await saveState(job, state);
  await setLabel(job, item, 'in-progress', labels);
  let wt: Worktree;
  try {
    wt = await openWorktree(git, {
      repoDir,
      parentDir: ctx.context.runnerTemp,
      branch,
      defaultBranch: base,
      remote,
    });
  } catch (error) {
    // The status comment must not stay "running" with the item in progress.
    const reason = `Could not prepare the worktree of ${branch}: ${errorMessage(error)}`;
    await saveState(
      job,
      finishPhase(state, 'dev', 'error', {
        runUrl: job.runUrl,
        note: reason.slice(0, 300),
        nextAction: RETRY,
      }),
    );
    await setLabel(job, item, 'blocked');
    return { status: 'error', reason, item, branch };
  }
  const checkout = { git, wt, remote };
  const session = openJobSession(job, checkout, { item, issue, state, defaultBranch: base, deadline });
  try {
    let outcome: WorkOutcome;
    try {
      await recoverFromBranch(session);
      if (session.state.escalation?.approvedBy) await releaseApproved(session);
      outcome = await developAndVerify(session);
    } catch (error) {
      if (!pushStopped(error))
        core.info(`Dev failed: ${error instanceof Error && error.stack ? error.stack : errorMessage(error)}`);
      outcome = {
        status: pushStopped(error) ? 'blocked' : 'error',
        reason: errorMessage(error),
      };
    }
    return await finish(session, outcome);
  } finally {
    await removeWorktree(git, repoDir, wt.dir);
  }
};

function credentialsReason(keys: string[]): string {
  return (
    `The checkout left credentials in .git/config (${keys.join(', ')}), where the agent could read them. ` +
    'Set `persist-credentials: false` on actions/checkout: the action pushes with its own token, passed only to git push.'
  );
}

/**
 * Records a dev run that stopped before any work (status comment and label) and ends with `status`.
 * `labels` are the issue's, as read at the start: nothing has changed them yet.
 */
async function finishEarly(
  job: ItemJob,
  state: ItemState,
  labels: string[],
  status: 'blocked' | 'error',
  reason: string,
  nextAction = reason,
): Promise<PhaseResult> {
  const done = finishPhase(startPhase(state, 'dev', { runUrl: job.runUrl }), 'dev', status, {
    runUrl: job.runUrl,
    note: reason.slice(0, 300),
    nextAction,
  });
  await saveState(job, done);
  await setLabel(job, issueOf(state), 'blocked', labels);
  return { status, reason, item: issueOf(state) };
}

/** The PR (complete or tests_failed), labels, the final state, the dispatch of review. */
async function finish(session: JobSession, outcome: WorkOutcome): Promise<PhaseResult> {
  const { job, ctx, item } = session;
  let prNumber: number | undefined = session.state.pr ?? undefined;
  let reason = outcome.reason;
  if (outcome.status === 'complete') {
    // A docs item's PR also marks its file done; a failure here leaves the PR without it, said so.
    const problem = await markDocsItemDone(session).catch(
      (error: unknown) => `The docs file could not be marked done: ${errorMessage(error)}`,
    );
    if (problem) {
      core.warning(problem);
      reason = `${reason} ${problem}`;
    }
  }
  if (outcome.status === 'complete' || outcome.status === 'tests_failed') {
    const body = renderPullRequestBody({
      item,
      planSummary: session.state.plan?.summary,
      summaries: (await branchCommits(session)).map((c) => `${c.subject}${c.body ? ` — ${c.body}` : ''}`),
      criteria: session.state.criteria,
      verification: outcome.report
        ? verifyMarkdown(outcome.report)
        : verifyMarkdown({ ok: true, results: [], skipped: [] }),
      usage: session.state.usage,
      pricing: ctx.config.pricing,
      attention:
        outcome.status === 'tests_failed'
          ? 'The verification fails (see below); the orchestrator stopped here.'
          : undefined,
    });
    const pr = await upsertPullRequest(job.client, job.repo, {
      branch: session.wt.branch,
      base: session.defaultBranch,
      title: session.issue.title,
      body,
      dryRun: !job.writes,
    });
    if (pr.status === 'merged') {
      outcome = {
        status: 'blocked',
        reason: `PR #${pr.number} of ${session.wt.branch} is already merged; nothing more to do here.`,
      };
      reason = outcome.reason;
    } else if (pr.number > 0) {
      prNumber = pr.number;
    }
  }
  const next = devNextAction(session, outcome.status, reason, prNumber);
  let state: ItemState = {
    ...session.state,
    pr: prNumber ?? null,
    dev: {
      ...session.state.dev,
      result: outcome.status === 'blocked' ? session.state.dev.result : outcome.status,
    },
  };
  if (session.lastThread) {
    // Fix resumes this thread in a later job, on a fresh runner: its session goes to the store.
    state = await saveLastThread({
      store: session.tracker.sessions,
      agent: await ctx.agent(),
      state,
      threadId: session.lastThread,
      phase: 'dev',
      writes: job.writes,
    });
  }
  state = finishPhase(state, 'dev', outcome.status, {
    runUrl: job.runUrl,
    note: reason.slice(0, 300),
    nextAction: next,
  });
  await session.progress.final(state);
  session.state = state;
  await setLabel(job, item, outcome.status === 'complete' ? 'in-progress' : 'blocked');
  if (outcome.status === 'tests_failed' && outcome.report) {
    const failure = verifyFailureText(outcome.report);
    const bug = await createWorkItem(
      job,
      testsFailedRequest({ item, title: session.issue.title, failure, pr: prNumber }),
    );
    if (bug.number) reason += ` Bug #${bug.number} holds the failing output.`;
  }

  let nextPhase: PhaseResult['nextPhase'];
  if (outcome.status === 'complete') {
    nextPhase = 'review';
    if (!prNumber) core.info('[dry-run] Would dispatch review for the new pull request.');
    else if (startsReview(ctx.inputs.autonomy)) {
      const dispatched = await chain(job, 'review', prNumber);
      if (!dispatched.dispatched) core.info(dispatched.reason);
    }
  }
  return {
    status: outcome.status,
    reason,
    item,
    prNumber,
    branch: session.wt.branch,
    usage: session.usage,
    nextPhase,
    summary: jobSummary(session, outcome),
  };
}
