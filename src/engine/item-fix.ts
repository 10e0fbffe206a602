import { headSha } from '../git/commit.js';
import type { Finding } from '../review/schema.js';
import { itemCapReached, startPhase } from '../state/index.js';
import type { FixInput } from './fix/input.js';
import { findRoundCommit, fixRound, type RoundOutcome } from './fix/round.js';
import { findingsBack, recordRound } from './fix/stops.js';
import {
  deadline,
  fixByHand,
  type LoopParts,
  readHeld,
  record,
  retry,
  type Session,
  type Step,
} from './item-parts.js';
import type { reviewBranch } from './item-review.js';
import type { LoopItem } from './item-types.js';
import { restoreLastThread, saveLastThread } from './resume.js';

// The fix side of the local loop: one round for a review's findings, the stops before a round, how
// a round that did not push ends the loop, and a round a killed run left on the branch.

/** One fix round for the review's findings, resuming the item's last thread. */
export async function fix(
  parts: LoopParts,
  session: Session,
  item: LoopItem,
  reviewed: Extract<Awaited<ReturnType<typeof reviewBranch>>, { kind: 'reviewed' }>,
): Promise<RoundOutcome> {
  const { env, tracker } = session;
  const { cycle, head, review, tracking } = reviewed;
  parts.progress('fix', `review cycle ${cycle}: ${review.findings.length} finding(s)`);
  session.state = startPhase(session.state, 'fix');
  session.deadline = deadline(env);
  const input: FixInput = {
    item: item.id,
    state: session.state,
    change: { title: `the branch \`${session.wt.branch}\``, number: item.id, branch: session.wt.branch },
    review: { cycle, headSha: head, review, tracking },
    findings: review.findings,
    threads: [],
    ownThreads: [],
    changeRequests: [],
  };
  let outcome: RoundOutcome;
  const recovered = await findRoundCommit(session, cycle, head);
  if (recovered) outcome = recovered;
  else {
    const resume = await restoreLastThread(tracker.sessions, await env.agent('fix'), session.state);
    outcome = await fixRound(session, input, resume);
  }
  if (session.lastThread && outcome.kind !== 'error') {
    session.state = await saveLastThread({
      store: tracker.sessions,
      agent: await env.agent('fix'),
      state: session.state,
      threadId: session.lastThread,
      phase: 'fix',
      writes: true,
    });
  }
  if (outcome.kind === 'pushed' || outcome.kind === 'tests_failed') {
    // A round whose commit reached the branch is recorded either way (its findings may come back).
    session.state = recordRound(session.state, cycle, outcome);
  }
  if (outcome.kind === 'pushed') {
    record(
      session,
      'fix',
      'complete',
      `Fix round for review cycle ${cycle}: ${outcome.sha.slice(0, 7)}.`,
      null,
    );
  }
  parts.progress('fix', outcome.kind);
  return outcome;
}

/**
 * A run killed after a fix round reached the branch but before its state was saved: the round's
 * commit (its `Codex-Fix-Cycle` trailer) after the last reviewed head is recorded as the round, so
 * the next review is compared with what it claimed to fix. Nothing runs again.
 */
export async function recoverFixRound(session: Session): Promise<void> {
  const latest = await session.tracker.reviews.latest();
  const cycle = latest?.cycle ?? 0;
  if (!latest?.review || latest.review.status === 'pass' || session.state.fix?.cycle === cycle) return;
  const head = await headSha(session.git, session.wt.dir);
  if (head === latest.headSha) return;
  const round = await findRoundCommit(session, cycle, latest.headSha, head);
  if (!round) return;
  session.state = recordRound(session.state, cycle, round);
  record(session, 'fix', 'complete', `Fix round for review cycle ${cycle}: ${round.sha.slice(0, 7)}.`, null);
}

/** The loop stops for a person before a fix round: the cycle cap, the same findings back, the budget. */
export function loopStop(session: Session, cycle: number, findings: readonly Finding[]): string | undefined {
  const max = session.env.maxReviewCycles;
  if (cycle >= max)
    return `Review cycle ${cycle} of ${max} still requires changes, and it was the last automated one (max-review-cycles).`;
  const back = findingsBack(session.state, cycle, findings);
  if (back.length > 0)
    return `The findings the last fix round claimed to fix came back in review cycle ${cycle}: ${back.map((f) => f.id).join(', ')}. Another automated round would likely repeat it.`;
  return itemCapReached(session.state.usage, session.env.config, session.env.plannedRuns('fix'));
}

/** How the loop ends when a fix round did not push. */
export function roundStop(
  parts: LoopParts,
  session: Session,
  outcome: Exclude<RoundOutcome, { kind: 'pushed' }>,
  cycle: number,
): Step {
  switch (outcome.kind) {
    case 'no_progress': {
      const reason = `The fix round for review cycle ${cycle} changed nothing, so another review would see the same code.`;
      record(session, 'fix', 'blocked', reason, fixByHand(session));
      return { status: 'blocked', reason, next: fixByHand(session) };
    }
    case 'tests_failed': {
      const reason = `The fix round's commit ${outcome.sha.slice(0, 7)} is on the branch, but the verification still fails.`;
      record(session, 'fix', 'tests_failed', reason, fixByHand(session));
      return { status: 'tests_failed', reason, next: fixByHand(session) };
    }
    case 'blocked': {
      const next = session.state.escalation ? readHeld(session.tracker) : fixByHand(session);
      record(session, 'fix', 'blocked', outcome.reason, next);
      return { status: 'blocked', reason: outcome.reason, next };
    }
    case 'error':
      record(session, 'fix', 'error', outcome.reason, retry(parts));
      return { status: 'error', reason: outcome.reason, next: retry(parts) };
  }
}
