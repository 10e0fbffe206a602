import type { JobSession } from '../../action/engine.js';
import { chain, dispatchOff, type ItemJob, saveState, setLabel, startByHand } from '../../action/job.js';
import type { RoundOutcome } from '../../engine/fix/round.js';
import { recordRound } from '../../engine/fix/stops.js';
import { type ResumePoint, saveLastThread } from '../../engine/resume.js';
import * as core from '../../log.js';
import { finishPhase, type ItemState, startPhase } from '../../state/index.js';
import type { PhaseResult } from '../../status.js';
import { postRemains, type Remains, remainsLine } from '../../tracker/github/remains.js';
import { verifyFailureText, verifyMarkdown } from '../../verify/format.js';
import type { FixContext } from './context.js';
import { closeThreads, threadsToClose } from './replies.js';

/** What the automated rounds tried, for the "what remains" summary. */
function tried(state: ItemState, extra: string[] = []): string[] {
  const last = state.fix;
  const lines = last?.summary
    ? [
        `Fix round ${last.rounds} for review cycle ${last.cycle}${last.commit ? ` (${last.commit.slice(0, 7)})` : ''}: ${last.summary}`,
      ]
    : [];
  return [...lines, ...extra];
}

/**
 * Ends the loop for a person: the "what remains" comment on the PR, the short form as the status
 * comment's next action, `<prefix>:blocked`, result `blocked`. `state` is the item's latest.
 */
export async function stopLoop(
  job: ItemJob,
  context: FixContext,
  stop: { why: string; next: string; tried?: string[] },
  state: ItemState = context.state,
  extra: Partial<PhaseResult> = {},
): Promise<PhaseResult> {
  const remains: Remains = {
    pr: context.pr.number,
    item: context.item,
    why: stop.why,
    findings: context.findings,
    threads: context.threads.length,
    tried: tried(state, stop.tried),
    next: stop.next,
  };
  await postRemains(job, remains);
  const line = remainsLine(remains);
  const started =
    state.status === 'running' && state.phase === 'fix'
      ? state
      : startPhase(state, 'fix', { runUrl: job.runUrl });
  await saveState(
    job,
    finishPhase(started, 'fix', 'blocked', {
      runUrl: job.runUrl,
      note: stop.why.slice(0, 300),
      nextAction: line,
    }),
  );
  await setLabel(job, context.item, 'blocked');
  return {
    status: 'blocked',
    reason: stop.why,
    item: context.item,
    prNumber: context.pr.number,
    branch: context.pr.head.ref,
    summary: line,
    ...extra,
  };
}

/** Records the round: threads, the session, the state and label, and the dispatch of the next review. */
export async function finishRound(
  session: JobSession,
  context: FixContext,
  outcome: RoundOutcome,
  resume: ResumePoint | undefined,
): Promise<PhaseResult> {
  const { job, ctx } = session;
  const cycle = context.review?.cycle ?? 0;
  const pr = context.pr.number;
  const base = { item: context.item, prNumber: pr, branch: context.pr.head.ref, usage: session.usage };
  const summaryLines = [...session.log];
  if (resume?.kind === 'fresh') summaryLines.push(`Fresh Codex thread: ${resume.reason}.`);
  else if (resume?.kind === 'resume')
    summaryLines.push(`Resumed the item's Codex thread ${resume.threadId}.`);

  let state = session.state;
  if (session.lastThread && outcome.kind !== 'error') {
    state = await saveLastThread({
      store: session.tracker.sessions,
      agent: await ctx.agent(),
      state,
      threadId: session.lastThread,
      phase: 'fix',
      writes: job.writes,
    });
  }
  // Every outcome below saves the state itself.
  await session.progress.settle();

  if (outcome.kind === 'blocked') {
    const next = state.escalation
      ? 'Review the escalation (and the held commits comment); a user with write access comments /codex approve to let it through.'
      : outcome.reason;
    return stopLoop(job, context, { why: outcome.reason, next }, state, { usage: session.usage });
  }
  if (outcome.kind === 'error') {
    const done = finishPhase(state, 'fix', 'error', {
      runUrl: job.runUrl,
      note: outcome.reason.slice(0, 300),
      nextAction: 'Look at the run log, then comment /codex retry to run fix again.',
    });
    await saveState(job, done);
    await setLabel(job, context.item, 'blocked');
    return { ...base, status: 'error', reason: outcome.reason, summary: summaryLines.join('\n') };
  }
  if (outcome.kind === 'no_progress') {
    return stopLoop(
      job,
      context,
      {
        why: `The fix round for review cycle ${cycle} changed nothing, so another review would see the same code.`,
        next: `Fix the findings on the branch ${context.pr.head.ref} by hand, or answer them in review threads, then comment /codex review on PR #${pr}.`,
        tried: [`Fix round for review cycle ${cycle} (no change): ${outcome.answer.summary}`],
      },
      state,
      { usage: session.usage },
    );
  }

  state = recordRound(state, cycle, outcome);
  if (outcome.kind === 'tests_failed') {
    const reason = `The fix round's commit ${outcome.sha.slice(0, 7)} is pushed, but the verification still fails: ${verifyFailureText(outcome.report, 300)}`;
    await saveState(
      job,
      finishPhase(state, 'fix', 'tests_failed', {
        runUrl: job.runUrl,
        note: reason.slice(0, 300),
        nextAction: `The verification fails on PR #${pr}: fix it on the branch ${context.pr.head.ref}, then comment /codex review.`,
      }),
    );
    await setLabel(job, context.item, 'blocked');
    return {
      ...base,
      status: 'tests_failed',
      reason,
      summary: [...summaryLines, verifyMarkdown(outcome.report, 3000)].join('\n\n'),
    };
  }

  const closing = threadsToClose(context, outcome.answer, outcome.changed);
  const threadLines = await core.group('Reply to and resolve the fixed threads', () =>
    closeThreads(job, closing, { cycle, sha: outcome.sha, summary: outcome.answer.summary }),
  );
  const off = dispatchOff(job);
  const reason =
    `${outcome.recovered ? 'The fix round was already pushed' : 'Pushed the fix round'} for review cycle ${cycle} ` +
    `(${outcome.sha.slice(0, 7)}: ${outcome.answer.fixed_findings.length} finding(s), ${closing.length} thread(s) resolved); review cycle ${cycle + 1} is next.`;
  await saveState(
    job,
    finishPhase(state, 'fix', 'complete', {
      runUrl: job.runUrl,
      note: reason.slice(0, 300),
      nextAction: off ? startByHand('review', pr, off) : null,
    }),
  );
  // The item's label is in-progress since this job started (index.ts): no second write.
  const dispatched = await chain(job, 'review', pr);
  if (!dispatched.dispatched) core.info(dispatched.reason);
  return {
    ...base,
    status: 'complete',
    reason,
    nextPhase: 'review',
    summary: [
      `**Branch:** \`${context.pr.head.ref}\` · commit \`${outcome.sha.slice(0, 12)}\``,
      summaryLines.map((l) => `- ${l}`).join('\n'),
      threadLines.map((l) => `- ${l}`).join('\n'),
      outcome.report ? `**Verification:**\n${verifyMarkdown(outcome.report, 3000)}` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
  };
}
