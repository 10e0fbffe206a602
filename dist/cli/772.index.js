export const id = 772;
export const ids = [772];
export const modules = {

/***/ 3772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITHUB_API_VERSION: () => (/* binding */ GITHUB_API_VERSION),
  SecretInRequestError: () => (/* binding */ SecretInRequestError),
  createGitHubClient: () => (/* binding */ createGitHubClient),
  isJobScoped: () => (/* binding */ isJobScoped),
  setGitHubClientDefaults: () => (/* binding */ setGitHubClientDefaults)
});

// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./src/errors.ts
/** A message for anything thrown, including non-Error values and error causes. */
function errorMessage(error) {
    if (error instanceof Error) {
        const cause = error.cause instanceof Error ? `\nCaused by: ${error.cause.message}` : '';
        return `${error.message}${cause}`;
    }
    return typeof error === 'string' ? error : `Unexpected failure: ${JSON.stringify(error)}`;
}

// EXTERNAL MODULE: ./src/log.ts
var src_log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/safety/secrets.ts
var secrets = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/github/client.ts







const ClientClass = dist_src/* Octokit */.E.plugin(logServerErrors, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
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
    const log = options.log ?? src_log;
    const r = { ...defaults.retry, ...options.retry };
    const t = { ...defaults.throttle, ...options.throttle };
    const unspaced = t.spaceWrites
        ? {}
        : {
            write: new (light_default()).Group({ maxConcurrent: 1, minTime: 0 }),
            notifications: new (light_default()).Group({ maxConcurrent: 1, minTime: 0 }),
            search: new (light_default()).Group({ maxConcurrent: 1, minTime: 0 }),
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
    guardSecrets(client, new secrets/* SecretScanner */.Jq([{ name: 'the github-token', value: options.token }, ...(options.secrets ?? [])]));
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
            entry.log.info(`GitHub API ${options.method} ${path} failed (${status ?? 'network error'}: ${errorMessage(error)}) on attempt ${attempt} of ${entry.retries + 1}.`);
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


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   debug: () => (/* binding */ debug),
/* harmony export */   endGroup: () => (/* binding */ endGroup),
/* harmony export */   getInput: () => (/* binding */ getInput),
/* harmony export */   group: () => (/* binding */ group),
/* harmony export */   info: () => (/* binding */ info),
/* harmony export */   setFailed: () => (/* binding */ setFailed),
/* harmony export */   setOutput: () => (/* binding */ setOutput),
/* harmony export */   setSecret: () => (/* binding */ setSecret),
/* harmony export */   startGroup: () => (/* binding */ startGroup),
/* harmony export */   warning: () => (/* binding */ warning)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _safety_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1455);




/**
 * The runner's workflow-command protocol, for what the action does on every job: logs, groups,
 * masks, inputs, outputs and the failure. It speaks the same protocol as `@actions/core`, whose
 * import alone loads an HTTP client (undici, for OIDC tokens) and roughly doubles the action's cold
 * start; `@actions/core` is still used, loaded at the end of a job, for the job summary.
 */
/**
 * Every line the action prints passes redactSecrets: the runner masks a secret's exact value only,
 * and text from code the agent wrote (command output reaches the log through the event collector)
 * can carry one base64-encoded, as hex or split (src/safety/secrets.ts).
 */
const clean = (message) => (0,_safety_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redactSecrets */ .fp)(message);
/** Workflow commands carry their data on one line: `%`, CR and LF are escaped. */
const escapeData = (value) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const command = (name, message) => {
    process.stdout.write(`::${name}::${escapeData(name === 'add-mask' ? message : clean(message))}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
};
function info(message) {
    process.stdout.write(`${clean(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** Shown only when the run has step debug logging on. */
function debug(message) {
    command('debug', message);
}
/** A warning annotation on the run. */
function warning(message) {
    command('warning', message);
}
/** The run fails with this message (one `::error::`, exit code 1). */
function setFailed(message) {
    process.exitCode = 1;
    command('error', message);
}
/** Masks a value in every later log line. */
function setSecret(secret) {
    command('add-mask', secret);
}
function startGroup(name) {
    command('group', name);
}
function endGroup() {
    process.stdout.write(`::endgroup::${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** Runs `fn` inside a collapsed log group, closing it even when `fn` throws. */
async function group(name, fn) {
    startGroup(name);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}
/** An input as the runner passes it (`INPUT_<NAME>`, upper case, spaces as `_`), trimmed. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/**
 * Sets a step output through the `GITHUB_OUTPUT` file, with a random heredoc delimiter that the
 * value cannot contain; without the file (a local run) it is printed instead.
 */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        info(`output ${name}=${value}`);
        return;
    }
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: the output '${name}' contains the delimiter ${delimiter}.`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
}


/***/ }),

/***/ 1455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ SecretScanner),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony exports MIN_SECRET_LENGTH, REDACTED, setJobSecrets, findSecret */
/**
 * Finds the job's secrets in text, also encoded (DESIGN §8.12): what the action posts to GitHub,
 * logs, or hands back to the model may carry text that code the agent wrote produced, and such code
 * can read a secret and print it base64-encoded, as hex, URL-encoded or cut into pieces, none of
 * which the runner's masking (exact values only) or an exact-match check would notice.
 *
 * What is caught, for each secret of at least {@link MIN_SECRET_LENGTH} characters:
 * - raw: the value itself;
 * - base64 and base64url at each of the three byte alignments: the characters of the encoding that
 *   depend on the secret's bytes alone, so the secret is found inside the encoding of a longer text
 *   (`x-access-token:<token>`, a dumped environment) whatever precedes it;
 * - hex, lowercase or uppercase;
 * - URL-encoded: `encodeURIComponent`, every byte as `%XX`, or any mixture (the text is also read
 *   with its `%XX` escapes decoded, so the forms above are found URL-encoded as well);
 * - split: any of the forms above with characters other than ASCII letters and digits between its
 *   letters and digits, and letter case changed. That covers whitespace and newlines (a wrapped
 *   base64 block), quotes, `+`, `.`, `..`, `||`, `,` (string concatenation in most languages,
 *   `"ghs_ab" + "cd"`, `'ab' 'cd'`, `["ab","cd"].join('')`), invisible characters and markup. It does
 *   not cover a split with letters or digits between the parts (`"ab" + x + "cd"`), pieces in
 *   another order, or encodings not listed here (a reversed copy, rot13, base32, gzip).
 *
 * Shorter secrets are ignored: an 8-character needle already matches little by chance, a shorter
 * one would match ordinary text, and no credential this action handles is that short.
 */
/** Secrets shorter than this are not looked for (see the module comment). */
const MIN_SECRET_LENGTH = 8;
const REDACTED = '[REDACTED]';
/** The stable middle of `bytes`' base64 encoding when `offset` (0–2) bytes precede them. */
function base64Middle(bytes, offset, url) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes, Buffer.alloc(2)]);
    const encoded = padded.toString(url ? 'base64url' : 'base64');
    // Character i encodes bits [6i, 6i+6); keep those that lie within the secret's bits.
    const start = Math.ceil((8 * offset) / 6);
    const end = Math.floor((8 * (offset + bytes.length)) / 6);
    return encoded.slice(start, end);
}
function needlesOf(secret) {
    const bytes = Buffer.from(secret.value, 'utf8');
    const forms = [['raw', secret.value]];
    for (const offset of [0, 1, 2]) {
        forms.push([`base64 (offset ${offset})`, base64Middle(bytes, offset, false)]);
        forms.push([`base64url (offset ${offset})`, base64Middle(bytes, offset, true)]);
    }
    const hex = bytes.toString('hex');
    forms.push(['hex (lowercase)', hex], ['hex (uppercase)', hex.toUpperCase()]);
    forms.push(['URL-encoded', encodeURIComponent(secret.value)]);
    const everyByte = hex.replace(/../g, '%$&');
    forms.push(['URL-encoded (every byte)', everyByte.toUpperCase()], ['URL-encoded (every byte)', everyByte]);
    const seen = new Set();
    return forms
        .filter(([, text]) => !seen.has(text) && seen.add(text) && text.length >= MIN_SECRET_LENGTH)
        .map(([form, text]) => ({ secret: secret.name, form, text }));
}
/** Letters and digits only, lowercased: what a split copy still has in common with the secret. */
const skeleton = (text) => text.replace(/[^A-Za-z0-9]+/g, '').toLowerCase();
const identity = (text) => ({ text, locate: (at, length) => [at, at + length] });
const ESCAPE = /%[0-9a-fA-F]{2}/g;
function percentDecoded(view) {
    // Bytes decode one to one into Latin-1 characters; the needles are compared the same way.
    const text = view.text.replace(ESCAPE, (e) => String.fromCharCode(Number.parseInt(e.slice(1), 16)));
    return { text, locate: mapped(view, () => decodedSpans(view.text)) };
}
function skeletonView(view) {
    return { text: skeleton(view.text), locate: mapped(view, () => keptSpans(view.text)) };
}
/** A `%XX`-decoded view's characters: an escape stands for three source characters. */
function decodedSpans(source) {
    const spans = { start: [], end: [] };
    const push = (from, to) => {
        spans.start.push(from);
        spans.end.push(to);
    };
    let i = 0;
    for (const m of source.matchAll(ESCAPE)) {
        for (; i < m.index; i++)
            push(i, i + 1);
        push(i, i + 3);
        i += 3;
    }
    for (; i < source.length; i++)
        push(i, i + 1);
    return spans;
}
/** A skeleton's characters are the source's letters and digits. */
function keptSpans(source) {
    const spans = { start: [], end: [] };
    for (let i = 0; i < source.length; i++) {
        if (/[A-Za-z0-9]/.test(source[i])) {
            spans.start.push(i);
            spans.end.push(i + 1);
        }
    }
    return spans;
}
function mapped(source, build) {
    let spans;
    return (at, length) => {
        spans ??= build();
        const from = spans.start[at];
        const to = spans.end[at + length - 1];
        return source.locate(from, to - from);
    };
}
/** A needle as it reads in the `%XX`-decoded view (bytes as Latin-1 characters). */
const decodedNeedle = (needle) => ({
    ...needle,
    form: needle.form === 'raw' ? 'URL-encoded (some bytes)' : `URL-encoded ${needle.form}`,
    text: Buffer.from(needle.text, 'utf8').toString('latin1'),
});
/**
 * The job's secrets, with every needle computed once: checks run on every request and on every
 * text that goes back to the model, so each check is a handful of `indexOf` calls over the text,
 * its `%XX`-decoded copy when it has a `%`, and the skeletons of both.
 */
class SecretScanner {
    exact;
    decoded;
    split;
    constructor(secrets) {
        const named = secrets
            .map((s) => (typeof s === 'string' ? { name: 'a secret', value: s } : s))
            .filter((s) => s.value.length >= MIN_SECRET_LENGTH);
        this.exact = named.flatMap(needlesOf);
        this.decoded = this.exact.map(decodedNeedle);
        const seen = new Set();
        this.split = this.exact
            .map((n) => ({ ...n, form: `split ${n.form}`, text: skeleton(n.text) }))
            .filter((n) => n.text.length >= MIN_SECRET_LENGTH && !seen.has(n.text) && seen.add(n.text));
    }
    /** True when there is nothing to look for (every secret was empty or short). */
    get empty() {
        return this.exact.length === 0;
    }
    /** The first secret found (its name and form, never its value), or undefined. */
    find(text) {
        if (this.empty || text.length < MIN_SECRET_LENGTH)
            return undefined;
        for (const [view, needles] of this.views(text)) {
            for (const needle of needles) {
                const at = view.text.indexOf(needle.text);
                if (at >= 0)
                    return toMatch(view, needle, at);
            }
        }
        return undefined;
    }
    /** Every occurrence of every form. */
    matches(text) {
        if (this.empty || text.length < MIN_SECRET_LENGTH)
            return [];
        const found = [];
        for (const [view, needles] of this.views(text)) {
            for (const needle of needles) {
                for (let at = view.text.indexOf(needle.text); at >= 0; at = view.text.indexOf(needle.text, at + 1))
                    found.push(toMatch(view, needle, at));
            }
        }
        return found;
    }
    /** The text with every form of every secret replaced by `[REDACTED]`. */
    redact(text) {
        let out = text;
        // Replacing can, in principle, join what is left into another match; a few passes settle it.
        for (let pass = 0; pass < 3; pass++) {
            const spans = merge(this.matches(out));
            if (spans.length === 0)
                return out;
            let next = '';
            let from = 0;
            for (const [start, end] of spans) {
                next += out.slice(from, start) + REDACTED;
                from = end;
            }
            out = next + out.slice(from);
        }
        return out;
    }
    *views(text) {
        const raw = identity(text);
        yield [raw, this.exact];
        const decoded = text.includes('%') ? percentDecoded(raw) : undefined;
        if (decoded)
            yield [decoded, this.decoded];
        // The skeleton views are built lazily: most texts are clean, and `find` stops at the first hit.
        yield [skeletonView(raw), this.split];
        if (decoded)
            yield [skeletonView(decoded), this.split];
    }
}
function toMatch(view, needle, at) {
    const [start, end] = view.locate(at, needle.text.length);
    return { secret: needle.secret, form: needle.form, start, end };
}
function merge(matches) {
    const sorted = matches.map((m) => [m.start, m.end]).sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const span of sorted) {
        const last = merged.at(-1);
        if (last && span[0] <= last[1])
            last[1] = Math.max(last[1], span[1]);
        else
            merged.push(span);
    }
    return merged;
}
let job = new SecretScanner([]);
/**
 * Sets the job's secrets (the github-token, the model key, any derived credential) for
 * {@link findSecret} and {@link redactSecrets}. Called once, where the inputs are read.
 */
function setJobSecrets(secrets) {
    job = new SecretScanner(secrets);
}
/** Which secret, in which form, the text holds (never the value); undefined when it holds none. */
function findSecret(text) {
    const match = job.find(text);
    return match && { secret: match.secret, form: match.form };
}
/** The text with every form of the job's secrets replaced by `[REDACTED]`. */
function redactSecrets(text) {
    return job.redact(text);
}


/***/ })

};
