import { appendFileSync } from 'node:fs';
import { access, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Usage } from '../agent/types.js';
import { loadDocsBacklog } from '../backlog/docs.js';
import { renderProblems } from '../backlog/problems.js';
import { ConfigError, loadConfig } from '../config.js';
import { runItem } from '../engine/item.js';
import type { LoopItem, LoopOutcome } from '../engine/item-types.js';
import { errorMessage } from '../errors.js';
import { createGitExec } from '../git/exec.js';
import { pushBranch } from '../git/push.js';
import { InputError } from '../inputs.js';
import { localEngine, userToolCache } from '../local/engine.js';
import { inputFlagOptions, inputFlagUsage, inputsFromFlags } from '../local/inputs.js';
import { type LocalRepo, openLocalRepo, RepoError, selfRemote } from '../local/repo.js';
import { redirectLog } from '../log.js';
import { setJobSecrets } from '../safety/secrets.js';
import { estimateCostUsd } from '../state/budget.js';
import { ensureStateFolder, stateFolder } from '../tracker/local/folder.js';
import {
  type AgentSession,
  openSession,
  readSession,
  recordResult,
  saveSession,
} from '../tracker/local/session-file.js';
import { Progress } from './progress.js';
import { type PlannedItem, planRun, renderPlan } from './run-plan.js';
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

/** One item's line of the `--json` output. */
interface ItemReport {
  id: string;
  title: string;
  status: LoopOutcome['status'];
  reason: string;
  branch: string | null;
  cycles: number;
  open_findings: { id: string; severity: string; file: string; line: number | null; title: string }[];
  commits: number;
  usage: {
    input_tokens: number;
    cached_input_tokens: number;
    output_tokens: number;
    reasoning_output_tokens: number;
  };
  cost_usd: number | null;
  state_dir: string;
  next: string;
}

/** `codex-orchestrator run`: resolves to the exit code. */
export async function runCommand(argv: readonly string[], io: RunIo): Promise<number> {
  let flags: ReturnType<typeof parse>;
  try {
    flags = parse(argv);
  } catch (error) {
    io.stderr(`${errorMessage(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (flags.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  // Until an item's log takes them, the engine's lines go nowhere: stdout is for --json alone.
  redirectLog(() => {});
  try {
    return await run(flags, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof RepoError || error instanceof InputError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
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
  const config = await loadConfig(resolve(repo.repoDir, inputs.configFile));
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
  });
  if (plan.kind === 'unknown') throw new UsageError(plan.reason);
  if (flags['dry-run']) {
    if (flags.json) io.stdout(`${JSON.stringify({ dry_run: true, ...plan.json }, null, 2)}\n`);
    else io.stdout(renderPlan(plan));
    return 0;
  }

  const stopFile = async () =>
    access(folder.stopFile).then(
      () => `A STOP file is in ${folder.root}: remove it to go on.`,
      () => undefined,
    );
  const before = await readSession(folder);
  if (before?.early_exit_triggered && before.ended_at === null) {
    io.stderr(
      `The last run stopped early: ${before.early_exit_reason}\nLook at the items' summaries, fix the cause, then run \`codex-orchestrator clear\` to start again.\n`,
    );
    return 1;
  }
  await ensureStateFolder(git, folder);
  await mkdir(folder.worktrees, { recursive: true });
  let session: AgentSession = await openSession(folder);
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
  const progress = new Progress(io);
  const runnerTemp = await mkdtemp(join(tmpdir(), 'codex-orchestrator-run-'));
  const reports: ItemReport[] = [];
  try {
    for (const entry of plan.items) {
      stopped ??= await stopFile();
      if (stopped) break;
      const outcome = await workOne({
        flags,
        io,
        repo,
        folder,
        inputs,
        config,
        entry,
        runnerTemp,
        progress,
        controller,
        stop: () => stopped,
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
      stopped ??= outcome.status === 'stopped' ? outcome.reason : undefined;
    }
    if (!stopped) await saveSession(folder, { ...session, ended_at: new Date().toISOString() });
  } finally {
    progress.close();
    removeSignals();
    await rm(runnerTemp, { recursive: true, force: true });
  }

  const passed = reports.filter((r) => r.status === 'pass').length;
  if (flags.json) io.stdout(`${JSON.stringify({ items: reports, stopped: stopped ?? null }, null, 2)}\n`);
  else {
    for (const r of reports)
      io.stderr(
        `${r.id}: ${r.status} — ${r.reason}${r.next ? `\n  next: ${r.next}` : ''}\n  summary: ${join(r.state_dir, 'summary.md')}\n`,
      );
    io.stderr(
      `${reports.length} item(s) worked, ${passed} passed review${stopped ? `; stopped: ${stopped}` : ''}.` +
        (plan.waiting.length > 0 ? ` ${plan.waiting.length} item(s) wait (see --dry-run).` : '') +
        '\n',
    );
  }
  return reports.every((r) => r.status === 'pass') && !stopped ? 0 : 1;
}

/** One item: its log file takes the engine's lines, its loop runs, its branch is pushed on --push. */
async function workOne(parts: {
  flags: ReturnType<typeof parse>;
  io: RunIo;
  repo: LocalRepo;
  folder: ReturnType<typeof stateFolder>;
  inputs: ReturnType<typeof inputsFromFlags>;
  config: Awaited<ReturnType<typeof loadConfig>>;
  entry: PlannedItem;
  runnerTemp: string;
  progress: Progress;
  controller: AbortController;
  stop: () => string | undefined;
}): Promise<LoopOutcome> {
  const { repo, folder, entry, progress } = parts;
  const item = entry.item;
  const files = folder.item(item.id);
  await mkdir(files.dir, { recursive: true });
  redirectLog((line) => appendFileSync(files.log, `${line}\n`));
  progress.start(item.id);
  try {
    const { env, tracker } = localEngine({
      repo,
      folder,
      inputs: parts.inputs,
      config: parts.config,
      item: item.id,
      runnerTemp: parts.runnerTemp,
      toolCache: userToolCache(parts.io.env),
      signal: parts.controller.signal,
    });
    const loopItem: LoopItem = {
      id: item.id,
      title: item.title,
      body: item.body,
      criteria: item.acceptanceCriteria.map((c) => c.text),
      file: item.source.kind === 'docs' ? item.source.file : '',
    };
    const outcome = await runItem(
      {
        env,
        tracker,
        git: repo.git,
        repoDir: repo.repoDir,
        worktrees: folder.worktrees,
        remote: selfRemote(repo),
        defaultBranch: repo.defaultBranch,
        stop: parts.stop,
        progress: (phase, note) => progress.step(item.id, phase, note),
        publish: parts.flags.push
          ? async (branch) => {
              await pushToOrigin(repo, branch, parts.config.labels.prefix);
              progress.step(item.id, 'push', `${branch} → origin`);
            }
          : undefined,
      },
      loopItem,
    );
    progress.step(item.id, 'done', `${outcome.status}: ${outcome.reason}`);
    return outcome;
  } finally {
    redirectLog(() => {});
  }
}

function report(
  stateDir: string,
  item: { id: string; title: string },
  o: LoopOutcome,
  pricing: Parameters<typeof estimateCostUsd>[1],
): ItemReport {
  const u: Usage = o.usage;
  return {
    id: item.id,
    title: item.title,
    status: o.status,
    reason: o.reason,
    branch: o.branch,
    cycles: o.cycles,
    open_findings:
      o.status === 'pass'
        ? []
        : o.openFindings.map((f) => ({
            id: f.id,
            severity: f.severity,
            file: f.file,
            line: f.line,
            title: f.title,
          })),
    commits: o.commits,
    usage: {
      input_tokens: u.inputTokens,
      cached_input_tokens: u.cachedInputTokens,
      output_tokens: u.outputTokens,
      reasoning_output_tokens: u.reasoningOutputTokens,
    },
    cost_usd: (u.unpricedTokens ?? 0) > 0 ? null : Number(estimateCostUsd(u, pricing).toFixed(4)),
    state_dir: stateDir,
    next: o.next,
  };
}

/**
 * `--push`: the item's branch, fast-forward only, to origin with the person's own git credentials;
 * nothing else is pushed, and the same secret check as every push of the action runs first.
 */
async function pushToOrigin(repo: LocalRepo, branch: string, prefix: string): Promise<void> {
  const { git, repoDir } = repo;
  const origin = await git(['config', '--get', 'remote.origin.url'], { cwd: repoDir });
  if (origin.exitCode !== 0) throw new Error('--push needs an origin remote, and this repository has none.');
  const head = (await git(['rev-parse', `refs/heads/${branch}`], { cwd: repoDir })).stdout.trim();
  const base = (await git(['rev-parse', `refs/heads/${repo.defaultBranch}`], { cwd: repoDir })).stdout.trim();
  const pushed = await pushBranch(git, {
    dir: repoDir,
    remote: { url: origin.stdout.trim(), env: {} },
    branch,
    prefix,
    base,
    head,
  });
  if (pushed.status === 'foreign')
    throw new Error(
      `origin's ${branch} has commits this branch lacks (${pushed.foreignCommits.slice(0, 3).join('; ')}): nothing was pushed.`,
    );
}

/** SIGINT and SIGTERM stop the run between steps and end the agent's runs (their process trees killed). */
function processSignals(handler: (name: string) => void): () => void {
  const on = (name: NodeJS.Signals) => () => handler(name);
  const int = on('SIGINT');
  const term = on('SIGTERM');
  process.on('SIGINT', int);
  process.on('SIGTERM', term);
  return () => {
    process.off('SIGINT', int);
    process.off('SIGTERM', term);
  };
}
