/**
 * Claude Code for the job that uses it: `@anthropic-ai/claude-code` is a shell stub whose
 * postinstall copies a native binary (~400 MB) out of a per-platform package, so it is installed
 * the way Codex is (npm-platform.ts), and every binary handed out is checked to be the real one.
 */
import { constants } from 'node:fs';
import { access, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { npmInstallInto } from './npm-install.js';
import { InstallError, installPlatformPackage, isComplete, type PlatformPackage } from './npm-platform.js';
import { commit, stagingFor } from './tool-cache.js';

/** The pinned `@anthropic-ai/claude-code` version. */
export const CLAUDE_CODE_VERSION = '2.1.332';

/** Thrown when no usable Claude Code binary can be found or installed; the message says the fix. */
export class ClaudeBinaryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ClaudeBinaryError';
  }
}

/** A resolved Claude Code: the native executable. */
export interface ClaudeBinary {
  path: string;
}

/** What `resolveClaudeBinary` needs. */
export interface ResolveClaudeOptions {
  /** An existing `claude` binary (a `claude-path` input); wins when set, and is checked. */
  claudePath?: string;
  /** The exact `@anthropic-ai/claude-code` version; default CLAUDE_CODE_VERSION. */
  version?: string;
  /** RUNNER_TOOL_CACHE. */
  toolCache: string;
  /** The npm executable whose configuration names the registry, and the fallback installer. */
  npm?: string;
  env?: NodeJS.ProcessEnv;
  /** The install ends with an error after this long (default 5 minutes). */
  timeoutMs?: number;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

/** The real binary is ~400 MB; the stub and anything a broken install leaves are far smaller. */
const MIN_NATIVE_BYTES = 1024 * 1024;
const NATIVE_MAGIC = [
  Buffer.from([0x7f, 0x45, 0x4c, 0x46]), // ELF
  Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), // Mach-O 64-bit
  Buffer.from([0xca, 0xfe, 0xba, 0xbe]), // Mach-O universal
  Buffer.from('MZ'), // PE
];

let libc: string | undefined;
/** `-musl` on a musl Linux (Alpine): Claude Code ships separate packages for it. */
function muslSuffix(): string {
  if (process.platform !== 'linux') return '';
  libc ??= (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header
    ?.glibcVersionRuntime
    ? 'glibc'
    : 'musl';
  return libc === 'musl' ? '-musl' : '';
}

/** This runner's Claude Code platform: `linux-x64`, `linux-arm64-musl`, `darwin-arm64`, … */
export const claudePlatform = (): string => `${process.platform}-${process.arch}${muslSuffix()}`;

const executable = () => (process.platform === 'win32' ? 'claude.exe' : 'claude');

/** The tool-cache folder of one Claude Code version on this platform. */
export const claudeCacheDir = (toolCache: string, version: string): string =>
  join(toolCache, 'codex-orchestrator', 'claude', version, claudePlatform());

/** What the fast path takes from `@anthropic-ai/claude-code-<platform>@<version>`: the binary. */
export function claudePlatformPackage(version: string): PlatformPackage {
  return {
    name: '@anthropic-ai/claude-code',
    version,
    platformDependency: `@anthropic-ai/claude-code-${claudePlatform()}`,
    files: [{ from: executable(), to: join('bin', executable()), mode: 0o755 }],
  };
}

/**
 * Throws unless `path` is the native Claude Code binary: the wrapper's `bin/claude.exe` is a shell
 * script printing "claude native binary not installed" until a postinstall replaces it, and an
 * install run with `--ignore-scripts` or `--omit=optional` keeps it. Reads 4 KB; no hashing.
 */
export async function checkNativeClaude(path: string, where: string): Promise<void> {
  let head: Buffer;
  let size: number;
  try {
    const handle = await open(path, 'r');
    try {
      size = (await handle.stat()).size;
      const buffer = Buffer.alloc(4096);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
    await access(path, constants.X_OK);
  } catch (error) {
    throw new ClaudeBinaryError(
      `${where} '${path}' is not an executable file (${(error as NodeJS.ErrnoException).code ?? error}). ` +
        'Fix: point it at the claude binary, or leave it empty to install Claude Code into the tool cache.',
      { cause: error },
    );
  }
  const fix =
    'Fix: install @anthropic-ai/claude-code without --ignore-scripts and without --omit=optional ' +
    '(its postinstall copies the native binary from the platform package), or leave the path empty ' +
    'to install it into the tool cache.';
  if (head.subarray(0, 2).toString() === '#!')
    throw new ClaudeBinaryError(
      head.toString('utf8').includes('native binary not installed')
        ? `${where} '${path}' is the shell stub of @anthropic-ai/claude-code, not its native binary: the install ` +
            `skipped the postinstall script or the optional platform package. ${fix}`
        : `${where} '${path}' is a script, not the native Claude Code binary. ${fix}`,
    );
  if (size < MIN_NATIVE_BYTES)
    throw new ClaudeBinaryError(
      `${where} '${path}' is ${size} bytes, too small to be the native Claude Code binary (about 400 MB). ${fix}`,
    );
  if (!NATIVE_MAGIC.some((magic) => head.subarray(0, magic.length).equals(magic)))
    throw new ClaudeBinaryError(
      `${where} '${path}' is not a native executable (no ELF, Mach-O or PE header). ${fix}`,
    );
}

/** The binary inside an install folder: the fast path's, else where `npm install` leaves it. */
function candidates(dir: string): string[] {
  const scope = join(dir, 'node_modules', '@anthropic-ai');
  return [
    join(dir, 'bin', executable()),
    join(scope, `claude-code-${claudePlatform()}`, executable()),
    join(scope, 'claude-code', 'bin', 'claude.exe'),
  ];
}

async function locate(dir: string): Promise<string | undefined> {
  for (const path of candidates(dir)) {
    if (
      await access(path).then(
        () => true,
        () => false,
      )
    )
      return path;
  }
  return undefined;
}

/**
 * Finds Claude Code for a job: `claudePath` if set, else the pinned `@anthropic-ai/claude-code`
 * from the runner's tool cache, installing it there once through the same integrity-checked fast
 * path as Codex (npm install when that cannot serve the configured registry). Whatever is found is
 * checked to be the native binary, never the stub: a stub is a ClaudeBinaryError naming the fix.
 */
export async function resolveClaudeBinary(o: ResolveClaudeOptions): Promise<ClaudeBinary> {
  const log = o.log ?? (() => {});
  if (o.claudePath) {
    await checkNativeClaude(o.claudePath, 'claude-path');
    return { path: o.claudePath };
  }
  const version = o.version ?? CLAUDE_CODE_VERSION;
  const spec = `@anthropic-ai/claude-code@${version}`;
  const dir = claudeCacheDir(o.toolCache, version);
  if (await isComplete(dir)) {
    const found = await located(dir);
    await checkNativeClaude(found, 'The Claude Code in the tool cache');
    log(`Using Claude Code ${version} from the tool cache (${dir}).`);
    return { path: found };
  }
  const npm = o.npm ?? 'npm';
  log(`Installing ${spec} into the tool cache (${dir}).`);
  const fast = await installPlatformPackage(claudePlatformPackage(version), {
    dir,
    npm,
    env: o.env,
    timeoutMs: o.timeoutMs,
    signal: o.signal,
    check: (staged) =>
      checkNativeClaude(join(staged, 'bin', executable()), `The claude in ${spec}'s platform package`),
    log,
  }).catch((error: unknown) => {
    if (!(error instanceof InstallError)) throw error;
    throw new ClaudeBinaryError(error.message, { cause: error });
  });
  if (fast.status !== 'unavailable') return { path: await located(dir) };
  log(`Installing ${spec} with npm install instead of the fast path: ${fast.reason}.`);
  const staging = await stagingFor(dir);
  try {
    const result = await npmInstallInto(staging, spec, { npm, env: o.env });
    if (!result.ok)
      throw new ClaudeBinaryError(
        `Installing ${spec} with '${npm} install' failed (exit ${result.exit}):\n${result.output}\n` +
          'Fix: check that the version is published and that the runner can reach the npm registry.',
      );
    const installed = await locate(staging);
    if (!installed)
      throw new ClaudeBinaryError(`npm installed ${spec} but left no claude binary in ${staging}.`);
    await checkNativeClaude(installed, `The claude that npm install of ${spec} left`);
    await commit(staging, dir, `${version}\n`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { path: await located(dir) };
}

async function located(dir: string): Promise<string> {
  const path = await locate(dir);
  if (!path)
    throw new ClaudeBinaryError(
      `The Claude Code install in ${dir} holds no claude binary. Fix: delete ${dir}.`,
    );
  return path;
}
