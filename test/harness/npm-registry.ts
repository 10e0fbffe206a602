/**
 * A loopback npm registry for installer tests and benchmarks: serves version documents,
 * (abbreviated) packuments and tarballs for the packages it is given, records every request, and
 * can answer with an error status or a cut body. Tarballs are written by `packTarball` from real
 * files or crafted entries (a `../` path, a symlink), so no test reaches the network.
 *
 * @example
 * ```ts
 * const tgz = await packTarball(join(root, 'pkg.tgz'), [{ path: 'package/bin/x', content: '#!/bin/sh\n', mode: 0o755 }]);
 * const registry = await startNpmRegistry([{ name: '@scope/x', version: '1.0.0', tarball: tgz }]);
 * // npm (and the installer) find it through npm_config_registry=registry.url
 * await registry.close();
 * ```
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Header } from 'tar';

/** One tarball entry: a file from disk, inline content, or a crafted link or folder. */
export interface TarEntry {
  path: string;
  mode?: number;
  content?: string | Buffer;
  /** A file on disk to stream in (the real binaries). */
  file?: string;
  type?: 'File' | 'Directory' | 'SymbolicLink' | 'Link';
  linkpath?: string;
}

/** A written tarball: where, and its SRI as the registry would publish it. */
export interface Tarball {
  path: string;
  integrity: string;
  bytes: number;
}

/** Writes a gzipped tar of `entries` to `path` (streamed: real binaries are hundreds of MB). */
export async function packTarball(path: string, entries: readonly TarEntry[], level = 1): Promise<Tarball> {
  async function* blocks(): AsyncGenerator<Buffer> {
    for (const entry of entries) {
      const content = typeof entry.content === 'string' ? Buffer.from(entry.content) : entry.content;
      const size = entry.file ? (await stat(entry.file)).size : (content?.length ?? 0);
      const type = entry.type ?? 'File';
      const header = new Header({
        path: entry.path,
        mode: entry.mode ?? 0o644,
        size: type === 'File' ? size : 0,
        type,
        linkpath: entry.linkpath,
        mtime: new Date('1985-10-26T08:15:00Z'),
      });
      const block = Buffer.alloc(512);
      header.encode(block, 0);
      yield block;
      if (type !== 'File') continue;
      if (entry.file) yield* createReadStream(entry.file, { highWaterMark: 1 << 20 });
      else if (content) yield content;
      if (size % 512) yield Buffer.alloc(512 - (size % 512));
    }
    yield Buffer.alloc(1024);
  }
  await pipeline(Readable.from(blocks()), createGzip({ level }), createWriteStream(path));
  return describeTarball(path);
}

/** The SRI and size of a tarball on disk (a real one from `npm pack`, or a packed one). */
export async function describeTarball(path: string): Promise<Tarball> {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { path, integrity: `sha512-${hash.digest('base64')}`, bytes: (await stat(path)).size };
}

/** A version the registry serves. */
export interface RegistryVersion {
  name: string;
  version: string;
  tarball: Tarball;
  optionalDependencies?: Record<string, string>;
  /** The published integrity, when it must differ from the tarball's (a mismatch); null omits it. */
  integrity?: string | null;
  /** Where the document says the tarball is, when not on this registry (a mirror's listing). */
  tarballUrl?: string;
  /** More fields of the version document (`os`, `cpu`: npm skips an optional package that does not fit). */
  manifest?: Record<string, unknown>;
}

/** A scripted fault: the next `times` requests whose path includes `path` get it. */
export interface RegistryFault {
  path: string;
  times: number;
  /** Answer with this status. */
  status?: number;
  /** Send only this many bytes of the body, then cut the connection. */
  cutAfter?: number;
  /** Wait this long before answering (a registry that hangs). */
  delayMs?: number;
  /** Send only this many bytes of the body, then nothing more (a stalled download). */
  stallAfter?: number;
}

/** The running registry. */
export interface NpmRegistry {
  /** Ends in `/`, as npm prints its registry. */
  url: string;
  /** Every request path, in order. */
  requests: string[];
  fault(fault: RegistryFault): void;
  close(): Promise<void>;
}

const escaped = (name: string) => name.replace('/', '%2f');
const tarballPath = (name: string, version: string) => `/${name}/-/${name.split('/').pop()}-${version}.tgz`;

/** Starts the registry on 127.0.0.1 with `versions` (several versions of one name share a packument). */
export async function startNpmRegistry(versions: readonly RegistryVersion[]): Promise<NpmRegistry> {
  const requests: string[] = [];
  const faults: RegistryFault[] = [];
  let url = '';
  const doc = (v: RegistryVersion) => ({
    ...v.manifest,
    name: v.name,
    version: v.version,
    ...(v.optionalDependencies ? { optionalDependencies: v.optionalDependencies } : {}),
    dist: {
      tarball: v.tarballUrl ?? `${url.slice(0, -1)}${tarballPath(v.name, v.version)}`,
      ...(v.integrity === null ? {} : { integrity: v.integrity ?? v.tarball.integrity }),
    },
  });
  const json = (res: ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(req.url ?? '/').replace(/^\/+/, '/');
    requests.push(req.url ?? '/');
    const fault = faults.find((f) => f.times > 0 && path.includes(f.path));
    if (fault) fault.times--;
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.status) {
      res.writeHead(fault.status, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ error: `scripted ${fault.status}` }));
    }
    const tarball = versions.find((v) => tarballPath(v.name, v.version) === path);
    if (tarball) {
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': tarball.tarball.bytes,
      });
      if (fault?.cutAfter !== undefined || fault?.stallAfter !== undefined) {
        const head = (await readFile(tarball.tarball.path)).subarray(0, fault.cutAfter ?? fault.stallAfter);
        return res.write(head, () => fault.cutAfter !== undefined && res.destroy());
      }
      return createReadStream(tarball.tarball.path).pipe(res);
    }
    const same = (name: string) => versions.filter((v) => escaped(v.name) === escaped(name));
    const [, name, version] = /^\/((?:@[^/]+\/)?[^/@]+)(?:\/([^/]+))?$/.exec(path) ?? [];
    const known = name ? same(name) : [];
    if (known.length > 0 && version) {
      const v = known.find((k) => k.version === version);
      if (v) return json(res, doc(v));
    } else if (known.length > 0) {
      return json(res, {
        name,
        'dist-tags': { latest: known[0]!.version },
        versions: Object.fromEntries(known.map((v) => [v.version, doc(v)])),
      });
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'Not found' }));
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    requests,
    fault: (f) => faults.push({ ...f }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An environment in which npm uses only `registry` (no user .npmrc, no proxy). */
export function npmEnvFor(registry: NpmRegistry, userconfig: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    npm_config_registry: registry.url,
    npm_config_userconfig: userconfig,
  };
  for (const key of [
    'HTTPS_PROXY',
    'https_proxy',
    'HTTP_PROXY',
    'http_proxy',
    'npm_config_proxy',
    'npm_config_https_proxy',
  ])
    delete env[key];
  return env;
}
