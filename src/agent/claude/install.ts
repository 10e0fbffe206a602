import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { isExecutableFile } from '../codex/install.js';

/** Thrown when no usable Claude Code binary can be found; the message says how to fix it. */
export class ClaudeBinaryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ClaudeBinaryError';
  }
}

/** Where a resolved Claude Code binary lives. */
export interface ClaudeBinary {
  path: string;
}

/** npm's name for this platform's package of the native binary (`@anthropic-ai/claude-code-linux-x64`). */
export function platformPackages(): string[] {
  const base = `@anthropic-ai/claude-code-${process.platform}-${process.arch}`;
  // Linux has a glibc and a musl build; either runs where it was installed for.
  return process.platform === 'linux' ? [base, `${base}-musl`] : [base];
}

/** The tool-cache folder of one Claude Code version on this platform; the binary is `<dir>/claude`. */
export const claudeCacheDir = (toolCache: string, version: string): string =>
  join(toolCache, 'codex-orchestrator', 'claude', version, `${process.platform}-${process.arch}`);

/**
 * What puts a version's native binary at `<dir>/claude`: fetched, integrity-checked, unpacked into
 * the tool cache and marked complete.
 * TODO(installer): plug in the shared npm platform-package installer (src/agent/install/, branch
 * h/install: `installPlatformPackage` with `@anthropic-ai/claude-code`, platform dependency
 * `@anthropic-ai/claude-code-<platform>`, kept file `claude`). Until then a missing binary is an
 * error that says so; this module never runs `npm install`.
 */
export type ClaudeInstaller = (o: {
  version: string;
  dir: string;
  log: (line: string) => void;
}) => Promise<void>;

export interface ResolveClaudeOptions {
  /** An explicit binary (tests, a runner that has one); wins when set. */
  claudePath?: string;
  /** The `claude-code-version` input: the exact `@anthropic-ai/claude-code` version. */
  version: string;
  /** RUNNER_TOOL_CACHE. */
  toolCache: string;
  installer?: ClaudeInstaller;
  log?: (line: string) => void;
}

/**
 * Finds Claude Code's native binary: `claudePath` if set, else the tool cache's copy of `version`
 * (`<dir>/claude`, or a `node_modules` that npm installed there), installing it with `installer`
 * when there is none. Every candidate must be the native binary, not npm's stub.
 */
export async function resolveClaudeBinary(o: ResolveClaudeOptions): Promise<ClaudeBinary> {
  const log = o.log ?? (() => {});
  if (o.claudePath) return { path: await checkNative(o.claudePath) };
  const dir = claudeCacheDir(o.toolCache, o.version);
  const found = await locateInstalledClaude(dir);
  if (found) {
    log(`Using Claude Code ${o.version} from the tool cache (${dir}).`);
    return { path: await checkNative(found) };
  }
  if (!o.installer) {
    throw new ClaudeBinaryError(
      `Claude Code ${o.version} is not in the tool cache (${dir}) and this build cannot install it yet. ` +
        `Fix: put the native binary of @anthropic-ai/claude-code@${o.version} (from ${platformPackages()[0]}) at ${join(dir, 'claude')}, ` +
        'or run this phase on the codex runtime (runtimes in the config).',
    );
  }
  log(`Installing @anthropic-ai/claude-code@${o.version} into the tool cache (${dir}).`);
  await o.installer({ version: o.version, dir, log });
  const installed = await locateInstalledClaude(dir);
  if (!installed)
    throw new ClaudeBinaryError(`Installing Claude Code ${o.version} left no binary in ${dir}.`);
  return { path: await checkNative(installed) };
}

/**
 * The native binary under `prefix`: `<prefix>/claude` (the tool cache's layout), or the platform
 * package of an npm install in `<prefix>/node_modules`. Not the wrapper's `bin/claude.exe`: that
 * is a stub until its postinstall copies the binary over it.
 */
export async function locateInstalledClaude(prefix: string): Promise<string | undefined> {
  const candidates = [
    join(prefix, 'claude'),
    ...platformPackages().map((pkg) => join(prefix, 'node_modules', pkg, 'claude')),
  ];
  for (const candidate of candidates) if (await isExecutableFile(candidate)) return candidate;
  return undefined;
}

/** Executable formats a native build starts with: ELF, Mach-O (both byte orders, fat), PE. */
const NATIVE_MAGIC = [
  Buffer.from([0x7f, 0x45, 0x4c, 0x46]),
  Buffer.from([0xcf, 0xfa, 0xed, 0xfe]),
  Buffer.from([0xfe, 0xed, 0xfa, 0xcf]),
  Buffer.from([0xca, 0xfe, 0xba, 0xbe]),
  Buffer.from([0x4d, 0x5a]),
];

/**
 * The path, once it is an executable native binary. npm leaves a small stub that prints "claude
 * native binary not installed" when the install skipped scripts (`--ignore-scripts`) or optional
 * packages (`--omit=optional`): running that would fail every run with a confusing message.
 */
export async function checkNative(path: string): Promise<string> {
  if (!(await isExecutableFile(path))) {
    throw new ClaudeBinaryError(`The Claude Code binary '${path}' does not exist or is not executable.`);
  }
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await file.read(head, 0, 4, 0);
    const { size } = await file.stat();
    if (
      !NATIVE_MAGIC.some((m) => bytesRead >= m.length && head.subarray(0, m.length).equals(m)) ||
      size < 1024 * 1024
    ) {
      throw new ClaudeBinaryError(
        `'${path}' is not Claude Code's native binary but the ${size}-byte stub npm leaves when an install skips scripts or optional packages. ` +
          `Fix: install the platform package (${platformPackages()[0]}, file 'claude') without --ignore-scripts or --omit=optional, and point at its 'claude'.`,
      );
    }
  } finally {
    await file.close();
  }
  return path;
}
