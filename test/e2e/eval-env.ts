/**
 * Scripted models for `codex-orchestrator eval`, with known behaviour, so that the scores they get
 * are known exactly: a reviewer that raises every expected finding, one that always passes, one
 * that adds noise, one that answers what is not JSON. Each is an AgentRunner (the runtime port, not
 * our module) that finds the case it is asked about by the scratch repository's head commit (the
 * eval makes the same commits every time), and answers like a runner: JSON checked against the
 * request's output schema, an invalid answer reported as `invalid_output`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgentRunner, AgentRunRequest, AgentRunResult, Usage } from '../../src/agent/types.js';
import { defaultConfig } from '../../src/config.js';
import type { EngineEnv } from '../../src/engine/env.js';
import type { EvalCase } from '../../src/eval/case.js';
import type { VariantEnv } from '../../src/eval/run.js';
import { createScratch } from '../../src/eval/scratch.js';
import { loadSuite, type Suite } from '../../src/eval/suite.js';
import { createGitExec } from '../../src/git/exec.js';
import { REPO_ROOT } from '../harness/codex-env.js';

export const git = createGitExec();

/** What a scripted model answers for a case: JSON text (or any text). */
export type Answer = (c: EvalCase) => string;

/** Every run's usage: 1,000 tokens in, 100 out, at $0.001 (or the cost given). */
export const usageOf = (costUsd: number): Usage => ({
  inputTokens: 1000,
  cachedInputTokens: 0,
  outputTokens: 100,
  reasoningOutputTokens: 0,
  costUsd,
});

/** A runner that answers each case with `answer`, spending `costUsd` a run; `calls` counts its runs. */
export function scriptedRunner(
  byHead: ReadonlyMap<string, EvalCase>,
  answer: Answer,
  costUsd = 0.001,
): AgentRunner & { calls: AgentRunRequest[] } {
  const calls: AgentRunRequest[] = [];
  return {
    name: 'scripted',
    model: 'scripted',
    sandboxes: ['read-only'],
    calls,
    async run<T>(request: AgentRunRequest<T>): Promise<AgentRunResult<T>> {
      calls.push(request as AgentRunRequest);
      const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: request.cwd, encoding: 'utf8' }).trim();
      const c = byHead.get(head);
      if (!c) throw new Error(`The scripted model was asked about an unknown checkout (${head}).`);
      const text = answer(c);
      const record = {
        runtime: 'scripted',
        model: 'scripted',
        commands: [],
        toolCalls: [],
        denied: [],
        fileChanges: [],
        usage: usageOf(costUsd),
        costUsd,
        durationMs: 1,
      };
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        value = undefined;
      }
      const checked = request.outputSchema?.zod.safeParse(value);
      if (checked && !checked.success)
        return {
          ...record,
          ok: false,
          kind: 'invalid_output',
          message: 'the answer does not match the output schema',
          threadId: 'thread-1',
          exitCode: 0,
          stderrTail: '',
          finalMessage: text,
        };
      return { ...record, ok: true, threadId: 'thread-1', finalMessage: text, output: checked?.data as T };
    },
  };
}

/** The engine's env around a runner: the default config, a priced model. */
export function scriptedEnv(runner: AgentRunner, priced = true): EngineEnv {
  return {
    config: defaultConfig(),
    agent: async () => runner,
    plannedRuns: () => [{ runtime: 'codex', model: priced ? 'scripted' : 'unpriced-model', priced }],
    maxReviewCycles: 2,
    codexPaths: [],
  };
}

export const variant = (name: string, env: EngineEnv): VariantEnv => ({ name, description: name, env });

/** The starter suite (or some of its cases), and each case by the head commit of its scratch repository. */
export async function starterSuite(
  only?: string[],
): Promise<{ suite: Suite; byHead: Map<string, EvalCase>; scratchParent: string; cleanup(): Promise<void> }> {
  const scratchParent = await mkdtemp(join(tmpdir(), 'eval-test-'));
  const suite = await loadSuite(git, join(REPO_ROOT, 'evals'), { only, scratchParent });
  const byHead = new Map<string, EvalCase>();
  for (const c of suite.cases) {
    const scratch = await createScratch(git, c, scratchParent);
    byHead.set(scratch.head, c);
    await scratch.dispose();
  }
  return { suite, byHead, scratchParent, cleanup: () => rm(scratchParent, { recursive: true, force: true }) };
}

/** A review answer with these findings (changes_required when there are any of major or worse, else pass). */
export function reviewAnswer(findings: Record<string, unknown>[]): string {
  const serious = findings.some((f) => f.severity === 'critical' || f.severity === 'major');
  const anyChange = findings.some((f) => f.severity !== 'nit');
  return JSON.stringify({
    status: serious || anyChange ? 'changes_required' : 'pass',
    summary: findings.length > 0 ? `${findings.length} finding(s).` : 'Nothing to change.',
    findings,
    criteria: [],
    blocked_reason: null,
  });
}

/** The findings a perfect reviewer raises for a case: each expected one, on its first line, with its first word. */
export function expectedFindings(c: EvalCase): Record<string, unknown>[] {
  if (c.kind !== 'review') return [];
  return c.expected.findings.map((e, i) => ({
    id: `expected-${i + 1}`,
    severity: e.severity,
    file: e.file,
    line: e.lines?.[0] ?? null,
    end_line: e.lines?.[1] ?? null,
    title: `Problem: ${e.words[0]}`,
    body: 'Found by the scripted reviewer.',
    suggestion: null,
  }));
}

/** A plan answer with this status, valid for the plan schema. */
export function planAnswer(status: string): string {
  return JSON.stringify({
    status,
    summary: 'Scripted plan.',
    acceptance_criteria: status === 'ready' ? ['It works'] : [],
    questions: status === 'needs_clarification' ? ['Which format?'] : [],
    subtasks:
      status === 'needs_decomposition'
        ? [
            { title: 'One', body: 'First part.', priority: 'high' },
            { title: 'Two', body: 'Second part.', priority: 'medium' },
          ]
        : [],
    risks: [],
  });
}
