import { gateTrigger, type ItemJob, openItemJob } from '../../action/job.js';
import { resolveCodexBinary } from '../../agent/codex/install.js';
import { createGitExec, gitOk } from '../../git/exec.js';
import { originRemote, persistedCredentials } from '../../git/remote.js';
import { openWorktree, removeWorktree, type Worktree } from '../../git/worktree.js';
import { upsertCheckRun } from '../../github/checks.js';
import { defaultBranch } from '../../github/content.js';
import { findPull } from '../../github/pulls.js';
import * as core from '../../log.js';
import type { PhaseHandler } from '../../phase.js';
import type { PhaseResult } from '../../status.js';
import { loadItemState } from '../../tracker/github/store.js';
import { verifyMarkdown } from '../../verify/format.js';
import { bundledBwrap, jobIsolation } from '../../verify/isolate.js';
import { runVerification } from '../../verify/run.js';

/** The check run the verification reports to, named like `codex-orchestrator/review`. */
export const VERIFY_CHECK = 'codex-orchestrator/verify';

const skipped = (reason: string): PhaseResult => ({ status: 'skipped', reason });

/** The pull request to verify: the target itself, or the PR recorded in an issue's state. */
async function pullOf(job: ItemJob, target: number) {
  const get = (n: number) => findPull(job.client, job.repo, n);
  const direct = await get(target);
  if (direct) return direct;
  const state = (await loadItemState(job.client, job.repo, target, job.identity))?.state;
  return state?.pr ? get(state.pr) : undefined;
}

/**
 * The tester as a phase of its own (DESIGN §1): runs `verify.commands` outside the model, with a
 * minimal environment and a timeout, on a PR's head (target: the PR, or an issue whose PR the state
 * records) or on the checked-out commit; reports a check run. `pass` or `tests_failed`.
 */
export const verifyPhase: PhaseHandler = async (ctx) => {
  const commands = ctx.config.verify.commands;
  if (commands.length === 0) {
    return skipped(`No verify.commands in ${ctx.inputs.configFile}; there is nothing to verify.`);
  }
  const job = await openItemJob(ctx);
  const gate = await gateTrigger(job);
  if (!gate.allowed) return skipped(gate.reason);

  // Refused before anything runs: the commands would have to run exposed (DESIGN §8.11). Without a
  // bubblewrap on the runner, the Codex package brings one.
  const isolation = await jobIsolation({
    codexPaths: [ctx.inputs.codexPath].filter(Boolean),
    obtain: async () => {
      const codex = await resolveCodexBinary({
        codexPath: '',
        codexVersion: ctx.inputs.codexVersion,
        toolCache: ctx.context.toolCache,
        log: core.info,
      });
      return bundledBwrap(codex.path);
    },
    log: core.info,
  });
  if (!isolation.available) return { status: 'error', reason: isolation.reason };

  const git = createGitExec();
  const repoDir = ctx.context.workspace;
  const leaked = await persistedCredentials(git, repoDir);
  if (leaked.length > 0) {
    return {
      status: 'blocked',
      reason:
        `The checkout left credentials in .git/config (${leaked.join(', ')}), where the verified code could read ` +
        'them. Set `persist-credentials: false` on actions/checkout.',
    };
  }
  let wt: Worktree | undefined;
  let prNumber: number | undefined;
  let dir = repoDir;
  try {
    if (ctx.target) {
      const pr = await pullOf(job, ctx.target);
      if (!pr)
        return skipped(`#${ctx.target} is not a pull request and records none; there is nothing to verify.`);
      prNumber = pr.number;
      const sameRepo =
        pr.head.repo?.full_name?.toLowerCase() === `${job.repo.owner}/${job.repo.repo}`.toLowerCase();
      if (!sameRepo) {
        return skipped(`PR #${pr.number} comes from a fork; verify runs only branches of this repository.`);
      }
      const remote = await originRemote(git, repoDir, ctx.inputs.githubToken);
      wt = await openWorktree(git, {
        repoDir,
        parentDir: ctx.context.runnerTemp,
        branch: pr.head.ref,
        defaultBranch: await defaultBranch(job.client, job.repo),
        remote,
      });
      dir = wt.dir;
    }
    const sha = await gitOk(git, ['rev-parse', 'HEAD'], { cwd: dir });
    core.info(`Verifying ${sha}${prNumber ? ` (PR #${prNumber})` : ''}: ${commands.join(' && ')}`);
    const report = await core.group('Verification', () =>
      runVerification({
        commands,
        cwd: dir,
        timeoutMs: ctx.config.verify['timeout-minutes'] * 60_000,
        network: ctx.config.sandbox.network,
        isolation,
      }),
    );
    const markdown = verifyMarkdown(report);
    const title = report.ok ? 'Verification passed' : 'Verification failed';
    if (job.writes) {
      await upsertCheckRun(job.client, job.repo, {
        name: VERIFY_CHECK,
        headSha: sha,
        status: 'completed',
        conclusion: report.ok ? 'success' : 'failure',
        title,
        summary: markdown,
        detailsUrl: job.runUrl,
      });
    } else {
      core.info(`[dry-run] Would report the check run '${VERIFY_CHECK}' on ${sha}: ${title}\n${markdown}`);
    }
    const failed = report.results.find((r) => r.exitCode !== 0);
    return {
      status: report.ok ? 'pass' : 'tests_failed',
      reason: failed
        ? `\`${failed.command}\` ${failed.timedOut ? 'timed out' : `failed with exit code ${failed.exitCode}`}.`
        : `${report.results.length} verification command(s) passed.`,
      // The target is the item only when it named an issue (whose PR the state records), not the PR itself.
      item: ctx.target !== prNumber ? ctx.target : undefined,
      prNumber,
      summary: markdown,
    };
  } finally {
    if (wt) await removeWorktree(git, repoDir, wt.dir);
  }
};
