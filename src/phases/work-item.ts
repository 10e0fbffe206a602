import * as core from '@actions/core';
import { createGitHubClient, type GitHubClient, type RepoRef } from '../github/client.js';
import { type DispatchOutcome, dispatchPhase, dispatchRef } from '../github/dispatch.js';
import { type ActionIdentity, actionIdentity, isIdentity } from '../github/identity.js';
import { type LifecycleState, setLifecycleLabel } from '../github/labels.js';
import { checkActor } from '../safety/actor.js';
import { type ItemState, saveItemState } from '../state/index.js';
import type { ConcretePhase, PhaseContext } from './types.js';

/**
 * What every item-level phase (plan, control) needs: the client, the repository, the action's own
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

/** The one place a phase's GitHub client is built (the lead may move it into PhaseContext). */
export function githubFor(ctx: PhaseContext): GitHubClient {
  return createGitHubClient({
    token: ctx.inputs.githubToken,
    baseUrl: ctx.context.apiUrl,
    graphqlUrl: ctx.context.graphqlUrl,
  });
}

export async function openItemJob(ctx: PhaseContext): Promise<ItemJob> {
  const client = githubFor(ctx);
  const { context } = ctx;
  return {
    client,
    repo: { owner: context.owner, repo: context.repo },
    identity: await actionIdentity(client),
    runUrl: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`,
    writes: !ctx.inputs.dryRun && ctx.inputs.autonomy !== 'observe',
    ctx,
  };
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
type AccountType = 'User' | 'Bot' | 'Organization';
const accountType = (v: unknown): AccountType | undefined =>
  v === 'Bot' || v === 'User' || v === 'Organization' ? v : undefined;

/** The author of the comment that triggered the job (issue_comment events), if any. */
export function commenterOf(
  ctx: PhaseContext,
): { login: string; type?: 'User' | 'Bot' | 'Organization' } | undefined {
  const user = obj(obj(ctx.context.payload.comment).user);
  return typeof user.login === 'string' ? { login: user.login, type: accountType(user.type) } : undefined;
}

/**
 * The actor gate (DESIGN §8.1) for the workflow's actor and, for a comment, its author too: a
 * comment by someone without write access must not act through a maintainer's re-run. The action's
 * own identity passes: it is the actor of the workflow_dispatch runs it chains itself (DESIGN §2),
 * whose first run was gated.
 */
export async function gateTrigger(
  job: ItemJob,
): Promise<{ allowed: true } | { allowed: false; reason: string }> {
  const { ctx, client, repo, identity } = job;
  const sender = obj(ctx.context.payload.sender);
  const actors: { login: string; type?: AccountType }[] = [
    { login: ctx.context.actor, type: accountType(sender.type) },
  ];
  const commenter = commenterOf(ctx);
  if (commenter && commenter.login.toLowerCase() !== ctx.context.actor.toLowerCase()) actors.push(commenter);
  for (const actor of actors) {
    if (isIdentity({ login: actor.login, type: actor.type ?? 'User' }, identity)) continue;
    const check = await checkActor(client, repo, {
      actor: actor.login,
      actorType: actor.type,
      allowedUsers: ctx.inputs.allowedUsers,
      allowedBots: ctx.inputs.allowedBots,
    });
    if (!check.allowed) return check;
  }
  return { allowed: true };
}

/** Saves the state to the status comment (printed instead when the job may not write). */
export function saveState(job: ItemJob, state: ItemState): Promise<unknown> {
  return saveItemState(job.client, job.repo, state.item, job.identity, state, {
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

/** Starts the next phase for the item through workflow_dispatch (DESIGN §2). */
export async function chain(job: ItemJob, phase: ConcretePhase, item: number): Promise<DispatchOutcome> {
  const { ctx } = job;
  const ref =
    ctx.inputs.dispatch === 'none' || !ctx.context.workflowFile
      ? ''
      : await dispatchRef(job.client, job.repo, ctx.context.payload);
  return dispatchPhase(job.client, job.repo, {
    mode: ctx.inputs.dispatch,
    workflowFile: ctx.context.workflowFile,
    ref,
    phase,
    target: item,
    dryRun: !job.writes,
  });
}
