import { hasWriteAccess } from '../../action/actor.js';
import { engineEnv } from '../../action/engine.js';
import {
  chain,
  commenterOf,
  dispatchOff,
  type ItemJob,
  openItemPhase,
  saveState,
  setLabel,
  startByHand,
} from '../../action/job.js';
import { plannedRuns } from '../../agent/runtime.js';
import { askPlanner } from '../../engine/plan/run.js';
import type { PlanAnswer } from '../../engine/plan/schema.js';
import { errorMessage } from '../../errors.js';
import { upsertMarkedComment } from '../../github/comments.js';
import { readDefaultBranchFile } from '../../github/content.js';
import type { LifecycleState } from '../../github/labels.js';
import { createSubIssues } from '../../github/subissues.js';
import * as core from '../../log.js';
import type { PhaseHandler } from '../../phase.js';
import { renderPrompt } from '../../prompts/load.js';
import { fitBody } from '../../report/limits.js';
import { safeLine, safeText } from '../../report/markdown.js';
import {
  addItemUsage,
  finishPhase,
  type ItemState,
  itemCapReached,
  replaceCriteria,
  startPhase,
} from '../../state/index.js';
import type { PhaseResult } from '../../status.js';
import { planPromptValues, readDiscussion } from './input.js';

/** Marks the one comment that holds the planner's questions; edited in place each round. */
export const QUESTIONS_MARKER = '<!-- codex-orchestrator:questions -->';

const RETRY = 'Comment `/codex plan` to plan again (check the run log first).';

const skipped = (reason: string, item?: number): PhaseResult => ({ status: 'skipped', reason, item });

/**
 * The planner/architect (DESIGN §1): reads the issue and the discussion by people with write
 * access, asks Codex (read-only) for a plan in the plan schema, and records the outcome: questions
 * (the first human gate), a ready plan (then dev, depending on autonomy), or sub-issues.
 */
export const planPhase: PhaseHandler = async (ctx) => {
  const opened = await openItemPhase(ctx, 'plan', 'trigger it from an issue event or a /codex plan comment');
  if (opened.kind === 'done') return opened.result;
  const { job, item, issue, labels } = opened;
  let { state } = opened;
  if (ctx.command === 'answer') {
    const author = commenterOf(ctx)?.login ?? '';
    if (!(await hasWriteAccess(job.client, job.repo, author))) {
      return skipped(
        `The reply by '${author}' is not an answer: only people with write access answer.`,
        item,
      );
    }
  }

  const capped = itemCapReached(state.usage, ctx.config, plannedRuns(ctx));
  if (capped) {
    const blocked = finishPhase(startPhase(state, 'plan', { runUrl: job.runUrl }), 'plan', 'blocked', {
      note: capped,
      runUrl: job.runUrl,
      nextAction: capped,
    });
    await saveState(job, blocked);
    await setLabel(job, item, 'blocked', labels);
    return { status: 'blocked', reason: capped, item };
  }

  const issueText = { number: item, ...issue };
  const discussion = await readDiscussion(job, item);
  const values = planPromptValues(job, issueText, discussion.comments, state);
  const prompt = await renderPrompt('plan', values, {
    overrides: ctx.config.prompts,
    readDefaultBranchFile: (path) => readDefaultBranchFile(job.client, job.repo, path),
  });
  // Saved once the prompt is known to render: a broken template fails without a stale "running".
  state = startPhase(state, 'plan', { runUrl: job.runUrl });
  await saveState(job, state);
  let asked: Awaited<ReturnType<typeof askPlanner>>;
  try {
    asked = await askPlanner(engineEnv(ctx), prompt, ctx.context.workspace);
  } catch (error) {
    // The job fails (main.ts reports it); the status comment must not stay "running".
    const note = `The planner could not run: ${errorMessage(error)}`;
    await saveState(
      job,
      finishPhase(state, 'plan', 'error', { note, runUrl: job.runUrl, nextAction: RETRY }),
    );
    throw error;
  }
  const { result, usage } = asked;
  state = addItemUsage(state, usage);
  if (result.threadId) state = { ...state, threads: { ...state.threads, plan: result.threadId } };

  if (!result.ok) {
    const invalid = result.kind === 'invalid_output';
    const reason = invalid
      ? `The planner's answer did not match the plan schema twice: ${result.message}`
      : `The planner failed (${result.kind}): ${result.message}`;
    state = finishPhase(state, 'plan', invalid ? 'blocked' : 'error', {
      note: reason,
      runUrl: job.runUrl,
      nextAction: RETRY,
    });
    // The state first: a label whose state failed to save would promise what is not recorded.
    await saveState(job, state);
    if (invalid) await setLabel(job, item, 'blocked', labels);
    return { status: invalid ? 'blocked' : 'error', reason, item, usage };
  }

  const answer = result.output as PlanAnswer;
  core.info(`Plan for #${item}:\n${JSON.stringify(answer, null, 2)}`);
  const outcome = await recordPlan(job, { item, lastCommentId: discussion.lastId }, state, answer);
  // Saved before the label is set and dev is dispatched: the dev job reads the plan from the status
  // comment, and a label set before a failed save (`ready` with the plan still "running") made
  // `/codex approve` refuse with "no plan yet".
  await saveState(job, outcome.state);
  await setLabel(job, item, outcome.label, labels);
  let reason = outcome.result.reason;
  if (outcome.result.nextPhase === 'dev') {
    const dispatched = await chain(job, 'dev', item);
    reason += dispatched.dispatched ? ' Dev was started.' : ` Dev was not started: ${dispatched.reason}`;
  }
  return { ...outcome.result, reason, item, plan: answer, usage, summary: planSummary(answer) };
};

/** One read-only run with the plan schema (an answer that breaks it is asked for once more). */
/**
 * Records a valid plan answer: questions, sub-issues, the state and the label to set (the caller
 * saves the state first, then sets the label), the next phase.
 */
async function recordPlan(
  job: ItemJob,
  { item, lastCommentId }: { item: number; lastCommentId: number },
  before: ItemState,
  answer: PlanAnswer,
): Promise<{ state: ItemState; label: LifecycleState; result: Omit<PhaseResult, 'item'> }> {
  const { ctx } = job;
  const prefix = ctx.config.labels.prefix;
  const now = new Date().toISOString();
  const finish = (state: ItemState, status: PhaseResult['status'], note: string, nextAction: string | null) =>
    finishPhase(state, 'plan', status, { note, runUrl: job.runUrl, nextAction });

  if (answer.status === 'needs_clarification') {
    const round = (before.clarification?.round ?? 0) + 1;
    const body = fitBody(
      [
        QUESTIONS_MARKER,
        `### ❓ Questions before work starts on #${item} (round ${round})`,
        questionList(answer.questions),
        'Reply in a comment (people with write access only): the plan runs again with your answer. ' +
          'Or edit the issue and comment `/codex plan`.',
      ].join('\n\n'),
    );
    const posted = await upsertMarkedComment(
      job.client,
      job.repo,
      item,
      QUESTIONS_MARKER,
      body,
      job.identity,
      {
        dryRun: !job.writes,
      },
    );
    const afterCommentId = Math.max(lastCommentId, posted.id);
    if (!job.writes) core.info(`[dry-run] Questions comment on #${item}:\n${body}`);
    const state = finish(
      { ...before, clarification: { round, questions: answer.questions, askedAt: now, afterCommentId } },
      'needs_clarification',
      `${answer.questions.length} question(s), round ${round}`,
      'Answer the questions in a comment (write access needed), or edit the issue and comment `/codex plan`.',
    );
    return {
      state,
      label: 'needs-clarification',
      result: { status: 'needs_clarification', reason: `Asked ${answer.questions.length} question(s).` },
    };
  }

  // The questions comment no longer invites a reply that would re-plan: it says they were answered.
  if (before.clarification) await closeQuestions(job, item, before.clarification);

  if (answer.status === 'needs_decomposition') {
    const made = await createSubIssues(job.client, job.repo, item, answer.subtasks, {
      labelPrefix: prefix,
      dryRun: !job.writes,
    });
    const numbers = made.subIssues.flatMap((s) => (s.number ? [s.number] : []));
    const list = numbers.map((n) => `#${n}`).join(', ') || '(dry run)';
    const state = finish(
      {
        ...before,
        subIssues: numbers,
        plan: { summary: answer.summary, risks: answer.risks, plannedAt: now },
      },
      'needs_decomposition',
      `split into ${made.subIssues.length} sub-issues`,
      `This issue is blocked by its sub-issues ${list}; they are planned on their own. When they are done, comment \`/codex plan\` here.`,
    );
    return {
      state,
      label: 'blocked',
      result: {
        status: 'needs_decomposition',
        reason: `Split into ${made.subIssues.length} sub-issues: ${list}.`,
      },
    };
  }

  let state = replaceCriteria(
    { ...before, plan: { summary: answer.summary, risks: answer.risks, plannedAt: now } },
    answer.acceptance_criteria,
  );
  const autonomy = ctx.inputs.autonomy;
  const reason = `Planned with ${answer.acceptance_criteria.length} acceptance criteria.`;
  if (autonomy === 'loop') {
    const off = dispatchOff(job);
    state = off
      ? finish(state, 'complete', 'plan ready', startByHand('dev', item, off))
      : finish(state, 'complete', 'plan ready; dev dispatched', null);
    return { state, label: 'ready', result: { status: 'complete', reason, nextPhase: 'dev' } };
  }
  const next =
    autonomy === 'plan'
      ? 'The plan is ready. Autonomy is `plan`, so nothing more happens on its own: comment `/codex approve` to start development.'
      : `Review the plan, then comment \`/codex approve\` to start development (or remove and re-add the label \`${prefix}:ready\`).`;
  state = finish(state, 'complete', 'plan ready; waiting for approval', next);
  return { state, label: 'ready', result: { status: 'complete', reason: `${reason} Waiting for approval.` } };
}

const questionList = (questions: readonly string[]) =>
  questions.map((q, i) => `${i + 1}. ${safeLine(q, 1000)}`).join('\n');

/** Marks the questions comment as answered (edited in place; unchanged on a later re-plan). */
async function closeQuestions(
  job: ItemJob,
  item: number,
  clarification: NonNullable<ItemState['clarification']>,
): Promise<void> {
  const body = fitBody(
    [
      QUESTIONS_MARKER,
      `### ✅ Questions answered (#${item}, round ${clarification.round})`,
      questionList(clarification.questions),
      'The plan was made with the answers: see the status comment.',
    ].join('\n\n'),
  );
  await upsertMarkedComment(job.client, job.repo, item, QUESTIONS_MARKER, body, job.identity, {
    dryRun: !job.writes,
  });
}

/**
 * The plan for the job summary, whole (every text unclipped): the status comment and the questions
 * comment are cut to GitHub's limit and send people here for the rest.
 */
function planSummary(answer: PlanAnswer): string {
  const full = Number.POSITIVE_INFINITY;
  const lines = [`**Plan:** ${answer.status}`, '', safeText(answer.summary, full)];
  const list = (title: string, items: string[]) => {
    if (items.length > 0) lines.push('', `#### ${title}`, ...items);
  };
  list(
    'Acceptance criteria',
    answer.acceptance_criteria.map((c) => `- [ ] ${safeLine(c, full)}`),
  );
  list(
    'Questions',
    answer.questions.map((q) => `- ❓ ${safeLine(q, full)}`),
  );
  list(
    'Risks',
    answer.risks.map((r) => `- ${safeLine(r, full)}`),
  );
  list(
    'Sub-issues',
    answer.subtasks.map(
      (s) => `- 🧩 **${safeLine(s.title, full)}** (${s.priority})\n\n${indent(safeText(s.body, full))}`,
    ),
  );
  return lines.join('\n');
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
