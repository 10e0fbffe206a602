import { type Usage, ZERO_USAGE } from '../agent/types.js';
import type { EngineEnv } from '../engine/env.js';
import { planPrompt } from '../engine/plan/prompt.js';
import { askPlanner } from '../engine/plan/run.js';
import type { PlanAnswer } from '../engine/plan/schema.js';
import { reviewVerdict, runReviewer, settleReview } from '../engine/review.js';
import { branchReviewInput } from '../engine/review-input.js';
import type { GitExec } from '../git/exec.js';
import { diffSince } from '../review/increment.js';
import type { Finding } from '../review/schema.js';
import type { ItemTracker } from '../tracker/port.js';
import type { EvalCase, PlanCase, ReviewCase } from './case.js';
import type { Scratch } from './scratch.js';

/** How one run of a case ended, before scoring. */
export interface CaseAnswer {
  /**
   * `answered`: a valid answer; `invalid`: the answer broke the schema after its retry (a review is
   * then `blocked`, never "no findings"); `failed`: the run itself failed (a timeout, an error).
   */
  outcome: 'answered' | 'invalid' | 'failed';
  /** The review's verdict or the plan's status; `blocked` or `error` when there was none. */
  status: string;
  /** The review's findings (none for a plan, or an answer that was not valid). */
  findings: Finding[];
  /** Why it ended so, in the engine's words. */
  reason: string;
  usage: Usage;
  /** Time in the engine's call: the prompt, the runtime, the model. */
  runMs: number;
}

/** The work item a case is to the engine: a neutral id, so that nothing of the case's name reaches a prompt. */
export const CASE_ITEM_ID = 'T-1';
/** The repository's name in the prompts. */
export const CASE_REPOSITORY = 'local/project';
/** Who the change is by, as the local loop's changes are. */
const AUTHOR = 'codex-orchestrator';

/** Runs a case through the engine's reviewer or planner, over its scratch repository. */
export async function runCase(parts: {
  env: EngineEnv;
  git: GitExec;
  case: EvalCase;
  scratch: Scratch;
  reader: Pick<ItemTracker, 'readDefaultBranchFile'>;
}): Promise<CaseAnswer> {
  const started = performance.now();
  const answer =
    parts.case.kind === 'review' ? await review(parts, parts.case) : await plan(parts, parts.case);
  return { ...answer, runMs: performance.now() - started };
}

type Parts = Parameters<typeof runCase>[0];

/**
 * The local loop's first review of a branch (item-review.ts `reviewBranch`): the same input, the
 * engine's reviewer with its prompt, schema, sandbox and one retry, the verdict as it is recorded.
 */
async function review(parts: Parts, c: ReviewCase): Promise<Omit<CaseAnswer, 'runMs'>> {
  const { env, git, scratch } = parts;
  const whole =
    (await diffSince(git, {
      dir: scratch.dir,
      base: scratch.base,
      head: scratch.head,
      fetchFrom: undefined,
    })) ?? [];
  const outcome = await runReviewer({
    env,
    tracker: parts.reader,
    defaultBranch: scratch.defaultBranch,
    cwd: scratch.dir,
    input: branchReviewInput({
      repository: CASE_REPOSITORY,
      item: { id: CASE_ITEM_ID, title: c.issue.title, body: c.issue.body },
      branch: scratch.branch,
      defaultBranch: scratch.defaultBranch,
      author: AUTHOR,
      cycle: 1,
      head: scratch.head,
      criteria: c.issue.criteria.map((text) => ({ text, done: true })),
      fromPlan: false,
      previous: undefined,
      whole,
      since: undefined,
      budgetBytes: env.config.review['diff-budget-bytes'],
    }),
  });
  if (outcome.kind === 'failed')
    return { outcome: 'failed', status: 'error', findings: [], reason: outcome.reason, usage: outcome.usage };
  const settled = settleReview(outcome, 1, undefined);
  const verdict = reviewVerdict(settled.review, 1, env.maxReviewCycles, settled.invalid);
  return {
    outcome: settled.invalid ? 'invalid' : 'answered',
    status: verdict.status,
    findings: settled.invalid ? [] : settled.review.findings,
    reason: verdict.reason,
    usage: outcome.usage,
  };
}

/** The loop's planning of a docs item without criteria (plan/item.ts `planItem`): its prompt, the planner. */
async function plan(parts: Parts, c: PlanCase): Promise<Omit<CaseAnswer, 'runMs'>> {
  const { env, scratch } = parts;
  const checklist = c.issue.criteria.map((text) => `- [ ] ${text}`).join('\n');
  const body = checklist ? `${c.issue.body}\n\n## Acceptance criteria\n${checklist}` : c.issue.body;
  const prompt = await planPrompt({
    env,
    tracker: parts.reader,
    repository: CASE_REPOSITORY,
    item: { id: CASE_ITEM_ID, title: c.issue.title, body },
    asked: null,
  });
  const { result, usage } = await askPlanner(env, prompt, scratch.dir);
  if (result.ok) {
    const answer = result.output as PlanAnswer;
    return { outcome: 'answered', status: answer.status, findings: [], reason: answer.summary, usage };
  }
  const invalid = result.kind === 'invalid_output';
  return {
    outcome: invalid ? 'invalid' : 'failed',
    status: invalid ? 'blocked' : 'error',
    findings: [],
    reason: invalid
      ? `The planner's answer did not match the plan schema twice: ${result.message}`
      : `The planner failed (${result.kind}): ${result.message}`,
    usage: usage ?? ZERO_USAGE,
  };
}
