import { changedPaths, commitStaged, headSha, isAncestor } from '../../git/commit.js';
import { gitOk } from '../../git/exec.js';
import * as core from '../../log.js';
import { type ItemKey, itemCapReached, itemRef } from '../../state/index.js';
import { verifyFailureText, verifyStateText } from '../../verify/format.js';
import type { VerifyReport } from '../../verify/run.js';
import { holdForApproval } from '../escalation.js';
import type { ResumePoint } from '../resume.js';
import { deadlineStop, push, spend, timeLeft, update, type WorkSession } from '../session.js';
import { runStep, type StepOutcome } from '../step.js';
import { sessionVerifier } from '../verification.js';
import type { FixInput } from './input.js';
import { fixPrompt, verifyFixPrompt } from './prompt.js';
import { FIX_OUTPUT_SCHEMA, type FixAnswer } from './schema.js';

/** How one fix round ended. `pushed`: its one commit is on origin (or was already, on a re-run). */
export type RoundOutcome =
  | {
      kind: 'pushed';
      sha: string;
      /** The commit the round started from: what "the code the commit changed" is counted against. */
      base: string;
      answer: FixAnswer;
      changed: string[];
      report: VerifyReport | undefined;
      threadId: string | undefined;
      recovered: boolean;
    }
  | { kind: 'no_progress'; answer: FixAnswer; threadId: string | undefined }
  | {
      kind: 'tests_failed';
      sha: string;
      answer: FixAnswer;
      report: VerifyReport;
      threadId: string | undefined;
    }
  | { kind: 'blocked'; reason: string; threadId: string | undefined }
  | { kind: 'error'; reason: string; threadId: string | undefined };

const TRAILER_CYCLE = 'Codex-Fix-Cycle';
const TRAILER_FINDINGS = 'Codex-Fixed';
const TRAILER_THREADS = 'Codex-Fixed-Threads';

/** The round's one commit message: the cycle, the summary, and what it claims to fix (trailers). */
export function fixCommitMessage(
  item: ItemKey,
  cycle: number,
  answer: FixAnswer,
  threadId: string | undefined,
) {
  const first = answer.summary.split(/(?<=\.)\s|\n/)[0]!.trim();
  const subject = `Fix review cycle ${cycle}: ${first}`;
  const short = subject.length > 72 ? `${subject.slice(0, 71)}…` : subject;
  const trailers = [
    `Codex-Item: ${itemRef(item)}`,
    `${TRAILER_CYCLE}: ${cycle}`,
    ...(answer.fixed_findings.length > 0 ? [`${TRAILER_FINDINGS}: ${answer.fixed_findings.join(', ')}`] : []),
    ...(answer.fixed_threads.length > 0 ? [`${TRAILER_THREADS}: ${answer.fixed_threads.join(', ')}`] : []),
    ...(threadId ? [`Codex-Thread: ${threadId}`] : []),
  ];
  return `${short}\n\n${answer.summary.trim()}\n\n${trailers.join('\n')}\n`;
}

/**
 * A re-run of a fix job whose round already reached origin: the action's commit for this cycle
 * after the reviewed head, up to `tip` (the branch as the job found it; after a release, as pushed).
 * It is not made again; the rest of the job (threads, state, dispatch) is.
 */
export async function findRoundCommit(
  session: WorkSession,
  cycle: number,
  reviewedHead: string | undefined,
  tip: string = session.wt.base,
): Promise<Extract<RoundOutcome, { kind: 'pushed' }> | undefined> {
  const { git, wt } = session;
  if (!reviewedHead) return undefined;
  const known = await git(['cat-file', '-e', `${reviewedHead}^{commit}`], { cwd: wt.dir });
  if (known.exitCode !== 0 || !(await isAncestor(git, wt.dir, reviewedHead, tip))) return undefined;
  const out = await gitOk(git, ['log', `--format=%H%x1f%ae%x1f%B%x1e`, `${reviewedHead}..${tip}`], {
    cwd: wt.dir,
  });
  for (const entry of out.split('\x1e')) {
    const [sha = '', email = '', body = ''] = entry.trim().split('\x1f');
    if (email !== session.author.email) continue;
    const trailer = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(body)?.[1]?.trim();
    if (trailer(TRAILER_CYCLE) !== String(cycle)) continue;
    const list = (key: string) =>
      (trailer(key) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const summary = body.split('\n\n')[1]?.trim() || 'The fix round of this cycle.';
    const parent = await gitOk(git, ['rev-parse', `${sha}^`], { cwd: wt.dir });
    core.info(
      `Cycle ${cycle}'s fix round is already on the branch (${sha.slice(0, 7)}); it is not made again.`,
    );
    return {
      kind: 'pushed',
      sha,
      base: parent,
      answer: {
        summary,
        fixed_findings: list(TRAILER_FINDINGS),
        fixed_threads: list(TRAILER_THREADS),
        not_fixed: [],
      },
      changed: await changedPaths(git, wt.dir, parent, sha),
      report: undefined,
      threadId: trailer('Codex-Thread'),
      recovered: true,
    };
  }
  return undefined;
}

/**
 * One fix round: a run (resuming the item's thread when it was restored) with the command audit,
 * the verification with one more run in the same thread when it fails, and ONE commit on the PR
 * branch, pushed fast-forward only.
 */
export async function fixRound(
  session: WorkSession,
  context: FixInput,
  resume: ResumePoint,
): Promise<RoundOutcome> {
  const { env } = session;
  const cycle = context.review?.cycle ?? 0;
  const verifier = await sessionVerifier(session);
  if (verifier.kind === 'refused') return { kind: 'error', reason: verifier.reason, threadId: undefined };
  const stop =
    deadlineStop(session, 'the fix run was not started') ??
    itemCapReached(session.state.usage, env.config, env.plannedRuns('fix'));
  if (stop) return { kind: 'blocked', reason: stop, threadId: undefined };

  const base = await headSha(session.git, session.wt.dir);
  let first = await run(session, await fixPrompt(session, context, resume), resume, 'fix round');
  if (first.kind === 'failed' && first.failure === 'thread_mismatch' && resume.kind === 'resume') {
    core.info(
      'Codex did not resume the restored thread; the round runs in a fresh thread with the same context.',
    );
    const fresh: ResumePoint = { kind: 'fresh', reason: 'the restored thread could not be resumed' };
    first = await run(session, await fixPrompt(session, context, fresh), fresh, 'fix round (fresh thread)');
  }
  const settled = await settle(session, first, base, cycle);
  if (settled.kind !== 'ok') return settled.outcome;
  let answer = settled.answer;
  let threadId = first.threadId;

  const verify = verifier.kind === 'ready' ? verifier.run : undefined;
  let report = verify ? await verify() : undefined;
  if (
    report &&
    verify &&
    !report.ok &&
    !deadlineStop(session, 'the verification fix run') &&
    !itemCapReached(session.state.usage, env.config, env.plannedRuns('fix')) &&
    threadId
  ) {
    const again = await run(
      session,
      verifyFixPrompt(verifyFailureText(report)),
      { kind: 'resume', threadId },
      'fix round: verification',
    );
    const next = await settle(session, again, base, cycle);
    if (next.kind === 'ok') {
      answer = next.answer;
      threadId = again.threadId ?? threadId;
      report = await verify();
    } else if (again.kind === 'escalated') return next.outcome;
  }
  if (report)
    update(session, {
      ...session.state,
      dev: { ...session.state.dev, verifyOutput: verifyStateText(report) },
    });

  // One commit per round: whatever the runs committed is folded into the round's commit.
  await gitOk(session.git, ['reset', '--soft', base], { cwd: session.wt.dir });
  const sha = await commitStaged(
    session.git,
    session.wt.dir,
    fixCommitMessage(session.item, cycle, answer, threadId),
    session.author,
  );
  if (!sha) return { kind: 'no_progress', answer, threadId };
  const pushed = await push(session);
  if (report && !report.ok) return { kind: 'tests_failed', sha: pushed, answer, report, threadId };
  return {
    kind: 'pushed',
    sha: pushed,
    base,
    answer,
    changed: await changedPaths(session.git, session.wt.dir, base, pushed),
    report,
    threadId,
    recovered: false,
  };
}

/** One run of the fixer, with its usage and thread recorded. */
async function run(session: WorkSession, prompt: string, resume: ResumePoint, label: string) {
  const { env } = session;
  const criterionMs = env.config.budgets['criterion-timeout-minutes'] * 60_000;
  const outcome = await runStep<FixAnswer>({
    agent: await env.agent('fix'),
    git: session.git,
    dir: session.wt.dir,
    prompt,
    label,
    timeoutMs: Math.max(1, Math.min(criterionMs, timeLeft(session))),
    deniedCommands: env.config.commands.deny,
    networkAccess: env.config.sandbox.network,
    allow: env.config.commands.allow,
    protectedPaths: env.config['protected-paths'],
    author: session.author,
    message: (summary) => `Fix round (in progress)\n\n${summary}\n`,
    resumeThreadId: resume.kind === 'resume' ? resume.threadId : undefined,
    outputSchema: FIX_OUTPUT_SCHEMA,
  });
  spend(session, outcome.usage);
  if (outcome.threadId) {
    session.lastThread = outcome.threadId;
    update(session, { ...session.state, threads: { ...session.state.threads, fix: outcome.threadId } });
  }
  session.log.push(
    `${label}: ${outcome.kind}${'sha' in outcome && outcome.sha ? ` (${outcome.sha.slice(0, 7)})` : ''}`,
  );
  if (outcome.kind === 'failed') core.info(outcome.message);
  return outcome;
}

type Settled = { kind: 'ok'; answer: FixAnswer } | { kind: 'stop'; outcome: RoundOutcome };

/**
 * A run's outcome as the round sees it: an answer to go on with, or how the round stops. An
 * escalated round is held as the round's one commit (message and trailers included, like a pushed
 * round), so that once approved it is pushed as the round it is and a re-run finds it on the branch.
 */
async function settle(
  session: WorkSession,
  outcome: StepOutcome<FixAnswer>,
  base: string,
  cycle: number,
): Promise<Settled> {
  const threadId = outcome.threadId;
  switch (outcome.kind) {
    case 'committed':
      return { kind: 'ok', answer: outcome.answer };
    case 'escalated': {
      await gitOk(session.git, ['reset', '--soft', base], { cwd: session.wt.dir });
      await commitStaged(
        session.git,
        session.wt.dir,
        fixCommitMessage(session.item, cycle, outcome.answer, threadId),
        session.author,
      );
      const held = await holdForApproval(session, outcome.report, null, 'fix');
      return { kind: 'stop', outcome: { kind: 'blocked', reason: held.reason, threadId } };
    }
    case 'needs_decomposition':
      return { kind: 'stop', outcome: { kind: 'blocked', reason: outcome.summary, threadId } };
    case 'failed': {
      if (outcome.failure === 'timeout') {
        const minutes = session.env.config.budgets['criterion-timeout-minutes'];
        return {
          kind: 'stop',
          outcome: {
            kind: 'blocked',
            reason: `The fix run did not finish within budgets.criterion-timeout-minutes (${minutes}) or the job's time left; its changes were dropped.`,
            threadId,
          },
        };
      }
      return { kind: 'stop', outcome: { kind: 'error', reason: outcome.message, threadId } };
    }
  }
}
