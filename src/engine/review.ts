import { type AgentRunner, addUsage, type Usage, ZERO_USAGE } from '../agent/types.js';
import * as core from '../log.js';
import { loadPrompt } from '../prompts/load.js';
import { readProjectInstructions } from '../prompts/project.js';
import { mergeReviews, type Opinion, type ReviewerAnswer, runtimeLabel } from '../review/opinions.js';
import type { PriorReview } from '../review/prior.js';
import { buildReviewPrompt, type ReviewPromptInput } from '../review/prompt.js';
import { type ReviewRunOutcome, runReview } from '../review/run.js';
import type { Review } from '../review/schema.js';
import { type PreviousCycle, type Tracking, trackFindings } from '../review/track.js';
import type { ItemTracker } from '../tracker/port.js';
import type { EngineEnv } from './env.js';

/** One reviewer's run: its runtime, the model it was to run, and how its review ended. */
export interface ReviewerRun {
  runtime: string;
  model: string | undefined;
  outcome: ReviewRunOutcome;
}

/**
 * How the review ended, over every reviewer: with one, its own outcome; with a second opinion,
 * `failed` when any run failed, `invalid` when any answer stayed invalid (never a pass), else the
 * merged review (src/review/opinions.ts). Usage is the sum, `agentMs` the wall time of the runs.
 */
export type ReviewerOutcome = ReviewRunOutcome & { runs: ReviewerRun[] };

/**
 * The reviewer (DESIGN §4, §7), the one code path for the Action's review phase and the CLI's loop:
 * the prompt (template and project instructions from the default branch, never the change's own
 * `AGENTS.md`), one read-only run in the review schema with one retry for an invalid answer, on
 * every runtime the config gives review (`runtimes.review: [codex, claude]`: a second opinion, the
 * runs at the same time, each runtime's runner being its own process).
 */
export async function runReviewer(request: {
  env: EngineEnv;
  tracker: Pick<ItemTracker, 'readDefaultBranchFile'>;
  /** The default branch's name, shown with the project instructions. */
  defaultBranch: string;
  input: Omit<ReviewPromptInput, 'projectInstructions'>;
  /** The checkout at the change's head. */
  cwd: string;
}): Promise<ReviewerOutcome> {
  const { env, tracker } = request;
  const fromDefaultBranch = (path: string) => tracker.readDefaultBranchFile(path);
  const template = await loadPrompt('review', {
    overrides: env.config.prompts,
    readDefaultBranchFile: fromDefaultBranch,
  });
  // The reviewer's instructions come from the default branch: the change's own AGENTS.md is code
  // under review (DESIGN §8.10), and the run is told not to load the checkout's (agent/codex/args.ts).
  const projectInstructions = await readProjectInstructions(fromDefaultBranch, request.defaultBranch);
  core.info(
    projectInstructions
      ? `Project instructions: ${projectInstructions.path} on ${projectInstructions.branch}${projectInstructions.truncated ? ' (cut at 32 KiB)' : ''}.`
      : 'Project instructions: none on the default branch.',
  );
  const prompt = buildReviewPrompt(
    { ...request.input, projectInstructions },
    template.template,
    `review (${template.origin})`,
  );
  const runners: AgentRunner[] = env.agents ? await env.agents('review') : [await env.agent('review')];
  const review = (runner: AgentRunner) =>
    runReview(runner, {
      prompt,
      cwd: request.cwd,
      timeoutMs: env.config.budgets['phase-timeout-minutes'] * 60_000,
    });
  // No group of our own here: the runner prints each run as a group, and groups do not nest.
  const [only] = runners;
  if (runners.length === 1 && only) {
    const outcome = await review(only);
    return { ...outcome, runs: [{ runtime: only.name, model: only.model, outcome }] };
  }
  if (runners.length > 1)
    core.info(
      `Second opinion: ${runners.map((r) => r.name).join(' and ')} review the same prompt at the same time.`,
    );
  const started = performance.now();
  // Settled, not all: a run that throws must not leave the other running unwatched.
  const settled = await Promise.allSettled(runners.map(review));
  const agentMs = performance.now() - started;
  const thrown = settled.find((s) => s.status === 'rejected');
  if (thrown) throw thrown.reason;
  const runs = settled.map((s, index) => ({
    runtime: runners[index]!.name,
    model: runners[index]!.model,
    outcome: (s as PromiseFulfilledResult<ReviewRunOutcome>).value,
  }));
  return { ...combineRuns(runs), agentMs, runs };
}

/** The outcome of several reviewers' runs as one (see {@link ReviewerOutcome}). */
function combineRuns(runs: readonly ReviewerRun[]): ReviewRunOutcome {
  const usage = runs.reduce<Usage>((sum, r) => addUsage(sum, r.outcome.usage), ZERO_USAGE);
  const shared = {
    threadId: runs[0]?.outcome.threadId,
    attempts: Math.max(...runs.map((r) => r.outcome.attempts)),
    usage,
    agentMs: Math.max(...runs.map((r) => r.outcome.agentMs)),
  };
  const named = (r: ReviewerRun & { outcome: { reason: string } }) =>
    `${runtimeLabel(r.runtime)}: ${r.outcome.reason}`;
  for (const kind of ['failed', 'invalid'] as const) {
    const ended = runs.filter(
      (r): r is ReviewerRun & { outcome: { kind: typeof kind; reason: string } } => r.outcome.kind === kind,
    );
    if (ended.length > 0) return { kind, reason: ended.map(named).join(' · '), ...shared };
  }
  const { review } = mergeReviews(runs.map(answerOf));
  return { kind: 'review', review, ...shared, threadId: shared.threadId ?? '' };
}

/** A run's answer for the merge: an answer that stayed invalid is a `blocked` review with why. */
function answerOf(run: ReviewerRun): ReviewerAnswer {
  return { runtime: run.runtime, review: answerReview(run.outcome) };
}

function answerReview(outcome: ReviewRunOutcome): Review {
  if (outcome.kind === 'review') return outcome.review;
  return {
    status: 'blocked',
    summary: 'The reviewer did not return a valid review.',
    findings: [],
    criteria: [],
    blocked_reason: outcome.reason,
  };
}

/** The verdict of a review run as the loop records it: a review (a broken answer is `blocked`), tracked. */
export interface SettledReview {
  review: Review;
  tracking: Tracking;
  /** An answer stayed invalid after its retry: the review is `blocked` with why. */
  invalid: boolean;
  /**
   * What each reviewer said and spent, and which findings it reported (ids of `review`): recorded
   * beside the review JSON. Empty when the outcome does not say who ran.
   */
  opinions: Opinion[];
}

/**
 * Turns runs that did not fail into the review to record: an answer that stayed invalid becomes a
 * `blocked` review (an empty verdict is never "no findings"; beside another reviewer's answer, it
 * makes the merged review `blocked` with that reviewer's findings kept), several answers are merged
 * (src/review/opinions.ts), and the findings are tracked by fingerprint against the previous
 * cycle's open ones (src/review/track.ts).
 */
export function settleReview(
  outcome: Exclude<ReviewRunOutcome, { kind: 'failed' }> & { runs?: readonly ReviewerRun[] },
  cycle: number,
  previous: PriorReview | undefined,
): SettledReview {
  const runs = outcome.runs ?? [];
  const merged =
    runs.length > 1
      ? mergeReviews(runs.map(answerOf))
      : { review: answerReview(outcome), foundBy: undefined };
  const { review, tracking } = trackFindings(merged.review, cycle, carriedFrom(previous, merged.review));
  // Tracking keeps the findings' order (only ids change), so `foundBy` still lines up.
  const foundBy = (index: number, runtime: string) => merged.foundBy?.[index]?.includes(runtime) ?? true;
  const opinions = runs.map(
    (run): Opinion => ({
      runtime: run.runtime,
      model: run.model ?? null,
      status: run.outcome.kind === 'review' ? run.outcome.review.status : 'invalid',
      findings: review.findings.filter((_, index) => foundBy(index, run.runtime)).map((f) => f.id),
      attempts: run.outcome.attempts,
      input_tokens: run.outcome.usage.inputTokens,
      output_tokens: run.outcome.usage.outputTokens,
      cost_usd: costOf(run.outcome.usage),
    }),
  );
  return { review, tracking, invalid: outcome.kind === 'invalid', opinions };
}

/** A usage's cost in USD, null when some of it ran on a model without a price. */
function costOf(usage: Usage): number | null {
  if ((usage.unpricedTokens ?? 0) > 0) return null;
  return usage.costUsd ?? (usage.inputTokens + usage.outputTokens === 0 ? 0 : null);
}

/** The previous cycle whose open findings this one carries: only a readable review that judged something. */
function carriedFrom(previous: PriorReview | undefined, answer: Review): PreviousCycle | undefined {
  if (!previous?.review || answer.status === 'blocked') return undefined;
  return { cycle: previous.cycle, review: previous.review, tracking: previous.tracking };
}

/** The phase status for a review's verdict, and whether a fix round comes next. */
export function reviewVerdict(
  review: Review,
  cycle: number,
  maxCycles: number,
  invalid: boolean,
): { status: 'pass' | 'changes_required' | 'blocked'; reason: string; nextPhase?: 'fix' } {
  const count = `${review.findings.length} finding(s)`;
  if (review.status === 'pass')
    return {
      status: 'pass',
      reason: `Review cycle ${cycle} passed (${count}); the change waits for a human approval.`,
    };
  if (review.status === 'blocked') {
    return {
      status: 'blocked',
      reason: invalid
        ? (review.blocked_reason ?? '')
        : `The reviewer could not review: ${review.blocked_reason}`,
    };
  }
  if (cycle < maxCycles)
    return {
      status: 'changes_required',
      reason: `Review cycle ${cycle} requires changes (${count}).`,
      nextPhase: 'fix',
    };
  return {
    status: 'changes_required',
    reason: `Review cycle ${cycle} requires changes (${count}), and the cap of ${maxCycles} review cycle(s) is reached: a human decides what happens next.`,
  };
}
