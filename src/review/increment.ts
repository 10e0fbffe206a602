import { type GitExec, gitOk } from '../git/exec.js';
import type { Remote } from '../git/remote.js';
import * as core from '../log.js';
import type { ChangedFile } from './diff.js';
import { countChanges } from './patch.js';

/**
 * The commits since the last reviewed head, as the files `GET /pulls/{n}/files` would list for
 * them: `git diff base head` in the checkout. Cycle N+1 reviews these with the whole PR as context
 * (its file list), so a fix of a few lines on a large PR costs a few lines of prompt, not the PR
 * again. Undefined when the range cannot be taken from git — the base is gone (a force push or a
 * rebase rewrote it) or is not an ancestor of the head — and the review then reads the whole PR.
 */
export async function diffSince(
  git: GitExec,
  options: { dir: string; base: string; head: string; fetchFrom: Remote | undefined },
): Promise<ChangedFile[] | undefined> {
  const { dir, base, head } = options;
  const has = async (sha: string) =>
    (await git(['cat-file', '-e', `${sha}^{commit}`], { cwd: dir, timeoutMs: 10_000 })).exitCode === 0;
  if (!(await has(base)) && options.fetchFrom) {
    // A shallow checkout (actions/checkout's default depth) lacks the older head; fetch just it.
    const fetched = await git(
      ['fetch', '--no-tags', '--no-write-fetch-head', '--depth=1', options.fetchFrom.url, base],
      { cwd: dir, env: options.fetchFrom.env, timeoutMs: 60_000 },
    );
    if (fetched.exitCode !== 0) core.debug(`Could not fetch ${base}: ${fetched.stderr.trim()}`);
  }
  if (!(await has(base)) || !(await has(head))) {
    core.info(`The last reviewed head ${base} is not in the checkout; reviewing the whole pull request.`);
    return undefined;
  }
  const ancestor = await git(['merge-base', '--is-ancestor', base, head], { cwd: dir, timeoutMs: 30_000 });
  // A shallow history cannot prove ancestry; the diff between the two commits is still right.
  const shallow = (await gitOk(git, ['rev-parse', '--is-shallow-repository'], { cwd: dir })) === 'true';
  if (ancestor.exitCode !== 0 && !shallow) {
    core.info(
      `The last reviewed head ${base} is not an ancestor of ${head} (the branch was rewritten); reviewing the whole pull request.`,
    );
    return undefined;
  }
  const out = await gitOk(
    git,
    [
      '-c',
      'core.quotePath=false',
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--find-renames',
      '-U3',
      base,
      head,
    ],
    { cwd: dir, timeoutMs: 60_000 },
  );
  return parseGitDiff(out);
}

const stripPrefix = (path: string, prefix: string) =>
  path.replace(/\t$/, '').startsWith(prefix) ? path.replace(/\t$/, '').slice(prefix.length) : undefined;

/** Splits `git diff` output into per-file patches shaped like the pull request files API's. */
export function parseGitDiff(output: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  for (const chunk of output.split(/^diff --git /m).slice(1)) {
    const lines = chunk.split('\n');
    let from: string | undefined;
    let to: string | undefined;
    let status = 'modified';
    let hunkAt = -1;
    for (const [index, line] of lines.entries()) {
      if (line.startsWith('@@')) {
        hunkAt = index;
        break;
      }
      if (line.startsWith('new file mode')) status = 'added';
      else if (line.startsWith('deleted file mode')) status = 'removed';
      else if (line.startsWith('rename from ')) from = line.slice('rename from '.length);
      else if (line.startsWith('rename to ')) {
        to = line.slice('rename to '.length);
        status = 'renamed';
      } else if (line.startsWith('--- ')) from ??= stripPrefix(line.slice(4), 'a/');
      else if (line.startsWith('+++ ')) to ??= stripPrefix(line.slice(4), 'b/');
    }
    // Neither side named (a binary or mode-only change): the header's `a/x b/x` is the path.
    const header = /^a\/(.+) b\/(.+)$/.exec(lines[0] ?? '');
    const filename = to ?? from ?? header?.[2];
    if (!filename) continue;
    const patch = hunkAt < 0 ? undefined : lines.slice(hunkAt).join('\n').replace(/\n+$/, '');
    const counts = patch ? countChanges(patch) : { additions: 0, deletions: 0 };
    files.push({
      filename,
      status,
      ...counts,
      patch,
      ...(status === 'renamed' && from ? { previous_filename: from } : {}),
    });
  }
  return files;
}
