import { plannedRuns } from '../agent/runtime.js';
import type { EngineEnv } from '../engine/env.js';
import { openWorkSession, type WorkSession } from '../engine/session.js';
import type { GitExec } from '../git/exec.js';
import type { Remote } from '../git/remote.js';
import type { Worktree } from '../git/worktree.js';
import type { PhaseContext } from '../phase.js';
import { githubItemTracker } from '../tracker/github/tracker.js';
import type { ItemTracker } from '../tracker/port.js';
import type { ItemJob } from './job.js';
import { jobSessionStore } from './sessions.js';

/**
 * The engine's view of an Action job (DESIGN §12): the policy, the job's agents for the phase that
 * runs (the Action runs one phase per job, so every role gets that phase's runtimes), and the
 * limits from the inputs.
 */
export function engineEnv(ctx: PhaseContext): EngineEnv {
  return {
    config: ctx.config,
    agent: () => ctx.agent(),
    agents: ctx.agents,
    plannedRuns: (role) => plannedRuns({ inputs: ctx.inputs, config: ctx.config, phase: role }),
    maxReviewCycles: ctx.inputs.maxReviewCycles,
    codexPaths: [ctx.inputs.codexPath].filter(Boolean),
    signal: ctx.signal,
  };
}

/** The engine and the GitHub tracker of issue `item`, for a dev or fix job on its branch. */
export function openEngine(
  job: ItemJob,
  item: number,
  checkout: { git: GitExec; remote: Remote },
): { env: EngineEnv; tracker: ItemTracker } {
  const { ctx } = job;
  return {
    env: engineEnv(ctx),
    tracker: githubItemTracker({
      client: job.client,
      repo: job.repo,
      identity: job.identity,
      issue: item,
      writes: job.writes,
      runUrl: job.runUrl,
      pricing: ctx.config.pricing,
      sessions: jobSessionStore(ctx, checkout.git, checkout.remote),
    }),
  };
}

/** A dev or fix job's work session: the engine's, plus the job it runs in (for the phase's own writes). */
export interface JobSession extends WorkSession {
  item: number;
  job: ItemJob;
  ctx: PhaseContext;
}

/** Opens the engine's work session over the item's worktree for a dev or fix job. */
export function openJobSession(
  job: ItemJob,
  checkout: { git: GitExec; wt: Worktree; remote: Remote },
  parts: Pick<WorkSession, 'issue' | 'state' | 'defaultBranch' | 'deadline'> & { item: number },
): JobSession {
  const engine = openEngine(job, parts.item, checkout);
  return { ...openWorkSession(engine, checkout, parts), item: parts.item, job, ctx: job.ctx };
}
