import { execa } from 'execa';

/** What `npm install` into a prefix did: success, or its exit and the tail of its output. */
export type NpmInstallResult = { ok: true } | { ok: false; exit: string; output: string };

/**
 * `npm install <spec>` into `prefix`, the slow path for a setup the fast one cannot serve: npm
 * brings its credentials, proxy and certificates, and runs the package's install scripts.
 */
export async function npmInstallInto(
  prefix: string,
  spec: string,
  o: { npm: string; env?: NodeJS.ProcessEnv; cwd?: string },
): Promise<NpmInstallResult> {
  const result = await execa(
    o.npm,
    ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', spec],
    // In the prefix, never the job's folder: a checkout's `.npmrc` must not choose the registry.
    {
      reject: false,
      all: true,
      stdin: 'ignore',
      env: o.env ?? process.env,
      extendEnv: false,
      cwd: o.cwd ?? prefix,
    },
  );
  if (!result.failed) return { ok: true };
  const output = (result.all ?? result.message ?? '').toString().trim().split('\n').slice(-15).join('\n');
  return { ok: false, exit: String(result.exitCode ?? result.code ?? 'unknown'), output };
}
