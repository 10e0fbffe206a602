import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../../errors.js';
import type { GitIdentity } from '../../git/commit.js';
import { type GitExec, gitOk } from '../../git/exec.js';
import type { Remote } from '../../git/remote.js';
import { jobSecret } from '../../safety/block-mac.js';
import { findSecret } from '../../safety/secrets.js';
import type { ItemKey } from '../../state/index.js';
import type { SessionStore } from '../port.js';
import { open, seal } from './session-cipher.js';
import { pack, readRollouts, unpack, writeRollouts } from './session-pack.js';

// The store that lets a later job, on a fresh runner, resume the item's last Codex thread. Nothing
// on disk survives between jobs on hosted runners, so the thread's rollout files travel in a ref
// of the repository itself: outside refs/heads (no branch, no PR, no push event, not fetched by a
// default clone), written with the `contents: write` token dev and fix already hold, on GitHub and
// GHES alike. The content is sealed (session-cipher.ts) because anyone who can read the
// repository can fetch its refs. Everything here works in a private bare repository under
// RUNNER_TEMP, so neither the checkout nor the agent's worktree ever holds these objects.

/** Where item N's session lives on origin. */
export const SESSION_REF_PREFIX = 'refs/codex-orchestrator/sessions/';
export const sessionRef = (item: ItemKey): string => `${SESSION_REF_PREFIX}${item}`;

/** The store's scratch repository for this job: under RUNNER_TEMP, next to CODEX_HOME. */
export const sessionStoreDirFor = (runnerTemp: string): string =>
  join(runnerTemp, 'codex-orchestrator', 'session-store.git');

/**
 * The key material: a dedicated `session-key` when set, else the model key. Empty: no store. The
 * same secret keys the MACs of the action's hidden blocks, under another HKDF label.
 */
export const sessionSecret = jobSecret;

// GitHub warns at 50 MB and refuses 100 MB objects; a session that large is not worth resuming.
const MAX_SEALED_BYTES = 50 * 1024 * 1024;
const BLOB_NAME = 'session';
const DEFAULT_AUTHOR: GitIdentity = {
  name: 'codex-orchestrator',
  email: 'noreply@codex-orchestrator.invalid',
};

export interface SessionStoreOptions {
  git: GitExec;
  /** Origin with the action's push credentials (`originRemote`). */
  remote: Remote;
  /** The scratch bare repository (`sessionStoreDirFor(runnerTemp)`); created on first use. */
  workDir: string;
  /** `sessionSecret(inputs)`. */
  secret: string;
  /** Who the ref's commits are by (default a fixed, non-personal identity). */
  author?: GitIdentity;
}

// A local helper until src/errors.ts lands.

export function createSessionStore(options: SessionStoreOptions): SessionStore {
  const { git, remote, workDir, secret } = options;
  const author = options.author ?? DEFAULT_AUTHOR;
  const run = (args: string[], extra: { input?: string; env?: Record<string, string> } = {}) =>
    gitOk(git, args, { cwd: workDir, ...extra });
  const onOrigin = (args: string[]) => gitOk(git, args, { cwd: workDir, env: remote.env });

  let ready: Promise<void> | undefined;
  const ensureRepo = () => {
    ready ??= access(join(workDir, 'HEAD')).catch(async () => {
      await mkdir(workDir, { recursive: true });
      await run(['init', '--quiet', '--bare', workDir]);
    });
    return ready;
  };

  /** Origin's commit for the item's ref, or undefined when there is none. */
  const remoteCommit = async (ref: string) => {
    const out = await onOrigin(['ls-remote', remote.url, ref]);
    return out
      .split('\n')
      .find((line) => line.endsWith(`\t${ref}`))
      ?.split('\t')[0];
  };

  return {
    async saveSession({ item, threadId, codexHome }) {
      const started = performance.now();
      if (!secret) {
        return {
          kind: 'skipped',
          reason: 'no session-key and no openai-api-key to encrypt the session with',
        };
      }
      try {
        const files = await readRollouts(codexHome, threadId);
        if (files.length === 0) {
          return { kind: 'skipped', reason: `CODEX_HOME has no rollout of thread ${threadId}` };
        }
        const sealed = seal(pack(files), secret, { item, threadId });
        if (sealed.length > MAX_SEALED_BYTES) {
          return {
            kind: 'skipped',
            reason: `the sealed session is ${sealed.length} bytes, over the store's ${MAX_SEALED_BYTES}`,
          };
        }
        // The only plain text this push carries besides the fixed README: the session blob is
        // ciphertext, so the secret check of branch pushes (src/git/outgoing.ts) has nothing to read there.
        const message = `Codex session of item ${item} (thread ${threadId})`;
        const leak = findSecret(message);
        if (leak)
          return { kind: 'failed', reason: `the session's commit message would carry ${leak.secret}` };
        await ensureRepo();
        // Base64 because the git port carries text; git's own zlib wins most of the 4/3 back in the pack.
        const blob = await run(['hash-object', '-w', '--stdin'], { input: `${sealed.toString('base64')}\n` });
        const readme = await run(['hash-object', '-w', '--stdin'], { input: readmeText(item) });
        const tree = await run(['mktree'], {
          input: `100644 blob ${readme}\tREADME\n100644 blob ${blob}\t${BLOB_NAME}\n`,
        });
        const commit = await run(['-c', 'commit.gpgsign=false', 'commit-tree', tree, '-m', message], {
          env: identityEnv(author),
        });
        const ref = sessionRef(item);
        // Forced on purpose: every save is a parentless commit that replaces the last one. Only the
        // newest session is ever resumed, the ref is the action's own (one per item, never a branch
        // anyone builds on), and keeping history would keep every old ciphertext reachable forever.
        await onOrigin(['push', '--porcelain', '--no-verify', remote.url, `+${commit}:${ref}`]);
        const rolloutBytes = files.reduce((sum, file) => sum + file.data.length, 0);
        return {
          kind: 'saved',
          ref,
          commit,
          files: files.length,
          rolloutBytes,
          storedBytes: sealed.length,
          ms: Math.round(performance.now() - started),
        };
      } catch (error) {
        return { kind: 'failed', reason: errorMessage(error) };
      }
    },

    async restoreSession({ item, threadId, codexHome }) {
      const started = performance.now();
      const ref = sessionRef(item);
      if (!secret) {
        return {
          kind: 'missing',
          reason: 'no session-key and no openai-api-key to open a stored session with',
        };
      }
      let text: string;
      try {
        await ensureRepo();
        const tip = await remoteCommit(ref);
        if (!tip) return { kind: 'missing', reason: `origin has no ${ref}` };
        await onOrigin([
          'fetch',
          '--quiet',
          '--no-tags',
          '--no-write-fetch-head',
          remote.url,
          `+${ref}:${ref}`,
        ]);
        const found = await git(['cat-file', 'blob', `${ref}:${BLOB_NAME}`], { cwd: workDir });
        if (found.exitCode !== 0) {
          return { kind: 'undecryptable', reason: `${ref} holds no '${BLOB_NAME}' file` };
        }
        text = found.stdout.trim();
      } catch (error) {
        return { kind: 'missing', reason: `could not read ${ref} from origin: ${errorMessage(error)}` };
      }
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
        return { kind: 'undecryptable', reason: `${ref} is not a sealed session (not base64)` };
      }
      const sealed = Buffer.from(text, 'base64');
      const opened = open(sealed, secret, { item, threadId });
      if (!opened.ok) return { kind: opened.kind, reason: `${ref}: ${opened.reason}` };
      try {
        const files = unpack(opened.plaintext, threadId);
        await writeRollouts(codexHome, files);
        return {
          kind: 'restored',
          files: files.map((file) => file.path),
          storedBytes: sealed.length,
          ms: Math.round(performance.now() - started),
        };
      } catch (error) {
        return {
          kind: 'undecryptable',
          reason: `${ref} opened but could not be unpacked: ${errorMessage(error)}`,
        };
      }
    },

    async deleteSession({ item }) {
      const ref = sessionRef(item);
      try {
        await ensureRepo();
        if (!(await remoteCommit(ref))) return { kind: 'absent' };
        await onOrigin(['push', '--porcelain', '--no-verify', remote.url, `:${ref}`]);
        return { kind: 'deleted' };
      } catch (error) {
        return { kind: 'failed', reason: errorMessage(error) };
      }
    },
  };
}

const identityEnv = (who: GitIdentity) => ({
  GIT_AUTHOR_NAME: who.name,
  GIT_AUTHOR_EMAIL: who.email,
  GIT_COMMITTER_NAME: who.name,
  GIT_COMMITTER_EMAIL: who.email,
});

const readmeText = (item: ItemKey) =>
  `The Codex session of work item #${item}, kept by codex-orchestrator so a later job can resume the\n` +
  'same thread. `session` is AES-256-GCM ciphertext (key from the session-key or openai-api-key\n' +
  'secret). The ref is replaced on every save and deleted when the item is done; deleting it by hand\n' +
  'only means the next job starts a fresh thread.\n';
