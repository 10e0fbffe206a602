import { appendFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { ZERO_USAGE } from '../agent/types.js';
import type { Config } from '../config.js';
import { runItem } from '../engine/item.js';
import type { LoopOutcome } from '../engine/item-types.js';
import { errorMessage } from '../errors.js';
import { branchName } from '../git/branch.js';
import { pushBranch } from '../git/push.js';
import type { Inputs } from '../inputs.js';
import { localEngine, localLoopParts, localSay, loopItemOf } from '../local/engine.js';
import type { LocalRepo } from '../local/repo.js';
import * as core from '../log.js';
import { redirectLog } from '../log.js';
import { type ItemState, newItemState } from '../state/index.js';
import type { StateFolder } from '../tracker/local/folder.js';
import type { Progress } from './progress.js';
import type { PlannedItem } from './run-plan.js';

/** One item: its log file takes the engine's lines, its loop runs, its branch is pushed on --push. */
export async function workOne(parts: {
  repo: LocalRepo;
  folder: StateFolder;
  inputs: Inputs;
  config: Config;
  entry: PlannedItem;
  /** --push: each branch that passed review goes to origin. */
  push: boolean;
  toolCache: string;
  runnerTemp: string;
  progress: Progress;
  controller: AbortController;
  stop: () => string | undefined;
}): Promise<LoopOutcome> {
  const { repo, folder, entry, progress } = parts;
  const item = entry.item;
  const files = folder.item(item.id);
  await mkdir(files.dir, { recursive: true });
  // Each line with its time: where a step waited, and for how long, is read from the log.
  redirectLog((line) => appendFileSync(files.log, `${new Date().toISOString()} ${line}\n`));
  progress.start(item.id);
  try {
    const engine = localEngine({
      repo,
      folder,
      inputs: parts.inputs,
      config: parts.config,
      item: item.id,
      runnerTemp: parts.runnerTemp,
      toolCache: parts.toolCache,
      signal: parts.controller.signal,
    });
    const saved = await engine.tracker.loadState().catch(() => undefined);
    const branch = saved?.branch ?? branchName(parts.config.labels.prefix, item.id, item.title);
    if ((await checkedOut(repo)).has(branch)) {
      const outcome = apart(item, saved, {
        status: 'blocked',
        reason: `The branch ${branch} is checked out in your working tree (or a worktree of yours), and the run never writes a branch you have checked out.`,
        next: `Switch to another branch (\`git switch ${repo.defaultBranch}\`), then ${localSay(item.id).retry}.`,
      });
      progress.step(item.id, 'done', `${outcome.status}: ${outcome.reason}`);
      return outcome;
    }
    const outcome = await runItem(
      {
        ...localLoopParts(engine, repo, folder),
        stop: parts.stop,
        progress: (phase, note) => progress.step(item.id, phase, note),
        publish: parts.push
          ? async (branch) => {
              await pushToOrigin(repo, branch, parts.config.labels.prefix);
              progress.step(item.id, 'push', `${branch} → origin`);
            }
          : undefined,
      },
      loopItemOf(item),
    ).catch((error: unknown) => {
      // One item's failure is that item's error: the run goes on with the next.
      core.info(`The loop of ${item.id} failed: ${error instanceof Error ? error.stack : String(error)}`);
      return apart(item, saved, {
        status: 'error',
        reason: errorMessage(error),
        next: `Look at the item's log, then ${localSay(item.id).retry}.`,
      });
    });
    progress.step(item.id, 'done', `${outcome.status}: ${outcome.reason}`);
    return outcome;
  } finally {
    redirectLog(() => {});
  }
}

/** How an item ended that its loop did not end (it did not start, or it threw). */
function apart(
  item: { id: string },
  saved: ItemState | undefined,
  o: Pick<LoopOutcome, 'status' | 'reason' | 'next'>,
): LoopOutcome {
  return {
    ...o,
    branch: saved?.branch ?? null,
    cycles: saved?.reviewCycle ?? 0,
    openFindings: [],
    commits: 0,
    usage: ZERO_USAGE,
    state: saved ?? newItemState(item.id),
  };
}

/** The branches checked out in the person's worktrees (the engine's own are detached). */
async function checkedOut(repo: LocalRepo): Promise<Set<string>> {
  const out = await repo.git(['worktree', 'list', '--porcelain'], { cwd: repo.repoDir });
  const prefix = 'branch refs/heads/';
  return new Set(
    out.stdout
      .split('\n')
      .filter((line) => line.startsWith(prefix))
      .map((line) => line.slice(prefix.length)),
  );
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
    // What it fetches of origin lands apart from the person's own remote-tracking refs.
    remote: { url: origin.stdout.trim(), env: {}, tracking: 'refs/codex-orchestrator/origin/' },
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
