import type { ItemJob } from '../../action/job.js';
import type { WorkItem } from '../../backlog/model.js';
import {
  type DocsChange,
  docsChanges,
  docsFileOf,
  writeDocsChange,
} from '../../engine/retro/docs-changes.js';
import type { RetroAnswer } from '../../engine/retro/schema.js';
import { commitStaged } from '../../git/commit.js';
import { createGitExec } from '../../git/exec.js';
import { pushBranch } from '../../git/push.js';
import { originRemote } from '../../git/remote.js';
import { openWorktree, removeWorktree } from '../../git/worktree.js';
import { defaultBranch } from '../../github/content.js';
import { createDraftPull, findBranchPull } from '../../github/pulls.js';
import * as core from '../../log.js';
import { inlineCode } from '../../report/markdown.js';
import { authorFor } from '../../tracker/github/tracker.js';
import type { ApplyResult } from './apply.js';
import type { AppliedChange } from './stored.js';

/**
 * Applies a screened retro answer to a docs backlog (`retro.apply: true`, `backlog.source: docs`)
 * with the engine's edits (src/engine/retro/docs-changes.ts):
 * a deprecation sets the item file's `status: deprecated`, a merge sets the source's
 * `status: deprecated` with `duplicate_of: <target>` (`duplicate` is not a status the docs source
 * knows: the next scan would report the file as invalid). The changes are one commit on
 * `<prefix>/retro-<run id>` and one draft pull request: never a push to the default branch, and a
 * re-run continues the same branch and finds the same pull request. An item whose file changed on
 * the default branch since the retro read it is left alone. Priority changes and new items stay
 * recommendations for a docs backlog.
 */

export interface DocsApplyResult extends ApplyResult {
  pull: { number: number; htmlUrl: string } | undefined;
}

/** The branch one retro run's docs changes go on. */
export const retroBranch = (prefix: string, runId: string) =>
  `${prefix}/retro-${runId.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

export async function applyDocsAnswer(
  job: ItemJob,
  answer: RetroAnswer,
  backlog: ReadonlyMap<string, WorkItem>,
  context: {
    runId: string;
    reportLink: string;
    readBlobs: ReadonlyMap<string, string>;
    before: readonly AppliedChange[];
    beforeSkipped: readonly AppliedChange[];
  },
): Promise<DocsApplyResult> {
  const plan = docsChanges(answer, { priorities: false });
  const applied: AppliedChange[] = [];
  const skipped: AppliedChange[] = [];
  const pending: DocsChange[] = [];
  const same = (a: AppliedChange, p: DocsChange) => a.kind === p.kind && a.item === p.item;
  for (const p of plan) {
    const done = context.before.find((a) => same(a, p));
    const left = context.beforeSkipped.find((a) => same(a, p));
    if (done) applied.push(done);
    else if (left) skipped.push(left);
    else pending.push(p);
  }
  if (applied.length === 0 && pending.length === 0) return { applied, skipped, pull: undefined };

  const { ctx } = job;
  const git = createGitExec();
  const repoDir = ctx.context.workspace;
  const prefix = ctx.config.labels.prefix;
  const branch = retroBranch(prefix, context.runId);
  const remote = await originRemote(git, repoDir, ctx.inputs.githubToken);
  const base = await defaultBranch(job.client, job.repo);
  const wt = await openWorktree(git, {
    repoDir,
    parentDir: ctx.context.runnerTemp,
    branch,
    defaultBranch: base,
    remote,
  });
  try {
    const lines: string[] = [];
    for (const p of pending) {
      const file = docsFileOf(backlog.get(p.item));
      if (!file) continue;
      const read = context.readBlobs.get(file);
      const now = await git(['rev-parse', `refs/remotes/origin/${base}:${file}`], { cwd: repoDir });
      if (!read || now.exitCode !== 0 || now.stdout.trim() !== read) {
        skipped.push({
          kind: p.kind,
          item: p.item,
          detail: `${p.detail} (${file} changed on ${base} since the retrospective read it)`,
        });
        continue;
      }
      await writeDocsChange(git, wt.dir, file, p);
      lines.push(`- ${p.kind} ${inlineCode(p.item, { max: 100 })} (${file})`);
      applied.push({ kind: p.kind, item: p.item, detail: p.detail });
    }
    const sha = await commitStaged(
      git,
      wt.dir,
      `Apply the retrospective of run ${context.runId}\n\n${lines.join('\n')}`,
      authorFor(job.identity),
    );
    if (!job.writes) {
      if (sha) core.info(`[dry-run] Would push ${sha} to ${branch} and open a pull request.`);
      return { applied, skipped, pull: undefined };
    }
    if (sha) {
      const pushed = await pushBranch(git, { dir: wt.dir, remote, branch, prefix, base: wt.base });
      if (pushed.status === 'foreign') {
        throw new Error(
          `Origin's '${branch}' has commits the retrospective did not write (${pushed.foreignCommits.slice(0, 3).join('; ')}); nothing was pushed. Delete the branch and re-run the job.`,
        );
      }
      core.info(`Pushed the retrospective's docs changes to ${branch} (${pushed.sha}).`);
    }
    if (!sha && !wt.remoteTip) return { applied, skipped, pull: undefined };
    const found = await findBranchPull(job.client, job.repo, branch);
    if (found) return { applied, skipped, pull: { number: found.number, htmlUrl: found.htmlUrl } };
    const pull = await createDraftPull(job.client, job.repo, {
      branch,
      base,
      title: `Retrospective: deprecate ${applied.length} docs backlog item(s)`,
      body: pullBody(plan, applied, context.reportLink),
    });
    core.info(`Opened #${pull.number} with the retrospective's docs changes.`);
    return { applied, skipped, pull };
  } finally {
    await removeWorktree(git, repoDir, wt.dir);
  }
}

function pullBody(
  plan: readonly DocsChange[],
  applied: readonly AppliedChange[],
  reportLink: string,
): string {
  const lines = plan
    .filter((p) => applied.some((a) => a.kind === p.kind && a.item === p.item))
    .map((p) => `- **${p.kind}** ${inlineCode(p.item, { max: 100 })}: ${p.line}`);
  return [
    `Changes to the docs backlog from the [retrospective](${reportLink}). Merging this pull request applies them; closing it leaves the backlog as it is.`,
    lines.join('\n'),
  ].join('\n\n');
}
