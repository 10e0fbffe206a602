import type { z } from 'zod';
import { errorMessage } from '../../errors.js';
import { gitOk } from '../../git/exec.js';
import { openDetachedWorktree, removeWorktree } from '../../git/worktree.js';
import * as core from '../../log.js';
import { itemStateSchema } from '../../state/index.js';
import { readJson } from '../../tracker/local/folder.js';
import { jobIsolation } from '../../verify/isolate.js';
import { runVerification } from '../../verify/run.js';
import { checkItemId } from '../confine.js';
import { ToolError } from '../errors.js';
import type { TestsOutput, testsInput } from '../schemas.js';
import type { Workspace } from '../workspace.js';
import { fileItems } from './file-items.js';
import { testResult } from './verify-result.js';

/**
 * `run_tests`: the configured verification (`verify.commands`) in the sandbox, as everywhere (no
 * secret, no network unless `sandbox.network`), in a worktree of the item's branch when it has one
 * and of the default branch otherwise: never in the person's working tree. `create_bugs` files a
 * bug item for the failing command unless an open item already has its title.
 */
export async function runTests(
  ws: Workspace,
  args: z.output<typeof testsInput>,
  signal: AbortSignal,
): Promise<TestsOutput> {
  const id = checkItemId('work_item_id', args.work_item_id);
  const { git, repoDir } = ws.repo;
  const branch = await itemBranch(ws, id);
  const ref = branch ?? ws.repo.defaultBranch;
  const commit = await gitOk(git, ['rev-parse', '--verify', `refs/heads/${ref}^{commit}`], { cwd: repoDir });
  const tested = { ref, commit };
  const commands = ws.config.verify.commands;
  const none = { commands: 0, passed: 0, failed: 0, skipped: 0, duration_ms: 0 };
  if (commands.length === 0)
    return {
      success: true,
      passed: true,
      overall_status: 'not_configured',
      summary: none,
      failures: [],
      issues_created: [],
      duplicates: [],
      tested,
      issues_branch: null,
    };
  const isolation = await jobIsolation({
    codexPaths: [ws.options.inputs.codexPath].filter(Boolean),
    log: core.info,
  });
  if (!isolation.available)
    throw new ToolError(
      `The verification cannot run sandboxed here, so it does not run: ${isolation.reason}`,
    );
  const dir = await openDetachedWorktree(git, repoDir, ws.options.scratch, commit);
  const started = Date.now();
  let report: Awaited<ReturnType<typeof runVerification>>;
  try {
    report = await runVerification({
      commands,
      cwd: dir,
      timeoutMs: Math.min(args.timeout, ws.config.verify['timeout-minutes'] * 60) * 1000,
      network: ws.config.sandbox.network,
      isolation,
    });
  } finally {
    await removeWorktree(git, repoDir, dir);
  }
  if (signal.aborted) throw new ToolError('run_tests was cancelled.');
  const result = testResult(report);
  const issues: TestsOutput['issues_created'] = [];
  const duplicates: TestsOutput['duplicates'] = [];
  let issuesBranch: string | null = null;
  if (args.create_bugs && result.failures.length > 0) {
    const filed = await fileItems(
      ws,
      result.failures.map((f) => ({
        type: 'bug' as const,
        title: `Verification fails on ${ref}: ${f.command.length > 120 ? `${f.command.slice(0, 119)}…` : f.command}`,
        description: [
          `\`${f.command.replace(/`/g, "'")}\` ${f.timed_out ? 'was killed by the timeout' : `exited with code ${f.exit_code}`} on ${ref} (${commit.slice(0, 12)}), found by run_tests for ${id}.`,
          '',
          'The end of its output:',
          '',
          '~~~text',
          f.output.replace(/~~~/g, '~ ~ ~'),
          '~~~',
          '',
          '## Acceptance criteria',
          `- [ ] \`${f.command.replace(/`/g, "'")}\` passes`,
        ].join('\n'),
        priority: 'high' as const,
        component: 'verification',
      })),
      { commit: true },
    ).catch((error: unknown) => {
      throw error instanceof ToolError
        ? error
        : new ToolError(`The verification ran, but its bug item could not be filed: ${errorMessage(error)}`);
    });
    issuesBranch = filed.branch;
    for (const item of filed.items) {
      if (item.created) issues.push({ item_id: item.id, title: item.title, location: item.location });
      else duplicates.push({ item_id: item.same.item.id, title: item.same.item.title });
    }
  }
  return {
    success: true,
    passed: report.ok,
    overall_status: report.ok ? 'passed' : 'failed',
    summary: { ...result.summary, duration_ms: Date.now() - started },
    failures: result.failures,
    issues_created: issues,
    duplicates,
    tested,
    issues_branch: issuesBranch,
  };
}

/** The item's branch from its local state, when that branch exists. */
async function itemBranch(ws: Workspace, id: string): Promise<string | undefined> {
  const raw = await readJson(ws.folder.item(id).state).catch(() => undefined);
  const state = itemStateSchema.safeParse(raw);
  const branch = state.success ? state.data.branch : null;
  if (!branch) return undefined;
  const exists = await ws.repo.git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`], {
    cwd: ws.repo.repoDir,
  });
  return exists.exitCode === 0 ? branch : undefined;
}
