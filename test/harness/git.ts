/**
 * Real git repositories for tests: a bare `origin` seeded with files on `main`, and checkouts of it
 * the way actions/checkout leaves them (a clone whose `origin` remote is the bare repository).
 *
 *   const repos = await createRepos({ 'README.md': '# demo\n' });
 *   const checkout = await repos.clone();      // a fresh "runner" checkout of origin
 *   repos.git(['log', '--oneline', 'main'], repos.origin);
 *   await repos.cleanup();
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test Human',
  GIT_AUTHOR_EMAIL: 'human@example.com',
  GIT_COMMITTER_NAME: 'Test Human',
  GIT_COMMITTER_EMAIL: 'human@example.com',
};

export interface TempRepos {
  /** Temp folder holding everything; also a good RUNNER_TEMP. */
  root: string;
  /** Path of the bare repository used as `origin`. */
  origin: string;
  /** Runs git synchronously and returns stdout without the final newline. */
  git(args: string[], cwd: string): string;
  /** Clones origin into a new folder under root, as a runner's checkout. */
  clone(name?: string): Promise<string>;
  /** Commits files on a branch of origin as a human (through a scratch clone). */
  commitOnOrigin(branch: string, files: Record<string, string>, message: string): Promise<string>;
  /** `sha subject` lines of a branch on origin, newest first; [] when the branch does not exist. */
  log(branch: string): string[];
  /** Authors (`name <email>`) of a branch's commits on origin, newest first. */
  authors(branch: string): string[];
  /** Branch names on origin. */
  branches(): string[];
  /**
   * Installs a server-side hook on origin (e.g. `pre-receive`), a shell script as GitHub runs its
   * own checks: what it prints reaches the pusher as `remote:` lines; a non-zero exit refuses.
   */
  hook(name: string, script: string): Promise<void>;
  cleanup(): Promise<void>;
}

function run(args: string[], cwd: string): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...IDENTITY, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).replace(/\n$/, '');
}

async function writeFiles(dir: string, files: Record<string, string>) {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}

/** Creates a bare origin whose `main` holds `files` in one commit by a human. */
export async function createRepos(
  files: Record<string, string> = { 'README.md': '# demo\n' },
): Promise<TempRepos> {
  const root = await mkdtemp(join(tmpdir(), 'codex-git-'));
  const origin = join(root, 'origin.git');
  run(['init', '--quiet', '--bare', '--initial-branch=main', origin], root);
  const seed = join(root, 'seed');
  run(['init', '--quiet', '--initial-branch=main', seed], root);
  await writeFiles(seed, files);
  run(['add', '--all'], seed);
  run(['commit', '--quiet', '-m', 'Initial commit'], seed);
  run(['push', '--quiet', origin, 'main'], seed);
  await rm(seed, { recursive: true, force: true });

  let clones = 0;
  const clone = async (name?: string) => {
    const dir = join(root, name ?? `checkout-${++clones}`);
    run(['clone', '--quiet', origin, dir], root);
    return dir;
  };
  const log = (branch: string) => {
    try {
      return run(['log', '--format=%H %s', `refs/heads/${branch}`], origin)
        .split('\n')
        .filter(Boolean);
    } catch {
      return [];
    }
  };
  return {
    root,
    origin,
    git: run,
    clone,
    async commitOnOrigin(branch, changes, message) {
      const dir = await clone();
      const exists = log(branch).length > 0;
      run(exists ? ['checkout', '--quiet', branch] : ['checkout', '--quiet', '-b', branch], dir);
      await writeFiles(dir, changes);
      run(['add', '--all'], dir);
      run(['commit', '--quiet', '-m', message], dir);
      run(['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`], dir);
      const sha = run(['rev-parse', 'HEAD'], dir);
      await rm(dir, { recursive: true, force: true });
      return sha;
    },
    log,
    authors: (branch) => run(['log', '--format=%an <%ae>', `refs/heads/${branch}`], origin).split('\n'),
    branches: () =>
      run(['for-each-ref', '--format=%(refname:short)', 'refs/heads'], origin).split('\n').filter(Boolean),
    async hook(name, script) {
      await writeFile(join(origin, 'hooks', name), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** A repository folder served over git's smart HTTP protocol, requiring one token. */
export interface GitHttpServer {
  /** Base URL; `${url}/origin.git` is the bare repository `root/origin.git`. */
  url: string;
  /** The Authorization headers the server received, in order (undefined: none sent). */
  authorizations: (string | undefined)[];
  close(): Promise<void>;
}

/**
 * Serves the repositories under `root` with `git http-backend` (CGI) on 127.0.0.1. Every request
 * must carry `Authorization: basic base64(x-access-token:<token>)`, the header the action derives
 * from its token; anything else gets 401. Pushes are enabled.
 */
export async function serveGitOverHttp(root: string, token: string): Promise<GitHttpServer> {
  const expected = `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  const authorizations: (string | undefined)[] = [];
  const server = createServer((req, res) => {
    authorizations.push(req.headers.authorization);
    if (req.headers.authorization?.toLowerCase() !== expected.toLowerCase()) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' }).end('unauthorised');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH ?? '',
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        REMOTE_USER: 'x-access-token',
        REMOTE_ADDR: '127.0.0.1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        ...(req.headers['content-length'] ? { CONTENT_LENGTH: req.headers['content-length'] } : {}),
        ...(req.headers['content-encoding']
          ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] }
          : {}),
        ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    req.pipe(cgi.stdin);
    const chunks: Buffer[] = [];
    cgi.stdout.on('data', (c: Buffer) => chunks.push(c));
    cgi.on('close', () => {
      const out = Buffer.concat(chunks);
      const split = out.indexOf('\r\n\r\n');
      const head = out.subarray(0, split).toString('latin1');
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of head.split('\r\n')) {
        const [name = '', ...rest] = line.split(':');
        const value = rest.join(':').trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else if (name) headers[name] = value;
      }
      res.writeHead(status, headers).end(out.subarray(split + 4));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    authorizations,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
