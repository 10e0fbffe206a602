import { tmpdir } from 'node:os';
import { execa } from 'execa';
import { z } from 'zod';

/**
 * A failure the caller should show as is: the message names the package, what went wrong and the
 * fix. `retryable` marks what a second download may cure (a 5xx, a cut connection, a bad transfer).
 */
export class InstallError extends Error {
  readonly retryable: boolean;
  /** The registry's HTTP status, when it answered with an error. */
  readonly status: number | undefined;
  /** The connection error's code, when no answer came. */
  readonly network: string | undefined;
  constructor(
    message: string,
    options: { retryable?: boolean; status?: number; network?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'InstallError';
    this.retryable = options.retryable ?? false;
    this.status = options.status;
    this.network = options.network;
  }
}

/**
 * The fast path cannot serve this registry (credentials npm keeps to itself, a proxy, no sha512):
 * the caller falls back to `npm install`, which can. `retryable` as for InstallError.
 */
export class FastPathUnavailable extends Error {
  readonly retryable: boolean;
  constructor(message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'FastPathUnavailable';
    this.retryable = options.retryable ?? false;
  }
}

/** How to ask npm for its configuration: the executable, its environment and folder. */
export interface NpmCommand {
  npm: string;
  env?: NodeJS.ProcessEnv;
  /**
   * The folder npm runs in; a neutral one by default. npm reads a project's `.npmrc` from the
   * folder it runs in and its parents, and the job's folder is the checkout: a pull request that
   * adds an `.npmrc` would choose the registry its reviewer's CLI comes from.
   */
  cwd?: string;
}

/** A folder with no project of anyone's above it: the installer's npm runs there. */
export const NEUTRAL_DIR = tmpdir();

const unset = (value: string | undefined): boolean =>
  value === undefined || value === '' || value === 'undefined' || value === 'null';

/** A URL without its user info, for logs and messages. */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return '(an invalid URL)';
  }
}

/**
 * The registry npm would fetch `name` from, as npm itself resolves it (project, user and global
 * .npmrc, `npm_config_*` variables, a `@scope:registry`), ending in `/`. npm hands out no
 * credentials (`npm config get` refuses `_authToken`), so a registry that needs them answers 401
 * later and the caller falls back to `npm install`; a proxy is likewise left to npm.
 */
export async function npmRegistryFor(name: string, o: NpmCommand): Promise<string> {
  const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined;
  const keys = [...(scope ? [`${scope}:registry`] : []), 'registry', 'proxy', 'https-proxy'];
  const result = await execa(o.npm, ['config', 'get', ...keys], {
    // npm would otherwise ask the registry whether npm itself has an update, on this job's clock.
    env: { ...(o.env ?? process.env), npm_config_update_notifier: 'false' },
    extendEnv: false,
    cwd: o.cwd ?? NEUTRAL_DIR,
    reject: false,
    stdin: 'ignore',
    timeout: 30_000,
  });
  if (result.failed) {
    const why = result.code === 'ENOENT' ? `'${o.npm}' was not found` : `it failed (exit ${result.exitCode})`;
    throw new FastPathUnavailable(`asking npm for its registry (npm config get registry): ${why}`);
  }
  const values = new Map<string, string>();
  for (const line of String(result.stdout).split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) values.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  const proxy = ['https-proxy', 'proxy'].find((key) => !unset(values.get(key)));
  if (proxy) throw new FastPathUnavailable(`npm is set to use a proxy (${proxy}), which npm install speaks`);
  const env = o.env ?? process.env;
  const proxyEnv = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].find((key) => env[key]);
  if (proxyEnv) throw new FastPathUnavailable(`${proxyEnv} is set, and npm install speaks proxies`);
  const scoped = scope ? values.get(`${scope}:registry`) : undefined;
  const raw = unset(scoped) ? values.get('registry') : scoped;
  if (unset(raw)) throw new FastPathUnavailable('npm reports no registry (npm config get registry)');
  let url: URL;
  try {
    url = new URL(raw!);
  } catch {
    throw new FastPathUnavailable(`npm's registry '${raw}' is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new FastPathUnavailable(`npm's registry ${shownUrl(url.href)} is not http(s)`);
  if (url.username || url.password)
    throw new FastPathUnavailable(`npm's registry URL carries credentials (${shownUrl(url.href)})`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The fields of a version document (a packument's `versions[v]`) this installer reads. */
const VersionDoc = z.object({
  name: z.string(),
  version: z.string(),
  optionalDependencies: z.record(z.string(), z.string()).optional(),
  dist: z.object({ tarball: z.url(), integrity: z.string().optional() }),
});
export type VersionDoc = z.infer<typeof VersionDoc>;

/** A TLS failure: npm may pass where fetch fails, with the `cafile`/`ca` it is configured with. */
const TLS_FAILURE = /CERT|^ERR_TLS|^ERR_SSL|^UNABLE_TO_|SELF_SIGNED/;

/**
 * GETs `url`. A 5xx, a 429 or a failed connection is worth a second try (`retryable`); a 401/403
 * means credentials only npm has, and a TLS failure certificates only npm may have; any other
 * status is final.
 */
export async function registryGet(url: string, what: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, redirect: 'follow' });
  } catch (error) {
    if (init.signal?.aborted) throw init.signal.reason ?? error;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const code = cause?.code ?? cause?.message ?? String(error);
    if (TLS_FAILURE.test(code))
      throw new FastPathUnavailable(`${shownUrl(url)} failed TLS verification (${code})`, { cause: error });
    throw new InstallError(
      `Could not reach ${shownUrl(url)} for ${what} (${code}). Fix: check that the runner reaches the ` +
        'registry npm is configured for (npm config get registry).',
      { retryable: true, network: code, cause: error },
    );
  }
  if (response.ok) return response;
  await response.body?.cancel().catch(() => {});
  const status = `${response.status} ${response.statusText}`.trim();
  if (response.status === 401 || response.status === 403)
    throw new FastPathUnavailable(`${shownUrl(url)} asks for credentials (${status}) for ${what}`);
  throw new InstallError(
    `The registry answered ${status} for ${what} (${shownUrl(url)}).` +
      (response.status === 404
        ? ' Fix: check that the version is published on the registry npm is configured for (npm config get registry).'
        : ' Fix: retry the job later; if it persists, check the registry npm is configured for.'),
    { retryable: response.status >= 500 || response.status === 429, status: response.status },
  );
}

/** `@scope/name` → `@scope%2fname`, as npm puts a package name into a registry URL. */
const escapedName = (name: string) => name.replace('/', '%2f');

/**
 * The document of `name@version`: the version endpoint first (a few hundred bytes), else the
 * abbreviated packument, for a registry that serves no version endpoint.
 */
export async function fetchVersionDoc(
  registry: string,
  name: string,
  version: string,
  signal: AbortSignal,
): Promise<VersionDoc> {
  const what = `${name}@${version}`;
  const base = `${registry}${escapedName(name)}`;
  let doc: unknown;
  try {
    doc = await (await registryGet(`${base}/${encodeURIComponent(version)}`, what, { signal })).json();
  } catch (error) {
    if (!(error instanceof InstallError) || error.status !== 404) throw error;
    const accept = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8';
    const packument = (await (await registryGet(base, what, { signal, headers: { accept } })).json()) as {
      versions?: Record<string, unknown>;
    };
    doc = packument.versions?.[version];
    if (doc === undefined)
      throw new InstallError(
        `The registry ${shownUrl(registry)} has no ${what}. Fix: name a published version.`,
      );
  }
  const parsed = VersionDoc.safeParse(doc);
  if (!parsed.success)
    throw new FastPathUnavailable(`the registry's document of ${what} lacks name, version or dist.tarball`);
  return parsed.data;
}

/**
 * The package an optional dependency points at: `npm:@openai/codex@0.171.0-linux-x64` (an alias)
 * or `2.1.332` (the key's own name). Only an exact version is taken: a range is npm's to resolve.
 */
export function dependencyTarget(key: string, spec: string): { name: string; version: string } | undefined {
  const alias = /^npm:((?:@[^/@]+\/)?[^@]+)@(.+)$/.exec(spec);
  const [name, version] = alias ? [alias[1]!, alias[2]!] : [key, spec];
  return /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version)
    ? { name, version }
    : undefined;
}

/** The base64 sha512 digest of an SRI string (`sha512-…`, possibly among other hashes). */
export function sha512Of(integrity: string | undefined): string | undefined {
  for (const token of (integrity ?? '').trim().split(/\s+/)) {
    const match = /^sha512-([A-Za-z0-9+/]+={0,2})(?:\?.*)?$/.exec(token);
    if (match) return match[1];
  }
  return undefined;
}
