import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, normalize } from 'node:path';
import type { ItemJob } from '../../action/job.js';
import { setItemStatus } from '../../backlog/docs-file.js';
import type { WorkItem } from '../../backlog/model.js';
import { commitStaged } from '../../git/commit.js';
import { createGitExec, type GitExec, gitOk } from '../../git/exec.js';
import { pushBranch } from '../../git/push.js';
import { originRemote } from '../../git/remote.js';
import { openWorktree, removeWorktree } from '../../git/worktree.js';
import { defaultBranch } from '../../github/content.js';
import { createDraftPull, findBranchPull } from '../../github/pulls.js';
import * as core from '../../log.js';
import { inlineCode } from '../../report/markdown.js';
import { renderModelMarkdown } from '../../safety/markdown.js';
import { authorFor } from '../../tracker/github/tracker.js';
import type { ApplyResult } from './apply.js';
import type { RetroAnswer } from './schema.js';
import type { AppliedChange } from './stored.js';

/**
 * Applies a screened retro answer to a docs backlog (`retro.apply: true`, `backlog.source: docs`):
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

interface Planned {
  kind: string;
  item: string;
  detail: string;
  /** What the PR body says, model text rendered. */
  line: string;
  extra: Record<string, string>;
}

/** The branch one retro run's docs changes go on. */
export const retroBranch = (prefix: string, runId: string) =>
  `${prefix}/retro-${runId.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

const docsFile = (item: WorkItem | undefined) =>
  item?.source.kind === 'docs' ? normalize(item.source.file).replace(/\\/g, '/') : undefined;
const inside = (path: string) =>
  !isAbsolute(path) && !path.split('/').includes('..') && !path.startsWith('.git/');

/**
 * The blob of each item file as the retro read it, from the checkout (before any model call), so
 * a later change on the default branch can be told apart.
 */
export async function readDocsBlobs(
  dir: string,
  items: readonly WorkItem[],
  git: GitExec = createGitExec(),
): Promise<Map<string, string>> {
  const files = [...new Set(items.map(docsFile).filter((f): f is string => f !== undefined && inside(f)))];
  if (files.length === 0) return new Map();
  const out = await gitOk(git, ['hash-object', '--', ...files], { cwd: dir });
  const blobs = out.split('\n');
  return new Map(files.map((f, i) => [f, blobs[i] ?? '']));
}

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
  const plan: Planned[] = [
    ...answer.deprecations.map((d) => ({
      kind: 'deprecate',
      item: d.item,
      detail: d.reason,
      line: renderModelMarkdown(d.reason),
      extra: {},
    })),
    ...answer.merges.map((m) => ({
      kind: 'merge',
      item: m.source,
      detail: `duplicate of ${m.target}: ${m.reason}`,
      line: `duplicate of ${inlineCode(m.target, { max: 100 })}: ${renderModelMarkdown(m.reason)}`,
      extra: { duplicate_of: m.target },
    })),
  ];
  const applied: AppliedChange[] = [];
  const skipped: AppliedChange[] = [];
  const pending: Planned[] = [];
  const same = (a: AppliedChange, p: Planned) => a.kind === p.kind && a.item === p.item;
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
      const file = docsFile(backlog.get(p.item));
      if (!file || !inside(file)) continue;
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
      const text = await readFile(join(wt.dir, file), 'utf8');
      const next = setItemStatus(text, 'deprecated', p.extra);
      if (next !== text) {
        await writeFile(join(wt.dir, file), next);
        await gitOk(git, ['add', '--', file], { cwd: wt.dir });
      }
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

function pullBody(plan: readonly Planned[], applied: readonly AppliedChange[], reportLink: string): string {
  const lines = plan
    .filter((p) => applied.some((a) => a.kind === p.kind && a.item === p.item))
    .map((p) => `- **${p.kind}** ${inlineCode(p.item, { max: 100 })}: ${p.line}`);
  return [
    `Changes to the docs backlog from the [retrospective](${reportLink}). Merging this pull request applies them; closing it leaves the backlog as it is.`,
    lines.join('\n'),
  ].join('\n\n');
}
