// The secret check before a push (src/git/outgoing.ts) on a commit adding 128 MB: 96 MB of
// source-like text and 32 MB of random bytes. Measured: its time against `git cat-file --batch`
// reading the same objects (what the check cannot avoid), and how much the process grows while
// it runs (the objects stream; nothing holds them whole).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitExec, gitOk } from '../src/git/exec.js';
import { findSecretInPush } from '../src/git/outgoing.js';
import { SecretScanner } from '../src/safety/secrets.js';
import type { BenchResult } from './result.js';

const MB = 1024 * 1024;
const MIN_MBPS = 40;
// Under the 128 MB pushed (reading it whole would hold it at least twice: bytes and string); what
// growth there is, is V8's young generation sizing itself (20–70 MB from run to run on 2 cores).
const MAX_GROWTH_MB = 96;
const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';

export async function benchPushScan(): Promise<BenchResult> {
  const git = createGitExec();
  const dir = await mkdtemp(join(tmpdir(), 'bench-push-scan-'));
  try {
    const env = {
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@x',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@x',
    };
    await gitOk(git, ['init', '--quiet', dir], { cwd: dir });
    await gitOk(git, ['commit', '--quiet', '--allow-empty', '-m', 'base'], { cwd: dir, env });
    const base = await gitOk(git, ['rev-parse', 'HEAD'], { cwd: dir });
    const line = 'export const value = compute(items.map((item) => item.price * 1.2), "lorem ipsum");\n';
    await writeFile(join(dir, 'data.ts'), line.repeat(Math.ceil((96 * MB) / line.length)));
    await writeFile(join(dir, 'blob.bin'), randomBytes(32 * MB));
    await gitOk(git, ['add', '--all'], { cwd: dir });
    await gitOk(git, ['commit', '--quiet', '-m', 'Add 128 MB'], { cwd: dir, env });
    const head = await gitOk(git, ['rev-parse', 'HEAD'], { cwd: dir });
    const bytes = 128 * MB;

    // Baseline: the same objects read by git and thrown away.
    const objects = await gitOk(git, ['rev-list', '--objects', head, `^${base}`], { cwd: dir });
    const input = `${objects
      .split('\n')
      .map((l) => l.split(' ')[0])
      .join('\n')}\n`;
    let read = 0;
    const t0 = performance.now();
    await git(['cat-file', '--batch'], {
      cwd: dir,
      input,
      onStdout: (c) => {
        read += c.length;
        return undefined;
      },
    });
    const baselineMs = performance.now() - t0;

    const scanner = new SecretScanner([
      { name: 'the github-token', value: TOKEN },
      { name: 'the model key', value: 'sk-proj-Xq7abcLm2pR9tV4wZ8yB3nK6' },
      { name: 'the session key', value: 'session-key-0123456789abcdef' },
    ]);
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    const t1 = performance.now();
    const cpu = process.cpuUsage();
    const found = await findSecretInPush(git, dir, { head, known: [base], scanner });
    const scanMs = performance.now() - t1;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (found) throw new Error(`the clean commit was reported: ${found.where}`);

    // CPU time of this process (the scanning; git runs in its own): the machine may be shared.
    const mbps = bytes / MB / (cpuMs / 1000);
    const growth = (peak - before) / MB;
    return {
      name: 'Push secret check: a commit adding 128 MB (96 MB text, 32 MB random bytes), 3 secrets',
      result: `${mbps.toFixed(0)} MB/s of CPU (${(cpuMs / 1000).toFixed(2)} s CPU, ${(scanMs / 1000).toFixed(2)} s wall; git cat-file alone ${(baselineMs / 1000).toFixed(2)} s wall), process grew ${growth.toFixed(0)} MB`,
      target: `≥ ${MIN_MBPS} MB/s, growth ≤ ${MAX_GROWTH_MB} MB`,
      pass: mbps >= MIN_MBPS && growth <= MAX_GROWTH_MB,
      notes: `${(read / MB).toFixed(0)} MB of cat-file output; growth is the RSS peak sampled every 5 ms minus the RSS before`,
      values: { scanMs, cpuMs, baselineMs, mbps, growthMb: growth },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
