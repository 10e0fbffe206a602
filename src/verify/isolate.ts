import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { type CommandOutcome, spawnOutcome } from './process.js';
import { type SandboxView, sandboxArgs, sandboxEnv, viewFor } from './view.js';

/** How one command runs inside the sandbox. */
export interface IsolatedRunOptions {
  cwd: string;
  env: Record<string, string>;
  /** `sandbox.network` of the config: off unless it is true. */
  network: boolean;
  timeoutMs: number;
}

/** The port: runs a command where no secret of the job can be read (DESIGN §8.11). */
export interface Isolation {
  /** What isolates, for the log: `bubblewrap (/usr/bin/bwrap)`. */
  mechanism: string;
  run(command: string, options: IsolatedRunOptions): Promise<CommandOutcome>;
}

/** The result of detection: an isolation, or why there is none and how to get one. */
export type IsolationProbe = { available: true; isolation: Isolation } | { available: false; reason: string };

/** Thrown instead of running a command exposed. */
export class IsolationUnavailableError extends Error {
  override name = 'IsolationUnavailableError';
}

/** The one switch of Ubuntu's AppArmor that stops bubblewrap on GitHub's ubuntu-24.04 images. */
export const USERNS_RESTRICTION = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';

export interface DetectOptions {
  /** bubblewrap executables to try, in order; missing ones are skipped. */
  bwrap: readonly string[];
  /** What the sandbox hides and shows of the runner's filesystem. */
  view: SandboxView;
  /** Called when no candidate exists, to fetch one (e.g. install Codex, whose package bundles bwrap). */
  obtain?: () => Promise<readonly string[]>;
  /**
   * sudo, allowed only on a GitHub-hosted runner (an ephemeral VM, discarded after the job): there the
   * AppArmor restriction is lifted so that unprivileged bubblewrap works. Undefined elsewhere.
   */
  sudo?: string;
  /** The AppArmor sysctl file (tests point it elsewhere). */
  usernsRestriction?: string;
  log?: (line: string) => void;
}

const firstLine = (text: string) => text.trim().split('\n').find(Boolean)?.slice(0, 300) ?? '(no output)';

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** bubblewrap as the port; the view decides what the command sees of the runner. */
export function bubblewrap(bin: string, view: SandboxView): Isolation {
  return {
    mechanism: `bubblewrap (${bin})`,
    async run(command, options) {
      const args = await sandboxArgs(view, { cwd: options.cwd, network: options.network, command });
      // bwrap's own environment is visible inside (as /proc/1/environ): it gets only the command's.
      const env = sandboxEnv(options.env);
      return spawnOutcome(command, bin, args, { cwd: options.cwd, env, timeoutMs: options.timeoutMs });
    },
  };
}

/**
 * Runs a real sandboxed command with the candidate. It must succeed, and the probe must not see this
 * process: a wrapper that runs commands without a PID namespace fails here.
 */
async function probe(bin: string, view: SandboxView): Promise<string | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'codex-isolate-probe-'));
  try {
    const check = process.pid > 50 ? `test ! -e /proc/${process.pid}` : 'true';
    const outcome = await bubblewrap(bin, view).run(check, {
      cwd: dir,
      env: { PATH: '/usr/bin:/bin' },
      network: false,
      timeoutMs: 15_000,
    });
    if (outcome.exitCode === 0) return undefined;
    return outcome.output.trim()
      ? firstLine(outcome.output)
      : `exit code ${outcome.exitCode}: this process was visible`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const execOk = (file: string, args: string[]) =>
  new Promise<{ ok: boolean; output: string }>((resolve) => {
    execFile(
      file,
      args,
      { timeout: 15_000, env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' } },
      (error, stdout, stderr) =>
        resolve({ ok: !error, output: `${stdout}${stderr}${error && !stderr ? error.message : ''}` }),
    );
  });

/**
 * Finds a working isolation: each bubblewrap candidate as the job's user; on a GitHub-hosted runner
 * whose AppArmor forbids user namespaces, lifts that restriction with sudo and tries again. Without
 * one, says what was tried and how to enable it; the caller must then run nothing.
 */
export async function detectIsolation(o: DetectOptions): Promise<IsolationProbe> {
  const log = o.log ?? (() => {});
  const restriction = o.usernsRestriction ?? USERNS_RESTRICTION;
  const candidates: string[] = [];
  for (const bin of new Set(o.bwrap)) if (await isExecutable(bin)) candidates.push(bin);
  if (candidates.length === 0 && o.obtain) {
    for (const bin of await o.obtain()) if (await isExecutable(bin)) candidates.push(bin);
  }
  if (candidates.length === 0)
    return { available: false, reason: refusal(['no bubblewrap (bwrap) executable'], 'none') };

  const tried: string[] = [];
  const tryAll = async () => {
    for (const bin of candidates) {
      const failure = await probe(bin, o.view);
      if (!failure) return bin;
      tried.push(`${bin}: ${failure}`);
    }
    return undefined;
  };
  let found = await tryAll();
  const restricted = (await readFile(restriction, 'utf8').catch(() => '')).trim() === '1';
  if (!found && restricted && o.sudo) {
    const lift = await execOk(o.sudo, [
      '-n',
      'sysctl',
      '-w',
      'kernel.apparmor_restrict_unprivileged_userns=0',
    ]);
    if (lift.ok) {
      log(
        'AppArmor forbade unprivileged user namespaces; lifted that on this GitHub-hosted runner (sysctl kernel.apparmor_restrict_unprivileged_userns=0).',
      );
      found = await tryAll();
    } else {
      tried.push(
        `sudo -n sysctl -w kernel.apparmor_restrict_unprivileged_userns=0: ${firstLine(lift.output)}`,
      );
    }
  }
  if (found) return { available: true, isolation: bubblewrap(found, o.view) };
  const stillRestricted = (await readFile(restriction, 'utf8').catch(() => '')).trim() === '1';
  return { available: false, reason: refusal(tried, stillRestricted ? 'apparmor' : 'userns') };
}

function refusal(tried: string[], cause: 'none' | 'apparmor' | 'userns'): string {
  const fix = {
    none:
      'Install bubblewrap on the runner (`sudo apt-get install -y bubblewrap`), or set codex-path to a Codex ' +
      'install (its package bundles bwrap).',
    apparmor:
      "Ubuntu's AppArmor forbids unprivileged user namespaces. Add a step before this one: " +
      '`sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0` (on a GitHub-hosted runner the action ' +
      'does this itself), or load the `bwrap-userns-restrict` AppArmor profile for the bwrap named above.',
    userns:
      'Allow unprivileged user namespaces (`kernel.unprivileged_userns_clone=1`, `user.max_user_namespaces` > 0). ' +
      'In a container, the runtime must allow creating namespaces (e.g. `--security-opt seccomp=unconfined ' +
      '--security-opt apparmor=unconfined`), or run the job on a VM runner.',
  }[cause];
  return (
    'Verification refused: its commands run code from the work branch, and this runner cannot isolate them ' +
    "from the job's secrets (a PID namespace with its own /proc, no network, writes only in the worktree). " +
    `Tried: ${tried.join('; ')}. Fix: ${fix}`
  );
}

/** The bwrap bundled with a Codex install, next to its native binary or behind its npm wrapper. */
export function bundledBwrap(codexPath: string): string[] {
  const triple = process.arch === 'arm64' ? 'aarch64-unknown-linux-musl' : 'x86_64-unknown-linux-musl';
  const vendor = `codex-linux-${process.arch}/vendor/${triple}`;
  return [
    join(dirname(dirname(codexPath)), 'codex-resources', 'bwrap'),
    // node_modules/.bin/codex → node_modules/@openai/codex-linux-<arch>/vendor/<triple>/codex-resources/bwrap
    join(dirname(dirname(codexPath)), '@openai', vendor, 'codex-resources', 'bwrap'),
  ];
}

/** Codex installs of the action in the tool cache (codex-orchestrator/codex/<version>/<platform>). */
async function toolCacheBwraps(toolCache: string | undefined): Promise<string[]> {
  if (!toolCache) return [];
  const root = join(toolCache, 'codex-orchestrator', 'codex');
  const versions = await readdir(root).catch(() => [] as string[]);
  const platform = `${process.platform}-${process.arch}`;
  return versions.flatMap((v) =>
    bundledBwrap(join(root, v, platform, 'node_modules', '.bin', 'codex')).slice(1),
  );
}

/** Where the job's facts come from: the runner's variables, and the Codex the job uses. */
export interface JobIsolationOptions {
  env?: NodeJS.ProcessEnv;
  /** Codex binaries whose bundled bwrap may serve. */
  codexPaths?: readonly string[];
  obtain?: () => Promise<readonly string[]>;
  /** Override the candidates (tests: a missing binary). */
  bwrap?: readonly string[];
  log?: (line: string) => void;
}

const detected = new Map<string, Promise<IsolationProbe>>();

/** Detects once per job (per view and candidate list); later calls reuse the answer. */
export async function jobIsolation(o: JobIsolationOptions = {}): Promise<IsolationProbe> {
  const env = o.env ?? process.env;
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter((d) => d.startsWith('/'))
    .map((d) => join(d, 'bwrap'));
  const bwrap = o.bwrap ?? [
    ...onPath,
    ...(o.codexPaths ?? []).flatMap(bundledBwrap),
    ...(await toolCacheBwraps(env.RUNNER_TOOL_CACHE)),
  ];
  const view = await viewFor(env);
  const sudo = env.RUNNER_ENVIRONMENT === 'github-hosted' ? '/usr/bin/sudo' : undefined;
  const key = JSON.stringify({ bwrap, view, sudo });
  let found = detected.get(key);
  if (!found) {
    found = detectIsolation({ bwrap, view, sudo, obtain: o.obtain, log: o.log });
    detected.set(key, found);
  }
  return found;
}

/** The isolation, or the refusal as an error: nothing runs exposed. */
export function requireIsolation(probe: IsolationProbe): Isolation {
  if (!probe.available) throw new IsolationUnavailableError(probe.reason);
  return probe.isolation;
}
