import type { Usage } from '../../agent/types.js';
import { addItemUsage, finishPhase, type ItemState, replaceCriteria, startPhase } from '../../state/index.js';
import type { LoopTracker } from '../../tracker/port.js';
import type { EngineEnv } from '../env.js';
import type { LoopItem } from '../item-types.js';
import { planPrompt } from './prompt.js';
import { askPlanner } from './run.js';
import type { PlanAnswer } from './schema.js';

/** How planning a docs item ended: its criteria written (ready), or a person's decision needed. */
export interface PlannedItem {
  status: 'ready' | 'needs_clarification' | 'needs_decomposition' | 'blocked' | 'error';
  reason: string;
  next: string;
  state: ItemState;
  usage: Usage;
}

/**
 * Plans a docs item that has no acceptance criteria (the loop's first step for it): the planner
 * reads the item and the repository at `cwd` (a checkout of the default branch) read-only and
 * answers in the plan schema. Its questions or its
 * split are for a person, who answers by editing the item's file; a ready plan's criteria are what
 * dev works through.
 */
export async function planItem(
  parts: { env: EngineEnv; tracker: LoopTracker; cwd: string },
  item: LoopItem,
  before: ItemState,
): Promise<PlannedItem> {
  const { env, tracker } = parts;
  const asked = before.clarification;
  const prompt = await planPrompt({ env, tracker, repository: tracker.repository, item, asked });
  let state = startPhase(before, 'plan');
  const { result, usage } = await askPlanner(env, prompt, parts.cwd);
  state = addItemUsage(state, usage);
  if (result.threadId) state = { ...state, threads: { ...state.threads, plan: result.threadId } };
  const end = (
    status: PlannedItem['status'],
    reason: string,
    next: string,
    patch: Partial<ItemState> = {},
  ) => ({
    status,
    reason,
    next,
    usage,
    state: finishPhase({ ...state, ...patch }, 'plan', status === 'ready' ? 'complete' : status, {
      note: reason.slice(0, 300),
      nextAction: status === 'ready' ? null : next,
    }),
  });
  if (!result.ok) {
    const invalid = result.kind === 'invalid_output';
    const reason = invalid
      ? `The planner's answer did not match the plan schema twice: ${result.message}`
      : `The planner failed (${result.kind}): ${result.message}`;
    return end(invalid ? 'blocked' : 'error', reason, `Look at the item's log, then ${tracker.say.retry}.`);
  }
  const answer = result.output as PlanAnswer;
  const now = new Date().toISOString();
  if (answer.status === 'needs_clarification') {
    const round = (asked?.round ?? 0) + 1;
    return end(
      'needs_clarification',
      `The planner asks ${answer.questions.length} question(s) before ${item.id} can be built.`,
      `Answer the questions in ${item.file} (see the item's summary), then ${tracker.say.retry}.`,
      { clarification: { round, questions: answer.questions, askedAt: now, afterCommentId: 0 } },
    );
  }
  if (answer.status === 'needs_decomposition') {
    return end(
      'needs_decomposition',
      `The planner splits ${item.id} into ${answer.subtasks.length} smaller items: ${answer.subtasks.map((t) => t.title).join('; ')}.`,
      'Add the smaller items to the backlog (the summary lists them) and mark this one as blocked by them.',
    );
  }
  const planned = replaceCriteria(state, answer.acceptance_criteria);
  state = {
    ...planned,
    clarification: null,
    plan: { summary: answer.summary, risks: answer.risks, plannedAt: now },
  };
  return end('ready', `Planned: ${answer.acceptance_criteria.length} acceptance criteria.`, '');
}
