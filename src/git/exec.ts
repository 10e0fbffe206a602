import { execa } from 'execa';

/** What one git invocation returned. A non-zero exit is data here, not an exception. */
export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  cwd: string;
  /** Extra variables for this invocation only (e.g. the push credentials). */
  env?: Record<string, string>;
  input?: string;
  timeoutMs?: number;
  /**
   * Receives stdout chunk by chunk instead of buffering it (`stdout` is then ''): for output that
   * can be hundreds of megabytes, such as every object a push would send. The handler runs
   * synchronously, so a slow reader holds git back rather than filling memory. Returning `false`
   * stops git (the result then shows it was killed); a throw stops it too and is rethrown.
   */
  onStdout?: (chunk: Buffer) => boolean | undefined;
}

/** The git port: one call, one process. A fake is a few lines. */
export type GitExec = (args: string[], options: ExecOptions) => Promise<ExecResult>;

/** Thrown when a git command that must succeed fails; the message holds the command and stderr. */
export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly result: ExecResult,
  ) {
    super(
      `git ${args.join(' ')} failed with exit code ${result.exitCode}: ${
        (result.stderr || result.stdout).trim().slice(-2000) || '(no output)'
      }`,
    );
    this.name = 'GitError';
  }
}

// Variables git needs from the job; anything else (INPUT_GITHUB-TOKEN, the model key) stays out,
// so a hook or a filter driver written by the agent could not read them.
const PASSED_ENV = ['PATH', 'HOME', 'USER', 'TMPDIR', 'LANG', 'SYSTEMROOT'];

/**
 * Creates the real git port. Every invocation gets a minimal environment, no terminal prompt, and
 * no hooks: hooks live in the repository's .git directory, which code run by `verify` can write.
 */
export function createGitExec(gitPath = 'git'): GitExec {
  return async (args, options) => {
    const env: Record<string, string> = {};
    for (const name of PASSED_ENV) {
      const value = process.env[name];
      if (value !== undefined) env[name] = value;
    }
    Object.assign(env, { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, options.env);
    const streamed = options.onStdout;
    const subprocess = execa(gitPath, ['-c', 'core.hooksPath=/dev/null', ...args], {
      cwd: options.cwd,
      env,
      extendEnv: false,
      input: options.input,
      stdin: options.input === undefined ? 'ignore' : 'pipe',
      reject: false,
      timeout: options.timeoutMs,
      stripFinalNewline: false,
      maxBuffer: 256 * 1024 * 1024,
      buffer: { stdout: !streamed, stderr: true },
    });
    let thrown: { error: unknown } | undefined;
    let stopped = false;
    if (streamed) {
      subprocess.stdout.on('data', (chunk: Buffer) => {
        if (stopped) return;
        try {
          stopped = streamed(chunk) === false;
        } catch (error) {
          thrown = { error };
          stopped = true;
        }
        if (stopped) subprocess.kill();
      });
    }
    const result = await subprocess;
    if (thrown) throw thrown.error;
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    // No exit code means git never ran or was killed (timeout): execa's message says which.
    const failed = typeof result.exitCode !== 'number';
    return {
      exitCode: failed ? 1 : (result.exitCode as number),
      stdout: text(result.stdout),
      stderr: text(result.stderr) || (failed ? text((result as { message?: unknown }).message) : ''),
    };
  };
}

/** Runs git and returns stdout without the final newline; throws GitError on a non-zero exit. */
export async function gitOk(exec: GitExec, args: string[], options: ExecOptions): Promise<string> {
  const result = await exec(args, options);
  if (result.exitCode !== 0) throw new GitError(args, result);
  return result.stdout.replace(/\n$/, '');
}
