import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execa } from 'execa';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  INSTALL_MARKER,
  InstallError,
  installPlatformPackage,
  type PlatformPackage,
} from '../../src/agent/install/npm-platform.js';
import { dependencyTarget, sha512Of } from '../../src/agent/install/registry.js';
import {
  describeTarball,
  type NpmRegistry,
  npmEnvFor,
  packTarball,
  type RegistryVersion,
  startNpmRegistry,
  type TarEntry,
} from '../harness/npm-registry.js';

// A made-up CLI shaped like @openai/codex: a wrapper whose optional dependency is an npm alias of
// a platform build, whose tarball holds the binary, a helper, and files the job does not need.
const PLATFORM = `${process.platform}-${process.arch}`;
const TOOL = '#!/bin/sh\necho "tool 1.0.0"\n';
const PKG: PlatformPackage = {
  name: '@acme/tool',
  version: '1.0.0',
  platformDependency: `@acme/tool-${PLATFORM}`,
  files: [
    { from: 'vendor/bin/tool', to: 'bin/tool', mode: 0o755 },
    { from: 'vendor/path/helper', to: 'path/helper', mode: 0o755 },
    { from: 'vendor/extra.json', to: 'extra.json', mode: 0o644, optional: true },
  ],
};
const ENTRIES: TarEntry[] = [
  { path: 'package/package.json', content: '{"name":"@acme/tool"}' },
  // Packed without exec bits: the installer sets the modes it was asked for.
  { path: 'package/vendor/bin/tool', content: TOOL, mode: 0o644 },
  { path: 'package/vendor/bin/unneeded-host', content: 'x'.repeat(100_000), mode: 0o755 },
  { path: 'package/vendor/path/helper', content: '#!/bin/sh\necho helper\n', mode: 0o755 },
];

let root: string;
let registry: NpmRegistry | undefined;
let env: NodeJS.ProcessEnv;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'npm-platform-'));
  await writeFile(join(root, 'npmrc'), '');
});
afterEach(async () => {
  await registry?.close();
  registry = undefined;
  await rm(root, { recursive: true, force: true });
});

/** Serves the wrapper and a platform package packed from `entries`. */
async function serve(
  entries: readonly TarEntry[] = ENTRIES,
  platform: Partial<RegistryVersion> = {},
): Promise<NpmRegistry> {
  const tarball = await packTarball(join(root, `platform-${Math.random()}.tgz`), entries);
  const wrapper = await packTarball(join(root, 'wrapper.tgz'), [
    { path: 'package/package.json', content: '{}' },
  ]);
  registry = await startNpmRegistry([
    {
      name: '@acme/tool',
      version: '1.0.0',
      tarball: wrapper,
      optionalDependencies: { [`@acme/tool-${PLATFORM}`]: `npm:@acme/tool@1.0.0-${PLATFORM}` },
    },
    { name: '@acme/tool', version: `1.0.0-${PLATFORM}`, tarball, ...platform },
  ]);
  env = npmEnvFor(registry, join(root, 'npmrc'));
  return registry;
}

const dir = () => join(root, 'tools', 'acme', '1.0.0');
const install = (o: { timeoutMs?: number; logs?: string[] } = {}) =>
  installPlatformPackage(PKG, {
    dir: dir(),
    env,
    timeoutMs: o.timeoutMs,
    log: (line) => o.logs?.push(line),
  });
const tarballRequests = () => registry!.requests.filter((r) => r.endsWith('.tgz')).length;
/** Nothing of a failed install is left: no install folder, no staging folder beside it. */
const nothingLeft = async () => {
  expect(existsSync(dir())).toBe(false);
  expect(await readdir(join(root, 'tools', 'acme')).catch(() => [])).toEqual([]);
};

describe('installPlatformPackage', () => {
  it('installs only the needed files, with their modes, from the integrity-checked tarball', async () => {
    await serve();
    const logs: string[] = [];
    const result = await install({ logs });
    expect(result).toMatchObject({ status: 'installed', from: `@acme/tool@1.0.0-${PLATFORM}` });
    expect(result.status === 'installed' && result.integrity).toMatch(/^sha512-/);
    expect((await execa(join(dir(), 'bin', 'tool'))).stdout).toBe('tool 1.0.0');
    expect((await stat(join(dir(), 'bin', 'tool'))).mode & 0o777).toBe(0o755);
    expect((await execa(join(dir(), 'path', 'helper'))).stdout).toBe('helper');
    expect((await readdir(dir())).sort()).toEqual([INSTALL_MARKER, 'bin', 'path']);
    expect(await readdir(join(dir(), 'bin'))).toEqual(['tool']);
    // The wrapper's version document, the platform package's, its tarball: nothing else.
    expect(registry!.requests).toEqual([
      '/@acme%2ftool/1.0.0',
      `/@acme%2ftool/1.0.0-${PLATFORM}`,
      `/@acme/tool/-/tool-1.0.0-${PLATFORM}.tgz`,
    ]);
    expect(logs.join('\n')).toContain(`Fetching @acme/tool@1.0.0-${PLATFORM} from ${registry!.url}`);
  });

  it('ignores the .npmrc of the folder it is run from: a checkout cannot choose the registry', async () => {
    await serve();
    // The job runs in the checkout; a pull request adds an .npmrc that names another registry.
    const checkout = join(root, 'checkout');
    await mkdir(checkout, { recursive: true });
    await writeFile(join(checkout, 'package.json'), '{}');
    await writeFile(
      join(checkout, '.npmrc'),
      'registry=http://127.0.0.1:9/\n@acme:registry=http://127.0.0.1:9/\n',
    );
    const before = process.cwd();
    process.chdir(checkout);
    try {
      const result = await install();
      expect(result).toMatchObject({ status: 'installed' });
    } finally {
      process.chdir(before);
    }
    expect(tarballRequests()).toBe(1);
  });

  it('answers a tool-cache hit from the marker alone: no npm, no request', async () => {
    await serve();
    await install();
    const before = registry!.requests.length;
    const hit = await installPlatformPackage(PKG, { dir: dir(), npm: join(root, 'no-npm'), env });
    expect(hit).toEqual({ status: 'cached', dir: dir() });
    expect(registry!.requests.length).toBe(before);
  });

  it('fails an integrity mismatch naming the package and both digests, and installs nothing', async () => {
    const other = await packTarball(join(root, 'other.tgz'), [{ path: 'package/x', content: 'x' }]);
    await serve(ENTRIES, { integrity: other.integrity });
    const error = await install().catch((e) => e);
    expect(error).toBeInstanceOf(InstallError);
    expect(error.message).toContain(`The tarball of @acme/tool@1.0.0-${PLATFORM} does not match`);
    expect(error.message).toContain(`expected ${other.integrity}`);
    expect(error.message).toMatch(/got sha512-[A-Za-z0-9+/]{86}==/);
    expect(tarballRequests()).toBe(2);
    await nothingLeft();
  });

  it('retries a cut download once, and fails clearly when the second is cut too', async () => {
    await serve();
    registry!.fault({ path: '.tgz', times: 1, cutAfter: 100 });
    expect((await install()).status).toBe('installed');
    expect(tarballRequests()).toBe(2);

    await rm(dir(), { recursive: true });
    registry!.fault({ path: '.tgz', times: 2, cutAfter: 100 });
    const error = await install().catch((e) => e);
    expect(error).toBeInstanceOf(InstallError);
    expect(error.message).toContain(`Unpacking the tarball of @acme/tool@1.0.0-${PLATFORM} failed`);
    expect(tarballRequests()).toBe(4);
    await nothingLeft();
  });

  it.each([
    ['not gzip', Buffer.from('this is not a tarball at all')],
    ['gzip of something that is not a tar', gzipSync(Buffer.from('not a tar either '.repeat(100)))],
  ])('fails a corrupt tarball (%s) clearly, even when its integrity matches', async (_, bytes) => {
    const path = join(root, 'corrupt.tgz');
    await writeFile(path, bytes);
    await serve(ENTRIES, { tarball: await describeTarball(path) });
    const error = await install().catch((e) => e);
    expect(error).toBeInstanceOf(InstallError);
    expect(error.message).toContain(`Unpacking the tarball of @acme/tool@1.0.0-${PLATFORM} failed`);
    await nothingLeft();
  });

  it.each([
    ['a ../ path', { path: 'package/../../evil', content: 'pwned' }, "climbs out of the package with '..'"],
    ['an absolute path', { path: '/tmp/evil-absolute', content: 'pwned' }, 'is an absolute path'],
    [
      'a symlink',
      { path: 'package/vendor/bin/tool', type: 'SymbolicLink', linkpath: '/etc/passwd' },
      'is a SymbolicLink',
    ],
    [
      'a hard link',
      { path: 'package/vendor/path/helper', type: 'Link', linkpath: '/etc/passwd' },
      'is a Link',
    ],
  ] as const)('refuses a tarball with %s, writing nothing', async (_, bad, why) => {
    await serve([...ENTRIES.slice(0, 1), bad as TarEntry, ...ENTRIES.slice(1)]);
    const error = await install().catch((e) => e);
    expect(error).toBeInstanceOf(InstallError);
    expect(error.message).toContain(`Refused the tarball of @acme/tool@1.0.0-${PLATFORM}: its entry`);
    expect(error.message).toContain(why);
    expect(tarballRequests()).toBe(1);
    expect(existsSync(join(root, 'evil'))).toBe(false);
    expect(existsSync('/tmp/evil-absolute')).toBe(false);
    await nothingLeft();
  });

  it('stops on a file it cannot write (a full disk) instead of waiting, leaving nothing', async () => {
    // A helper larger than the write buffers, so the parser waits on its stream.
    const big = {
      path: 'package/vendor/path/helper',
      content: Buffer.alloc(40 * 1024 * 1024, 'a'),
      mode: 0o755,
    };
    await serve([...ENTRIES.slice(0, 3), big]);
    // Two files aimed at one path: the second cannot be created, as on a full disk.
    const clash = { ...PKG, files: [PKG.files[0]!, { ...PKG.files[1]!, to: PKG.files[0]!.to }] };
    const error = await installPlatformPackage(clash, { dir: dir(), env, timeoutMs: 10_000 }).catch((e) => e);
    expect(error).toBeInstanceOf(InstallError);
    expect(error.message).toMatch(/Unpacking the tarball of .* failed: EEXIST/);
    await nothingLeft();
  });

  it('redoes an install a crash left without its marker, and clears old staging folders', async () => {
    await serve();
    await mkdir(join(dir(), 'bin'), { recursive: true });
    await writeFile(join(dir(), 'bin', 'tool'), 'half');
    const stale = `${dir()}.staging-1-1-abc`;
    await mkdir(stale, { recursive: true });
    await writeFile(join(stale, 'junk'), 'x');
    await utimes(stale, new Date(0), new Date(0));
    expect((await install()).status).toBe('installed');
    expect((await execa(join(dir(), 'bin', 'tool'))).stdout).toBe('tool 1.0.0');
    expect(existsSync(stale)).toBe(false);
    expect(await readdir(join(root, 'tools', 'acme'))).toEqual(['1.0.0']);
  });

  it('does not retry a 404, and names the missing version', async () => {
    await serve();
    const error = await installPlatformPackage({ ...PKG, version: '9.9.9' }, { dir: dir(), env }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(InstallError);
    expect(error.message).toBe(
      `The registry ${registry!.url} has no @acme/tool@9.9.9. Fix: name a published version.`,
    );
    // The version endpoint, then the packument (for registries without version endpoints).
    expect(registry!.requests).toEqual(['/@acme%2ftool/9.9.9', '/@acme%2ftool']);
    const unknown = await installPlatformPackage(
      { ...PKG, name: '@acme/nothing' },
      { dir: dir(), env },
    ).catch((e) => e);
    expect(unknown.message).toContain('The registry answered 404 Not Found for @acme/nothing@1.0.0');
    await nothingLeft();
  });

  it('retries a 500 once, then fails clearly', async () => {
    await serve();
    registry!.fault({ path: '.tgz', times: 1, status: 500 });
    expect((await install()).status).toBe('installed');
    await rm(dir(), { recursive: true });
    registry!.fault({ path: `1.0.0-${PLATFORM}`, times: 2, status: 503 });
    const error = await install().catch((e) => e);
    expect(error).toBeInstanceOf(InstallError);
    expect(error.message).toContain(
      `The registry answered 503 Service Unavailable for @acme/tool@1.0.0-${PLATFORM}`,
    );
    expect(registry!.requests.filter((r) => r.endsWith(`/1.0.0-${PLATFORM}`))).toHaveLength(3);
    await nothingLeft();
  });

  it('fails clearly, after one retry, when the registry cannot be reached', async () => {
    await serve();
    const closed = registry!.url;
    await registry!.close();
    registry = undefined;
    const logs: string[] = [];
    const error = await install({ logs }).catch((e) => e);
    expect(error).toBeInstanceOf(InstallError);
    expect(error.message).toBe(
      `Could not reach ${closed}@acme%2ftool/1.0.0 for @acme/tool@1.0.0 (ECONNREFUSED). ` +
        'Fix: check that the runner reaches the registry npm is configured for (npm config get registry).',
    );
    expect(logs).toEqual([
      `Could not reach ${closed}@acme%2ftool/1.0.0 for @acme/tool@1.0.0 (ECONNREFUSED); trying once more.`,
    ]);
    await nothingLeft();
  });

  it('leaves a tarball listed on another, unreachable host to npm (a mirror npm rewrites)', async () => {
    const gone = await startNpmRegistry([]);
    const elsewhere = `${gone.url.replace('127.0.0.1', 'localhost')}tool.tgz`;
    await gone.close();
    await serve(ENTRIES, { tarballUrl: elsewhere });
    expect(await install()).toMatchObject({
      status: 'unavailable',
      reason: expect.stringMatching(
        /^the tarball's host is not the registry's and cannot be reached \(ECONNREFUSED/,
      ),
    });
    await nothingLeft();
  });

  it.each([
    ['an answer that does not come', { delayMs: 5000 }],
    ['a download that stalls halfway', { stallAfter: 1000 }],
  ])('times out cleanly on %s, leaving nothing behind', async (_, fault) => {
    const big = { path: 'package/vendor/path/helper', content: randomBytes(200_000), mode: 0o755 };
    await serve([...ENTRIES.slice(0, 3), big]);
    registry!.fault({ path: '.tgz', times: 1, ...fault });
    const error = await install({ timeoutMs: 500 }).catch((e) => e);
    expect(error).toBeInstanceOf(InstallError);
    expect(error.message).toContain(
      'Installing @acme/tool@1.0.0 did not finish within 0.5 s; nothing was installed.',
    );
    await nothingLeft();
  });

  it('reports unavailable, for npm install to take over, where the fast path cannot work', async () => {
    await serve(ENTRIES, { integrity: null });
    expect(await install()).toEqual({
      status: 'unavailable',
      reason: `the registry gives no sha512 dist.integrity for @acme/tool@1.0.0-${PLATFORM}`,
    });
    registry!.fault({ path: '/@acme/tool/1.0.0', times: 1, status: 401 });
    expect(await install()).toMatchObject({
      status: 'unavailable',
      reason: expect.stringContaining('asks for credentials (401 Unauthorized)'),
    });
    const other = await installPlatformPackage(
      { ...PKG, platformDependency: '@acme/tool-plan9-mips' },
      {
        dir: dir(),
        env,
      },
    );
    expect(other).toMatchObject({
      status: 'unavailable',
      reason: expect.stringContaining('lists no optional'),
    });
    expect(
      await installPlatformPackage(PKG, { dir: dir(), env: { ...env, HTTPS_PROXY: 'http://127.0.0.1:9' } }),
    ).toEqual({ status: 'unavailable', reason: 'HTTPS_PROXY is set, and npm install speaks proxies' });
    expect(await installPlatformPackage(PKG, { dir: dir(), npm: join(root, 'no-npm'), env })).toMatchObject({
      status: 'unavailable',
      reason: expect.stringContaining('was not found'),
    });
    await nothingLeft();
  });
});

describe('reading the registry documents', () => {
  it('takes an npm alias or an exact version as the platform package, and leaves a range to npm', () => {
    expect(dependencyTarget('@openai/codex-linux-x64', 'npm:@openai/codex@0.171.0-linux-x64')).toEqual({
      name: '@openai/codex',
      version: '0.171.0-linux-x64',
    });
    expect(dependencyTarget('@anthropic-ai/claude-code-linux-x64', '2.1.332')).toEqual({
      name: '@anthropic-ai/claude-code-linux-x64',
      version: '2.1.332',
    });
    for (const range of ['^2.1.332', '2.x', 'latest', 'npm:@openai/codex@>=0.171.0'])
      expect(dependencyTarget('@x/y-linux-x64', range)).toBeUndefined();
  });

  it('finds the sha512 digest among the hashes of an SRI string', () => {
    expect(sha512Of('sha1-abc= sha512-AbC+/9==')).toBe('AbC+/9==');
    expect(sha512Of('sha512-AbC=?opt')).toBe('AbC=');
    for (const none of [undefined, '', 'sha1-abc=', 'sha256-abc=']) expect(sha512Of(none)).toBeUndefined();
  });
});
