import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createGitHubClient,
  type GitHubClient,
  type RepoRef,
  setGitHubClientDefaults,
} from '../../src/github/client.js';
import { gitSource } from './github/git-source.js';
import { answerGraphql } from './github/graphql.js';
import { type FailSpec, faultResponse, readBody, send } from './github/http.js';
import type { Urls } from './github/render.js';
import { ghError, type Route } from './github/route.js';
import { issueRoutes } from './github/routes-issues.js';
import { pullRoutes } from './github/routes-pulls.js';
import { repoRoutes } from './github/routes-repo.js';
import { FakeSeeds } from './github/seeds.js';
import { FakeState, fakeSha, type Role } from './github/state.js';
import { openApiSpec, type SpecVariant } from './openapi.js';

/**
 * A GitHub API on 127.0.0.1 for end-to-end tests: REST and GraphQL, with state, and every request
 * checked against GitHub's published OpenAPI description (GraphQL: against GitHub's schema).
 * Anything that GitHub would reject or that the fake cannot answer is recorded in `violations`;
 * a test ends with `gh.assertNoViolations()`.
 */

export type { FailSpec } from './github/http.js';
export type { FakeIssue, FakeState, Role } from './github/state.js';

/** Options of {@link startGitHubServer}; every field has a default. */
export interface FakeGitHubOptions {
  /** Repository owner and name (default `acme/widgets`). */
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  visibility?: 'public' | 'private' | 'internal';
  /** Serve like GitHub Enterprise Server: REST under `/api/v3`, GraphQL at `/api/graphql`. */
  ghes?: boolean;
  /** The OpenAPI description to validate against (default `api.github.com`). */
  spec?: SpecVariant;
  /** Extra tokens: token → login (created as a user, or a bot when the login ends in `[bot]`). */
  tokens?: Record<string, string>;
  /** Extra or changed collaborators: login → role. */
  collaborators?: Record<string, Role>;
  /** Also validate the fake's own JSON answers against the description (default true). */
  validateResponses?: boolean;
  /**
   * Make every GitHub client created in this process retry without waiting (retry back-off and
   * rate-limit waits in milliseconds, no write spacing) until `close()`. Default true.
   */
  fastClients?: boolean;
  /** A git repository (e.g. the test's bare `origin`) behind branches, default-branch files and PR diffs. */
  gitDir?: string;
}

/** A request the server answered. */
export interface RecordedRequest {
  method: string;
  /** The path below the API root, without the query: `/repos/acme/widgets/issues/1/comments`. */
  path: string;
  query: Record<string, string>;
  /** The OpenAPI operation (`issues/create-comment`), or `graphql query viewer`. */
  operation: string;
  login: string | undefined;
  body: unknown;
  status: number;
  /** True when the answer came from `failNext`. */
  injected: boolean;
  /** When the request arrived (`performance.now()`), to check waits between retries. */
  at: number;
  /** How long the server took to answer it (validation included), in ms. */
  ms: number;
}

/** Something GitHub would have rejected, or that the fake could not answer. */
export interface Violation {
  kind:
    | 'unknown-endpoint'
    | 'invalid-request'
    | 'unimplemented'
    | 'graphql'
    | 'response'
    | 'auth'
    | 'server-error';
  method: string;
  path: string;
  operation?: string;
  problems: string[];
}

/** The default accounts: token → login; roles below. */
export const DEFAULT_TOKENS: Record<string, string> = {
  ghs_action: 'github-actions[bot]',
  ghp_maintainer: 'maintainer',
  ghp_writer: 'writer',
  ghp_reader: 'reader',
  ghp_outsider: 'outsider',
};
export const DEFAULT_COLLABORATORS: Record<string, Role> = {
  maintainer: 'admin',
  writer: 'write',
  reader: 'read',
};

const ALL_ROUTES: Record<string, Route> = { ...issueRoutes, ...pullRoutes, ...repoRoutes };

export class FakeGitHub extends FakeSeeds {
  readonly violations: Violation[] = [];
  readonly requests: RecordedRequest[] = [];
  private readonly faults: (FailSpec & { remaining: number })[] = [];
  private readonly restoreClients: (() => void) | undefined;

  constructor(
    private readonly server: ReturnType<typeof createServer>,
    state: FakeState,
    readonly url: string,
    readonly graphqlUrl: string,
    readonly serverUrl: string,
    restoreClients: (() => void) | undefined,
  ) {
    super(state);
    this.restoreClients = restoreClients;
  }

  /** `{owner, repo}` of the fake's repository. */
  get repoRef(): RepoRef {
    return { owner: this.state.repo.owner, repo: this.state.repo.name };
  }

  /** The runner variables that point the action at this server. */
  env(): Record<string, string> {
    return {
      GITHUB_API_URL: this.url,
      GITHUB_GRAPHQL_URL: this.graphqlUrl,
      GITHUB_SERVER_URL: this.serverUrl,
      GITHUB_REPOSITORY: `${this.state.repo.owner}/${this.state.repo.name}`,
    };
  }

  /** A client for this server (the production factory), authenticated as the token's account. */
  client(token = 'ghs_action'): GitHubClient {
    return createGitHubClient({
      token,
      baseUrl: this.url,
      graphqlUrl: this.graphqlUrl,
      retry: { baseMs: 1 },
      throttle: { baseMs: 1, spaceWrites: false },
      log: { info: () => {}, warning: () => {}, debug: () => {} },
    });
  }

  /** Answers the next matching request(s) with a failure; returns the spec, whose `remaining` counts down. */
  failNext(spec: FailSpec): FailSpec & { remaining: number } {
    const fault = { ...spec, remaining: spec.times ?? 1 };
    this.faults.push(fault);
    return fault;
  }

  /** Requests answered so far, optionally only those of one operation (`issues/create-comment`, `graphql`). */
  calls(operation?: string | RegExp): RecordedRequest[] {
    if (operation === undefined) return [...this.requests];
    return this.requests.filter((r) =>
      typeof operation === 'string'
        ? r.operation === operation || r.operation.startsWith(`${operation} `)
        : operation.test(r.operation),
    );
  }

  /** Time the server spent answering (validation included), summed over requests: the test double's share of a run. */
  serverTimeMs(): number {
    return this.requests.reduce((total, r) => total + r.ms, 0);
  }

  /** Throws, listing every violation, unless there is none. */
  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map(
      (v) =>
        `- [${v.kind}] ${v.method} ${v.path}${v.operation ? ` (${v.operation})` : ''}: ${v.problems.join('; ')}`,
    );
    throw new Error(
      `The loopback GitHub API saw ${this.violations.length} violation(s):\n${lines.join('\n')}`,
    );
  }

  async close(): Promise<void> {
    this.restoreClients?.();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** The fault for a request, if one is pending. */
  takeFault(method: string, path: string, template: string | undefined, operation: string | undefined) {
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (!f.method || f.method.toUpperCase() === method) &&
        (typeof f.path === 'string' ? [path, template, operation].includes(f.path) : f.path.test(path)),
    );
    if (fault) fault.remaining -= 1;
    return fault;
  }
}

/** Starts the server on 127.0.0.1 with a random port. */
export async function startGitHubServer(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const spec = openApiSpec(opts.spec ?? 'api.github.com');
  const state = new FakeState({
    id: 555_000_111,
    nodeId: 'R_kgDOIQ2xcw',
    owner: opts.owner ?? 'acme',
    name: opts.repo ?? 'widgets',
    defaultBranch: opts.defaultBranch ?? 'main',
    visibility: opts.visibility ?? 'private',
  });
  state.addUser(state.repo.owner, 'Organization');
  for (const [token, login] of Object.entries({ ...DEFAULT_TOKENS, ...opts.tokens })) {
    state.addUser(login);
    state.tokens.set(token, login);
  }
  for (const [login, role] of Object.entries({ ...DEFAULT_COLLABORATORS, ...opts.collaborators })) {
    state.addUser(login);
    state.collaborators.set(login.toLowerCase(), role);
  }
  if (opts.gitDir) state.git = gitSource(opts.gitDir);
  else state.branches.set(state.repo.defaultBranch, fakeSha(`branch ${state.repo.defaultBranch}`));

  let fake: FakeGitHub | undefined;
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      fake?.violations.push({
        kind: 'server-error',
        method: req.method ?? '',
        path: req.url ?? '',
        problems: [String(error)],
      });
      send(res, ghError(500, `Loopback GitHub failed: ${String(error)}`));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const apiRoot = opts.ghes ? `${origin}/api/v3` : origin;
  const graphqlPath = opts.ghes ? '/api/graphql' : '/graphql';
  const urls: Urls = { api: apiRoot, web: origin };
  const restore =
    opts.fastClients === false
      ? undefined
      : setGitHubClientDefaults({
          retry: { baseMs: 1 },
          throttle: { baseMs: 1, spaceWrites: false },
        });
  fake = new FakeGitHub(server, state, apiRoot, `${origin}${graphqlPath}`, origin, restore);
  const current = fake;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const login = token ? state.tokens.get(token) : undefined;
    const isGraphql = url.pathname === graphqlPath;
    const apiPath = new URL(apiRoot).pathname.replace(/\/$/, '');
    const underApi = url.pathname.startsWith(`${apiPath}/`);
    const path = isGraphql ? '/graphql' : underApi ? url.pathname.slice(apiPath.length) : url.pathname;
    const at = performance.now();
    const record = (operation: string, status: number, injected = false, body?: unknown) =>
      current.requests.push({
        method,
        path,
        query: Object.fromEntries(url.searchParams),
        operation,
        login,
        body,
        status,
        injected,
        at,
        ms: performance.now() - at,
      });
    const violate = (v: Omit<Violation, 'method' | 'path'>) =>
      current.violations.push({ method, path, ...v });

    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        violate({ kind: 'invalid-request', problems: ['body is not JSON'] });
        record('(invalid)', 400);
        return send(res, ghError(400, 'Problems parsing JSON'));
      }
    }
    if (!login) {
      violate({ kind: 'auth', problems: [token ? 'unknown token' : 'no Authorization header'] });
      record('(unauthenticated)', 401);
      return send(res, ghError(401, 'Bad credentials'));
    }

    if (isGraphql) {
      if (method !== 'POST') return send(res, ghError(404, 'Not Found'));
      const fault = current.takeFault(method, '/graphql', undefined, 'graphql');
      if (fault) {
        record('graphql', fault.status, true, body);
        return send(res, faultResponse(fault));
      }
      const outcome = await answerGraphql(state, login, body, urls);
      if (outcome.violations.length > 0)
        violate({ kind: 'graphql', operation: outcome.operationName, problems: outcome.violations });
      record(`graphql ${outcome.operationName}`, outcome.response.status, false, body);
      return send(res, outcome.response);
    }

    // On GHES the REST API lives under /api/v3: a request outside it went to the wrong base URL.
    const matched = underApi ? spec.match(method, path) : undefined;
    if (!matched) {
      violate({
        kind: 'unknown-endpoint',
        problems: [`${method} ${path} is not in GitHub's OpenAPI description`],
      });
      record('(unknown)', 404, false, body);
      return send(res, ghError(404, 'Not Found'));
    }
    const operation = matched.operationId;
    // Every REST request pins the API version (2026-03-10 is the first with breaking changes).
    const version = String(req.headers['x-github-api-version'] ?? '');
    if (version !== '2022-11-28') {
      violate({
        kind: 'invalid-request',
        operation,
        problems: [`X-GitHub-Api-Version is '${version || '(missing)'}', expected 2022-11-28`],
      });
    }
    const problems = spec.validateRequest(matched, url.searchParams, body, req.headers['content-type']);
    if (problems.length > 0) {
      violate({ kind: 'invalid-request', operation, problems });
      record(operation, 422, false, body);
      return send(res, ghError(422, 'Invalid request.', problems));
    }
    const fault = current.takeFault(method, path, matched.template, operation);
    if (fault) {
      record(operation, fault.status, true, body);
      return send(res, faultResponse(fault));
    }
    const { owner, repo } = matched.pathParams;
    if (
      owner !== undefined &&
      (owner.toLowerCase() !== state.repo.owner.toLowerCase() ||
        repo?.toLowerCase() !== state.repo.name.toLowerCase())
    ) {
      record(operation, 404, false, body);
      return send(res, ghError(404, 'Not Found'));
    }
    const route = ALL_ROUTES[operation];
    if (!route) {
      violate({
        kind: 'unimplemented',
        operation,
        problems: [`${operation} is valid but not implemented by the loopback GitHub`],
      });
      // 404 rather than 501: a 5xx would be retried, and the violation fails the test anyway.
      record(operation, 404, false, body);
      return send(res, ghError(404, `Not Found (${operation} is not implemented by the loopback GitHub)`));
    }
    const answer = await route({
      state,
      urls,
      url,
      params: matched.pathParams,
      query: url.searchParams,
      body,
      login,
      accept: String(req.headers.accept ?? ''),
    });
    if (opts.validateResponses !== false && answer.body !== undefined && answer.status < 300) {
      const responseProblems = spec.validateResponse(matched, answer.status, answer.body);
      if (responseProblems.length > 0)
        violate({ kind: 'response', operation, problems: responseProblems.slice(0, 10) });
    }
    record(operation, answer.status, false, body);
    send(res, answer);
  }

  return fake;
}
