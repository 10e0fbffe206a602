import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { extractVerified } from './src/agent/install/extract.ts';
import { codexPlatformPackage } from './src/agent/codex/install.ts';
const file = '/tmp/codex-orchestrator-bench/tarballs/openai-codex-0.171.0-linux-x64.tgz';
const sha512 = 'l66NZkQgdk2C3pbcfULDz42yEUB581MVA6I+Y43Wp4OIqEy73HCdmZ0GTjeAHY2ycuH4N00d9VsLrwT1jxshTw==';
const files = codexPlatformPackage('0.171.0')!.files;
for (let i = 0; i < 3; i++) {
  const into = await mkdtemp(join(tmpdir(), 'p3-'));
  const t = performance.now(); const c0 = process.cpuUsage();
  const body = Readable.toWeb(createReadStream(file, { highWaterMark: 1 << 20 }));
  await extractVerified(body as any, { files, into, sha512, what: 'x', signal: new AbortController().signal });
  const c = process.cpuUsage(c0); console.log('extractVerified', Math.round(performance.now() - t), Math.round((c.user + c.system) / 1000));
  await rm(into, { recursive: true });
}
