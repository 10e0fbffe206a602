import { constants } from 'node:fs';
import { access, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { execa } from 'execa';

/** Written last into an install folder: a folder without it is a half install and is redone. */
export const INSTALL_MARKER = '.codex-orchestrator-complete';

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

/**
 * The native binary inside a folder where `@openai/codex` was npm-installed (`<prefix>/node_modules`).
 * Running it directly, as the SDK does, skips the Node wrapper (`bin/codex.js`) and its start-up.
 */
export async function locateInstalledCodex(prefix: string): Promise<CodexBinary | undefined> {
  const triple = TRIPLES[platformKey()];
  if (triple) {
    const vendor = join(prefix, 'node_modules', '@openai', `codex-${platformKey()}`, 'vendor', triple);
    const native = join(vendor, 'bin', 'codex');
    if (await isExecutableFile(native)) {
      const extra = join(vendor, 'codex-path');
      return { path: native, extraPath: (await isExecutableFile(join(extra, 'rg'))) ? extra : undefined };
    }
  }
  const wrapper = join(prefix, 'node_modules', '.bin', 'codex');
  return (await isExecutableFile(wrapper)) ? { path: wrapper, extraPath: undefined } : undefined;
}

/** What `resolveCodexBinary` needs: the two inputs and the runner's tool cache. */
export interface ResolveCodexOptions {
  /** The `codex-path` input; wins when set. */
  codexPath: string;
  /** The `codex-version` input: the exact `@openai/codex` version to install. */
  codexVersion: string;
  /** RUNNER_TOOL_CACHE. */
  toolCache: string;
  /** The npm executable (tests point it at a stand-in). */
  npm?: string;
  log?: (line: string) => void;
}

/** The tool-cache folder of one Codex version on this platform. */
export const codexCacheDir = (toolCache: string, version: string): string =>
  join(toolCache, 'codex-orchestrator', 'codex', version, platformKey());

/**
 * Finds the Codex CLI: the `codex-path` input if set (it must be an executable file), else
 * `@openai/codex@<codex-version>` from the runner's tool cache, installing it there once.
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
  log(`Installing @openai/codex@${o.codexVersion} into the tool cache (${dir}).`);
  return installCodex(dir, o.codexVersion, o.npm ?? 'npm');
}

async function cachedInstall(dir: string): Promise<CodexBinary | undefined> {
  try {
    await access(join(dir, INSTALL_MARKER));
  } catch {
    return undefined;
  }
  return locateInstalledCodex(dir);
}

/**
 * Installs into a staging folder and renames it into place, so a concurrent job or a crash never
 * leaves a folder that looks complete.
 */
async function installCodex(dir: string, version: string, npm: string): Promise<CodexBinary> {
  const staging = `${dir}.staging-${process.pid}-${Date.now()}`;
  await mkdir(staging, { recursive: true });
  try {
    const result = await execa(
      npm,
      [
        'install',
        '--prefix',
        staging,
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        `@openai/codex@${version}`,
      ],
      { reject: false, all: true, stdin: 'ignore' },
    );
    if (result.failed) {
      const output = (result.all ?? result.message ?? '').toString().trim().split('\n').slice(-15).join('\n');
      throw new CodexBinaryError(
        `Installing @openai/codex@${version} with '${npm} install' failed (exit ${result.exitCode ?? result.code ?? 'unknown'}):\n${output}\n` +
          'Fix: check that codex-version names a published version and that the runner can reach the npm registry, ' +
          'or set codex-path to a codex binary already on the runner.',
      );
    }
    const found = await locateInstalledCodex(staging);
    if (!found) {
      throw new CodexBinaryError(
        `npm installed @openai/codex@${version} but no codex binary for ${platformKey()} was found in ${staging}. ` +
          'Fix: set codex-path to a codex binary for this platform.',
      );
    }
    await writeFile(join(staging, INSTALL_MARKER), `${version}\n`);
    // Another job on this runner may have finished first; its copy is as good as ours.
    const other = await cachedInstall(dir);
    if (other) return other;
    await rm(dir, { recursive: true, force: true });
    await mkdir(dirname(dir), { recursive: true });
    try {
      await rename(staging, dir);
    } catch (error) {
      const winner = await cachedInstall(dir);
      if (winner) return winner;
      throw new CodexBinaryError(`Could not move the Codex install into ${dir}.`, { cause: error });
    }
    const installed = await locateInstalledCodex(dir);
    if (!installed) throw new CodexBinaryError(`The Codex install in ${dir} has no binary after moving it.`);
    return installed;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
