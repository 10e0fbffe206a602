import { runWithSchemaRetry } from '../agent/retry.js';
import type { AgentFailureKind, AgentRunner, AttemptedCommand, OutputSchema, Usage } from '../agent/types.js';
import { commitStaged, type GitIdentity, headSha, stageAndListChanges } from '../git/commit.js';
import { type GitExec, gitOk } from '../git/exec.js';
import { type AuditReport, audit, needsEscalation } from '../safety/audit.js';
import { DEV_OUTPUT_SCHEMA, type DevAnswer } from './schema.js';

/** What a run's answer must hold: a summary for the commit, and optionally a status. */
export interface StepAnswer {
  status?: string;
  summary: string;
}

/** What one developer run ended in. Usage and the thread are reported whatever happened. */
export type StepOutcome<A extends StepAnswer = DevAnswer> = { threadId: string | undefined; usage: Usage } & (
  | { kind: 'committed'; sha: string | undefined; summary: string; answer: A }
  | { kind: 'escalated'; sha: string | undefined; summary: string; report: AuditReport; answer: A }
  | { kind: 'needs_decomposition'; summary: string }
  /** `failure`: why the run failed (`timeout`: the per-criterion timeout ended it). */
  | { kind: 'failed'; failure: AgentFailureKind; message: string }
);

/** Everything one run needs; the caller decides the prompt and the commit message. */
export interface StepRequest<A extends StepAnswer = DevAnswer> {
  agent: AgentRunner;
  git: GitExec;
  /** The worktree: the run's cwd and where the commit lands. */
  dir: string;
  prompt: string;
  label: string;
  timeoutMs: number;
  deniedCommands: readonly string[];
  networkAccess: boolean;
  allow: readonly string[];
  protectedPaths: readonly string[];
  author: GitIdentity;
  /** The commit message, from the developer's summary and the thread. */
  message: (summary: string, threadId: string) => string;
  /** Resume this thread (fix resumes the item's last one) instead of starting a fresh one. */
  resumeThreadId?: string;
  /** The answer's schema (default the developer's: done or needs_decomposition). */
  outputSchema?: OutputSchema<A>;
}

/**
 * One developer run in a fresh thread (sandbox workspace-write, cwd the worktree), then the audit
 * and the commit. An answer that breaks the schema is asked for again once in the same thread.
 * Every command the agent attempted (from its rollout) is checked against the allow-list and every
 * changed path against the protected globs; the commit is made either way, and the caller decides
 * whether it may be pushed.
 */
export async function runStep<A extends StepAnswer = DevAnswer>(
  request: StepRequest<A>,
): Promise<StepOutcome<A>> {
  const { agent, git, dir } = request;
  const before = await headSha(git, dir);
  // A resumed thread's rollout holds the earlier jobs' commands, audited then: only this run's count.
  const earlier =
    request.resumeThreadId && agent.attemptedCommands
      ? (await agent.attemptedCommands(request.resumeThreadId)).filter((c) => !c.tampered).length
      : 0;
  const { result, usage } = await runWithSchemaRetry(agent, {
    prompt: request.prompt,
    label: request.label,
    cwd: dir,
    sandbox: 'workspace-write',
    timeoutMs: request.timeoutMs,
    deniedCommands: request.deniedCommands,
    networkAccess: request.networkAccess,
    outputSchema: request.outputSchema ?? (DEV_OUTPUT_SCHEMA as unknown as OutputSchema<A>),
    resumeThreadId: request.resumeThreadId,
  });
  const threadId = result.threadId;
  if (!result.ok) {
    return {
      kind: 'failed',
      failure: result.kind,
      threadId,
      usage,
      message: `${request.label}: ${result.message}`,
    };
  }
  const answer = result.output!;
  if (answer.status === 'needs_decomposition') {
    return { kind: 'needs_decomposition', threadId, usage, summary: answer.summary };
  }

  // The sandbox keeps .git read-only, but should a commit slip through, fold it into ours so that
  // every pushed commit is the action's.
  if ((await headSha(git, dir)) !== before) await gitOk(git, ['reset', '--soft', before], { cwd: dir });
  const changedPaths = await stageAndListChanges(git, dir, before);
  const all = agent.attemptedCommands ? await agent.attemptedCommands(result.threadId) : undefined;
  const attempted = all && sinceEarlier(all, result.threadId === request.resumeThreadId ? earlier : 0);
  const report = audit({
    commands: attempted ?? [],
    changedPaths,
    allow: request.allow,
    deny: request.deniedCommands,
    protectedPaths: request.protectedPaths,
  });
  if (!attempted) {
    report.commands.push({
      command: '(all commands of this run)',
      reason: `the ${agent.name} runner cannot list the commands it attempted, so they cannot be checked`,
    });
  }
  const sha = await commitStaged(git, dir, request.message(answer.summary, result.threadId), request.author);
  if (needsEscalation(report))
    return { kind: 'escalated', threadId, usage, sha, summary: answer.summary, report, answer };
  return { kind: 'committed', threadId, usage, sha, summary: answer.summary, answer };
}

/** The commands after the first `earlier` rollout entries, and every tampering finding. */
function sinceEarlier(commands: AttemptedCommand[], earlier: number): AttemptedCommand[] {
  const recorded = commands.filter((c) => !c.tampered);
  return [...recorded.slice(earlier), ...commands.filter((c) => c.tampered)];
}
