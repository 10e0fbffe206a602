import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CLAUDE_CODE_VERSION,
  ClaudeBinaryError,
  checkNativeClaude,
  claudeCacheDir,
  claudePlatform,
  resolveClaudeBinary,
} from '../../src/agent/install/claude.js';
import { INSTALL_MARKER } from '../../src/agent/install/npm-platform.js';
import {
  type NpmRegistry,
  npmEnvFor,
  packTarball,
  type RegistryVersion,
  startNpmRegistry,
  type TarEntry,
} from '../harness/npm-registry.js';

// Stand-ins: the native binary is ~400 MB; an ELF header and 1.5 MB pass the checks. The stub is
// what @anthropic-ai/claude-code ships as bin/claude.exe until its postinstall replaces it.
const NATIVE = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(1_500_000)]);
const STUB = '#!/bin/sh\necho "claude native binary not installed" >&2\nexit 1\n';
const PLATFORM_PKG = `@anthropic-ai/claude-code-${claudePlatform()}`;

let root: string;
let registry: NpmRegistry | undefined;
let env: NodeJS.ProcessEnv;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'claude-install-'));
  await writeFile(join(root, 'npmrc'), '');
});
afterEach(async () => {
  await registry?.close();
  registry = undefined;
  await rm(root, { recursive: true, force: true });
});

/** The wrapper (plain-version optional dependencies, as published) and this platform's package. */
async function serve(claude: TarEntry['content'] = NATIVE, over: Partial<RegistryVersion> = {}) {
  const platform = await packTarball(join(root, 'platform.tgz'), [
    { path: 'package/claude', content: claude, mode: 0o755 },
    { path: 'package/README.md', content: '# Claude Code' },
    { path: 'package/LICENSE.md', content: 'license' },
  ]);
  const wrapper = await packTarball(join(root, 'wrapper.tgz'), [
    { path: 'package/bin/claude.exe', content: STUB, mode: 0o755 },
  ]);
  const optional = Object.fromEntries(
    ['darwin-arm64', 'linux-x64', 'linux-arm64-musl', claudePlatform()].map((p) => [
      `@anthropic-ai/claude-code-${p}`,
      CLAUDE_CODE_VERSION,
    ]),
  );
  registry = await startNpmRegistry([
    {
      name: '@anthropic-ai/claude-code',
      version: CLAUDE_CODE_VERSION,
      tarball: wrapper,
      optionalDependencies: optional,
    },
    { name: PLATFORM_PKG, version: CLAUDE_CODE_VERSION, tarball: platform, ...over },
  ]);
  env = npmEnvFor(registry, join(root, 'npmrc'));
}

async function file(name: string, content: string | Buffer, mode = 0o755): Promise<string> {
  const path = join(root, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  await chmod(path, mode);
  return path;
}

describe('resolveClaudeBinary', () => {
  it('installs the pinned platform binary through the fast path, and hits the cache next time', async () => {
    await serve();
    const logs: string[] = [];
    const found = await resolveClaudeBinary({ toolCache: root, env, log: (l) => logs.push(l) });
    const dir = claudeCacheDir(root, CLAUDE_CODE_VERSION);
    expect(found).toEqual({ path: join(dir, 'bin', 'claude') });
    expect((await stat(found.path)).mode & 0o777).toBe(0o755);
    expect((await readdir(dir)).sort()).toEqual([INSTALL_MARKER, 'bin']);
    expect(registry!.requests).toEqual([
      `/@anthropic-ai%2fclaude-code/${CLAUDE_CODE_VERSION}`,
      `/${PLATFORM_PKG.replace('/', '%2f')}/${CLAUDE_CODE_VERSION}`,
      `/${PLATFORM_PKG}/-/${PLATFORM_PKG.split('/')[1]}-${CLAUDE_CODE_VERSION}.tgz`,
    ]);
    const again = await resolveClaudeBinary({ toolCache: root, env, npm: join(root, 'no-npm') });
    expect(again).toEqual(found);
    expect(registry!.requests).toHaveLength(3);
    expect(logs[0]).toBe(
      `Installing @anthropic-ai/claude-code@${CLAUDE_CODE_VERSION} into the tool cache (${dir}).`,
    );
  });

  it('refuses a platform package whose claude is the stub, caching nothing', async () => {
    await serve(STUB);
    const error = await resolveClaudeBinary({ toolCache: root, env }).catch((e) => e);
    expect(error).toBeInstanceOf(ClaudeBinaryError);
    expect(error.message).toContain('is the shell stub of @anthropic-ai/claude-code, not its native binary');
    expect(existsSync(claudeCacheDir(root, CLAUDE_CODE_VERSION))).toBe(false);
  });

  it('fails clearly when npm install (the fallback) leaves only the stub', async () => {
    // No sha512 integrity: the fast path steps aside for npm install, which here runs with
    // optional packages omitted, so only the wrapper and its stub arrive.
    await serve(NATIVE, { integrity: null });
    const calls = join(root, 'npm-calls.log');
    const npm = await file(
      'npm',
      `#!/bin/sh\necho "$@" >> ${calls}\nif [ "$1" = config ]; then exec npm "$@"; fi\n` +
        'prefix=""; while [ $# -gt 0 ]; do [ "$1" = "--prefix" ] && prefix="$2"; shift; done\n' +
        `mkdir -p "$prefix/node_modules/@anthropic-ai/claude-code/bin"\n` +
        `printf '%s' '${STUB}' > "$prefix/node_modules/@anthropic-ai/claude-code/bin/claude.exe"\n` +
        `chmod +x "$prefix/node_modules/@anthropic-ai/claude-code/bin/claude.exe"\n`,
    );
    const logs: string[] = [];
    const error = await resolveClaudeBinary({ toolCache: root, env, npm, log: (l) => logs.push(l) }).catch(
      (e) => e,
    );
    expect(logs[1]).toBe(
      `Installing @anthropic-ai/claude-code@${CLAUDE_CODE_VERSION} with npm install instead of the fast path: ` +
        `the registry gives no sha512 dist.integrity for ${PLATFORM_PKG}@${CLAUDE_CODE_VERSION}.`,
    );
    expect(error).toBeInstanceOf(ClaudeBinaryError);
    expect(error.message).toContain(
      `The claude that npm install of @anthropic-ai/claude-code@${CLAUDE_CODE_VERSION} left`,
    );
    expect(error.message).toContain('is the shell stub');
    expect(error.message).toContain('without --ignore-scripts and without --omit=optional');
    expect(existsSync(claudeCacheDir(root, CLAUDE_CODE_VERSION))).toBe(false);
  });

  it('checks a claude-path: the stub, a tiny file, a non-binary and a missing file are clear errors', async () => {
    const stub = await file('stub/claude.exe', STUB);
    await expect(resolveClaudeBinary({ claudePath: stub, toolCache: root })).rejects.toThrow(
      `claude-path '${stub}' is the shell stub of @anthropic-ai/claude-code, not its native binary`,
    );
    const tiny = await file('tiny/claude', NATIVE.subarray(0, 4096));
    await expect(checkNativeClaude(tiny, 'claude-path')).rejects.toThrow(
      `claude-path '${tiny}' is 4096 bytes, too small to be the native Claude Code binary`,
    );
    const text = await file('text/claude', Buffer.alloc(2_000_000, 'a'));
    await expect(checkNativeClaude(text, 'claude-path')).rejects.toThrow('is not a native executable');
    const script = await file('script/claude', '#!/bin/sh\nexec real-claude "$@"\n');
    await expect(checkNativeClaude(script, 'claude-path')).rejects.toThrow('is a script, not the native');
    const notExec = await file('plain/claude', NATIVE, 0o644);
    await expect(checkNativeClaude(notExec, 'claude-path')).rejects.toThrow(
      'is not an executable file (EACCES)',
    );
    await expect(checkNativeClaude(join(root, 'missing'), 'claude-path')).rejects.toThrow(
      'is not an executable file (ENOENT)',
    );
    const native = await file('native/claude', NATIVE);
    expect(await resolveClaudeBinary({ claudePath: native, toolCache: root })).toEqual({ path: native });
  });
});
