import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync, constants as zlib } from 'node:zlib';

// A thread's rollout files, packed into one gzip stream. Codex keeps a thread in
// `$CODEX_HOME/sessions/YYYY/MM/DD/rollout-<local time>-<thread id>.jsonl`; copying only those
// files into an empty CODEX_HOME is enough for `codex exec resume <id>` (codex-cli-0.169.md §3).
// Every file whose name ends in the thread id is packed, so a thread that Codex ever split over
// days or files comes back whole.

/** One rollout file, its path relative to `$CODEX_HOME/sessions`. */
export interface RolloutFile {
  path: string;
  data: Buffer;
}

const MAGIC = Buffer.from('CXOP1\n', 'ascii');
// Far above any real rollout; it keeps a corrupt length or a hostile gzip from exhausting memory.
const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

/** The only paths a pack may name: a dated rollout of exactly this thread, no `..`, no absolute path. */
const pathPattern = (threadId: string) =>
  new RegExp(`^\\d{4}/\\d{2}/\\d{2}/rollout-[\\w.:-]+-${threadId.replace(/[^\w-]/g, '')}\\.jsonl$`);

async function entries(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}

/** Every rollout of `threadId` under `codexHome/sessions`, oldest first; [] when there is none. */
export async function readRollouts(codexHome: string, threadId: string): Promise<RolloutFile[]> {
  const sessions = join(codexHome, 'sessions');
  const allowed = pathPattern(threadId);
  const found: RolloutFile[] = [];
  for (const year of await entries(sessions)) {
    for (const month of await entries(join(sessions, year))) {
      for (const day of await entries(join(sessions, year, month))) {
        for (const name of await entries(join(sessions, year, month, day))) {
          const path = `${year}/${month}/${day}/${name}`;
          if (allowed.test(path)) found.push({ path, data: await readFile(join(sessions, path)) });
        }
      }
    }
  }
  return found;
}

/** Writes the files back under `codexHome/sessions` (owner-only: they hold the whole conversation). */
export async function writeRollouts(codexHome: string, files: RolloutFile[]): Promise<void> {
  for (const file of files) {
    const target = join(codexHome, 'sessions', file.path);
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    await writeFile(target, file.data, { mode: 0o600 });
  }
}

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/** Gzips the files into one buffer: magic, then per file u32 path length, path, u32 size, bytes. */
export function pack(files: RolloutFile[]): Buffer {
  const parts: Buffer[] = [MAGIC];
  for (const file of files) {
    const path = Buffer.from(file.path, 'utf8');
    parts.push(u32(path.length), path, u32(file.data.length), file.data);
  }
  return gzipSync(Buffer.concat(parts), { level: zlib.Z_BEST_COMPRESSION });
}

/**
 * Unpacks what `pack` made for `threadId`. Throws on a malformed pack or on a path that is not a
 * rollout of that thread (the caller reports it as an unreadable session).
 */
export function unpack(packed: Buffer, threadId: string): RolloutFile[] {
  const raw = gunzipSync(packed, { maxOutputLength: MAX_UNPACKED_BYTES });
  if (!raw.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not a packed session');
  const allowed = pathPattern(threadId);
  const files: RolloutFile[] = [];
  let at = MAGIC.length;
  const take = (n: number) => {
    if (at + n > raw.length) throw new Error('the packed session is truncated');
    const out = raw.subarray(at, at + n);
    at += n;
    return out;
  };
  while (at < raw.length) {
    const path = take(take(4).readUInt32BE()).toString('utf8');
    if (!allowed.test(path)) throw new Error(`the packed session names a foreign path '${path}'`);
    files.push({ path, data: Buffer.from(take(take(4).readUInt32BE())) });
  }
  if (files.length === 0) throw new Error('the packed session holds no rollout');
  return files;
}
