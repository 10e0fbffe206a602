import { branchItem } from '../git/branch.js';
import type { GitHubClient, RepoRef } from '../github/client.js';
import { defaultBranch } from '../github/content.js';
import { type DispatchOutcome, dispatchPhase } from '../github/dispatch.js';
import { type ActionIdentity, actionIdentity } from '../github/identity.js';
import { readIssue } from '../github/issues.js';
import {
  addLabels,
  LIFECYCLE,
  type LifecycleState,
  removeLabel,
  setLifecycleLabel,
} from '../github/labels.js';
import { getPull } from '../github/pulls.js';
import * as core from '../log.js';
import type { PhaseContext } from '../phase.js';
import { BlockKey, jobSecret } from '../safety/block-mac.js';
import { type ItemState, issueOf, newItemState } from '../state/index.js';
import type { ConcretePhase, PhaseResult } from '../status.js';
import { loadItemState, saveItemState } from '../tracker/github/store.js';
import { commenterOf as commenterOfPayload, gateTrigger as gateTriggerOf } from './gate.js';

/**
 * What every phase that talks to GitHub needs: the client, the repository, the action's own
 * identity, this run's link, and whether it may write at all (not in a dry run, not when autonomy
 * is `observe`: then every payload is printed instead).
 */
export interface ItemJob {
  client: GitHubClient;
  repo: RepoRef;
  identity: ActionIdentity;
  runUrl: string;
  /** False in a dry run and under autonomy `observe`. */
  writes: boolean;
  ctx: PhaseContext;
}

export async function openItemJob(ctx: PhaseContext): Promise<ItemJob> {
  const client = ctx.github();
  const { context } = ctx;
  return {
    client,
    repo: { owner: context.owner, repo: context.repo },
    // The identity carries the job's block key: what trusting "the action's own comments" reads with.
    identity: { ...(await actionIdentity(client)), key: BlockKey.fromSecret(jobSecret(ctx.inputs)) },
    runUrl: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`,
    writes: !ctx.inputs.dryRun && ctx.inputs.autonomy !== 'observe',
    ctx,
  };
}

/** The author of the comment that triggered the job (issue_comment events), if any. */
export const commenterOf = (ctx: PhaseContext) => commenterOfPayload(ctx.context.payload);

/** The actor gate (DESIGN §8.1) for an item job: see src/safety/gate.ts. */
export function gateTrigger(job: ItemJob): Promise<{ allowed: true } | { allowed: false; reason: string }> {
  const { ctx } = job;
  return gateTriggerOf(job.client, job.repo, job.identity, {
    actor: ctx.context.actor,
    payload: ctx.context.payload,
    allowedUsers: ctx.inputs.allowedUsers,
    allowedBots: ctx.inputs.allowedBots,
  });
}

/** The issue an item phase works on, its label names and its state; or why the phase skips it. */
export type IssueItem =
  | { kind: 'skip'; reason: string }
  | { kind: 'open'; issue: { title: string; body: string }; labels: string[]; state: ItemState };

/**
 * Reads the issue `phase` works on and its state (new when it has no status comment yet). Skipped:
 * a pull request, a closed issue, one with the stop label, or one stopped by `/codex stop`.
 */
export async function openIssueItem(job: ItemJob, item: number, phase: ConcretePhase): Promise<IssueItem> {
  const skip = (reason: string): IssueItem => ({ kind: 'skip', reason });
  const issue = await readIssue(job.client, job.repo, item);
  if (issue.isPull) return skip(`#${item} is a pull request; ${phase} works on issues.`);
  if (issue.state !== 'open') return skip(`#${item} is closed.`);
  const { labels } = issue;
  const stop = LIFECYCLE(job.ctx.config.labels.prefix).stop;
  // Label names are case-insensitive on GitHub: `Codex:Stop` is the same label.
  if (labels.some((l) => l.toLowerCase() === stop.toLowerCase()))
    return skip(`#${item} carries the '${stop}' label.`);
  const state = (await loadItemState(job.client, job.repo, item, job.identity))?.state ?? newItemState(item);
  if (state.stopped) return skip(`#${item} was stopped by ${state.stopped.by}; comment /codex resume.`);
  return { kind: 'open', issue: { title: issue.title, body: issue.body }, labels, state };
}

/** Saves the state to the status comment (printed instead when the job may not write). */
export function saveState(job: ItemJob, state: ItemState): Promise<unknown> {
  return saveItemState(job.client, job.repo, issueOf(state), job.identity, state, {
    dryRun: !job.writes,
    runUrl: job.runUrl,
    pricing: job.ctx.config.pricing,
  });
}

/** Sets the item's lifecycle label (printed instead when the job may not write). */
export async function setLabel(
  job: ItemJob,
  item: number,
  state: LifecycleState,
  current?: string[],
): Promise<void> {
  const prefix = job.ctx.config.labels.prefix;
  if (!job.writes) {
    core.info(`[dry-run] Would set the label ${prefix}:${state} on #${item}.`);
    return;
  }
  await setLifecycleLabel(job.client, job.repo, item, prefix, state, { current });
}

/**
 * Adds (`/codex stop`) or removes (`/codex resume`) the item's stop label (printed instead when the
 * job may not write).
 */
export async function setStopLabel(job: ItemJob, item: number, stopped: boolean): Promise<void> {
  const label = LIFECYCLE(job.ctx.config.labels.prefix).stop;
  if (!job.writes) {
    core.info(
      `[dry-run] Would ${stopped ? `add the label ${label} to` : `remove the label ${label} from`} #${item}.`,
    );
    return;
  }
  if (stopped) await addLabels(job.client, job.repo, item, [label]);
  else await removeLabel(job.client, job.repo, item, label);
}

/**
 * Why `chain` starts nothing in this job (`dispatch: none`, or no known workflow file), so that the
 * status comment can tell a person to start the next phase; undefined when it dispatches. A dry
 * run is not a reason: it writes nothing, the status comment included.
 */
export function dispatchOff(job: ItemJob): string | undefined {
  const { ctx } = job;
  if (ctx.inputs.dispatch === 'none') return 'the input `dispatch` is `none`';
  if (!ctx.context.workflowFile) return 'the workflow file of this run is unknown';
  return undefined;
}

/** What a person does to start `phase` for `target` when the action does not (see dispatchOff). */
export function startByHand(phase: ConcretePhase, target: number, why: string): string {
  return `Start ${phase} for #${target} yourself: run the workflow with the inputs phase \`${phase}\` and target \`${target}\` (${why}, so the action starts nothing).`;
}

/** Starts the next phase for the item through workflow_dispatch (DESIGN §2). */
export async function chain(job: ItemJob, phase: ConcretePhase, item: number): Promise<DispatchOutcome> {
  const { ctx } = job;
  // The default branch, not GITHUB_REF: on a pull request event that is `refs/pull/N/merge`.
  const ref =
    ctx.inputs.dispatch === 'none' || !ctx.context.workflowFile
      ? ''
      : await defaultBranch(job.client, job.repo, ctx.context.payload);
  return dispatchPhase(job.client, job.repo, {
    mode: ctx.inputs.dispatch,
    workflowFile: ctx.context.workflowFile,
    ref,
    phase,
    target: item,
    dryRun: !job.writes,
  });
}

/** An item phase, opened: its job and issue, or the result it ends with before any work. */
export type OpenedItemPhase =
  | { kind: 'done'; result: PhaseResult }
  | ({ kind: 'open'; job: ItemJob; item: number } & Omit<Extract<IssueItem, { kind: 'open' }>, 'kind'>);

/**
 * The opening every issue phase shares: a target (else an error naming how to give one), the actor
 * gate, then the issue and its state (skipped when stopped, closed or a pull request).
 */
export async function openItemPhase(
  ctx: PhaseContext,
  phase: ConcretePhase,
  howToTarget: string,
): Promise<OpenedItemPhase> {
  const item = ctx.target;
  if (!item) {
    return {
      kind: 'done',
      result: {
        status: 'error',
        reason: `The ${phase} phase needs an issue, and none was given. Set the target input (an issue number), or ${howToTarget}.`,
      },
    };
  }
  const skipped = (reason: string): OpenedItemPhase => ({
    kind: 'done',
    result: { status: 'skipped', reason, item },
  });
  const job = await openItemJob(ctx);
  const gate = await gateTrigger(job);
  if (!gate.allowed) return skipped(gate.reason);
  const opened = await openIssueItem(job, item, phase);
  if (opened.kind === 'skip') return skipped(opened.reason);
  return { kind: 'open', job, item, issue: opened.issue, labels: opened.labels, state: opened.state };
}

/**
 * The work item a command is about. On one of the action's pull requests (branch
 * `<prefix>/<issue>-<slug>`) that is the issue, whose status comment holds the state.
 */
export async function workItemOf(job: ItemJob, target: number): Promise<number> {
  const issue = await readIssue(job.client, job.repo, target);
  if (!issue.isPull) return target;
  const pr = await getPull(job.client, job.repo, target);
  return branchItem(pr.head.ref, job.ctx.config.labels.prefix) ?? target;
}
