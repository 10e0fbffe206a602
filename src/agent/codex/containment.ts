import { mkdir, realpath, rm } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';

/**
 * Where the agent may write. Codex's workspace-write sandbox lets commands write the cwd, `/tmp`
 * and `$TMPDIR`; CODEX_HOME holds the session rollout the command audit reads and the rules
 * Codex enforces, so none of those roots may contain it (seen: an agent deleted `whoami` from a
 * rollout under a writable /tmp, then the work was pushed). The commands therefore get a private
 * TMPDIR and `/tmp` is excluded: the writable roots are exactly the cwd and that directory, the
 * same on every runner whatever RUNNER_TEMP and TMPDIR are.
 */
export type SandboxPlacement =
  | {
      ok: true;
      /** The private TMPDIR of Codex and its commands (emptied before each run). */
      tmpDir: string;
      /** `-c` overrides that make the writable roots the cwd and `tmpDir` only. */
      config: string[];
    }
  | { ok: false; message: string };

/** True when `inner` is `outer` or lies below it (both absolute, resolved). */
export function isWithin(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith('../') && !isAbsolute(rel));
}

const real = (path: string): Promise<string> => realpath(path).catch(() => path);

/** Checks and prepares the sandbox's writable roots for one run; refuses when CODEX_HOME would be in one. */
export async function placeSandbox(options: {
  codexHome: string;
  cwd: string;
  tmpDir: string;
}): Promise<SandboxPlacement> {
  await rm(options.tmpDir, { recursive: true, force: true });
  await mkdir(options.tmpDir, { recursive: true });
  const [home, cwd, tmpDir] = await Promise.all([
    real(options.codexHome),
    real(options.cwd),
    real(options.tmpDir),
  ]);
  const roots = [
    { path: cwd, what: 'the working directory of the run' },
    { path: tmpDir, what: "the commands' TMPDIR" },
  ];
  for (const root of roots) {
    if (isWithin(home, root.path) || isWithin(root.path, home)) {
      return {
        ok: false,
        message:
          `Refusing to run Codex: its CODEX_HOME ${home} and ${root.what} (${root.path}) overlap, so the agent ` +
          'could rewrite its own session record and rules. Fix: keep RUNNER_TEMP (where CODEX_HOME lives) ' +
          'outside the checkout and the worktrees.',
      };
    }
  }
  return {
    ok: true,
    tmpDir,
    config: [
      'sandbox_workspace_write.exclude_slash_tmp=true',
      'sandbox_workspace_write.exclude_tmpdir_env_var=false',
    ],
  };
}
