import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import {
  CLAUDE_CODE_VERSION,
  claudeCacheDir,
  claudePlatform,
  resolveClaudeBinary,
} from '../src/agent/install/claude.js';
import { INSTALL_MARKER } from '../src/agent/install/tool-cache.js';
import { npmEnvFor, startNpmRegistry } from '../test/harness/npm-registry.js';
import { RESOLVE_TS, realTarball } from './codex-ready.js';
import type { BenchResult } from './result.js';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One cold install in a fresh Node process, as in the action's; the ms resolveClaudeBinary took. */
async function coldInChild(hook: string, toolCache: string, env: NodeJS.ProcessEnv): Promise<number> {
  const install = new URL('../src/agent/install/claude.ts', import.meta.url).href;
  const code = `const { resolveClaudeBinary } = await import(${JSON.stringify(install)});
const started = performance.now();
await resolveClaudeBinary({ version: ${JSON.stringify(CLAUDE_CODE_VERSION)}, toolCache: ${JSON.stringify(toolCache)} });
process.stdout.write(String(performance.now() - started));`;
  const { stdout } = await execa(process.execPath, ['--import', hook, '--input-type=module', '-e', code], {
    env,
    extendEnv: false,
  });
  return Number(stdout);
}

/**
 * Claude Code ready for a job whose phase runs on the claude runtime, next to Codex ready
 * (bench/codex-ready.ts), against a loopback registry serving the real tarballs (fetched once with
 * `npm pack`): cold, resolveClaudeBinary with an empty tool cache (two version documents, the
 * platform tarball streamed through sha512 + gunzip + tar, only the native `claude` written,
 * checked to be the binary and not npm's stub), each in a fresh Node process; and a tool-cache hit
 * (a self-hosted runner, or the second job on one).
 */
export async function benchClaudeReady({ colds = 2, hits = 5 } = {}): Promise<BenchResult> {
  const version = CLAUDE_CODE_VERSION;
  const platformPkg = `@anthropic-ai/claude-code-${claudePlatform()}`;
  const wrapper = await realTarball('@anthropic-ai/claude-code', version);
  const platform = await realTarball(platformPkg, version);
  const registry = await startNpmRegistry([
    {
      name: '@anthropic-ai/claude-code',
      version,
      tarball: wrapper,
      optionalDependencies: { [platformPkg]: version },
    },
    { name: platformPkg, version, tarball: platform },
  ]);
  const root = await mkdtemp(join(tmpdir(), 'claude-ready-'));
  try {
    const userconfig = join(root, 'npmrc');
    await writeFile(userconfig, '');
    const env = { ...npmEnvFor(registry, userconfig), npm_config_cache: join(root, 'npm-cache-unused') };
    const hook = join(root, 'resolve-ts.mjs');
    await writeFile(hook, RESOLVE_TS);
    const coldMs: number[] = [];
    let toolCache = '';
    for (let i = 0; i < colds; i++) {
      if (toolCache) await rm(toolCache, { recursive: true, force: true });
      toolCache = join(root, `tools-${i}`);
      coldMs.push(await coldInChild(hook, toolCache, env));
    }
    const dir = claudeCacheDir(toolCache, version);
    await stat(join(dir, INSTALL_MARKER));
    const binaryBytes = (await stat(join(dir, 'bin', 'claude'))).size;
    const before = registry.requests.length;
    const hitMs: number[] = [];
    for (let i = 0; i < hits; i++) {
      const started = performance.now();
      await resolveClaudeBinary({ version, toolCache, env });
      hitMs.push(performance.now() - started);
    }
    if (registry.requests.length !== before) throw new Error('a tool-cache hit reached the registry');
    const cold = median(coldMs);
    const hit = median(hitMs);
    const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    return {
      name: 'Claude Code ready for a claude job: the fast cold install vs a tool-cache hit (loopback registry, real tarball)',
      result: `cold ${s(cold)} (median of ${colds}: ${coldMs.map(s).join(', ')}); tool-cache hit ${hit.toFixed(1)} ms (median of ${hits})`,
      target: '≤ 5 s cold, ≤ 0.1 s on a tool-cache hit',
      pass: cold <= 5000 && hit <= 100,
      notes:
        `@anthropic-ai/claude-code@${version}, ${claudePlatform()}: the platform tarball is ${mb(platform.bytes)}, the native binary written ${mb(binaryBytes)}. ` +
        'Served by a loopback registry (test/harness/npm-registry.ts), so the download is not measured; each cold install in a fresh Node process. ' +
        'A hit is one stat of the completion marker and a 4 KB read of the binary (the native check, never the stub).',
      values: { coldMs: cold, toolCacheHitMs: hit, platformBytes: platform.bytes, binaryBytes },
    };
  } finally {
    await registry.close();
    await rm(root, { recursive: true, force: true });
  }
}
