/**
 * Real git repositories for tests: a bare `origin` seeded with files on `main`, and checkouts of it
 * the way actions/checkout leaves them (a clone whose `origin` remote is the bare repository).
 *
 *   const repos = await createRepos({ 'README.md': '# demo\n' });
 *   const checkout = await repos.clone();      // a fresh "runner" checkout of origin
 *   repos.git(['log', '--oneline', 'main'], repos.origin);
 *   await repos.cleanup();
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test Human',
  GIT_AUTHOR_EMAIL: 'human@example.com',
  GIT_COMMITTER_NAME: 'Test Human',
  GIT_COMMITTER_EMAIL: 'human@example.com',
};

export interface TempRepos {
  /** Temp folder holding everything; also a good RUNNER_TEMP. */
  root: string;
  /** Path of the bare repository used as `origin`. */
  origin: string;
  /** Runs git synchronously and returns stdout without the final newline. */
  git(args: string[], cwd: string): string;
  /** Clones origin into a new folder under root, as a runner's checkout. */
  clone(name?: string): Promise<string>;
  /** Commits files on a branch of origin as a human (through a scratch clone). */
  commitOnOrigin(branch: string, files: Record<string, string>, message: string): Promise<string>;
  /** `sha subject` lines of a branch on origin, newest first; [] when the branch does not exist. */
  log(branch: string): string[];
  /** Authors (`name <email>`) of a branch's commits on origin, newest first. */
  authors(branch: string): string[];
  /** Branch names on origin. */
  branches(): string[];
  cleanup(): Promise<void>;
}

function run(args: string[], cwd: string): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...IDENTITY, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).replace(/\n$/, '');
}

async function writeFiles(dir: string, files: Record<string, string>) {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}

/** Creates a bare origin whose `main` holds `files` in one commit by a human. */
export async function createRepos(
  files: Record<string, string> = { 'README.md': '# demo\n' },
): Promise<TempRepos> {
  const root = await mkdtemp(join(tmpdir(), 'codex-git-'));
  const origin = join(root, 'origin.git');
  run(['init', '--quiet', '--bare', '--initial-branch=main', origin], root);
  const seed = join(root, 'seed');
  run(['init', '--quiet', '--initial-branch=main', seed], root);
  await writeFiles(seed, files);
  run(['add', '--all'], seed);
  run(['commit', '--quiet', '-m', 'Initial commit'], seed);
  run(['push', '--quiet', origin, 'main'], seed);
  await rm(seed, { recursive: true, force: true });

  let clones = 0;
  const clone = async (name?: string) => {
    const dir = join(root, name ?? `checkout-${++clones}`);
    run(['clone', '--quiet', origin, dir], root);
    return dir;
  };
  const log = (branch: string) => {
    try {
      return run(['log', '--format=%H %s', `refs/heads/${branch}`], origin)
        .split('\n')
        .filter(Boolean);
    } catch {
      return [];
    }
  };
  return {
    root,
    origin,
    git: run,
    clone,
    async commitOnOrigin(branch, changes, message) {
      const dir = await clone();
      const exists = log(branch).length > 0;
      run(exists ? ['checkout', '--quiet', branch] : ['checkout', '--quiet', '-b', branch], dir);
      await writeFiles(dir, changes);
      run(['add', '--all'], dir);
      run(['commit', '--quiet', '-m', message], dir);
      run(['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`], dir);
      const sha = run(['rev-parse', 'HEAD'], dir);
      await rm(dir, { recursive: true, force: true });
      return sha;
    },
    log,
    authors: (branch) => run(['log', '--format=%an <%ae>', `refs/heads/${branch}`], origin).split('\n'),
    branches: () =>
      run(['for-each-ref', '--format=%(refname:short)', 'refs/heads'], origin).split('\n').filter(Boolean),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
