import { lstat, readFile, realpath } from 'node:fs/promises';
import { basename, delimiter, dirname, isAbsolute, resolve, sep } from 'node:path';

/**
 * What a sandboxed command sees of the runner. The system is visible read-only; `hide` is covered by
 * empty private tmpfs mounts (homes with the runner's files and credentials, temp folders, the work
 * folder with other checkouts and the runner's file commands, `/run` with sockets such as Docker's,
 * which a read-only mount does not stop); `expose` comes back read-only from inside those (toolchains,
 * the tool cache).
 */
export interface SandboxView {
  hide: string[];
  expose: string[];
}

const inside = (path: string, dir: string) =>
  path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/** The real path of an existing directory, or undefined (a symlinked path is hidden at its target). */
async function realDir(path: string | undefined): Promise<string | undefined> {
  if (!path || !isAbsolute(path)) return undefined;
  try {
    const real = await realpath(path);
    return (await lstat(real)).isDirectory() ? real : undefined;
  } catch {
    return undefined;
  }
}

const defined = <T>(values: (T | undefined)[]): T[] => values.filter((v): v is T => v !== undefined);

/**
 * The view of one job. Toolchains that the job's PATH reaches inside a hidden folder (`~/.cargo/bin`,
 * nvm's `…/bin`, a checkout's `node_modules/.bin`) come back read-only with their parent folder (a `bin` alone lacks the libraries next
 * to it), unless that parent is itself hidden or holds the runner's work.
 */
export async function viewFor(env: NodeJS.ProcessEnv): Promise<SandboxView> {
  const home = await realDir(env.HOME);
  const workRoot = await realDir(env.RUNNER_WORKSPACE ? dirname(env.RUNNER_WORKSPACE) : undefined);
  const runnerTemp = await realDir(env.RUNNER_TEMP);
  const hide = [
    ...new Set(
      defined(
        await Promise.all(
          ['/home', '/root', home, '/tmp', '/var/tmp', '/run', runnerTemp, workRoot].map((p) => realDir(p)),
        ),
      ),
    ),
  ].sort((a, b) => a.length - b.length);
  const sensitive = defined([runnerTemp, workRoot, home]);
  const expose = new Set<string>();
  const toolCache = await realDir(env.RUNNER_TOOL_CACHE);
  if (toolCache) expose.add(toolCache);
  if (home) {
    const rustup = await realDir(`${home}/.rustup`);
    if (rustup) expose.add(rustup);
  }
  for (const entry of (env.PATH ?? '').split(delimiter)) {
    const dir = await realDir(entry);
    if (!dir || !hide.some((h) => inside(dir, h)) || hide.includes(dir)) continue;
    if ([runnerTemp, workRoot].some((s) => s && inside(dir, s))) continue;
    const parent = dirname(dir);
    // `node_modules/.bin` holds links into its `node_modules`: that comes back with it.
    const wide =
      ['bin', '.bin'].includes(basename(dir)) &&
      !hide.includes(parent) &&
      !sensitive.some((s) => inside(s, parent));
    expose.add(wide ? parent : dir);
  }
  return { hide, expose: [...expose].filter((e) => !hide.includes(e)).sort() };
}

/**
 * A linked worktree's `.git` is a file naming a folder in the main repository; git inside the
 * sandbox needs that repository, read-only.
 */
async function gitDirs(cwd: string): Promise<string[]> {
  const dotGit = await readFile(`${cwd}/.git`, 'utf8').catch(() => '');
  const match = /^gitdir: (.+)$/m.exec(dotGit);
  if (!match) return [];
  const gitdir = resolve(cwd, match[1]!.trim());
  const common = await readFile(`${gitdir}/commondir`, 'utf8').then(
    (c) => resolve(gitdir, c.trim()),
    () => gitdir,
  );
  return defined(await Promise.all([realDir(common), realDir(gitdir)]));
}

/** bubblewrap's arguments for one command: namespaces, the view, the worktree read-write. */
export async function sandboxArgs(
  view: SandboxView,
  o: { cwd: string; network: boolean; command: string },
): Promise<string[]> {
  const cwd = (await realDir(o.cwd)) ?? o.cwd;
  const args = [
    '--unshare-all',
    ...(o.network ? ['--share-net'] : []),
    // Explicit, so that --disable-userns applies: no nested namespace can regain privileges.
    '--unshare-user',
    '--disable-userns',
    '--die-with-parent',
    '--new-session',
    '--ro-bind',
    '/',
    '/',
    '--dev',
    '/dev',
    '--proc',
    '/proc',
  ];
  for (const dir of view.hide) args.push('--tmpfs', dir);
  for (const dir of view.expose) args.push('--ro-bind', dir, dir);
  for (const dir of await gitDirs(cwd)) if (!inside(dir, cwd)) args.push('--ro-bind', dir, dir);
  // DNS on Ubuntu goes through /run (systemd-resolved), which is hidden.
  if (o.network) args.push('--ro-bind-try', '/run/systemd/resolve', '/run/systemd/resolve');
  args.push('--bind', cwd, cwd);
  // A hidden folder inside the worktree (a worktree at $HOME) stays hidden.
  for (const dir of view.hide) if (dir !== cwd && inside(dir, cwd)) args.push('--tmpfs', dir);
  args.push('--chdir', cwd, '--', '/bin/sh', '-c', o.command);
  return args;
}

/** The command's environment inside: temp files go to the private /tmp. */
export function sandboxEnv(env: Record<string, string>): Record<string, string> {
  return { ...env, TMPDIR: '/tmp', TMP: '/tmp', TEMP: '/tmp' };
}
