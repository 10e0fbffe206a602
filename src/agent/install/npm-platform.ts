/**
 * Installs a CLI that npm delivers as a native binary in a per-platform package (`@openai/codex`,
 * `@anthropic-ai/claude-code`) without `npm install`: the platform package's tarball is fetched
 * from the registry npm is configured for, checked against the registry's sha512 `dist.integrity`
 * while it streams, and only the files the job needs are unpacked into the runner's tool cache.
 */
import { rm } from 'node:fs/promises';
import type { ReadableStream } from 'node:stream/web';
import { extractVerified, type KeptFile } from './extract.js';
import {
  dependencyTarget,
  FastPathUnavailable,
  fetchVersionDoc,
  InstallError,
  type NpmCommand,
  npmRegistryFor,
  registryGet,
  sha512Of,
  shownUrl,
} from './registry.js';
import { commit, isComplete, stagingFor } from './tool-cache.js';

export type { KeptFile } from './extract.js';
export { FastPathUnavailable, InstallError } from './registry.js';
export { INSTALL_MARKER, isComplete } from './tool-cache.js';

/** What to install: the package a user pins, and which of its platform packages holds the files. */
export interface PlatformPackage {
  /** The package a user pins: `@openai/codex`. */
  name: string;
  /** Its exact version: `0.171.0`. */
  version: string;
  /**
   * The key of this platform's package among its `optionalDependencies`: `@openai/codex-linux-x64`.
   * Its value, an exact version or an `npm:` alias, names the package whose tarball is fetched.
   */
  platformDependency: string;
  /** The files to take from the platform package; everything else in it is skipped. */
  files: readonly KeptFile[];
}

/** Where to install, and how to reach npm's configuration. */
export interface InstallOptions {
  /** The install folder in the tool cache; complete once it holds the marker. */
  dir: string;
  /** The npm executable whose configuration names the registry (default `npm`). */
  npm?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** The whole install (documents, download, unpacking) ends with an error after this long. */
  timeoutMs?: number;
  /** The job's cancellation. */
  signal?: AbortSignal;
  /** Runs on the verified files before they are moved into `dir`; a throw installs nothing. */
  check?: (staged: string) => Promise<void>;
  log?: (line: string) => void;
}

/** The outcome: already there, installed now, or a fast path that cannot serve this setup. */
export type PlatformInstall =
  | { status: 'cached'; dir: string }
  | { status: 'installed'; dir: string; from: string; tarball: string; integrity: string; bytes: number }
  | { status: 'unavailable'; reason: string };

const DEFAULT_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * Installs `pkg`'s platform files into `o.dir`, or finds them there (one stat: no network, no
 * hashing). A download that fails in a way a retry may cure is tried once more. Throws an
 * InstallError for what `npm install` could not fix either (an unpublished version, a 5xx that
 * lasts, a tarball that fails its integrity or holds an unsafe entry, the timeout); returns
 * `unavailable` for what npm could (credentials, a proxy, a registry without sha512 integrity).
 * Nothing is left behind on failure: files are unpacked beside `o.dir` and moved in when verified.
 */
export async function installPlatformPackage(
  pkg: PlatformPackage,
  o: InstallOptions,
): Promise<PlatformInstall> {
  if (await isComplete(o.dir)) return { status: 'cached', dir: o.dir };
  const log = o.log ?? (() => {});
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = o.signal ? AbortSignal.any([deadline, o.signal]) : deadline;
  const spec = `${pkg.name}@${pkg.version}`;
  const npm: NpmCommand = { npm: o.npm ?? 'npm', env: o.env, cwd: o.cwd };
  try {
    const registry = await npmRegistryFor(pkg.name, npm);
    const wrapper = await twice(() => fetchVersionDoc(registry, pkg.name, pkg.version, signal), log);
    const dependency = wrapper.optionalDependencies?.[pkg.platformDependency];
    if (dependency === undefined)
      return unavailable(`${spec} lists no optional dependency ${pkg.platformDependency} for this platform`);
    const target = dependencyTarget(pkg.platformDependency, dependency);
    if (!target)
      return unavailable(`${spec} names ${pkg.platformDependency} as '${dependency}', not a version`);
    if (target.name.split('/')[0] !== pkg.name.split('/')[0])
      return unavailable(`${target.name} is outside ${pkg.name}'s scope, whose registry was looked up`);
    const from = `${target.name}@${target.version}`;
    const doc = await twice(() => fetchVersionDoc(registry, target.name, target.version, signal), log);
    const sha512 = sha512Of(doc.dist.integrity);
    if (!sha512) return unavailable(`the registry gives no sha512 dist.integrity for ${from}`);
    log(`Fetching ${from} from ${shownUrl(doc.dist.tarball)} (sha512 checked while it streams).`);
    const bytes = await twice(async () => {
      const staging = await stagingFor(o.dir);
      try {
        const response = await registryGet(doc.dist.tarball, `the tarball of ${from}`, { signal });
        const body = response.body as ReadableStream<Uint8Array>;
        const extracted = await extractVerified(body, {
          files: pkg.files,
          into: staging,
          sha512,
          what: from,
          signal,
        });
        await o.check?.(staging);
        await commit(staging, o.dir, `${JSON.stringify({ package: from, integrity: doc.dist.integrity })}\n`);
        return extracted.bytes;
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    }, log).catch((error: unknown) => {
      // A mirror may list tarballs on another host, which npm rewrites to the mirror and fetch cannot.
      if (
        error instanceof InstallError &&
        error.network &&
        new URL(doc.dist.tarball).host !== new URL(registry).host
      )
        throw new FastPathUnavailable(
          `the tarball's host is not the registry's and cannot be reached (${error.network})`,
        );
      throw error;
    });
    return {
      status: 'installed',
      dir: o.dir,
      from,
      tarball: doc.dist.tarball,
      integrity: `sha512-${sha512}`,
      bytes,
    };
  } catch (error) {
    if (error instanceof FastPathUnavailable) return unavailable(error.message);
    if (deadline.aborted)
      throw new InstallError(
        `Installing ${spec} did not finish within ${timeoutMs / 1000} s; nothing was installed. ` +
          'Fix: retry the job; if the registry is slow from this runner, install the binary in an earlier step.',
        { cause: error },
      );
    if (o.signal?.aborted) throw o.signal.reason ?? error;
    throw error;
  }
}

const unavailable = (reason: string): PlatformInstall => ({ status: 'unavailable', reason });

/** Runs `attempt` again once when it fails in a way a second try may cure. */
async function twice<T>(attempt: () => Promise<T>, log: (line: string) => void): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    const retryable =
      (error instanceof InstallError || error instanceof FastPathUnavailable) && error.retryable;
    if (!retryable) throw error;
    log(`${(error as Error).message.split('. Fix:')[0]}; trying once more.`);
    return attempt();
  }
}
