export const id = 584;
export const ids = [584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   kB: () => (/* binding */ isJobScoped)
/* harmony export */ });
/* unused harmony exports setGitHubClientDefaults, GITHUB_API_VERSION, SecretInRequestError */
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9988);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _safety_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3836);







const ClientClass = _octokit_rest__WEBPACK_IMPORTED_MODULE_3__/* .Octokit */ .E.plugin(logServerErrors, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
const PRODUCTION_DEFAULTS = {
    retry: { retries: 3, baseMs: 1000 },
    throttle: { retries: 3, maxWaitSeconds: 600, baseMs: 1000, spaceWrites: true },
};
let defaults = structuredClone(PRODUCTION_DEFAULTS);
/**
 * Changes the defaults of every client created afterwards in this process and returns a function
 * that restores the previous ones. For tests, which drive whole phases through `run()` and so cannot
 * pass options to the client a phase builds: they shorten waits to milliseconds.
 */
function setGitHubClientDefaults(next) {
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
const GITHUB_API_VERSION = '2022-11-28';
/**
 * Builds the GitHub client. This is the only place one is built: every phase receives it as a port.
 *
 * Server errors (5xx, network failures) are retried by plugin-retry with a quadratic back-off.
 * Rate limits are left to plugin-throttling, which waits for `retry-after` (secondary limits) or
 * `x-ratelimit-reset` (primary limits) before retrying, up to `throttle.retries` times and only
 * while the wait stays under `throttle.maxWaitSeconds`.
 */
function createGitHubClient(options) {
    if (!options.token) {
        throw new Error('No GitHub token. Expected the github-token input (default: the workflow GITHUB_TOKEN); set it to secrets.GITHUB_TOKEN or a GitHub App token.');
    }
    if (!URL.canParse(options.baseUrl)) {
        throw new Error(`Invalid GitHub API URL '${options.baseUrl}'. Expected an absolute URL such as https://api.github.com or https://HOST/api/v3 (GITHUB_API_URL).`);
    }
    const log = options.log ?? _log_js__WEBPACK_IMPORTED_MODULE_1__;
    const r = { ...defaults.retry, ...options.retry };
    const t = { ...defaults.throttle, ...options.throttle };
    const unspaced = t.spaceWrites
        ? {}
        : {
            write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: 0 }),
            notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: 0 }),
            search: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: 0 }),
        };
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount < t.retries && retryAfter <= t.maxWaitSeconds) {
            log.warning(`GitHub ${kind} reached on ${what}; retrying in ${retryAfter}s (retry ${retryCount + 1} of ${t.retries}).`);
            return true;
        }
        log.warning(`GitHub ${kind} reached on ${what}; giving up after ${retryCount} retries (the next try would be in ${retryAfter}s, the limit is ${t.maxWaitSeconds}s).`);
        return false;
    };
    const client = new ClientClass({
        auth: options.token,
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'codex-orchestrator',
        // Octokit's request log reports every answer, a 404 the caller expects included, as `warn`:
        // debug output, not warnings on the run. Retries and rate limits are reported below.
        log: {
            debug: (m) => log.debug(m),
            info: (m) => log.debug(m),
            warn: (m) => log.debug(m),
            error: (m) => log.debug(m),
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
    if (options.jobScoped)
        jobClients.add(client);
    // Pinned: 2026-03-10 is the first REST version with breaking changes, and an unpinned client
    // follows GitHub's default whenever it moves. Octokit has no option for a default header.
    client.hook.before('request', (request) => {
        request.headers['x-github-api-version'] = GITHUB_API_VERSION;
    });
    // The basic-auth form git pushes use, base64(`x-access-token:<token>`), is the token's base64 at
    // offset 0: the scanner finds it with every other encoding.
    guardSecrets(client, new _safety_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretScanner */ .Jq([{ name: 'the github-token', value: options.token }, ...(options.secrets ?? [])]));
    if (options.graphqlUrl) {
        // @octokit/graphql posts to `<baseUrl>/graphql`; with a GHES `…/api/v3` base it always uses
        // `…/api/graphql` (what GITHUB_GRAPHQL_URL says there too). Elsewhere the given url is used.
        client.graphql = client.graphql.defaults({ url: options.graphqlUrl.replace(/\/+$/, '') });
    }
    return client;
}
const clientLogs = new WeakMap();
const jobClients = new WeakSet();
/** Whether the client is one job's own (see GitHubClientOptions.jobScoped). */
const isJobScoped = (client) => jobClients.has(client);
/**
 * Logs each server error as it happens, before plugin-retry decides to try again; registered first so
 * its hook runs on every attempt (Octokit wraps hooks in registration order, the first innermost).
 */
function logServerErrors(octokit) {
    octokit.hook.error('request', (error, options) => {
        const status = error.status;
        const entry = clientLogs.get(octokit);
        if (entry && (status === undefined || status >= 500)) {
            const attempt = (options.request?.retryCount ?? 0) + 1;
            const path = String(options.url);
            entry.log.info(`GitHub API ${options.method} ${path} failed (${status ?? 'network error'}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error)}) on attempt ${attempt} of ${entry.retries + 1}.`);
        }
        throw error;
    });
}
/** Thrown instead of sending a request whose body or parameters hold a secret. */
class SecretInRequestError extends Error {
    found;
    constructor(method, url, 
    /** Which secret (its name, never its value), in which form, in which parameter. */
    found) {
        super(`Refused to send ${method} ${url}: its parameter '${found.parameter}' would carry ${found.secret} (${found.form}) to GitHub. ` +
            'Text the model wrote is posted as it is, so it held the secret; nothing was written. Check the run for a prompt injection.');
        this.found = found;
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
function guardSecrets(client, scanner) {
    if (scanner.empty)
        return;
    client.hook.before('request', (options) => {
        const { headers: _headers, request: _request, ...rest } = options;
        const fields = stringFields(rest);
        const found = scanner.find(fields.map((f) => f.value).join('\n'));
        if (!found)
            return;
        const parameter = fieldsBetween(fields, found.start, found.end);
        throw new SecretInRequestError(String(options.method), String(options.url), {
            secret: found.secret,
            form: found.form,
            parameter,
        });
    });
}
/**
 * Every string in a request's parameters, with its path (`comments[0].body`). Keys are the
 * action's own (Octokit's parameter names, our GraphQL variables) and are left out, so that they
 * do not stand between the halves of a secret split across two parameters.
 */
function stringFields(value, path = '', out = []) {
    if (typeof value === 'string')
        out.push({ path: path || '(body)', value });
    else if (Array.isArray(value)) {
        for (const [i, v] of value.entries())
            stringFields(v, `${path}[${i}]`, out);
    }
    else if (value && typeof value === 'object') {
        for (const [key, v] of Object.entries(value))
            stringFields(v, path ? `${path}.${key}` : key, out);
    }
    return out;
}
/** The parameters a span of the joined text covers: `body`, or `title … body` when split across them. */
function fieldsBetween(fields, start, end) {
    const names = [];
    let offset = 0;
    for (const field of fields) {
        const fieldEnd = offset + field.value.length;
        if (fieldEnd > start && offset < end && !names.includes(field.path))
            names.push(field.path);
        offset = fieldEnd + 1;
    }
    return names.length <= 1 ? (names[0] ?? '(body)') : `${names[0]} … ${names.at(-1)}`;
}


/***/ })

};
