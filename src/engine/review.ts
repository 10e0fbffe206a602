import * as core from '../log.js';
import { loadPrompt } from '../prompts/load.js';
import { readProjectInstructions } from '../prompts/project.js';
import type { PriorReview } from '../review/prior.js';
import { buildReviewPrompt, type ReviewPromptInput } from '../review/prompt.js';
import { type ReviewRunOutcome, runReview } from '../review/run.js';
import type { Review } from '../review/schema.js';
import { type PreviousCycle, type Tracking, trackFindings } from '../review/track.js';
import type { ItemTracker } from '../tracker/port.js';
import type { EngineEnv } from './env.js';

/**
 * The reviewer (DESIGN §4, §7), the one code path for the Action's review phase and the CLI's loop:
 * the prompt (template and project instructions from the default branch, never the change's own
 * `AGENTS.md`), one read-only run in the review schema with one retry for an invalid answer.
 */
export async function runReviewer(request: {
  env: EngineEnv;
  tracker: Pick<ItemTracker, 'readDefaultBranchFile'>;
  /** The default branch's name, shown with the project instructions. */
  defaultBranch: string;
  input: Omit<ReviewPromptInput, 'projectInstructions'>;
  /** The checkout at the change's head. */
  cwd: string;
}): Promise<ReviewRunOutcome> {
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
  const runner = await env.agent('review');
  // No group of our own here: the runner prints each run as a group, and groups do not nest.
  return runReview(runner, {
    prompt,
    cwd: request.cwd,
    timeoutMs: env.config.budgets['phase-timeout-minutes'] * 60_000,
  });
}

/** The verdict of a review run as the loop records it: a review (a broken answer is `blocked`), tracked. */
export interface SettledReview {
  review: Review;
  tracking: Tracking;
  /** The answer stayed invalid after its retry: the review is `blocked` with why. */
  invalid: boolean;
}

/**
 * Turns a run that did not fail into the review to record: an answer that stayed invalid becomes a
 * `blocked` review (an empty verdict is never "no findings"), and the findings are tracked by
 * fingerprint against the previous cycle's open ones (src/review/track.ts).
 */
export function settleReview(
  outcome: Exclude<ReviewRunOutcome, { kind: 'failed' }>,
  cycle: number,
  previous: PriorReview | undefined,
): SettledReview {
  const answer: Review =
    outcome.kind === 'review'
      ? outcome.review
      : {
          status: 'blocked',
          summary: 'The reviewer did not return a valid review.',
          findings: [],
          criteria: [],
          blocked_reason: outcome.reason,
        };
  const { review, tracking } = trackFindings(answer, cycle, carriedFrom(previous, answer));
  return { review, tracking, invalid: outcome.kind === 'invalid' };
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
