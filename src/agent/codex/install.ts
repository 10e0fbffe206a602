import { constants } from 'node:fs';
import { access, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { npmInstallInto } from '../install/npm-install.js';
import {
  INSTALL_MARKER,
  InstallError,
  installPlatformPackage,
  type PlatformPackage,
} from '../install/npm-platform.js';
import { commit, isComplete, stagingFor } from '../install/tool-cache.js';

export { INSTALL_MARKER };

/** Thrown when no usable Codex CLI can be found or installed; the message says how to fix it. */
export class CodexBinaryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CodexBinaryError';
  }
}

/** Where a resolved CLI lives: the executable, and the folder of helpers (`rg`) to put on PATH. */
export interface CodexBinary {
  path: string;
  extraPath: string | undefined;
}

const TRIPLES: Record<string, string> = {
  'linux-x64': 'x86_64-unknown-linux-musl',
  'linux-arm64': 'aarch64-unknown-linux-musl',
  'darwin-x64': 'x86_64-apple-darwin',
  'darwin-arm64': 'aarch64-apple-darwin',
};

const platformKey = (): string => `${process.platform}-${process.arch}`;

/** True for an existing regular file this process may execute. */
export async function isExecutableFile(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    await access(path, constants.X_OK);
    return info.isFile();
  } catch {
    return false;
  }
}

/** The platform package's folder under an install prefix, where npm and the fast path both put it. */
const vendorDir = (prefix: string, triple: string) =>
  join(prefix, 'node_modules', '@openai', `codex-${platformKey()}`, 'vendor', triple);

/**
 * The native binary inside a folder where `@openai/codex` was installed (`<prefix>/node_modules`).
 * Running it directly, as the SDK does, skips the Node wrapper (`bin/codex.js`) and its start-up.
 */
export async function locateInstalledCodex(prefix: string): Promise<CodexBinary | undefined> {
  const triple = TRIPLES[platformKey()];
  if (triple) {
    const vendor = vendorDir(prefix, triple);
    const native = join(vendor, 'bin', 'codex');
    if (await isExecutableFile(native)) {
      const extra = join(vendor, 'codex-path');
      return { path: native, extraPath: (await isExecutableFile(join(extra, 'rg'))) ? extra : undefined };
    }
  }
  const wrapper = join(prefix, 'node_modules', '.bin', 'codex');
  return (await isExecutableFile(wrapper)) ? { path: wrapper, extraPath: undefined } : undefined;
}

/**
 * What the fast path takes from `@openai/codex@<version>-<platform>`: the binary, `rg` (Codex
 * puts `codex-path/` on PATH), the bundled bubblewrap (Codex's Linux sandbox, and the verify
 * phase's isolation, look for it next to the binary) and the package manifest Codex reads about
 * itself. Left out: `codex-code-mode-host` (70 MB, behind a feature flag) and the voice runtime
 * (40 MB). Laid out as `npm install` lays them out, so either kind of install is a cache hit.
 */
export function codexPlatformPackage(version: string): PlatformPackage | undefined {
  const triple = TRIPLES[platformKey()];
  if (!triple) return undefined;
  const vendor = `vendor/${triple}`;
  const to = (path: string) => join(vendorDir('', triple), path);
  return {
    name: '@openai/codex',
    version,
    platformDependency: `@openai/codex-${platformKey()}`,
    files: [
      { from: `${vendor}/bin/codex`, to: to('bin/codex'), mode: 0o755 },
      { from: `${vendor}/codex-path/rg`, to: to('codex-path/rg'), mode: 0o755, optional: true },
      {
        from: `${vendor}/codex-resources/bwrap`,
        to: to('codex-resources/bwrap'),
        mode: 0o755,
        optional: true,
      },
      { from: `${vendor}/codex-package.json`, to: to('codex-package.json'), mode: 0o644, optional: true },
    ],
  };
}

/** What `resolveCodexBinary` needs: the two inputs and the runner's tool cache. */
export interface ResolveCodexOptions {
  /** The `codex-path` input; wins when set. */
  codexPath: string;
  /** The `codex-version` input: the exact `@openai/codex` version to install. */
  codexVersion: string;
  /** RUNNER_TOOL_CACHE. */
  toolCache: string;
  /** The npm executable whose configuration names the registry, and the fallback installer. */
  npm?: string;
  /** The environment npm runs in (tests point `npm_config_registry` at a loopback registry). */
  env?: NodeJS.ProcessEnv;
  /** The install ends with an error after this long (default 5 minutes). */
  timeoutMs?: number;
  log?: (line: string) => void;
}

/** The tool-cache folder of one Codex version on this platform. */
export const codexCacheDir = (toolCache: string, version: string): string =>
  join(toolCache, 'codex-orchestrator', 'codex', version, platformKey());

/**
 * Finds the Codex CLI: the `codex-path` input if set (it must be an executable file), else
 * `@openai/codex@<codex-version>` from the runner's tool cache, installing it there once: its
 * platform package's tarball straight from the registry (integrity-checked, only the files the job
 * runs), or `npm install` when that cannot serve the registry npm is configured for.
 */
export async function resolveCodexBinary(o: ResolveCodexOptions): Promise<CodexBinary> {
  const log = o.log ?? (() => {});
  if (o.codexPath) {
    if (!(await isExecutableFile(o.codexPath))) {
      throw new CodexBinaryError(
        `codex-path '${o.codexPath}' is not an executable file. Expected the path of the codex binary ` +
          `(e.g. node_modules/.bin/codex). Fix: correct codex-path, or leave it empty to install @openai/codex@${o.codexVersion}.`,
      );
    }
    // The native binary of an npm install keeps its bundled `rg` in a sibling folder.
    const extra = join(dirname(o.codexPath), '..', 'codex-path');
    return { path: o.codexPath, extraPath: (await isExecutableFile(join(extra, 'rg'))) ? extra : undefined };
  }
  const dir = codexCacheDir(o.toolCache, o.codexVersion);
  const cached = await cachedInstall(dir);
  if (cached) {
    log(`Using Codex ${o.codexVersion} from the tool cache (${dir}).`);
    return cached;
  }
  const npm = o.npm ?? 'npm';
  const pkg = codexPlatformPackage(o.codexVersion);
  let why = `no native Codex package is known for ${platformKey()}`;
  if (pkg) {
    log(`Installing @openai/codex@${o.codexVersion} into the tool cache (${dir}).`);
    const fast = await installPlatformPackage(pkg, {
      dir,
      npm,
      env: o.env,
      timeoutMs: o.timeoutMs,
      log,
    }).catch((error: unknown) => {
      if (!(error instanceof InstallError)) throw error;
      const message = `${error.message} Or set codex-path to a codex binary already on the runner.`;
      throw new CodexBinaryError(message, { cause: error });
    });
    if (fast.status !== 'unavailable') {
      const found = await cachedInstall(dir);
      if (found) return found;
      throw new CodexBinaryError(
        `The Codex install in ${dir} has no executable bin/codex. Fix: delete ${dir}.`,
      );
    }
    why = fast.reason;
  }
  log(`Installing @openai/codex@${o.codexVersion} with npm install instead of the fast path: ${why}.`);
  return installWithNpm(dir, o.codexVersion, npm, o.env);
}

async function cachedInstall(dir: string): Promise<CodexBinary | undefined> {
  return (await isComplete(dir)) ? locateInstalledCodex(dir) : undefined;
}

/** `npm install @openai/codex@<version>` into a staging folder, moved into place once it has a binary. */
async function installWithNpm(
  dir: string,
  version: string,
  npm: string,
  env: NodeJS.ProcessEnv | undefined,
): Promise<CodexBinary> {
  const staging = await stagingFor(dir);
  try {
    const result = await npmInstallInto(staging, `@openai/codex@${version}`, { npm, env });
    if (!result.ok) {
      throw new CodexBinaryError(
        `Installing @openai/codex@${version} with '${npm} install' failed (exit ${result.exit}):\n${result.output}\n` +
          'Fix: check that codex-version names a published version and that the runner can reach the npm registry, ' +
          'or set codex-path to a codex binary already on the runner.',
      );
    }
    if (!(await locateInstalledCodex(staging))) {
      throw new CodexBinaryError(
        `npm installed @openai/codex@${version} but no codex binary for ${platformKey()} was found in ${staging}. ` +
          'Fix: set codex-path to a codex binary for this platform.',
      );
    }
    await commit(staging, dir, `${version}\n`);
    const installed = await cachedInstall(dir);
    if (!installed) throw new CodexBinaryError(`The Codex install in ${dir} has no binary after moving it.`);
    return installed;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
