// The session store against real git: a bare origin, two "runners" with nothing in common but it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitExec } from '../../src/git/exec.js';
import { authEnv, originRemote, type Remote } from '../../src/git/remote.js';
import { setJobSecrets } from '../../src/safety/secrets.js';
import { seal } from '../../src/tracker/github/session-cipher.js';
import { pack } from '../../src/tracker/github/session-pack.js';
import {
  createSessionStore,
  sessionRef,
  sessionSecret,
  sessionStoreDirFor,
} from '../../src/tracker/github/sessions.js';
import { createRepos, serveGitOverHttp, type TempRepos } from '../harness/git.js';

const git = createGitExec();
const SECRET = 'sk-test-model-key-0123456789';
const THREAD = '019a7f3e-1c2d-7e4f-8a9b-0c1d2e3f4a5b';
const ROLLOUT = `2026/05/01/rollout-2026-05-01T10-00-00-${THREAD}.jsonl`;
const CONTENT = `${'{"timestamp":"2026-05-01T10:00:00Z","type":"response_item","payload":{"type":"message"}}\n'.repeat(200)}`;

let repos: TempRepos;
beforeEach(async () => {
  repos = await createRepos({ 'README.md': '# demo\n' });
});
afterEach(() => repos.cleanup());

/** One runner: its own RUNNER_TEMP, CODEX_HOME and checkout of origin. */
async function runner(name: string, secret = SECRET, remote?: Remote) {
  const temp = join(repos.root, name, 'runner-temp');
  const codexHome = join(temp, 'codex-orchestrator', 'codex-home');
  await mkdir(codexHome, { recursive: true });
  const checkout = await repos.clone(`${name}-checkout`);
  const store = createSessionStore({
    git,
    remote: remote ?? (await originRemote(git, checkout, '')),
    workDir: sessionStoreDirFor(temp),
    secret,
  });
  return { codexHome, checkout, store };
}

async function writeRollout(codexHome: string, path = ROLLOUT, content = CONTENT) {
  const file = join(codexHome, 'sessions', path);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, content);
}

const refsOnOrigin = () => repos.git(['for-each-ref', '--format=%(refname)'], repos.origin).split('\n');

describe('session store on a bare origin', () => {
  it('saves on one runner, restores on a fresh one, deletes, then reports missing', async () => {
    const a = await runner('a');
    await writeRollout(a.codexHome);
    const saved = await a.store.saveSession({ item: 7, threadId: THREAD, codexHome: a.codexHome });
    expect(saved).toMatchObject({ kind: 'saved', ref: 'refs/codex-orchestrator/sessions/7', files: 1 });
    if (saved.kind !== 'saved') return;
    expect(saved.storedBytes).toBeLessThan(saved.rolloutBytes / 5);

    // The ref is outside refs/heads: no branch appears, and its content is ciphertext.
    expect(refsOnOrigin()).toContain('refs/codex-orchestrator/sessions/7');
    expect(repos.branches()).toEqual(['main']);
    const stored = repos.git(['cat-file', 'blob', `${sessionRef(7)}:session`], repos.origin);
    expect(stored).not.toContain('response_item');
    expect(Buffer.from(stored, 'base64').subarray(0, 4).toString()).toBe('CXOS');
    // Nothing landed in the checkout the runner works in.
    expect(repos.git(['for-each-ref'], a.checkout)).not.toContain('codex-orchestrator');

    // A default clone does not fetch it (the default refspec is refs/heads/* and tags).
    // (--no-local: a local clone would hard-link every object of origin.)
    const plain = join(repos.root, 'plain-clone');
    repos.git(['clone', '--quiet', '--no-local', repos.origin, plain], repos.root);
    expect(repos.git(['for-each-ref', '--format=%(refname)'], plain)).not.toContain('codex-orchestrator');
    expect(() => repos.git(['cat-file', '-e', saved.commit], plain)).toThrow();

    const b = await runner('b');
    const restored = await b.store.restoreSession({ item: 7, threadId: THREAD, codexHome: b.codexHome });
    expect(restored).toMatchObject({ kind: 'restored', files: [ROLLOUT] });
    expect(await readFile(join(b.codexHome, 'sessions', ROLLOUT), 'utf8')).toBe(CONTENT);

    expect(await b.store.deleteSession({ item: 7 })).toEqual({ kind: 'deleted' });
    expect(refsOnOrigin()).not.toContain('refs/codex-orchestrator/sessions/7');
    expect(await b.store.deleteSession({ item: 7 })).toEqual({ kind: 'absent' });
    const c = await runner('c');
    expect(await c.store.restoreSession({ item: 7, threadId: THREAD, codexHome: c.codexHome })).toEqual({
      kind: 'missing',
      reason: 'origin has no refs/codex-orchestrator/sessions/7',
    });
  });

  it('replaces the item’s session on each save and keeps items apart', async () => {
    const a = await runner('a');
    await writeRollout(a.codexHome, ROLLOUT, 'first\n');
    const first = await a.store.saveSession({ item: 3, threadId: THREAD, codexHome: a.codexHome });
    await writeRollout(a.codexHome, ROLLOUT, 'second\n');
    const second = await a.store.saveSession({ item: 3, threadId: THREAD, codexHome: a.codexHome });
    await a.store.saveSession({ item: 4, threadId: THREAD, codexHome: a.codexHome });
    if (first.kind !== 'saved' || second.kind !== 'saved') throw new Error('not saved');
    // The forced update leaves one parentless commit, not a growing history of old ciphertexts.
    expect(repos.git(['rev-list', '--count', sessionRef(3)], repos.origin)).toBe('1');
    expect(repos.git(['rev-parse', sessionRef(3)], repos.origin)).toBe(second.commit);

    const b = await runner('b');
    await b.store.restoreSession({ item: 3, threadId: THREAD, codexHome: b.codexHome });
    expect(await readFile(join(b.codexHome, 'sessions', ROLLOUT), 'utf8')).toBe('second\n');
    await b.store.deleteSession({ item: 3 });
    expect(refsOnOrigin()).toContain(sessionRef(4));
  });

  it('packs every rollout of the thread, and only that thread', async () => {
    const a = await runner('a');
    const later = `2026/05/02/rollout-2026-05-02T08-00-00-${THREAD}.jsonl`;
    const other = '2026/05/02/rollout-2026-05-02T08-00-00-019a0000-0000-7000-8000-000000000000.jsonl';
    await writeRollout(a.codexHome);
    await writeRollout(a.codexHome, later, 'later\n');
    await writeRollout(a.codexHome, other, 'other thread\n');
    expect(await a.store.saveSession({ item: 1, threadId: THREAD, codexHome: a.codexHome })).toMatchObject({
      kind: 'saved',
      files: 2,
    });
    const b = await runner('b');
    expect(await b.store.restoreSession({ item: 1, threadId: THREAD, codexHome: b.codexHome })).toMatchObject(
      {
        kind: 'restored',
        files: [ROLLOUT, later],
      },
    );
    await expect(readFile(join(b.codexHome, 'sessions', other))).rejects.toThrow(/ENOENT/);
  });

  it('never throws on a session it cannot use', async () => {
    const a = await runner('a');
    await writeRollout(a.codexHome);
    await a.store.saveSession({ item: 5, threadId: THREAD, codexHome: a.codexHome });
    const request = (codexHome: string) => ({ item: 5, threadId: THREAD, codexHome });

    // The model key was rotated (or session-key set) since the save.
    const rotated = await runner('rotated', 'sk-another-key');
    expect(await rotated.store.restoreSession(request(rotated.codexHome))).toMatchObject({
      kind: 'undecryptable',
      reason: expect.stringContaining('does not authenticate'),
    });
    // The item's state names another thread.
    const b = await runner('b');
    expect(
      await b.store.restoreSession({
        item: 5,
        threadId: '019a0000-0000-7000-8000-000000000000',
        codexHome: b.codexHome,
      }),
    ).toMatchObject({ kind: 'mismatch', reason: expect.stringContaining(`thread ${THREAD}`) });
    // Someone with write access copies item 5's session onto item 6.
    repos.git(['update-ref', sessionRef(6), sessionRef(5)], repos.origin);
    expect(await b.store.restoreSession({ ...request(b.codexHome), item: 6 })).toMatchObject({
      kind: 'undecryptable',
    });
    // Garbage pushed to the ref by hand.
    const junk = await runner('junk');
    await writeFile(join(junk.checkout, 'session'), 'not base64 !!\n');
    repos.git(['add', 'session'], junk.checkout);
    repos.git(['commit', '-qm', 'junk'], junk.checkout);
    repos.git(['push', '-q', 'origin', `+HEAD:${sessionRef(5)}`], junk.checkout);
    expect(await b.store.restoreSession(request(b.codexHome))).toMatchObject({ kind: 'undecryptable' });
    // A ref without the session file.
    repos.git(['push', '-q', 'origin', `+HEAD~1:${sessionRef(5)}`], junk.checkout);
    expect(await b.store.restoreSession(request(b.codexHome))).toMatchObject({
      kind: 'undecryptable',
      reason: expect.stringContaining("no 'session' file"),
    });
    // Origin is unreachable.
    const gone = createSessionStore({
      git,
      remote: { url: join(repos.root, 'no-such-origin.git'), env: {} },
      workDir: join(repos.root, 'gone-store.git'),
      secret: SECRET,
    });
    expect(await gone.restoreSession(request(b.codexHome))).toMatchObject({
      kind: 'missing',
      reason: expect.stringContaining('could not read'),
    });
    expect(await gone.saveSession(request(a.codexHome))).toMatchObject({ kind: 'failed' });
    expect(await gone.deleteSession({ item: 5 })).toMatchObject({ kind: 'failed' });
    // Nothing of any of that was written into CODEX_HOME.
    await expect(readFile(join(b.codexHome, 'sessions', ROLLOUT))).rejects.toThrow(/ENOENT/);
  });

  it('refuses a sealed pack that would write outside the thread’s rollouts', async () => {
    // Only a holder of the key could make one, but the path check does not rely on that.
    const junk = await runner('junk');
    const evil = pack([{ path: `../../../../escape-${THREAD}.jsonl`, data: Buffer.from('x') }]);
    const blob = seal(evil, SECRET, { item: 9, threadId: THREAD }).toString('base64');
    await writeFile(join(junk.checkout, 'session'), `${blob}\n`);
    repos.git(['add', 'session'], junk.checkout);
    repos.git(['commit', '-qm', 'evil'], junk.checkout);
    repos.git(['push', '-q', 'origin', `+HEAD:${sessionRef(9)}`], junk.checkout);
    const b = await runner('b');
    expect(await b.store.restoreSession({ item: 9, threadId: THREAD, codexHome: b.codexHome })).toMatchObject(
      {
        kind: 'undecryptable',
        reason: expect.stringContaining('foreign path'),
      },
    );
  });

  it('skips what it cannot save, without touching origin', async () => {
    const a = await runner('a');
    expect(await a.store.saveSession({ item: 2, threadId: THREAD, codexHome: a.codexHome })).toMatchObject({
      kind: 'skipped',
      reason: expect.stringContaining('no rollout'),
    });
    const keyless = await runner('keyless', '');
    await writeRollout(keyless.codexHome);
    expect(
      await keyless.store.saveSession({ item: 2, threadId: THREAD, codexHome: keyless.codexHome }),
    ).toMatchObject({
      kind: 'skipped',
    });
    expect(
      await keyless.store.restoreSession({ item: 2, threadId: THREAD, codexHome: keyless.codexHome }),
    ).toMatchObject({
      kind: 'missing',
    });
    expect(refsOnOrigin()).not.toContain(sessionRef(2));
  });

  it('pushes no commit whose message would carry a job secret (the thread id is its only free text)', async () => {
    const a = await runner('a');
    const leaking = 'ghs_token_shaped_thread_id';
    await writeRollout(a.codexHome, `2026/05/01/rollout-2026-05-01T10-00-00-${leaking}.jsonl`);
    setJobSecrets([{ name: 'the github-token', value: leaking }]);
    try {
      expect(await a.store.saveSession({ item: 3, threadId: leaking, codexHome: a.codexHome })).toEqual({
        kind: 'failed',
        reason: "the session's commit message would carry the github-token",
      });
    } finally {
      setJobSecrets([]);
    }
    expect(refsOnOrigin()).not.toContain(sessionRef(3));
  });

  it('prefers a dedicated session-key over the model key', () => {
    expect(sessionSecret({ sessionKey: 'dedicated', openaiApiKey: 'sk-model' })).toBe('dedicated');
    expect(sessionSecret({ sessionKey: '', openaiApiKey: 'sk-model' })).toBe('sk-model');
    expect(sessionSecret({ openaiApiKey: '' })).toBe('');
  });
});

describe('session store over authenticated smart HTTP', () => {
  it('saves, restores and deletes with the action’s token in the environment only', async () => {
    const token = 'ghs_session_store_token';
    const server = await serveGitOverHttp(repos.root, token);
    try {
      const url = `${server.url}/origin.git`;
      const remote = { url, env: authEnv(url, token) };
      const a = await runner('a', SECRET, remote);
      await writeRollout(a.codexHome);
      expect(await a.store.saveSession({ item: 11, threadId: THREAD, codexHome: a.codexHome })).toMatchObject(
        {
          kind: 'saved',
        },
      );
      const b = await runner('b', SECRET, remote);
      expect(
        await b.store.restoreSession({ item: 11, threadId: THREAD, codexHome: b.codexHome }),
      ).toMatchObject({
        kind: 'restored',
      });
      expect(await b.store.deleteSession({ item: 11 })).toEqual({ kind: 'deleted' });
      expect(refsOnOrigin()).not.toContain(sessionRef(11));
      // Every request carried the token; none of the store's repository config holds it.
      expect(server.authorizations.length).toBeGreaterThan(0);
      const config = await readFile(
        join(repos.root, 'b', 'runner-temp', 'codex-orchestrator', 'session-store.git', 'config'),
        'utf8',
      );
      expect(config).not.toMatch(/extraheader|x-access-token/i);

      // Without the token origin answers 401: restore degrades to missing, save fails, no throw.
      const anonymous = await runner('anon', SECRET, { url, env: {} });
      await writeRollout(anonymous.codexHome);
      expect(
        await anonymous.store.saveSession({ item: 11, threadId: THREAD, codexHome: anonymous.codexHome }),
      ).toMatchObject({
        kind: 'failed',
      });
      expect(
        await anonymous.store.restoreSession({ item: 11, threadId: THREAD, codexHome: anonymous.codexHome }),
      ).toMatchObject({
        kind: 'missing',
      });
    } finally {
      await server.close();
    }
  });
});
