import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createServer } from 'node:http';
import { extractVerified } from './src/agent/install/extract.ts';
import { codexPlatformPackage } from './src/agent/codex/install.ts';
import { describeTarball } from './test/harness/npm-registry.ts';
const file = '/tmp/codex-orchestrator-bench/tarballs/openai-codex-0.171.0-linux-x64.tgz';
const t0 = await describeTarball(file);
const sha512 = t0.integrity.slice(7);
const files = codexPlatformPackage('0.171.0')!.files;
const server = createServer((req, res) => { res.writeHead(200); createReadStream(file, { highWaterMark: 1 << 20 }).pipe(res); });
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as any).port}/`;
for (const mode of ['file', 'http', 'file', 'http']) {
  const into = await mkdtemp(join(tmpdir(), 'p2-'));
  const t = performance.now();
  const body = mode === 'file' ? Readable.toWeb(createReadStream(file, { highWaterMark: 1 << 20 })) : (await fetch(url)).body!;
  await extractVerified(body as any, { files, into, sha512, what: 'x', signal: new AbortController().signal });
  console.log(mode, Math.round(performance.now() - t));
  await rm(into, { recursive: true });
}
server.close();
