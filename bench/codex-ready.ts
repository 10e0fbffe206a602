import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { execa } from 'execa';
import { list } from 'tar';
import { codexCacheDir, INSTALL_MARKER, resolveCodexBinary } from '../src/agent/codex/install.js';
import { npmInstallInto } from '../src/agent/install/npm-install.js';
import { INPUT_DEFAULTS } from '../src/inputs.js';
import {
  describeTarball,
  type NpmRegistry,
  npmEnvFor,
  type RegistryVersion,
  startNpmRegistry,
  type Tarball,
} from '../test/harness/npm-registry.js';
import type { BenchResult } from './result.js';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const timed = async (fn: () => Promise<unknown> | unknown): Promise<number> => {
  const started = performance.now();
  await fn();
  return performance.now() - started;
};

const sh = (cmd: string, args: string[], cwd?: string) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

/**
 * The real tarball of `name@version`, fetched once with `npm pack` (from the registry npm is
 * configured for) and kept in a temp folder across runs, so the measured installs never touch the
 * network.
 */
export async function realTarball(name: string, version: string): Promise<Tarball> {
  const folder = join(tmpdir(), 'codex-orchestrator-bench', 'tarballs');
  await mkdir(folder, { recursive: true });
  const path = join(folder, `${name.replace('@', '').replace('/', '-')}-${version}.tgz`);
  if (!existsSync(path))
    sh('npm', ['pack', `${name}@${version}`, '--prefer-offline', '--pack-destination', folder], folder);
  return describeTarball(path);
}

/** The wrapper's package.json, read from its tarball (its optionalDependencies name the platforms). */
async function manifestOf(tarball: Tarball): Promise<{ optionalDependencies: Record<string, string> }> {
  let text = '';
  await list({
    file: tarball.path,
    onReadEntry: (entry) => {
      if (entry.path === 'package/package.json')
        entry.on('data', (chunk: Buffer) => (text += chunk.toString()));
    },
  });
  return JSON.parse(text);
}

/**
 * A loopback registry serving `@openai/codex@<v>` as the real one does: the wrapper, and its
 * platform packages (this platform's with its real tarball; the others' documents only, with the
 * `os`/`cpu` that make npm skip them).
 */
async function loopbackRegistry(version: string): Promise<{ registry: NpmRegistry; platform: Tarball }> {
  const platformKey = `${process.platform}-${process.arch}`;
  const wrapper = await realTarball('@openai/codex', version);
  const platform = await realTarball('@openai/codex', `${version}-${platformKey}`);
  const { optionalDependencies } = await manifestOf(wrapper);
  const versions: RegistryVersion[] = [
    {
      name: '@openai/codex',
      version,
      tarball: wrapper,
      optionalDependencies,
      manifest: { bin: { codex: 'bin/codex.js' } },
    },
  ];
  for (const spec of Object.values(optionalDependencies)) {
    const target = spec.replace(/^npm:@openai\/codex@/, '');
    const [os, cpu] = target.slice(version.length + 1).split('-');
    versions.push({
      name: '@openai/codex',
      version: target,
      tarball: target.endsWith(platformKey) ? platform : wrapper,
      manifest: { os: [os], cpu: [cpu] },
    });
  }
  return { registry: await startNpmRegistry(versions), platform };
}

/** Lets a child Node import this repository's TypeScript (`./x.js` → `./x.ts`; Node strips the types). */
export const RESOLVE_TS = `import { registerHooks } from 'node:module';
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !specifier.startsWith('.') || !specifier.endsWith('.js')) throw error;
      return nextResolve(specifier.slice(0, -3) + '.ts', context);
    }
  },
});
`;

/**
 * One cold install in a fresh Node process, as in the action's process: this one holds the
 * TypeScript compiler that runs the benchmarks, whose heap makes every garbage collection (the
 * stream allocates 600 MB of buffers) cost more. Returns the milliseconds resolveCodexBinary took.
 */
async function coldInChild(
  hook: string,
  version: string,
  toolCache: string,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const install = new URL('../src/agent/codex/install.ts', import.meta.url).href;
  const code = `const { resolveCodexBinary } = await import(${JSON.stringify(install)});
const started = performance.now();
await resolveCodexBinary({ codexPath: '', codexVersion: ${JSON.stringify(version)}, toolCache: ${JSON.stringify(toolCache)} });
process.stdout.write(String(performance.now() - started));`;
  const { stdout } = await execa(process.execPath, ['--import', hook, '--input-type=module', '-e', code], {
    env,
    extendEnv: false,
  });
  return Number(stdout);
}

/**
 * Codex ready on a fresh runner, against a loopback registry serving the real tarballs (fetched
 * once by `npm pack`), in the same run:
 * - npm install: `npm install @openai/codex@<v>` into an empty prefix with an empty npm cache (what
 *   every job did before the fast path, and what it falls back to);
 * - fast cold path: resolveCodexBinary with an empty tool cache: npm's registry from its config,
 *   two version documents, the platform tarball streamed through sha512 + gunzip + tar, only
 *   codex, rg, bwrap and codex-package.json written;
 * - tool-cache hit: resolveCodexBinary when the folder is already there (a self-hosted runner);
 * - archive restore: extracting a tar.zst of the installed tool folder, as the Actions cache
 *   restores one (its download is not measured: no cache service here; its size is given).
 */
export async function benchCodexReady({
  installs = 2,
  colds = 3,
  hits = 5,
  restores = 3,
} = {}): Promise<BenchResult> {
  const version = INPUT_DEFAULTS['codex-version'];
  const root = await mkdtemp(join(tmpdir(), 'codex-ready-'));
  const { registry, platform } = await loopbackRegistry(version);
  const platformBytes = platform.bytes;
  try {
    const userconfig = join(root, 'npmrc');
    await writeFile(userconfig, '');
    const envWith = (cache: string) => ({ ...npmEnvFor(registry, userconfig), npm_config_cache: cache });

    const installMs: number[] = [];
    let npmInstallDirBytes = 0;
    for (let i = 0; i < installs; i++) {
      const prefix = join(root, `npm-prefix-${i}`);
      const cache = join(root, `npm-cache-${i}`);
      await mkdir(prefix);
      let result: Awaited<ReturnType<typeof npmInstallInto>> | undefined;
      installMs.push(
        await timed(async () => {
          result = await npmInstallInto(prefix, `@openai/codex@${version}`, {
            npm: 'npm',
            env: envWith(cache),
          });
        }),
      );
      if (!result?.ok)
        throw new Error(`npm install from the loopback registry failed: ${JSON.stringify(result)}`);
      npmInstallDirBytes = Number(sh('du', ['-sb', prefix]).toString().split('\t')[0]);
      await rm(prefix, { recursive: true, force: true });
      await rm(cache, { recursive: true, force: true });
    }

    const hook = join(root, 'resolve-ts.mjs');
    await writeFile(hook, RESOLVE_TS);
    const coldMs: number[] = [];
    const coldProcessMs: number[] = [];
    let toolCache = '';
    for (let i = 0; i < colds; i++) {
      if (toolCache) await rm(toolCache, { recursive: true, force: true });
      toolCache = join(root, `tools-${i}`);
      const env = envWith(join(root, 'npm-cache-unused'));
      let inside = 0;
      coldProcessMs.push(
        await timed(async () => (inside = await coldInChild(hook, version, toolCache, env))),
      );
      coldMs.push(inside);
    }
    const dir = codexCacheDir(toolCache, version);
    await stat(join(dir, INSTALL_MARKER));
    const before = registry.requests.length;
    const hitMs: number[] = [];
    for (let i = 0; i < hits; i++)
      hitMs.push(await timed(() => resolveCodexBinary({ codexPath: '', codexVersion: version, toolCache })));
    if (registry.requests.length !== before) throw new Error('a tool-cache hit reached the registry');

    const archive = join(root, 'codex.tar.zst');
    sh('tar', ['--use-compress-program', 'zstd -T0', '-cf', archive, '-C', dir, '.']);
    const archiveBytes = (await stat(archive)).size;
    const restoreMs: number[] = [];
    for (let i = 0; i < restores; i++) {
      const fresh = join(root, `restored-${i}`);
      const target = codexCacheDir(fresh, version);
      restoreMs.push(
        await timed(async () => {
          await mkdir(target, { recursive: true });
          sh('tar', ['--use-compress-program', 'zstd -d', '-xf', archive, '-C', target]);
          await resolveCodexBinary({ codexPath: '', codexVersion: version, toolCache: fresh });
        }),
      );
      await rm(fresh, { recursive: true, force: true });
    }
    const dirBytes = Number(sh('du', ['-sb', dir]).toString().split('\t')[0]);
    // The floor of any install from this tarball: inflating it, which neither path can skip.
    const compressed = await readFile(platform.path);
    const inflateMs = await timed(() => gunzipSync(compressed, { chunkSize: 1024 * 1024 }));
    const install = median(installMs);
    const cold = median(coldMs);
    const hit = median(hitMs);
    const restore = median(restoreMs);
    const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    return {
      name: 'Codex ready on a fresh runner: npm install vs the fast cold path vs a tool-cache hit (loopback registry, real tarball)',
      result: `fast cold path ${s(cold)} (median of ${colds}) vs npm install ${s(install)} (median of ${installs}), ${(install / cold).toFixed(1)}× faster; tool-cache hit ${hit.toFixed(1)} ms; Actions-cache archive restore ${s(restore)} + the download of ${mb(archiveBytes)}`,
      target: '≤ 3 s cold, ≤ 0.1 s on a tool-cache hit',
      pass: cold <= 3000 && hit <= 100,
      notes:
        `@openai/codex@${version}, ${process.platform}-${process.arch}. Tarballs: the real ones, fetched once with npm pack and kept in ${join(tmpdir(), 'codex-orchestrator-bench')}; ` +
        `served by a loopback registry (test/harness/npm-registry.ts), so the network is not measured: the platform tarball is ${mb(platformBytes)}, which a runner downloads either way. ` +
        `npm install (empty prefix, empty npm cache) unpacks ${mb(npmInstallDirBytes)}, runs ${installMs.map(s).join(', ')}; the fast path writes ${mb(dirBytes)} (codex, rg, bwrap, codex-package.json), runs ${coldMs.map(s).join(', ')}, ` +
        `including npm config get and two version documents (each in a fresh Node process, which with its start and module loading took ${coldProcessMs.map(s).join(', ')}). ` +
        `The floor of both: inflating the tarball alone (zlib.gunzipSync, one thread) took ${s(inflateMs)}.`,
      values: {
        npmInstallMs: install,
        fastColdMs: cold,
        inflateOnlyMs: inflateMs,
        toolCacheHitMs: hit,
        restoreMs: restore,
        archiveBytes,
        dirBytes,
        platformBytes,
      },
    };
  } finally {
    await registry.close();
    await rm(root, { recursive: true, force: true });
  }
}
