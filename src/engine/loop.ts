import * as core from '../log.js';
import { verifyFailureText, verifyStateText } from '../verify/format.js';
import type { VerifyReport } from '../verify/run.js';
import { holdForApproval } from './escalation.js';
import { commitMessage, type DevTask, devPrompt } from './prompt.js';
import {
  budgetStop,
  deadlineReason,
  deadlineStop,
  push,
  spend,
  timeLeft,
  update,
  type WorkSession,
} from './session.js';
import { runStep, type StepOutcome } from './step.js';
import { sessionVerifier } from './verification.js';

/** How the work of one dev job ended (before the PR and labels). */
export type WorkOutcome =
  | { status: 'complete' | 'tests_failed'; report: VerifyReport | undefined; reason: string }
  | { status: 'blocked' | 'needs_decomposition' | 'error'; reason: string };

/**
 * One developer run for a task, with the state bookkeeping around it. `cutByDeadline`: the run hit
 * its timeout, and that timeout was the time left of the job, not the criterion's own.
 */
async function step(session: WorkSession, task: DevTask): Promise<StepOutcome & { cutByDeadline: boolean }> {
  const { env } = session;
  const key = task.kind === 'fix' ? 'dev:fix' : `dev:${task.index}`;
  update(session, {
    ...session.state,
    dev: {
      ...session.state.dev,
      iterations: session.state.dev.iterations + 1,
      current: task.kind === 'fix' ? null : task.index,
    },
  });
  const agent = await env.agent('dev');
  const prompt = await devPrompt(session, task);
  // A run ends at the criterion timeout or at the job's deadline, whichever comes first.
  const criterionMs = env.config.budgets['criterion-timeout-minutes'] * 60_000;
  const timeoutMs = Math.max(1, Math.min(criterionMs, timeLeft(session)));
  const outcome = await runStep({
    agent,
    git: session.git,
    dir: session.wt.dir,
    prompt,
    label:
      task.kind === 'fix'
        ? 'verification fix'
        : `criterion ${task.index + 1}/${session.state.criteria.length}`,
    timeoutMs,
    deniedCommands: env.config.commands.deny,
    networkAccess: env.config.sandbox.network,
    allow: env.config.commands.allow,
    protectedPaths: env.config['protected-paths'],
    author: session.author,
    message: (summary, threadId) => commitMessage(session, task, summary, threadId),
  });
  spend(session, outcome.usage);
  if (outcome.kind === 'failed') core.info(outcome.message);
  if (outcome.threadId) {
    session.lastThread = outcome.threadId;
    update(session, { ...session.state, threads: { ...session.state.threads, [key]: outcome.threadId } });
  }
  session.log.push(
    `${task.kind === 'fix' ? 'Verification fix' : `Criterion ${task.index + 1}`}: ${outcome.kind}` +
      ('sha' in outcome && outcome.sha ? ` (${outcome.sha.slice(0, 7)})` : ''),
  );
  const cutByDeadline = outcome.kind === 'failed' && outcome.failure === 'timeout' && timeoutMs < criterionMs;
  return { ...outcome, cutByDeadline };
}

/**
 * The acceptance criteria one at a time (finished ones are skipped: a re-run continues), a push
 * after each, then the verification with one fix run. Escalations, budgets and failures stop it.
 */
export async function developAndVerify(session: WorkSession): Promise<WorkOutcome> {
  const { env } = session;
  const commands = env.config.verify.commands;
  const verifier = await sessionVerifier(session);
  if (verifier.kind === 'refused') return { status: 'error', reason: verifier.reason };
  for (let index = 0; index < session.state.criteria.length; index++) {
    if (session.state.criteria[index]!.done) continue;
    const stop =
      session.halt?.() ??
      deadlineStop(session, `criterion ${index + 1} was not started`) ??
      budgetStop(session);
    if (stop) return { status: 'blocked', reason: stop };
    const total = session.state.criteria.length;
    session.observer?.criterionStarted?.(index, total, session.state.criteria[index]!.text);
    const outcome = await step(session, { kind: 'criterion', index });
    if (outcome.cutByDeadline) {
      const what = `criterion ${index + 1} was cut short and its changes were dropped`;
      return { status: 'blocked', reason: deadlineReason(session, what) };
    }
    if (outcome.kind === 'failed' && outcome.failure === 'timeout') {
      // A budget, like the token cap (DESIGN §8.9): a person decides, the action did not break.
      const minutes = env.config.budgets['criterion-timeout-minutes'];
      return {
        status: 'blocked',
        reason:
          `Criterion ${index + 1} did not finish within budgets.criterion-timeout-minutes (${minutes}); its changes were dropped. ` +
          `Raise the timeout or split the criterion, then ${session.tracker.say.retry}.`,
      };
    }
    if (outcome.kind === 'failed') return { status: 'error', reason: outcome.message };
    if (outcome.kind === 'needs_decomposition') {
      return {
        status: 'needs_decomposition',
        reason: `Criterion ${index + 1} is too big for one change: ${outcome.summary}`,
      };
    }
    if (outcome.kind === 'escalated')
      return { status: 'blocked', ...(await holdForApproval(session, outcome.report, index)) };
    const sha = await push(session);
    const criteria = session.state.criteria.map((c, i) =>
      i === index ? { ...c, done: true, commit: outcome.sha ? sha : null } : c,
    );
    if (!outcome.sha)
      core.info(`Criterion ${index + 1}: the run changed nothing; recorded as done without a commit.`);
    update(session, { ...session.state, criteria, dev: { ...session.state.dev, current: null } });
    session.observer?.criterionDone?.(index, total, outcome.sha ? sha : null);
  }

  if (verifier.kind === 'none') {
    return {
      status: 'complete',
      report: undefined,
      reason: 'Every criterion is done; no verify.commands are configured.',
    };
  }
  const halted = session.halt?.();
  if (halted) return { status: 'blocked', reason: halted };
  const verify = async () => {
    const report = await verifier.run();
    session.observer?.verified?.(report);
    return report;
  };
  let report = await verify();
  if (!report.ok) {
    const late = deadlineStop(session, 'the verification failed and its fix run was not started');
    if (late) return blockedWithReport(session, report, late);
    const stop = budgetStop(session);
    if (!stop) {
      const outcome = await step(session, { kind: 'fix', failure: verifyFailureText(report) });
      if (outcome.kind === 'escalated') {
        return { status: 'blocked', ...(await holdForApproval(session, outcome.report, null)) };
      }
      if (outcome.cutByDeadline) {
        const what = 'the verification fix run was cut short and its changes were dropped';
        return blockedWithReport(session, report, deadlineReason(session, what));
      }
      if (outcome.kind === 'committed') {
        await push(session);
        report = await verify();
      }
    }
  }
  update(session, { ...session.state, dev: { ...session.state.dev, verifyOutput: verifyStateText(report) } });
  return report.ok
    ? {
        status: 'complete',
        report,
        reason: `Every criterion is done and ${commands.length} verification command(s) pass.`,
      }
    : {
        status: 'tests_failed',
        report,
        reason: `Verification still fails after one fix run: ${verifyFailureText(report, 300)}`,
      };
}

/** Blocked after a failed verification: its output stays in the state for the person who continues. */
function blockedWithReport(session: WorkSession, report: VerifyReport, reason: string): WorkOutcome {
  update(session, { ...session.state, dev: { ...session.state.dev, verifyOutput: verifyStateText(report) } });
  return { status: 'blocked', reason };
}
