import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveCodexBinary } from './src/agent/codex/install.ts';
import { describeTarball, npmEnvFor, startNpmRegistry } from './test/harness/npm-registry.ts';
const dirT = '/tmp/codex-orchestrator-bench/tarballs';
const wrapper = await describeTarball(`${dirT}/openai-codex-0.171.0.tgz`);
const platform = await describeTarball(`${dirT}/openai-codex-0.171.0-linux-x64.tgz`);
const registry = await startNpmRegistry([
  { name: '@openai/codex', version: '0.171.0', tarball: wrapper, optionalDependencies: { '@openai/codex-linux-x64': 'npm:@openai/codex@0.171.0-linux-x64' } },
  { name: '@openai/codex', version: '0.171.0-linux-x64', tarball: platform },
]);
const root = await mkdtemp(join(tmpdir(), 'prof-'));
await writeFile(join(root, 'npmrc'), '');
const env = npmEnvFor(registry, join(root, 'npmrc'));
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  await resolveCodexBinary({ codexPath: '', codexVersion: '0.171.0', toolCache: join(root, `t${i}`), env, log: (l) => console.log(Math.round(performance.now() - t), l) });
  console.log('total', Math.round(performance.now() - t));
}
await registry.close();
await rm(root, { recursive: true, force: true });
