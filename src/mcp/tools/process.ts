import { appendFileSync, existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { z } from 'zod';
import { renderProblems } from '../../backlog/problems.js';
import { runItem } from '../../engine/item.js';
import type { LoopItem, LoopOutcome } from '../../engine/item-types.js';
import { localEngine, localLoopParts, loopItemOf } from '../../local/engine.js';
import { type LogSink, redirectLog } from '../../log.js';
import { ensureStateFolder } from '../../tracker/local/folder.js';
import { recordResult } from '../../tracker/local/session-file.js';
import type { VerifyReport } from '../../verify/run.js';
import { checkItemId } from '../confine.js';
import { ToolError } from '../errors.js';
import type { ProcessOutput, processInput } from '../schemas.js';
import { readBacklog, updateSession, type Workspace, workRefused } from '../workspace.js';
import { prioritize } from './scan.js';
import { testResult } from './verify-result.js';

/** What process_bug reports while it works (MCP progress notifications), and how it is cancelled. */
export interface ProcessCall {
  signal: AbortSignal;
  progress(done: number, total: number, message: string): void;
  /** Where the engine's lines go when no item log takes them. */
  log: LogSink;
}

/** How a person does what the engine's messages ask, in this server's words. */
const mcpSay = (id: string) => ({
  retry: `call process_bug for ${id} again (it continues where it stopped)`,
  approve: `run \`codex-orchestrator approve ${id}\` after reading the held commits, then call process_bug for ${id} again`,
});

// One item at a time per server: the engine's log lines go to that item's log file.
let running: string | undefined;

/**
 * `process_bug`: the engine's dev and verification for one docs item (src/engine/item.ts with
 * `devOnly`): the planner when it has no acceptance criteria, then each criterion in a fresh
 * runtime context with a commit each on the item's branch `codex/<id>-<slug>`, then the
 * verification (one fix run when it fails). It returns when that is done, sends a progress
 * notification per criterion, and honours cancellation: the runtime's process tree is killed, the
 * state is saved, and a later call continues from the last finished criterion. The early exit and
 * a STOP file refuse it; every result is counted in the session file.
 */
export async function processBug(
  ws: Workspace,
  args: z.output<typeof processInput>,
  call: ProcessCall,
): Promise<ProcessOutput> {
  const id = checkItemId('item_id', args.item_id);
  const refused = await workRefused(ws);
  if (refused) throw new ToolError(`process_bug refuses to start: ${refused}`);
  const backlog = await readBacklog(ws);
  if (backlog.problems.length > 0) throw new ToolError(renderProblems(backlog.problems));
  const item = backlog.items.find((i) => i.id === id);
  if (!item)
    throw new ToolError(
      `No item '${id}' in the docs backlog (backlog.docs.issues: ${ws.config.backlog.docs.issues}); scan_prioritize lists the items.`,
    );
  const entry = (await prioritize(ws, backlog)).priority_queue.find((e) => e.item_id === id);
  if (!entry) throw new ToolError(`${id} is ${item.status}: there is nothing to do.`);
  // A finished branch or a held escalation is the engine's to report (a repeat call returns the same).
  const workable =
    entry.status === 'ready' ||
    (entry.status === 'waiting' && /^(its branch|an escalation)/.test(entry.reason ?? ''));
  if (!workable) throw new ToolError(`${id} cannot be worked now: ${entry.reason}.`);
  if (running) throw new ToolError(`process_bug is working ${running} already; call again when it returns.`);
  running = id;
  try {
    return await work(ws, args, call, loopItemOf(item));
  } finally {
    running = undefined;
  }
}

async function work(
  ws: Workspace,
  args: z.output<typeof processInput>,
  call: ProcessCall,
  item: LoopItem,
): Promise<ProcessOutput> {
  const { repo, folder } = ws;
  const config = {
    ...ws.config,
    'max-iterations': args.max_iterations,
    budgets: { ...ws.config.budgets, 'criterion-timeout-minutes': args.timeout_per_section / 60 },
  };
  await ensureStateFolder(repo.git, folder);
  await mkdir(folder.worktrees, { recursive: true });
  const files = folder.item(item.id);
  await mkdir(files.dir, { recursive: true });
  await updateSession(ws, (s) => ({ ...s, current_task: item.id }));

  const engine = localEngine({
    repo,
    folder,
    inputs: ws.options.inputs,
    config,
    item: item.id,
    runnerTemp: ws.options.scratch,
    toolCache: ws.options.toolCache,
    signal: call.signal,
    say: mcpSay(item.id),
  });
  let verification: VerifyReport | undefined;
  let total = item.criteria.length;
  const cancelled = () =>
    call.signal.aborted ? `process_bug for ${item.id} was cancelled; a later call continues.` : undefined;
  redirectLog((line) => appendFileSync(files.log, `${line}\n`));
  let outcome: LoopOutcome;
  try {
    outcome = await runItem(
      {
        ...localLoopParts(engine, repo, folder),
        stop: () =>
          cancelled() ??
          (existsSync(folder.stopFile) ? `A STOP file is in ${folder.root}: remove it to go on.` : undefined),
        progress: (phase, note) => appendFileSync(files.log, `[${phase}] ${note}\n`),
        devOnly: true,
        // Two steps per criterion (started, done), then the verification, then the end.
        observer: {
          criterionStarted: (index, count, text) => {
            total = count;
            call.progress(2 * index + 1, 2 * count + 2, `criterion ${index + 1}/${count}: ${text}`);
          },
          criterionDone: (index, count, sha) =>
            call.progress(
              2 * index + 2,
              2 * count + 2,
              `criterion ${index + 1}/${count} done${sha ? ` (${sha.slice(0, 7)})` : ''}`,
            ),
          verified: (report) => {
            verification = report;
            call.progress(2 * total + 1, 2 * total + 2, `verification ${report.ok ? 'passed' : 'failed'}`);
          },
        },
      },
      item,
    );
  } finally {
    redirectLog(call.log);
  }
  if (cancelled()) {
    await updateSession(ws, (s) => ({ ...s, current_task: null }));
    throw new ToolError(cancelled() as string);
  }
  // A stop between steps (a STOP file) is no failure of the item; every other end is counted.
  await updateSession(ws, (s) =>
    outcome.status === 'stopped'
      ? { ...s, current_task: null }
      : recordResult(
          s,
          item.id,
          { status: outcome.status, reason: outcome.reason },
          config['consecutive-failure-limit'],
        ),
  );
  const output = toOutput(ws, item, outcome, verification);
  call.progress(2 * total + 2, 2 * total + 2, `${item.id}: ${output.status}`);
  return output;
}

const SEED_STATUSES = new Set(['complete', 'tests_failed', 'needs_decomposition']);

function toOutput(
  ws: Workspace,
  item: LoopItem,
  outcome: LoopOutcome,
  verification: VerifyReport | undefined,
): ProcessOutput {
  const commands = ws.config.verify.commands.length;
  const devDone = outcome.state.dev.result === 'complete';
  const test_result = verification
    ? testResult(verification)
    : devDone
      ? // Dev completed in an earlier call: its verification passed then.
        { passed: true, summary: { commands, passed: commands, failed: 0, skipped: 0 }, failures: [] }
      : null;
  return {
    status: SEED_STATUSES.has(outcome.status) ? (outcome.status as ProcessOutput['status']) : 'error',
    sections_completed: outcome.state.criteria.filter((c) => c.done).map((c) => c.text),
    test_result,
    reason: outcome.reason,
    outcome: outcome.status,
    next: outcome.next,
    branch: outcome.branch,
    commits: outcome.commits,
    state_dir: ws.folder.item(item.id).dir,
  };
}
