import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codexCacheDir, INSTALL_MARKER, resolveCodexBinary } from '../src/agent/codex/install.js';
import { INPUT_DEFAULTS } from '../src/inputs.js';
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
 * Codex ready on a fresh runner, three ways, for the pinned version:
 * - install: `npm install @openai/codex@<v>` into an empty prefix with an empty npm cache (what
 *   every job of the loop does today on a GitHub-hosted runner), through the action's own
 *   resolveCodexBinary;
 * - tool-cache hit: resolveCodexBinary when the folder is already there (a self-hosted runner);
 * - archive restore: extracting a tar.zst of the installed tool folder, as the Actions cache
 *   restores one (`@actions/cache` needs GitHub's cache service, which is not here: its download
 *   is not measured, only the extraction; the archive's size is given to judge the download).
 */
export async function benchCodexReady({ installs = 2, restores = 5 } = {}): Promise<BenchResult> {
  const version = INPUT_DEFAULTS['codex-version'];
  const root = await mkdtemp(join(tmpdir(), 'codex-ready-'));
  try {
    const installMs: number[] = [];
    let toolCache = '';
    for (let i = 0; i < installs; i++) {
      toolCache = join(root, `tools-${i}`);
      const cache = join(root, `npm-cache-${i}`);
      // npm (run by resolveCodexBinary) reads its cache folder from the environment it inherits.
      const saved = process.env.npm_config_cache;
      process.env.npm_config_cache = cache;
      try {
        installMs.push(
          await timed(() => resolveCodexBinary({ codexPath: '', codexVersion: version, toolCache })),
        );
      } finally {
        if (saved === undefined) delete process.env.npm_config_cache;
        else process.env.npm_config_cache = saved;
      }
      await rm(cache, { recursive: true, force: true });
    }
    const dir = codexCacheDir(toolCache, version);
    await stat(join(dir, INSTALL_MARKER));

    const hitMs: number[] = [];
    for (let i = 0; i < restores; i++)
      hitMs.push(await timed(() => resolveCodexBinary({ codexPath: '', codexVersion: version, toolCache })));

    const archive = join(root, 'codex.tar.zst');
    const packMs = await timed(() =>
      sh('tar', ['--use-compress-program', 'zstd -T0', '-cf', archive, '-C', dir, '.']),
    );
    const archiveBytes = (await stat(archive)).size;
    const restoreMs: number[] = [];
    for (let i = 0; i < restores; i++) {
      const fresh = join(root, `restored-${i}`);
      const target = codexCacheDir(fresh, version);
      restoreMs.push(
        await timed(async () => {
          sh('mkdir', ['-p', target]);
          sh('tar', ['--use-compress-program', 'zstd -d', '-xf', archive, '-C', target]);
          await resolveCodexBinary({ codexPath: '', codexVersion: version, toolCache: fresh });
        }),
      );
    }
    const dirBytes = Number(sh('du', ['-sb', dir]).toString().split('\t')[0]);
    const install = median(installMs);
    const hit = median(hitMs);
    const restore = median(restoreMs);
    const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
    // The download speed from the cache service at which restoring only ties with installing.
    const breakEven = install > restore ? archiveBytes / 1e6 / ((install - restore) / 1000) : 0;
    return {
      name: 'Codex ready on a fresh runner: npm install vs tool-cache hit vs Actions-cache archive restore',
      result: `install ${(install / 1000).toFixed(1)} s (median of ${installs}); tool-cache hit ${hit.toFixed(1)} ms; archive restore ${(restore / 1000).toFixed(1)} s + the download of ${mb(archiveBytes)} (a tie with install at ${breakEven.toFixed(0)} MB/s)`,
      target: 'adopt the cache if restore + download clearly beats install',
      pass: undefined,
      notes: `@openai/codex@${version}, ${process.platform}-${process.arch}: install folder ${mb(dirBytes)}, tar.zst ${mb(archiveBytes)} (packing it, the save, took ${Math.round(packMs)} ms). Install = npm into an empty prefix with an empty npm cache, runs ${installMs.map((m) => (m / 1000).toFixed(1)).join(', ')} s. The cache service's download is not measured (no service here).`,
      values: { installMs: install, toolCacheHitMs: hit, restoreMs: restore, packMs, archiveBytes, dirBytes },
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
