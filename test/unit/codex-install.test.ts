import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CodexBinaryError,
  codexCacheDir,
  INSTALL_MARKER,
  resolveCodexBinary,
} from '../../src/agent/codex/install.js';
import { bundledBwrap } from '../../src/verify/isolate.js';
import { pinnedCodex, REPO_ROOT } from '../harness/codex-env.js';
import {
  type NpmRegistry,
  npmEnvFor,
  packTarball,
  type RegistryVersion,
  startNpmRegistry,
  type Tarball,
} from '../harness/npm-registry.js';
import { cliFlags, startResponsesServer, step } from '../harness/responses-server.js';

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

/**
 * A stand-in npm: logs its arguments, then runs `body` (sh). `npm config get` prints nothing by
 * default (no registry: the fast path steps aside) or runs `config` (e.g. the real npm).
 */
async function fakeNpm(body: string, config = 'exit 0'): Promise<string> {
  const npm = join(root, 'npm');
  await writeFile(
    npm,
    `#!/bin/sh\necho "$@" >> ${npmCalls}\nif [ "$1" = config ]; then ${config}; fi\n${body}\n`,
  );
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
    const [config, call] = await calls();
    expect(config).toBe('config get @openai:registry registry proxy https-proxy');
    expect(call).toMatch(/^install --prefix .*\.staging-\d+-\d+-\w+ --no-save .*@openai\/codex@0\.171\.0$/);

    const second = await resolveCodexBinary({
      codexPath: '',
      codexVersion: VERSION,
      toolCache: root,
      npm,
      log: (l) => logs.push(l),
    });
    expect(second).toEqual(first);
    expect(await calls()).toHaveLength(2);
    expect(logs).toEqual([
      `Installing @openai/codex@0.171.0 into the tool cache (${dir}).`,
      'Installing @openai/codex@0.171.0 with npm install instead of the fast path: npm reports no registry (npm config get registry).',
      `Using Codex 0.171.0 from the tool cache (${dir}).`,
    ]);
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

/**
 * The fast path against a loopback registry serving @openai/codex as the real one does: the
 * wrapper's version document (its real optionalDependencies, npm aliases) and a platform tarball
 * repacked from the real binaries in node_modules.
 */
describe('resolveCodexBinary, fast path', () => {
  let packed: string;
  let platform: Tarball;
  let wrapper: Tarball;
  let registry: NpmRegistry;
  let env: NodeJS.ProcessEnv;
  const vendor = `package/vendor/${TRIPLE}`;

  beforeAll(async () => {
    packed = await mkdtemp(join(tmpdir(), 'codex-tarball-'));
    const real = pinnedCodex();
    platform = await packTarball(join(packed, 'platform.tgz'), [
      {
        path: 'package/package.json',
        file: join(REPO_ROOT, 'node_modules', '@openai', PLATFORM_PKG, 'package.json'),
      },
      { path: `${vendor}/bin/codex`, file: real.path, mode: 0o755 },
      // The real one is 70 MB; the installer must skip it whatever its size.
      { path: `${vendor}/bin/codex-code-mode-host`, content: 'not needed', mode: 0o755 },
      { path: `${vendor}/codex-path/rg`, file: join(real.extraPath!, 'rg'), mode: 0o755 },
      { path: `${vendor}/codex-resources/bwrap`, file: bundledBwrap(real.path)[0]!, mode: 0o755 },
      { path: `${vendor}/codex-resources/voice/bin/codex-voice-host`, content: 'not needed', mode: 0o755 },
      { path: `${vendor}/codex-package.json`, content: '{"layoutVersion":1}' },
    ]);
    wrapper = await packTarball(join(packed, 'wrapper.tgz'), [
      { path: 'package/package.json', content: '{}' },
    ]);
  }, 120_000);
  afterAll(async () => {
    await rm(packed, { recursive: true, force: true });
  });
  beforeEach(async () => {
    const manifest = JSON.parse(
      await readFile(join(REPO_ROOT, 'node_modules', '@openai', 'codex', 'package.json'), 'utf8'),
    ) as { optionalDependencies: Record<string, string> };
    registry = await serve({});
    env = npmEnvFor(registry, join(root, 'npmrc'));
    await writeFile(join(root, 'npmrc'), '');
    async function serve(over: Partial<RegistryVersion>) {
      return startNpmRegistry([
        {
          name: '@openai/codex',
          version: VERSION,
          tarball: wrapper,
          optionalDependencies: manifest.optionalDependencies,
        },
        {
          name: '@openai/codex',
          version: `${VERSION}-${process.platform}-${process.arch}`,
          tarball: platform,
          ...over,
        },
      ]);
    }
  });
  afterEach(async () => {
    await registry.close();
  });

  it('installs codex, rg and bwrap from the verified tarball, runs, and is a cache hit next time', async () => {
    const logs: string[] = [];
    const found = await resolveCodexBinary({
      codexPath: '',
      codexVersion: VERSION,
      toolCache: root,
      env,
      log: (l) => logs.push(l),
    });
    const dir = codexCacheDir(root, VERSION);
    const base = join(dir, 'node_modules', '@openai', PLATFORM_PKG, 'vendor', TRIPLE);
    expect(found).toEqual({ path: join(base, 'bin', 'codex'), extraPath: join(base, 'codex-path') });
    expect((await execa(found.path, ['--version'])).stdout).toBe(`codex-cli ${VERSION}`);
    expect((await execa(join(found.extraPath!, 'rg'), ['--version'])).stdout).toMatch(/^ripgrep /);
    // The verify phase and Codex's sandbox look for bubblewrap beside the binary.
    expect((await execa(bundledBwrap(found.path)[0]!, ['--version'])).stdout).toMatch(/^bubblewrap /);
    expect(existsSync(join(base, 'bin', 'codex-code-mode-host'))).toBe(false);
    expect(existsSync(join(base, 'codex-resources', 'voice'))).toBe(false);
    expect(existsSync(join(dir, INSTALL_MARKER))).toBe(true);
    const requests = registry.requests.length;
    expect(requests).toBe(3);

    // The files left out are not needed: a sandboxed `codex exec` runs a command that uses rg.
    const model = await startResponsesServer([step.exec('rg --version'), step.message('done')]);
    try {
      const { flags, env: keyEnv } = cliFlags(model);
      const home = join(root, 'codex-home');
      await mkdir(home);
      const { stdout } = await execa(
        found.path,
        ['exec', '--json', '--skip-git-repo-check', '--sandbox', 'read-only', '--cd', root, ...flags, '-'],
        {
          input: 'Which ripgrep?',
          env: { PATH: `${found.extraPath}:${process.env.PATH}`, CODEX_HOME: home, ...keyEnv },
          extendEnv: false,
        },
      );
      expect(stdout).toMatch(/"type":"command_execution".*ripgrep \d/);
      expect(stdout).toContain('"text":"done"');
    } finally {
      await model.close();
    }

    const again = await resolveCodexBinary({
      codexPath: '',
      codexVersion: VERSION,
      toolCache: root,
      env,
      log: (l) => logs.push(l),
    });
    expect(again).toEqual(found);
    expect(registry.requests.length).toBe(requests);
    expect(logs.at(-1)).toBe(`Using Codex ${VERSION} from the tool cache (${dir}).`);
  }, 120_000);

  it('falls back to npm install, saying why, when the registry publishes no sha512 integrity', async () => {
    await registry.close();
    const manifest = {
      [`@openai/${PLATFORM_PKG}`]: `npm:@openai/codex@${VERSION}-${process.platform}-${process.arch}`,
    };
    registry = await startNpmRegistry([
      { name: '@openai/codex', version: VERSION, tarball: wrapper, optionalDependencies: manifest },
      {
        name: '@openai/codex',
        version: `${VERSION}-${process.platform}-${process.arch}`,
        tarball: platform,
        integrity: null,
      },
    ]);
    env = npmEnvFor(registry, join(root, 'npmrc'));
    await fakeInstall(join(root, 'from-npm'));
    // Real npm answers `config get`; the install itself is a stand-in.
    const npm = await fakeNpm(
      `prefix=""; while [ $# -gt 0 ]; do [ "$1" = "--prefix" ] && prefix="$2"; shift; done; cp -r ${join(root, 'from-npm', 'node_modules')} "$prefix/"`,
      'exec npm "$@"',
    );
    const logs: string[] = [];
    const found = await resolveCodexBinary({
      codexPath: '',
      codexVersion: VERSION,
      toolCache: root,
      env,
      npm,
      log: (l) => logs.push(l),
    });
    expect((await execa(found.path)).stdout).toBe('codex-cli 0.171.0');
    expect(logs).toContain(
      `Installing @openai/codex@${VERSION} with npm install instead of the fast path: the registry gives no sha512 dist.integrity for @openai/codex@${VERSION}-${process.platform}-${process.arch}.`,
    );
    expect((await calls()).at(-1)).toMatch(/^install --prefix /);
  });

  it('fails with the fix when the version is not published, installing nothing', async () => {
    const error = await resolveCodexBinary({
      codexPath: '',
      codexVersion: '9.9.9',
      toolCache: root,
      env,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(CodexBinaryError);
    expect(error.message).toBe(
      `The registry ${registry.url} has no @openai/codex@9.9.9. Fix: name a published version. Or set codex-path to a codex binary already on the runner.`,
    );
    expect(existsSync(codexCacheDir(root, '9.9.9'))).toBe(false);
  });
});
