import { runWithSchemaRetry } from '../agent/retry.js';
import type { AgentFailureKind, AgentRunner, Usage } from '../agent/types.js';
import { commitStaged, type GitIdentity, headSha, stageAndListChanges } from '../git/commit.js';
import { type GitExec, gitOk } from '../git/exec.js';
import { type AuditReport, audit, needsEscalation } from '../safety/audit.js';
import { DEV_OUTPUT_SCHEMA } from './schema.js';

/** What one developer run ended in. Usage and the thread are reported whatever happened. */
export type StepOutcome = { threadId: string | undefined; usage: Usage } & (
  | { kind: 'committed'; sha: string | undefined; summary: string }
  | { kind: 'escalated'; sha: string | undefined; summary: string; report: AuditReport }
  | { kind: 'needs_decomposition'; summary: string }
  /** `failure`: why the run failed (`timeout`: the per-criterion timeout ended it). */
  | { kind: 'failed'; failure: AgentFailureKind; message: string }
);

/** Everything one run needs; the caller decides the prompt and the commit message. */
export interface StepRequest {
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
}

/**
 * One developer run in a fresh thread (sandbox workspace-write, cwd the worktree), then the audit
 * and the commit. An answer that breaks the schema is asked for again once in the same thread.
 * Every command the agent attempted (from its rollout) is checked against the allow-list and every
 * changed path against the protected globs; the commit is made either way, and the caller decides
 * whether it may be pushed.
 */
export async function runStep(request: StepRequest): Promise<StepOutcome> {
  const { agent, git, dir } = request;
  const before = await headSha(git, dir);
  const { result, usage } = await runWithSchemaRetry(agent, {
    prompt: request.prompt,
    label: request.label,
    cwd: dir,
    sandbox: 'workspace-write',
    timeoutMs: request.timeoutMs,
    deniedCommands: request.deniedCommands,
    networkAccess: request.networkAccess,
    outputSchema: DEV_OUTPUT_SCHEMA,
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
  const attempted = agent.attemptedCommands ? await agent.attemptedCommands(result.threadId) : undefined;
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
    return { kind: 'escalated', threadId, usage, sha, summary: answer.summary, report };
  return { kind: 'committed', threadId, usage, sha, summary: answer.summary };
}
