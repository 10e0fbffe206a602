import { SecretStream, type StreamHit } from '../safety/secret-stream.js';
import type { SecretScanner } from '../safety/secrets.js';
import { type GitExec, gitOk } from './exec.js';

/**
 * The secret check of everything a push would send (DESIGN §8.12). The model's words reach origin
 * through commits (a criterion's summary is its commit message) and so do the files it writes; a
 * model steered by a prompt injection can copy a secret it found into either, raw or encoded. The
 * API guard (src/github/client.ts) never sees a push, so every push is checked here first.
 *
 * What is checked is what origin would receive: every commit, tree and blob reachable from the
 * pushed commit and not from commits origin already has (`git rev-list --objects`). Commits are
 * read whole (message, author, committer and any other header), blobs whole (text or binary, not
 * only the changed lines: a diff shows a binary file in base85, where no encoding of a secret
 * would be found), and every path. Objects stream through `git cat-file --batch`, so a large file
 * costs time, not memory.
 */

/** Where a secret was found: which commit brings it, and in what (never the value). */
export interface OutgoingSecret extends StreamHit {
  commit: string;
  /** `its message or author fields`, `the file docs/a.md`, `a file name`. */
  where: string;
}

/**
 * Thrown instead of pushing: the commits would carry a secret to origin. Names the commit and
 * the file, never the secret's value; nothing was pushed.
 */
export class SecretInPushError extends Error {
  constructor(
    readonly branch: string,
    readonly found: OutgoingSecret,
  ) {
    super(
      `Refused to push to ${branch}: commit ${found.commit.slice(0, 12)} would carry ${found.secret} ` +
        `(${found.form}) to origin in ${found.where}. Nothing was pushed; origin's branch is as it was. ` +
        'The model wrote the secret into the work (a summary becomes a commit message): check the run ' +
        'and what it read for a prompt injection, then comment /codex retry (or run the job again).',
    );
    this.name = 'SecretInPushError';
  }
}

/**
 * The first secret `head` would carry to origin, or undefined. `known` are commits origin already
 * has (the branch's remote tip, the commit the work started from): they and their history are
 * not sent again, so not scanned. Throws when git cannot list or read the objects: a push that
 * could not be checked does not happen.
 */
export async function findSecretInPush(
  git: GitExec,
  dir: string,
  options: { head: string; known: readonly string[]; scanner: SecretScanner },
): Promise<OutgoingSecret | undefined> {
  const { head, scanner } = options;
  if (scanner.empty) return undefined;
  const range = [head, ...options.known.map((sha) => `^${sha}`)];
  const listed = await gitOk(git, ['rev-list', '--objects', ...range, '--'], { cwd: dir });
  const objects = listed
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const space = line.indexOf(' ');
      return space < 0 ? { oid: line, path: '' } : { oid: line.slice(0, space), path: line.slice(space + 1) };
    });
  if (objects.length === 0) return undefined;

  // Paths first: one small text, and a secret split across two file names is found too.
  const paths = objects.map((o) => o.path).join('\n');
  const inPath = scanner.find(paths);
  if (inPath) {
    const line = paths.slice(0, inPath.start).split('\n').length - 1;
    return {
      secret: inPath.secret,
      form: inPath.form,
      where: 'a file name',
      commit: await commitOf(git, dir, objects[line]!.oid, range),
    };
  }

  const reader = new BatchReader(scanner);
  const result = await git(['cat-file', '--batch'], {
    cwd: dir,
    input: `${objects.map((o) => o.oid).join('\n')}\n`,
    onStdout: (chunk) => reader.push(chunk),
  });
  const hit = reader.hit;
  if (hit) {
    const path = objects.find((o) => o.oid === hit.oid)?.path ?? '';
    return {
      secret: hit.secret,
      form: hit.form,
      commit: hit.type === 'commit' ? hit.oid : await commitOf(git, dir, hit.oid, range),
      where: hit.type === 'commit' ? 'its message or author fields' : `the file ${scanner.redact(path)}`,
    };
  }
  if (result.exitCode !== 0 || !reader.complete(objects.length)) {
    throw new Error(
      `Could not read the ${objects.length} object(s) the push would send, to check them for secrets ` +
        `(git cat-file --batch exited ${result.exitCode}: ${result.stderr.trim().slice(-500) || 'no message'}). ` +
        'Nothing was pushed; run the job again.',
    );
  }
  return undefined;
}

/** The oldest commit of the range that adds the object (the one that brings it to origin). */
async function commitOf(git: GitExec, dir: string, oid: string, range: string[]): Promise<string> {
  const out = await gitOk(git, ['log', '--format=%H', `--find-object=${oid}`, ...range, '--'], { cwd: dir });
  return out.split('\n').filter(Boolean).at(-1) ?? range[0]!;
}

/**
 * Reads `git cat-file --batch` output (`<oid> <type> <size>\n<content>\n` per object) chunk by
 * chunk, scanning commits and blobs; trees hold only names (scanned from the object list) and
 * hashes. Stops at the first secret.
 */
class BatchReader {
  hit: (StreamHit & { oid: string; type: string }) | undefined;
  private header: Buffer[] = [];
  private current: { oid: string; type: string; left: number; stream?: SecretStream } | undefined;
  private read = 0;

  constructor(private readonly scanner: SecretScanner) {}

  /** True when every one of `count` objects was read to its end. */
  complete(count: number): boolean {
    return this.read === count && !this.current && this.header.length === 0;
  }

  /** Takes the next chunk; false once a secret is found (no more is needed). */
  push(chunk: Buffer): boolean {
    let at = 0;
    while (at < chunk.length && !this.hit) {
      if (!this.current) {
        const newline = chunk.indexOf(10, at);
        if (newline < 0) {
          this.header.push(chunk.subarray(at));
          return true;
        }
        this.header.push(chunk.subarray(at, newline));
        this.start(Buffer.concat(this.header).toString('utf8'));
        this.header = [];
        at = newline + 1;
        continue;
      }
      const object = this.current;
      // `left` counts the content and the newline after it; the newline is not content.
      const take = Math.min(object.left, chunk.length - at);
      const content = Math.min(take, object.left - 1);
      const found = content > 0 ? object.stream?.write(chunk.subarray(at, at + content)) : undefined;
      at += take;
      object.left -= take;
      const ended = object.left === 0;
      if (ended) {
        this.current = undefined;
        this.read += 1;
      }
      const hit = found ?? (ended ? object.stream?.end() : undefined);
      if (hit) this.hit = { ...hit, oid: object.oid, type: object.type };
    }
    return !this.hit;
  }

  private start(header: string): void {
    const [oid = '', type = '', size = ''] = header.split(' ');
    const bytes = /^\d+$/.test(size) ? Number(size) : Number.NaN;
    if (!Number.isSafeInteger(bytes)) {
      throw new Error(
        `git cat-file --batch answered '${header.slice(0, 100)}' where an object header belongs.`,
      );
    }
    const scanned = type === 'commit' || type === 'blob';
    this.current = {
      oid,
      type,
      left: bytes + 1,
      stream: scanned ? new SecretStream(this.scanner) : undefined,
    };
  }
}
