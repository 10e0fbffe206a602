import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { createGunzip, type ZlibOptions } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { InstallError } from './registry.js';

/** One file to take from a package tarball. */
export interface KeptFile {
  /** Its path inside the package, as npm unpacks it (the tarball's first folder, `package/`, dropped). */
  from: string;
  /** Where it goes, relative to the install folder. */
  to: string;
  /** Its mode: 0o755 for an executable. */
  mode: number;
  /** A file the package may lack; the install goes on without it. */
  optional?: boolean;
}

/** What a verified extraction wrote: the tarball's size and the files found. */
export interface Extracted {
  bytes: number;
  written: KeptFile[];
}

const MiB = 1024 * 1024;
const SAFE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory']);

/**
 * The entry's path inside the package, or an error for an entry no npm package should hold: an
 * absolute path, a `..` segment, or a link or device (npm's own packer writes none of them).
 */
function packagePath(entry: ReadEntry, what: string): string {
  const raw = entry.path;
  const refuse = (why: string) =>
    new InstallError(
      `Refused the tarball of ${what}: its entry '${raw}' ${why}. Nothing was installed. ` +
        'Fix: this package was not packed by npm; check the registry npm is configured for.',
    );
  if (!SAFE_TYPES.has(entry.type)) throw refuse(`is a ${entry.type}, not a file or folder`);
  if (raw.includes('\0') || raw.includes('\\')) throw refuse('has a NUL or backslash in its path');
  if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw)) throw refuse('is an absolute path');
  const segments = raw.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) throw refuse("climbs out of the package with '..'");
  return segments.slice(1).join('/');
}

/**
 * Streams a package tarball through a sha512 hash and a gunzip + tar parser, writing only `files`
 * into `into` (their folders are made first). The digest is compared when the stream ends, so the
 * caller must treat `into` as untrusted until this resolves; on any failure it must delete it.
 */
export async function extractVerified(
  body: ReadableStream<Uint8Array>,
  o: { files: readonly KeptFile[]; into: string; sha512: string; what: string; signal: AbortSignal },
): Promise<Extracted> {
  const wanted = new Map(o.files.map((f) => [f.from, f]));
  await Promise.all(o.files.map((f) => mkdir(dirname(join(o.into, f.to)), { recursive: true })));
  const hash = createHash('sha512');
  let bytes = 0;
  let failure: Error | undefined;
  const outputs: { file: KeptFile; stream: WriteStream; done: Promise<void> }[] = [];
  const parser = new Parser({
    strict: true,
    onReadEntry: (entry) => {
      try {
        const path = packagePath(entry, o.what);
        const file = entry.type === 'Directory' ? undefined : wanted.get(path);
        if (!file) return entry.resume();
        if (outputs.some((out) => out.file === file))
          throw new InstallError(`Refused the tarball of ${o.what}: it holds '${path}' twice.`);
        const stream = createWriteStream(join(o.into, file.to), {
          flags: 'wx',
          mode: file.mode,
          highWaterMark: 8 * MiB,
        });
        const done = new Promise<void>((resolve, reject) => {
          stream.on('close', resolve);
          stream.on('error', (error) => {
            // A full disk: stop the parser, which would otherwise wait for this stream forever.
            fail(error);
            reject(error);
          });
        });
        done.catch(() => {});
        outputs.push({ file, stream, done });
        entry.pipe(stream);
      } catch (error) {
        fail(error as Error);
        entry.resume();
      }
    },
  });
  let rejectParsed: (error: Error) => void = () => {};
  const parsed = new Promise<void>((resolve, reject) => {
    rejectParsed = reject;
    parser.on('end', resolve);
    parser.on('error', (error: Error) => fail(error));
  });
  parsed.catch(() => {});
  function fail(error: Error): void {
    if (failure) return;
    failure = error;
    rejectParsed(error);
    parser.abort(error);
  }
  try {
    await pipeline(
      // The web stream is read only here, by pipeline: it keeps an error until then, where a Node
      // stream that errors before pipeline listens would throw uncaught.
      (async function* hashed() {
        for await (const chunk of body) {
          hash.update(chunk);
          bytes += chunk.length;
          yield chunk;
        }
      })(),
      // zlib inflates on libuv's thread pool, next to the hash on this thread; large chunks and
      // buffers let inflating, parsing and writing overlap, and allocate fewer buffers to collect.
      createGunzip({ chunkSize: MiB, highWaterMark: 8 * MiB } as ZlibOptions),
      async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of source) {
          if (failure) throw failure;
          if (!parser.write(chunk)) await Promise.race([once(parser, 'drain', { signal: o.signal }), parsed]);
        }
        parser.end();
      },
      { signal: o.signal },
    );
    await parsed;
    await Promise.all(outputs.map((out) => out.done));
    if (failure) throw failure;
  } catch (error) {
    for (const out of outputs) out.stream.destroy();
    await Promise.allSettled(outputs.map((out) => out.done));
    throw asInstallError(failure ?? (error as Error), o.what, o.signal);
  }
  const digest = hash.digest('base64');
  if (digest !== o.sha512)
    throw new InstallError(
      `The tarball of ${o.what} does not match the registry's integrity: expected sha512-${o.sha512}, ` +
        `got sha512-${digest} (${bytes} bytes). Nothing was installed. Fix: retry the job; if it persists, ` +
        'the registry or something between it and the runner serves altered content.',
      { retryable: true },
    );
  const missing = o.files.filter((f) => !f.optional && !outputs.some((out) => out.file === f));
  if (missing.length > 0)
    throw new InstallError(
      `The tarball of ${o.what} has no ${missing.map((f) => f.from).join(', ')}. ` +
        'Fix: this version is packaged differently; set the path input to a binary you installed yourself.',
    );
  // The mode given at creation passes through the umask; the binaries must end up executable.
  await Promise.all(outputs.map((out) => chmod(join(o.into, out.file.to), out.file.mode)));
  return { bytes, written: outputs.map((out) => out.file) };
}

/** A stream failure as an InstallError: a cut or corrupt download is worth one more try. */
function asInstallError(error: Error, what: string, signal: AbortSignal): Error {
  if (error instanceof InstallError || signal.aborted) return error;
  return new InstallError(
    `Unpacking the tarball of ${what} failed: ${error.message}. Nothing was installed. ` +
      'Fix: retry the job; a cut or corrupt download does not last.',
    { retryable: true, cause: error },
  );
}
