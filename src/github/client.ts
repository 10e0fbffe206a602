import type { Octokit as CoreOctokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import { errorMessage } from '../errors.js';
import * as core from '../log.js';
import { type NamedSecret, SecretScanner } from '../safety/secrets.js';

/**
 * A repository on the GitHub (or GHES) host the client talks to. A type alias rather than an
 * interface so that it can be passed straight to Octokit (`client.rest.repos.get(repo)`): only
 * object type literals satisfy Octokit's index-signature parameter types.
 */
export type RepoRef = {
  owner: string;
  repo: string;
};

/** Where the client's diagnostics go: the job log (src/log.ts) by default, a collector in tests. */
export interface ClientLog {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** Retries of server errors (5xx and network failures). */
export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /**
   * Milliseconds per unit of plugin-retry's quadratic back-off: the n-th retry waits n² units
   * (1 s, 4 s, 9 s by default). Tests use 1.
   */
  baseMs?: number;
}

/** Handling of GitHub's primary and secondary rate limits. */
export interface ThrottleOptions {
  /** Retries of a rate-limited request (default 3). */
  retries?: number;
  /** The longest wait, in seconds, worth taking instead of failing (default 600). */
  maxWaitSeconds?: number;
  /** Milliseconds per second of `retry-after` / `x-ratelimit-reset` wait (1000; tests use 1). */
  baseMs?: number;
  /**
   * Space writes as GitHub asks integrators to (≥ 1 s between writes, ≥ 3 s between writes that
   * notify people). Default true; tests turn it off so a phase does not take ten seconds.
   */
  spaceWrites?: boolean;
}

/** Options of {@link createGitHubClient}. */
export interface GitHubClientOptions {
  /**
   * One job's client: it may remember what it read and wrote of the action's own comments, which no
   * one else writes while the job runs (jobs of one item do not overlap). Off for any other client.
   */
  jobScoped?: boolean;
  token: string;
  /** REST base URL: `GITHUB_API_URL` (`https://api.github.com`, or `https://HOST/api/v3` on GHES). */
  baseUrl: string;
  /** GraphQL endpoint: `GITHUB_GRAPHQL_URL` (`https://HOST/api/graphql` on GHES). */
  graphqlUrl?: string;
  userAgent?: string;
  retry?: RetryOptions;
  throttle?: ThrottleOptions;
  log?: ClientLog;
  /**
   * Values no request may carry outside its headers, in any encoding (the model key, say; see
   * src/safety/secrets.ts). The token itself is always on the list.
   */
  secrets?: readonly (string | NamedSecret)[];
}

const ClientClass = Octokit.plugin(logServerErrors, retry, throttling);

/** The one GitHub client: Octokit REST + GraphQL with retries and rate-limit handling. */
export type GitHubClient = InstanceType<typeof ClientClass>;

const PRODUCTION_DEFAULTS: { retry: Required<RetryOptions>; throttle: Required<ThrottleOptions> } = {
  retry: { retries: 3, baseMs: 1000 },
  throttle: { retries: 3, maxWaitSeconds: 600, baseMs: 1000, spaceWrites: true },
};
let defaults = structuredClone(PRODUCTION_DEFAULTS);

/**
 * Changes the defaults of every client created afterwards in this process and returns a function
 * that restores the previous ones. For tests, which drive whole phases through `run()` and so cannot
 * pass options to the client a phase builds: they shorten waits to milliseconds.
 */
export function setGitHubClientDefaults(next: {
  retry?: RetryOptions;
  throttle?: ThrottleOptions;
}): () => void {
  const previous = defaults;
  defaults = {
    retry: { ...previous.retry, ...next.retry },
    throttle: { ...previous.throttle, ...next.throttle },
  };
  return () => {
    defaults = previous;
  };
}

/** The REST API version every request asks for (GitHub keeps 2022-11-28 for at least 24 months). */
export const GITHUB_API_VERSION = '2022-11-28';

/**
 * Builds the GitHub client. This is the only place one is built: every phase receives it as a port.
 *
 * Server errors (5xx, network failures) are retried by plugin-retry with a quadratic back-off.
 * Rate limits are left to plugin-throttling, which waits for `retry-after` (secondary limits) or
 * `x-ratelimit-reset` (primary limits) before retrying, up to `throttle.retries` times and only
 * while the wait stays under `throttle.maxWaitSeconds`.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token) {
    throw new Error(
      'No GitHub token. Expected the github-token input (default: the workflow GITHUB_TOKEN); set it to secrets.GITHUB_TOKEN or a GitHub App token.',
    );
  }
  if (!URL.canParse(options.baseUrl)) {
    throw new Error(
      `Invalid GitHub API URL '${options.baseUrl}'. Expected an absolute URL such as https://api.github.com or https://HOST/api/v3 (GITHUB_API_URL).`,
    );
  }
  const log = options.log ?? core;
  const r = { ...defaults.retry, ...options.retry };
  const t = { ...defaults.throttle, ...options.throttle };
  const unspaced = t.spaceWrites
    ? {}
    : {
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
        search: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      };

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const what = `${request.method} ${request.url}`;
      if (retryCount < t.retries && retryAfter <= t.maxWaitSeconds) {
        log.warning(
          `GitHub ${kind} reached on ${what}; retrying in ${retryAfter}s (retry ${retryCount + 1} of ${t.retries}).`,
        );
        return true;
      }
      log.warning(
        `GitHub ${kind} reached on ${what}; giving up after ${retryCount} retries (the next try would be in ${retryAfter}s, the limit is ${t.maxWaitSeconds}s).`,
      );
      return false;
    };

  const client = new ClientClass({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'codex-orchestrator',
    // Octokit's request log reports every answer, a 404 the caller expects included, as `warn`:
    // debug output, not warnings on the run. Retries and rate limits are reported below.
    log: {
      debug: (m: string) => log.debug(m),
      info: (m: string) => log.debug(m),
      warn: (m: string) => log.debug(m),
      error: (m: string) => log.debug(m),
    },
    retry: {
      retries: r.retries,
      retryAfterBaseValue: r.baseMs,
      // Not retried: client errors that a second identical request cannot fix (400, 401, 404, 410,
      // 422, 451), and 403/429, which mean a rate limit or a missing permission. Rate limits belong
      // to plugin-throttling alone: it waits as long as GitHub says (`retry-after`,
      // `x-ratelimit-reset`), whereas plugin-retry would retry 429 on its own short back-off,
      // ignoring those headers and doubling the retries. A 403 that is not a rate limit is a
      // permission problem and fails at once with GitHub's message.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      ...unspaced,
      retryAfterBaseValue: t.baseMs,
      onRateLimit: onLimit('API rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
  });
  clientLogs.set(client, { log, retries: r.retries });
  if (options.jobScoped) jobClients.add(client);
  // Pinned: 2026-03-10 is the first REST version with breaking changes, and an unpinned client
  // follows GitHub's default whenever it moves. Octokit has no option for a default header.
  client.hook.before('request', (request) => {
    request.headers['x-github-api-version'] = GITHUB_API_VERSION;
  });
  // The basic-auth form git pushes use, base64(`x-access-token:<token>`), is the token's base64 at
  // offset 0: the scanner finds it with every other encoding.
  guardSecrets(
    client,
    new SecretScanner([{ name: 'the github-token', value: options.token }, ...(options.secrets ?? [])]),
  );
  if (options.graphqlUrl) {
    // @octokit/graphql posts to `<baseUrl>/graphql`; with a GHES `…/api/v3` base it always uses
    // `…/api/graphql` (what GITHUB_GRAPHQL_URL says there too). Elsewhere the given url is used.
    client.graphql = client.graphql.defaults({ url: options.graphqlUrl.replace(/\/+$/, '') });
  }
  return client;
}

const clientLogs = new WeakMap<object, { log: ClientLog; retries: number }>();
const jobClients = new WeakSet<object>();

/** Whether the client is one job's own (see GitHubClientOptions.jobScoped). */
export const isJobScoped = (client: object): boolean => jobClients.has(client);

/**
 * Logs each server error as it happens, before plugin-retry decides to try again; registered first so
 * its hook runs on every attempt (Octokit wraps hooks in registration order, the first innermost).
 */
function logServerErrors(octokit: CoreOctokit): void {
  octokit.hook.error('request', (error, options) => {
    const status = (error as { status?: number }).status;
    const entry = clientLogs.get(octokit);
    if (entry && (status === undefined || status >= 500)) {
      const attempt = ((options.request as { retryCount?: number } | undefined)?.retryCount ?? 0) + 1;
      const path = String(options.url);
      entry.log.info(
        `GitHub API ${options.method} ${path} failed (${status ?? 'network error'}: ${errorMessage(error)}) on attempt ${attempt} of ${entry.retries + 1}.`,
      );
    }
    throw error;
  });
}

/** Thrown instead of sending a request whose body or parameters hold a secret. */
export class SecretInRequestError extends Error {
  constructor(
    method: string,
    url: string,
    /** Which secret (its name, never its value), in which form, in which parameter. */
    readonly found: { secret: string; form: string; parameter: string },
  ) {
    super(
      `Refused to send ${method} ${url}: its parameter '${found.parameter}' would carry ${found.secret} (${found.form}) to GitHub. ` +
        'Text the model wrote is posted as it is, so it held the secret; nothing was written. Check the run for a prompt injection.',
    );
    this.name = 'SecretInRequestError';
  }
}

/**
 * Every request's parameters and body are checked for the job's secrets, in every encoding the
 * scanner knows, before they leave: what the action posts (comments, reviews, check runs, PR
 * bodies) carries text the model wrote, and a model steered by a prompt injection could copy a
 * secret it found into it. One check here covers every write, REST and GraphQL alike; the
 * Authorization header is the one place a token belongs.
 *
 * The parameters are read as one text, one string value per line, so that a secret split across
 * two parameters (half in the title, half in the body) is found too.
 */
function guardSecrets(client: CoreOctokit, scanner: SecretScanner): void {
  if (scanner.empty) return;
  client.hook.before('request', (options) => {
    const { headers: _headers, request: _request, ...rest } = options as Record<string, unknown>;
    const fields = stringFields(rest);
    const found = scanner.find(fields.map((f) => f.value).join('\n'));
    if (!found) return;
    const parameter = fieldsBetween(fields, found.start, found.end);
    throw new SecretInRequestError(String(options.method), String(options.url), {
      secret: found.secret,
      form: found.form,
      parameter,
    });
  });
}

interface Field {
  path: string;
  value: string;
}

/**
 * Every string in a request's parameters, with its path (`comments[0].body`). Keys are the
 * action's own (Octokit's parameter names, our GraphQL variables) and are left out, so that they
 * do not stand between the halves of a secret split across two parameters.
 */
function stringFields(value: unknown, path = '', out: Field[] = []): Field[] {
  if (typeof value === 'string') out.push({ path: path || '(body)', value });
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) stringFields(v, `${path}[${i}]`, out);
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) stringFields(v, path ? `${path}.${key}` : key, out);
  }
  return out;
}

/** The parameters a span of the joined text covers: `body`, or `title … body` when split across them. */
function fieldsBetween(fields: readonly Field[], start: number, end: number): string {
  const names: string[] = [];
  let offset = 0;
  for (const field of fields) {
    const fieldEnd = offset + field.value.length;
    if (fieldEnd > start && offset < end && !names.includes(field.path)) names.push(field.path);
    offset = fieldEnd + 1;
  }
  return names.length <= 1 ? (names[0] ?? '(body)') : `${names[0]} … ${names.at(-1)}`;
}
