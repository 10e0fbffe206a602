import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { GitSource } from './state.js';

const run = promisify(execFile);

/**
 * Reads branches, files and diffs from a real git repository, so a PR the action opens after a real
 * `git push` has the real diff. `dir` is a bare repository or a work tree.
 */
export function gitSource(dir: string): GitSource {
  const git = async (args: string[]) =>
    (await run('git', ['-C', dir, ...args], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  const attempt = async (args: string[]) => {
    try {
      return await git(args);
    } catch {
      return undefined;
    }
  };
  return {
    sha: async (ref) =>
      (await attempt(['rev-parse', '--verify', '--quiet', `refs/heads/${ref}^{commit}`]))?.trim() ||
      undefined,
    file: (ref, path) => attempt(['show', `refs/heads/${ref}:${path}`]),
    // Three dots: the changes on head since it left base, which is what a PR shows.
    diff: async (base, head) =>
      await git(['diff', '--no-color', '--no-ext-diff', `refs/heads/${base}...refs/heads/${head}`]),
  };
}
