import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CodexBinaryError, resolveCodexBinary } from '../agent/codex/install.js';
import { loadDocsBacklog } from '../backlog/docs.js';
import { renderProblems } from '../backlog/problems.js';
import { ConfigError, loadConfig } from '../config.js';
import { createGitExec } from '../git/exec.js';
import { InputError, type Inputs } from '../inputs.js';
import { parseFlags } from '../local/command.js';
import { userToolCache } from '../local/engine.js';
import { inputFlagOptions, inputFlagUsage, inputsFromFlags } from '../local/inputs.js';
import { type LocalRepo, openLocalRepo, RepoError } from '../local/repo.js';
import { redirectLog } from '../log.js';
import { killTrackedTrees } from '../process/cancel.js';
import { setJobSecrets } from '../safety/secrets.js';
import { ensureStateFolder, type StateFolder, stateFolder } from '../tracker/local/folder.js';
import { lockStateFolder, removeLeftWorktrees } from '../tracker/local/lock.js';
import {
  type AgentSession,
  openSession,
  readSession,
  recordResult,
  saveSession,
} from '../tracker/local/session-file.js';
import { Progress } from './progress.js';
import { workOne } from './run-item.js';
import { planRun, renderPlan } from './run-plan.js';
import { type ItemReport, renderRunEnd, report } from './run-report.js';
import type { CommandIo } from './scan.js';

const USAGE = `Usage: codex-orchestrator run [options]

Works the docs backlog on this machine: for each ready item, in dependency order, a branch
codex/<id>-<slug> and a worktree, dev (one commit per acceptance criterion, the verification),
then review → fix until the review passes or --max-review-cycles. Nothing is pushed unless --push;
the default branch, your working tree and your current branch are never written.

  --dir DIR                 the repository (default: the current directory)
  --milestone M             only the items of milestone M
  --item ID                 only this item (repeatable)
  --max-items N             work at most N items
  --base BRANCH             the branch items start from (default: origin's HEAD, main or master)
  --push                    push each item's branch to origin once its review passes
  --dry-run                 print the items and the phases that would run; change nothing
  --json                    print one JSON object on stdout at the end
${inputFlagUsage()}

Keys come from the environment: OPENAI_API_KEY (ANTHROPIC_API_KEY for a claude reviewer).
State, logs, reviews and summaries go to .codex-orchestrator/ (kept out of git); a STOP file there
stops the run between steps. Exit codes: 0 every item worked passed review, 1 any did not
(blocked, tests failed, an error, stopped), 2 bad input or a backlog with problems.`;

class UsageError extends Error {}

function parse(argv: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      dir: { type: 'string' },
      milestone: { type: 'string' },
      item: { type: 'string', multiple: true },
      'max-items': { type: 'string' },
      base: { type: 'string' },
      push: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      ...inputFlagOptions,
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`Unexpected argument '${positionals[0]}'.`);
  const maxItems = values['max-items'];
  if (maxItems !== undefined && !/^[1-9]\d*$/.test(maxItems))
    throw new UsageError(`Invalid --max-items '${maxItems}'. Expected a whole number from 1.`);
  return values;
}

/** What the command needs from its process; tests pass their own. */
export interface RunIo extends CommandIo {
  /** Whether stderr is a terminal (a live status line). */
  isTTY?: boolean;
  /** Signals that stop the run cleanly (default SIGINT and SIGTERM of this process). */
  onSignal?: (handler: (name: string) => void) => () => void;
}

/** `codex-orchestrator run`: resolves to the exit code. */
export async function runCommand(argv: readonly string[], io: RunIo): Promise<number> {
  const flags = parseFlags(() => parse(argv), USAGE, { stderr: io.stderr, help: io.stdout });
  if (typeof flags === 'number') return flags;
  // Until an item's log takes them, the engine's lines go nowhere: stdout is for --json alone.
  redirectLog(() => {});
  try {
    return await run(flags, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof RepoError ||
      error instanceof InputError ||
      error instanceof ConfigError ||
      error instanceof CodexBinaryError
    ) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    redirectLog(undefined);
  }
}

async function run(flags: ReturnType<typeof parse>, io: RunIo): Promise<number> {
  const git = createGitExec();
  const repo = await openLocalRepo(git, resolve(io.cwd, flags.dir ?? '.'), flags.base);
  const inputs = inputsFromFlags(flags, io.env);
  const configFile = resolve(repo.repoDir, inputs.configFile);
  // The default file may be absent (the defaults apply); one named on the command line must exist.
  if (flags['config-file'] !== undefined && !existsSync(configFile))
    throw new UsageError(`--config-file ${flags['config-file']}: there is no ${configFile}.`);
  const config = await loadConfig(configFile);
  const backlog = await loadDocsBacklog(repo.repoDir, config.backlog.docs);
  if (backlog.problems.length > 0) {
    io.stderr(`${renderProblems(backlog.problems)}\nNothing was started: fix the backlog first.\n`);
    return 2;
  }
  const folder = stateFolder(repo.repoDir);
  const plan = await planRun({
    backlog,
    folder,
    items: flags.item ?? [],
    milestone: flags.milestone,
    maxItems: flags['max-items'] ? Number(flags['max-items']) : undefined,
    maxCycles: inputs.maxReviewCycles,
    prefix: config.labels.prefix,
  });
  if (plan.kind === 'unknown') throw new UsageError(plan.reason);
  if (flags['dry-run']) {
    if (flags.json) io.stdout(`${JSON.stringify({ dry_run: true, ...plan.json }, null, 2)}\n`);
    else io.stdout(renderPlan(plan));
    return 0;
  }

  await ensureStateFolder(git, folder);
  await mkdir(folder.worktrees, { recursive: true });
  const lock = await lockStateFolder(folder);
  if (lock.kind === 'busy') {
    io.stderr(
      `Another codex-orchestrator run (pid ${lock.pid}) is working in ${repo.repoDir}: wait for it, or stop it with a STOP file in ${folder.root}.\n`,
    );
    return 2;
  }
  try {
    return await runLocked({ flags, io, repo, folder, inputs, config, plan });
  } finally {
    await lock.release();
  }
}

/** The run proper, with the state folder to itself. */
async function runLocked(parts: {
  flags: ReturnType<typeof parse>;
  io: RunIo;
  repo: LocalRepo;
  folder: StateFolder;
  inputs: Inputs;
  config: Awaited<ReturnType<typeof loadConfig>>;
  plan: Extract<Awaited<ReturnType<typeof planRun>>, { kind: 'plan' }>;
}): Promise<number> {
  const { flags, io, repo, folder, config, plan } = parts;
  const before = await readSession(folder);
  if (before?.early_exit_triggered && before.ended_at === null) {
    io.stderr(
      `The last run stopped early: ${before.early_exit_reason}\nLook at the items' summaries, fix the cause, then run \`codex-orchestrator clear\` to start again.\n`,
    );
    return 1;
  }
  const left = await removeLeftWorktrees(repo.git, folder);
  if (left.length > 0) io.stderr(`Removed ${left.length} worktree(s) an interrupted run left behind.\n`);
  for (const { item, reason } of plan.waiting.filter((w) => w.unusable))
    io.stderr(`${item.id} is not worked: ${reason}.\n`);
  let session: AgentSession = await openSession(folder);
  // Codex is found (or installed) only when there is work for it.
  const inputs = plan.items.length > 0 ? await withCodex(parts.inputs, io) : parts.inputs;
  setJobSecrets([
    { name: 'the model key', value: inputs.openaiApiKey },
    { name: 'the anthropic-api-key', value: inputs.anthropicApiKey },
    { name: 'the session key', value: inputs.sessionKey },
  ]);

  const controller = new AbortController();
  let stopped: string | undefined;
  const removeSignals = (io.onSignal ?? processSignals)((name) => {
    stopped ??= `${name} stopped the run; a later run continues where it stopped.`;
    controller.abort(new Error(stopped));
  });
  // Asked between steps: a signal, or a person's STOP file.
  const stop = () =>
    stopped ??
    (existsSync(folder.stopFile) ? `A STOP file is in ${folder.root}: remove it to go on.` : undefined);
  const progress = new Progress(io);
  const runnerTemp = await mkdtemp(join(tmpdir(), 'codex-orchestrator-run-'));
  const reports: ItemReport[] = [];
  try {
    for (const entry of plan.items) {
      stopped ??= stop();
      if (stopped) break;
      session = { ...session, current_task: entry.item.id };
      await saveSession(folder, session);
      const outcome = await workOne({
        repo,
        folder,
        inputs,
        config,
        entry,
        push: flags.push === true,
        toolCache: userToolCache(io.env),
        runnerTemp,
        progress,
        controller,
        stop,
      });
      const status = stopped && outcome.status !== 'pass' ? 'stopped' : outcome.status;
      reports.push(
        report(folder.item(entry.item.id).dir, entry.item, { ...outcome, status }, config.pricing),
      );
      if (status !== 'stopped') {
        session = recordResult(
          session,
          entry.item.id,
          { status, reason: outcome.reason },
          config['consecutive-failure-limit'],
        );
      } else session = { ...session, current_task: null };
      await saveSession(folder, session);
      if (session.early_exit_triggered) {
        stopped = `Early exit: ${session.early_exit_reason}`;
        break;
      }
      stopped ??= status === 'stopped' ? outcome.reason : undefined;
    }
    if (!stopped) await saveSession(folder, { ...session, ended_at: new Date().toISOString() });
  } finally {
    progress.close();
    removeSignals();
    await rm(runnerTemp, { recursive: true, force: true });
  }

  if (flags.json) io.stdout(`${JSON.stringify({ items: reports, stopped: stopped ?? null }, null, 2)}\n`);
  else io.stderr(renderRunEnd(reports, stopped, plan.waiting.length));
  return reports.every((r) => r.status === 'pass') && !stopped ? 0 : 1;
}

/**
 * SIGINT and SIGTERM stop the run: the agent's runs end (their process trees killed), the item's
 * state is saved, the worktree removed. A second signal means no time is left: every process tree
 * is killed at once and the process exits.
 */
function processSignals(handler: (name: string) => void): () => void {
  let count = 0;
  const on = (name: NodeJS.Signals) => () => {
    count += 1;
    if (count === 1) return handler(name);
    killTrackedTrees();
    process.exit(name === 'SIGINT' ? 130 : 143);
  };
  const int = on('SIGINT');
  const term = on('SIGTERM');
  process.on('SIGINT', int);
  process.on('SIGTERM', term);
  return () => {
    process.off('SIGINT', int);
    process.off('SIGTERM', term);
  };
}

/**
 * The inputs with the Codex binary resolved once for the whole run (installed into the user's
 * cache on first use): its runs and the verification's bubblewrap, which Codex bundles, come
 * from the same install.
 */
async function withCodex(inputs: Inputs, io: RunIo): Promise<Inputs> {
  const codex = await resolveCodexBinary({
    codexPath: inputs.codexPath,
    codexVersion: inputs.codexVersion,
    toolCache: userToolCache(io.env),
    log: (line) => io.stderr(`${line}\n`),
  });
  return { ...inputs, codexPath: codex.path };
}
