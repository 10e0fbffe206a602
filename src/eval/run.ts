import type { EngineEnv } from '../engine/env.js';
import type { GitExec } from '../git/exec.js';
import { estimateCostUsd } from '../state/budget.js';
import type { EvalCase } from './case.js';
import { caseReader } from './engine.js';
import { type CaseAnswer, runCase } from './run-case.js';
import { type CaseResult, scoreCase } from './score.js';
import { createScratch } from './scratch.js';
import type { Suite } from './suite.js';

/** A variant ready to run: its name, how it reads, and the engine's env it runs in. */
export interface VariantEnv {
  name: string;
  description: string;
  env: EngineEnv;
}

/** What an eval run did: every case result per variant, and why it stopped early, if it did. */
export interface EvalRun {
  variants: { name: string; description: string; results: CaseResult[] }[];
  /** Null when every case of every run ran. */
  stopped: string | null;
  /** Case runs done, of those planned. */
  ran: number;
  planned: number;
}

/** The roles a suite needs: review for review cases, plan for plan cases. */
export const rolesOf = (cases: readonly EvalCase[]) =>
  (['review', 'plan'] as const).filter((role) => cases.some((c) => c.kind === role));

/**
 * Why a cost cap cannot be kept, before anything runs: a variant would run a model without a
 * price (src/state/budget.ts `itemCapReached`, fail closed). Undefined when it can.
 */
export function unpricedUnderCap(
  variants: readonly VariantEnv[],
  cases: readonly EvalCase[],
  cap: number | null,
): string | undefined {
  if (cap === null) return undefined;
  for (const v of variants) {
    for (const role of rolesOf(cases)) {
      const unpriced = v.env.plannedRuns(role).find((p) => !p.priced);
      if (!unpriced) continue;
      const which = unpriced.model
        ? `the model '${unpriced.model}' (${unpriced.runtime}) has no price`
        : `the ${unpriced.runtime} runtime's model is not known in advance (set --model, or the variant's model)`;
      return `A cost cap of $${cap} is set, but in variant '${v.name}' ${which} for ${role} cases, so the cap could not be kept: nothing was run. Price it in the config (pricing.models), choose a model of the price table (README, Runtimes), or remove the cap.`;
    }
  }
  return undefined;
}

/**
 * Runs every case through every variant, `repeat` times: run by run, case by case, each case
 * through each variant in turn (so that a run stopped by the cost cap still compares the variants
 * on the same cases). Each case run gets a fresh scratch repository. With a cap, a case run starts
 * only while the money spent plus the costliest case run so far stays within it: the eval stops
 * before it would pass the cap (the very first run cannot be foreseen), and says what ran.
 */
export async function runEval(request: {
  suite: Suite;
  variants: readonly VariantEnv[];
  repeat: number;
  costCapUsd: number | null;
  git: GitExec;
  /** Where relative prompt paths of the config are read (`--dir`). */
  projectDir: string;
  /** Where scratch repositories are made (and removed). */
  scratchParent: string;
  /** One line per case run done. */
  progress?: (line: string) => void;
  /** A reason to stop between case runs (a signal). */
  stop?: () => string | undefined;
}): Promise<EvalRun> {
  const { suite, variants, costCapUsd: cap } = request;
  const results = variants.map((v) => ({
    name: v.name,
    description: v.description,
    results: [] as CaseResult[],
  }));
  const planned = request.repeat * suite.cases.length * variants.length;
  let ran = 0;
  let spent = 0;
  let costliest = 0;
  let stopped: string | null = null;
  runs: for (let run = 1; run <= request.repeat; run++) {
    for (const c of suite.cases) {
      for (const [index, v] of variants.entries()) {
        stopped = request.stop?.() ?? null;
        if (!stopped && cap !== null && (spent >= cap || spent + costliest > cap))
          stopped = `The cost cap ($${cap}) would be passed: $${spent.toFixed(4)} spent, and the costliest case run so far cost $${costliest.toFixed(4)}. ${ran} of ${planned} case run(s) ran; raise eval.cost-cap-usd (or --cost-cap-usd), or choose cases with --case.`;
        if (stopped) break runs;
        const result = await runOne(request, v, c, run);
        results[index]!.results.push(result);
        ran += 1;
        spent += result.cost_usd ?? 0;
        costliest = Math.max(costliest, result.cost_usd ?? 0);
        const mark = result.correct ? 'right' : 'WRONG';
        const found =
          c.kind === 'review' ? `, ${result.matched_expected}/${result.expected_findings} found` : '';
        request.progress?.(
          `[${ran}/${planned}] ${v.name} · ${c.id}${request.repeat > 1 ? ` (run ${run})` : ''}: ${result.status} (${mark}${found}) in ${(result.ms / 1000).toFixed(1)} s`,
        );
      }
    }
  }
  return { variants: results, stopped, ran, planned };
}

/** One case through one variant: a scratch repository, the engine's call, the score. */
async function runOne(
  request: Parameters<typeof runEval>[0],
  v: VariantEnv,
  c: EvalCase,
  run: number,
): Promise<CaseResult> {
  const started = performance.now();
  const scratch = await createScratch(request.git, c, request.scratchParent);
  let answer: CaseAnswer;
  try {
    const reader = caseReader({
      git: request.git,
      scratch,
      projectDir: request.projectDir,
      prompts: v.env.config.prompts,
    });
    answer = await runCase({ env: v.env, git: request.git, case: c, scratch, reader });
  } finally {
    await scratch.dispose();
  }
  const costUsd =
    (answer.usage.unpricedTokens ?? 0) > 0 ? null : estimateCostUsd(answer.usage, v.env.config.pricing);
  const scored = scoreCase(c, answer, { run, ms: 0, costUsd });
  return { ...scored, ms: Math.round(performance.now() - started) };
}
