import { hasWriteAccess } from '../../action/actor.js';
import {
  chain,
  commenterOf,
  dispatchOff,
  gateTrigger,
  type ItemJob,
  openItemJob,
  saveState,
  setLabel,
  setStopLabel,
  startByHand,
  workItemOf,
} from '../../action/job.js';
import type { PhaseHandler } from '../../phase.js';
import { CONTROL_COMMANDS, type ControlCommand, PULL_CLOSED } from '../../route.js';
import { type ItemState, issueOf, newItemState, noteEvent } from '../../state/index.js';
import type { ConcretePhase, PhaseResult } from '../../status.js';
import { loadItemState } from '../../tracker/github/store.js';
import { pullClosed } from './pull-closed.js';

/** Phases a `/codex retry` or `/codex resume` may start again. */
const RESTARTABLE: ReadonlySet<string> = new Set(['plan', 'dev', 'review', 'fix', 'verify']);

/**
 * The operator's slash commands that change no code (DESIGN §5): `/codex approve`, `stop`,
 * `resume`, `status`, `retry`. Bookkeeping only: the status comment, labels, and the dispatch of
 * the phase that should run next. Who commented is checked (not only the workflow's actor); an
 * unauthorised commenter is ignored without a write or a model call.
 */
export const controlPhase: PhaseHandler = async (ctx) => {
  if (ctx.command === PULL_CLOSED) return pullClosed(ctx);
  const command = ctx.command as ControlCommand | undefined;
  if (!command || !(CONTROL_COMMANDS as readonly string[]).includes(command)) {
    return {
      status: 'error',
      reason: `Unknown control command '${ctx.command ?? ''}'. Expected one of: ${CONTROL_COMMANDS.join(', ')}.`,
    };
  }
  if (!ctx.target) return { status: 'skipped', reason: `/codex ${command} names no issue or pull request.` };
  const job = await openItemJob(ctx);
  const gate = await gateTrigger(job);
  if (!gate.allowed) return { status: 'skipped', reason: gate.reason };
  const by = commenterOf(ctx)?.login ?? ctx.context.actor;
  if (command === 'approve' && !(await hasWriteAccess(job.client, job.repo, by))) {
    return { status: 'skipped', reason: `/codex approve by '${by}' ignored: approving needs write access.` };
  }

  const item = await workItemOf(job, ctx.target);
  const loaded = await loadItemState(job.client, job.repo, item, job.identity);
  const state = loaded?.state ?? newItemState(item);
  const result = await COMMANDS[command](job, state, by);
  return { item, ...result };
};

type CommandHandler = (job: ItemJob, state: ItemState, by: string) => Promise<PhaseResult>;

const COMMANDS: Record<ControlCommand, CommandHandler> = {
  async approve(job, state, by) {
    if (state.stopped) return stoppedResult(state);
    if (state.merged) return doneResult(state);
    const at = new Date().toISOString();
    const escalation = state.escalation;
    if (escalation && !escalation.approvedBy) {
      const next = restartable(escalation.phase) ?? 'dev';
      const approved = noteEvent(
        { ...state, escalation: { ...escalation, approvedBy: by, approvedAt: at }, nextAction: null },
        `escalation approved by ${by}`,
        job.runUrl,
      );
      return finish(job, approved, next, `${by} approved the escalation; ${next} runs again.`);
    }
    const unplanned = withoutPlan(state);
    if (unplanned) return { status: 'skipped', reason: `/codex approve by ${by} refused: ${unplanned}` };
    const approved = noteEvent(
      { ...state, approval: { by, at }, nextAction: null },
      `plan approved by ${by}`,
      job.runUrl,
    );
    return finish(job, approved, 'dev', `${by} approved the plan; dev starts.`, () =>
      setLabel(job, issueOf(state), 'ready'),
    );
  },

  async stop(job, state, by) {
    const stopped = noteEvent(
      { ...state, stopped: { by, at: new Date().toISOString() } },
      `stopped by ${by}`,
      job.runUrl,
    );
    await saveState(job, stopped);
    await setStopLabel(job, issueOf(state), true);
    return {
      status: 'complete',
      reason: `#${state.item} stopped by ${by}. Comment /codex resume to continue.`,
    };
  },

  async resume(job, state, by) {
    const resumed = noteEvent({ ...state, stopped: null }, `resumed by ${by}`, job.runUrl);
    // A phase that was cut short (running, or skipped because of the stop) starts again.
    const interrupted = ['running', 'skipped', 'error'].includes(state.status)
      ? restartable(state.phase)
      : undefined;
    if (!interrupted) {
      await saveState(job, resumed);
      await setStopLabel(job, issueOf(state), false);
      return { status: 'complete', reason: `#${state.item} resumed by ${by}; nothing was interrupted.` };
    }
    return finish(
      job,
      resumed,
      interrupted,
      `#${state.item} resumed by ${by}; ${interrupted} runs again.`,
      () => setStopLabel(job, issueOf(state), false),
    );
  },

  async status(job, state) {
    await saveState(job, state);
    return { status: 'complete', reason: `Refreshed the status comment of #${state.item}.` };
  },

  async retry(job, state, by) {
    if (state.stopped) return stoppedResult(state);
    if (state.merged) return doneResult(state);
    const phase = restartable(state.phase);
    if (!phase) {
      return { status: 'skipped', reason: `Nothing to retry on #${state.item}: no phase has run on it yet.` };
    }
    return finish(
      job,
      noteEvent(state, `retry of ${phase} by ${by}`, job.runUrl),
      phase,
      `${by} retried ${phase}.`,
    );
  },
};

function restartable(phase: string | null): ConcretePhase | undefined {
  return phase && RESTARTABLE.has(phase) ? (phase as ConcretePhase) : undefined;
}

/**
 * Why there is no plan to approve, if there is none: approving would start dev on nothing a person
 * has seen. An approval is checked against the last plan run, not any older plan: questions asked
 * after a plan mean that plan is no longer the one to build.
 */
function withoutPlan(state: ItemState): string | undefined {
  if (state.phase === 'plan' && state.status === 'needs_clarification')
    return `#${state.item} has open questions: answer the questions first (a reply plans it again).`;
  if (state.phase === 'plan' && state.status === 'needs_decomposition')
    return `#${state.item} was split into sub-issues: work on them, then comment /codex plan here.`;
  if (!state.plan) return `#${state.item} has no plan yet: comment /codex plan first.`;
  return undefined;
}

function doneResult(state: ItemState): PhaseResult {
  return {
    status: 'skipped',
    reason: `#${state.item} is done: its PR #${state.merged?.pr} was merged by ${state.merged?.by}.`,
  };
}

function stoppedResult(state: ItemState): PhaseResult {
  return {
    status: 'skipped',
    reason: `#${state.item} was stopped by ${state.stopped?.by}; comment /codex resume first.`,
  };
}

/**
 * Saves the state, then sets the labels, then starts `phase`. The save comes first: the next job
 * reads it, and a label set before a save that failed would say what the state does not (seen:
 * `codex:ready` with the plan still "running", and `/codex approve` then refused: "no plan yet").
 */
async function finish(
  job: ItemJob,
  state: ItemState,
  phase: ConcretePhase,
  reason: string,
  setLabels?: () => Promise<void>,
): Promise<PhaseResult> {
  const off = dispatchOff(job);
  await saveState(job, off ? { ...state, nextAction: startByHand(phase, issueOf(state), off) } : state);
  await setLabels?.();
  const dispatched = await chain(job, phase, issueOf(state));
  const note = dispatched.dispatched ? '' : ` (${phase} was not dispatched: ${dispatched.reason})`;
  return { status: 'complete', reason: `${reason}${note}`, nextPhase: phase };
}
