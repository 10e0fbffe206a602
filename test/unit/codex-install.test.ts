import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CodexBinaryError,
  codexCacheDir,
  INSTALL_MARKER,
  resolveCodexBinary,
} from '../../src/agent/codex/install.js';

const VERSION = '0.171.0';
const TRIPLE = process.arch === 'arm64' ? 'aarch64-unknown-linux-musl' : 'x86_64-unknown-linux-musl';
const PLATFORM_PKG = `codex-${process.platform}-${process.arch}`;
let root: string;
let npmCalls: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'codex-install-'));
  npmCalls = join(root, 'npm-calls.log');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Lays out what `npm install @openai/codex` leaves under a prefix, with a stand-in binary. */
async function fakeInstall(prefix: string): Promise<string> {
  const vendor = join(prefix, 'node_modules', '@openai', PLATFORM_PKG, 'vendor', TRIPLE);
  await mkdir(join(vendor, 'bin'), { recursive: true });
  await mkdir(join(vendor, 'codex-path'), { recursive: true });
  const bin = join(vendor, 'bin', 'codex');
  await writeFile(bin, '#!/bin/sh\necho "codex-cli 0.171.0"\n');
  await writeFile(join(vendor, 'codex-path', 'rg'), '#!/bin/sh\n');
  await chmod(bin, 0o755);
  await chmod(join(vendor, 'codex-path', 'rg'), 0o755);
  return bin;
}

/** A stand-in npm: logs its arguments, then runs `body` (sh). */
async function fakeNpm(body: string): Promise<string> {
  const npm = join(root, 'npm');
  await writeFile(npm, `#!/bin/sh\necho "$@" >> ${npmCalls}\n${body}\n`);
  await chmod(npm, 0o755);
  return npm;
}

const calls = async () => (existsSync(npmCalls) ? (await readFile(npmCalls, 'utf8')).trim().split('\n') : []);

describe('resolveCodexBinary', () => {
  it('uses codex-path when it is an executable file', async () => {
    const bin = await fakeInstall(join(root, 'own'));
    expect(await resolveCodexBinary({ codexPath: bin, codexVersion: VERSION, toolCache: root })).toEqual({
      path: bin,
      extraPath: join(root, 'own', 'node_modules', '@openai', PLATFORM_PKG, 'vendor', TRIPLE, 'codex-path'),
    });
    const script = join(root, 'codex.sh');
    await writeFile(script, '#!/bin/sh\n');
    await chmod(script, 0o755);
    expect(await resolveCodexBinary({ codexPath: script, codexVersion: VERSION, toolCache: root })).toEqual({
      path: script,
      extraPath: undefined,
    });
  });

  it('rejects a codex-path that is missing, a folder, or not executable, naming it and the fix', async () => {
    const notExec = join(root, 'codex.txt');
    await writeFile(notExec, 'x');
    for (const bad of [join(root, 'missing'), root, notExec]) {
      const error = await resolveCodexBinary({
        codexPath: bad,
        codexVersion: VERSION,
        toolCache: root,
      }).catch((e) => e);
      expect(error).toBeInstanceOf(CodexBinaryError);
      expect(error.message).toContain(`codex-path '${bad}' is not an executable file`);
      expect(error.message).toContain('leave it empty to install @openai/codex@0.171.0');
    }
  });

  it('reuses a completed install from the tool cache without calling npm', async () => {
    const dir = codexCacheDir(root, VERSION);
    const bin = await fakeInstall(dir);
    await writeFile(join(dir, INSTALL_MARKER), VERSION);
    const npm = await fakeNpm('exit 1');
    const found = await resolveCodexBinary({ codexPath: '', codexVersion: VERSION, toolCache: root, npm });
    expect(found.path).toBe(bin);
    expect(found.extraPath).toBe(
      join(dir, 'node_modules', '@openai', PLATFORM_PKG, 'vendor', TRIPLE, 'codex-path'),
    );
    expect(await calls()).toEqual([]);
  });

  it('installs once into the tool cache (marker last) and reuses it in the next job', async () => {
    // A half install from a crashed job: no marker, so it must be redone.
    await fakeInstall(codexCacheDir(root, VERSION));
    const script = `
prefix=""; while [ $# -gt 0 ]; do [ "$1" = "--prefix" ] && prefix="$2"; shift; done
vendor="$prefix/node_modules/@openai/${PLATFORM_PKG}/vendor/${TRIPLE}"
mkdir -p "$vendor/bin" && printf '#!/bin/sh\\necho codex-cli 0.171.0\\n' > "$vendor/bin/codex" && chmod +x "$vendor/bin/codex"`;
    const npm = await fakeNpm(script);
    const logs: string[] = [];
    const first = await resolveCodexBinary({
      codexPath: '',
      codexVersion: VERSION,
      toolCache: root,
      npm,
      log: (l) => logs.push(l),
    });
    const dir = codexCacheDir(root, VERSION);
    expect(first.path.startsWith(dir)).toBe(true);
    expect((await execa(first.path)).stdout).toBe('codex-cli 0.171.0');
    expect(existsSync(join(dir, INSTALL_MARKER))).toBe(true);
    const [call] = await calls();
    expect(call).toMatch(/^install --prefix .*\.staging-\d+-\d+ --no-save .*@openai\/codex@0\.171\.0$/);

    const second = await resolveCodexBinary({
      codexPath: '',
      codexVersion: VERSION,
      toolCache: root,
      npm,
      log: (l) => logs.push(l),
    });
    expect(second).toEqual(first);
    expect(await calls()).toHaveLength(1);
    expect(logs[0]).toContain('Installing @openai/codex@0.171.0');
    expect(logs[1]).toContain('Using Codex 0.171.0 from the tool cache');
  });

  it('explains a failed install with npm output and the fix, and leaves no half install behind', async () => {
    const npm = await fakeNpm('echo "npm error 404 No match found for version 9.9.9" >&2; exit 1');
    const error = await resolveCodexBinary({
      codexPath: '',
      codexVersion: '9.9.9',
      toolCache: root,
      npm,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(CodexBinaryError);
    expect(error.message).toContain("Installing @openai/codex@9.9.9 with '");
    expect(error.message).toContain('failed (exit 1)');
    expect(error.message).toContain('npm error 404 No match found for version 9.9.9');
    expect(error.message).toContain('set codex-path');
    expect(existsSync(codexCacheDir(root, '9.9.9'))).toBe(false);
  });

  it('explains an install that produced no binary', async () => {
    const npm = await fakeNpm('exit 0');
    const error = await resolveCodexBinary({
      codexPath: '',
      codexVersion: VERSION,
      toolCache: root,
      npm,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(CodexBinaryError);
    expect(error.message).toMatch(/no codex binary for .* was found/);
  });

  it('explains a missing npm', async () => {
    const npm = join(root, 'no-npm');
    const error = await resolveCodexBinary({
      codexPath: '',
      codexVersion: VERSION,
      toolCache: root,
      npm,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(CodexBinaryError);
    expect(error.message).toContain('ENOENT');
  });

  // Reaches the npm registry: run by hand with CODEX_ORCHESTRATOR_REAL_INSTALL=1.
  it.skipIf(!process.env.CODEX_ORCHESTRATOR_REAL_INSTALL)(
    'installs the real @openai/codex and runs it',
    async () => {
      const found = await resolveCodexBinary({ codexPath: '', codexVersion: VERSION, toolCache: root });
      expect((await execa(found.path, ['--version'])).stdout).toBe(`codex-cli ${VERSION}`);
    },
    300_000,
  );
});
