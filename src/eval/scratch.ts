import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type GitExec, gitOk } from '../git/exec.js';
import type { EvalCase } from './case.js';

/**
 * A case's scratch repository: `repo/` committed on `main`, and for a review case `change.patch`
 * applied with `git apply` and committed on a branch, so that the reviewer sees a real branch of a
 * real repository, as the local loop's reviewer does. Nothing else of the case is copied: its title
 * and expected answer never reach the model's checkout.
 */
export interface Scratch {
  dir: string;
  defaultBranch: string;
  /** The change's branch (review), or the default branch (plan). */
  branch: string;
  base: string;
  head: string;
  dispose(): Promise<void>;
}

/** The branch a review case's change is on: neutral, so the name gives nothing of the case away. */
export const CHANGE_BRANCH = 'codex/T-1';
const AUTHOR = 'codex-orchestrator eval';
// Fixed dates make the commits (and so the prompt's head sha) the same in every run and variant.
const FIXED_DATE = '2026-01-01T00:00:00Z';
const GIT_ENV = { GIT_AUTHOR_DATE: FIXED_DATE, GIT_COMMITTER_DATE: FIXED_DATE };

/** Thrown when a case cannot be set up (its patch does not apply): a problem of the case, not of the model. */
export class ScratchError extends Error {}

/** Creates the scratch repository of `c` in a new folder under `parent`. */
export async function createScratch(git: GitExec, c: EvalCase, parent: string): Promise<Scratch> {
  const dir = await mkdtemp(join(parent, 'case-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const run = (args: string[]) => gitOk(git, args, { cwd: dir, env: GIT_ENV });
    const commit = (message: string) =>
      run([
        '-c',
        `user.name=${AUTHOR}`,
        '-c',
        'user.email=eval@codex-orchestrator.invalid',
        '-c',
        'commit.gpgsign=false',
        'commit',
        '-q',
        '--allow-empty',
        '--no-verify',
        '-m',
        message,
      ]);
    await run(['init', '-q', '-b', 'main']);
    await cp(c.repoDir, dir, { recursive: true });
    await run(['add', '-A']);
    await commit('The code before the change');
    const base = await run(['rev-parse', 'HEAD']);
    if (c.kind === 'plan') return { dir, defaultBranch: 'main', branch: 'main', base, head: base, dispose };
    await run(['checkout', '-q', '-b', CHANGE_BRANCH]);
    const applied = await git(['apply', '--index', '--whitespace=nowarn', c.patchFile], {
      cwd: dir,
      env: GIT_ENV,
    });
    if (applied.exitCode !== 0)
      throw new ScratchError(
        `${c.patchFile} does not apply to ${c.repoDir}: ${applied.stderr.trim().split('\n').slice(0, 3).join(' ')}. Make it with \`git diff\` in a repository holding exactly repo/.`,
      );
    await commit(c.issue.title);
    const head = await run(['rev-parse', 'HEAD']);
    return { dir, defaultBranch: 'main', branch: CHANGE_BRANCH, base, head, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/**
 * What is wrong with a case that only its scratch repository shows: the patch does not apply, an
 * expected finding names a file the change leaves absent, or lines past the file's end. Empty when
 * the case is sound.
 */
export async function checkCaseTree(git: GitExec, c: EvalCase, parent: string): Promise<string[]> {
  let scratch: Scratch;
  try {
    scratch = await createScratch(git, c, parent);
  } catch (error) {
    if (error instanceof ScratchError) return [error.message];
    throw error;
  }
  try {
    if (c.kind === 'plan') return [];
    const problems: string[] = [];
    for (const [index, expected] of c.expected.findings.entries()) {
      const field = `${join(c.dir, 'case.yml')}: expected.findings.${index}`;
      const text = await readFile(join(scratch.dir, expected.file), 'utf8').catch(() => undefined);
      if (text === undefined) {
        problems.push(`${field}.file: '${expected.file}' is not a file of repo/ after change.patch.`);
        continue;
      }
      const count = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
      if (expected.lines && expected.lines[1] > count)
        problems.push(
          `${field}.lines: [${expected.lines.join(', ')}] goes past the end of ${expected.file} (${count} lines after the change).`,
        );
    }
    return problems;
  } finally {
    await scratch.dispose();
  }
}
