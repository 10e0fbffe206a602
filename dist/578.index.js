export const id = 578;
export const ids = [578];
export const modules = {

/***/ 1578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jf: () => (/* binding */ isExecutableFile),
/* harmony export */   tV: () => (/* binding */ resolveCodexBinary)
/* harmony export */ });
/* unused harmony exports CodexBinaryError, locateInstalledCodex, codexPlatformPackage, codexCacheDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _install_npm_install_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(826);
/* harmony import */ var _install_npm_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2714);
/* harmony import */ var _install_tool_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6904);







/** Thrown when no usable Codex CLI can be found or installed; the message says how to fix it. */
class CodexBinaryError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'CodexBinaryError';
    }
}
const TRIPLES = {
    'linux-x64': 'x86_64-unknown-linux-musl',
    'linux-arm64': 'aarch64-unknown-linux-musl',
    'darwin-x64': 'x86_64-apple-darwin',
    'darwin-arm64': 'aarch64-apple-darwin',
};
const platformKey = () => `${process.platform}-${process.arch}`;
/** True for an existing regular file this process may execute. */
async function isExecutableFile(path) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return info.isFile();
    }
    catch {
        return false;
    }
}
/** The platform package's folder under an install prefix, where npm and the fast path both put it. */
const vendorDir = (prefix, triple) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(prefix, 'node_modules', '@openai', `codex-${platformKey()}`, 'vendor', triple);
/**
 * The native binary inside a folder where `@openai/codex` was installed (`<prefix>/node_modules`).
 * Running it directly, as the SDK does, skips the Node wrapper (`bin/codex.js`) and its start-up.
 */
async function locateInstalledCodex(prefix) {
    const triple = TRIPLES[platformKey()];
    if (triple) {
        const vendor = vendorDir(prefix, triple);
        const native = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(vendor, 'bin', 'codex');
        if (await isExecutableFile(native)) {
            const extra = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(vendor, 'codex-path');
            return { path: native, extraPath: (await isExecutableFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(extra, 'rg'))) ? extra : undefined };
        }
    }
    const wrapper = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(prefix, 'node_modules', '.bin', 'codex');
    return (await isExecutableFile(wrapper)) ? { path: wrapper, extraPath: undefined } : undefined;
}
/**
 * What the fast path takes from `@openai/codex@<version>-<platform>`: the binary, `rg` (Codex
 * puts `codex-path/` on PATH), the bundled bubblewrap (Codex's Linux sandbox, and the verify
 * phase's isolation, look for it next to the binary) and the package manifest Codex reads about
 * itself. Left out: `codex-code-mode-host` (70 MB, behind a feature flag) and the voice runtime
 * (40 MB). Laid out as `npm install` lays them out, so either kind of install is a cache hit.
 */
function codexPlatformPackage(version) {
    const triple = TRIPLES[platformKey()];
    if (!triple)
        return undefined;
    const vendor = `vendor/${triple}`;
    const to = (path) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(vendorDir('', triple), path);
    return {
        name: '@openai/codex',
        version,
        platformDependency: `@openai/codex-${platformKey()}`,
        files: [
            { from: `${vendor}/bin/codex`, to: to('bin/codex'), mode: 0o755 },
            { from: `${vendor}/codex-path/rg`, to: to('codex-path/rg'), mode: 0o755, optional: true },
            {
                from: `${vendor}/codex-resources/bwrap`,
                to: to('codex-resources/bwrap'),
                mode: 0o755,
                optional: true,
            },
            { from: `${vendor}/codex-package.json`, to: to('codex-package.json'), mode: 0o644, optional: true },
        ],
    };
}
/** The tool-cache folder of one Codex version on this platform. */
const codexCacheDir = (toolCache, version) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(toolCache, 'codex-orchestrator', 'codex', version, platformKey());
/**
 * Finds the Codex CLI: the `codex-path` input if set (it must be an executable file), else
 * `@openai/codex@<codex-version>` from the runner's tool cache, installing it there once: its
 * platform package's tarball straight from the registry (integrity-checked, only the files the job
 * runs), or `npm install` when that cannot serve the registry npm is configured for.
 */
async function resolveCodexBinary(o) {
    const log = o.log ?? (() => { });
    if (o.codexPath) {
        if (!(await isExecutableFile(o.codexPath))) {
            throw new CodexBinaryError(`codex-path '${o.codexPath}' is not an executable file. Expected the path of the codex binary ` +
                `(e.g. node_modules/.bin/codex). Fix: correct codex-path, or leave it empty to install @openai/codex@${o.codexVersion}.`);
        }
        // The native binary of an npm install keeps its bundled `rg` in a sibling folder.
        const extra = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(o.codexPath), '..', 'codex-path');
        return { path: o.codexPath, extraPath: (await isExecutableFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(extra, 'rg'))) ? extra : undefined };
    }
    const dir = codexCacheDir(o.toolCache, o.codexVersion);
    const cached = await cachedInstall(dir);
    if (cached) {
        log(`Using Codex ${o.codexVersion} from the tool cache (${dir}).`);
        return cached;
    }
    const npm = o.npm ?? 'npm';
    const pkg = codexPlatformPackage(o.codexVersion);
    let why = `no native Codex package is known for ${platformKey()}`;
    if (pkg) {
        log(`Installing @openai/codex@${o.codexVersion} into the tool cache (${dir}).`);
        const fast = await (0,_install_npm_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .installPlatformPackage */ .dK)(pkg, {
            dir,
            npm,
            env: o.env,
            timeoutMs: o.timeoutMs,
            log,
        }).catch((error) => {
            if (!(error instanceof _install_npm_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .InstallError */ .sy))
                throw error;
            const message = `${error.message} Or set codex-path to a codex binary already on the runner.`;
            throw new CodexBinaryError(message, { cause: error });
        });
        if (fast.status !== 'unavailable') {
            const found = await cachedInstall(dir);
            if (found)
                return found;
            throw new CodexBinaryError(`The Codex install in ${dir} has no executable bin/codex. Fix: delete ${dir}.`);
        }
        why = fast.reason;
    }
    log(`Installing @openai/codex@${o.codexVersion} with npm install instead of the fast path: ${why}.`);
    return installWithNpm(dir, o.codexVersion, npm, o.env);
}
async function cachedInstall(dir) {
    return (await (0,_install_tool_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .isComplete */ .As)(dir)) ? locateInstalledCodex(dir) : undefined;
}
/** `npm install @openai/codex@<version>` into a staging folder, moved into place once it has a binary. */
async function installWithNpm(dir, version, npm, env) {
    const staging = await (0,_install_tool_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .stagingFor */ .Bk)(dir);
    try {
        const result = await (0,_install_npm_install_js__WEBPACK_IMPORTED_MODULE_5__/* .npmInstallInto */ .V)(staging, `@openai/codex@${version}`, { npm, env });
        if (!result.ok) {
            throw new CodexBinaryError(`Installing @openai/codex@${version} with '${npm} install' failed (exit ${result.exit}):\n${result.output}\n` +
                'Fix: check that codex-version names a published version and that the runner can reach the npm registry, ' +
                'or set codex-path to a codex binary already on the runner.');
        }
        if (!(await locateInstalledCodex(staging))) {
            throw new CodexBinaryError(`npm installed @openai/codex@${version} but no codex binary for ${platformKey()} was found in ${staging}. ` +
                'Fix: set codex-path to a codex binary for this platform.');
        }
        await (0,_install_tool_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .commit */ .cd)(staging, dir, `${version}\n`);
        const installed = await cachedInstall(dir);
        if (!installed)
            throw new CodexBinaryError(`The Codex install in ${dir} has no binary after moving it.`);
        return installed;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ npmInstallInto)
/* harmony export */ });
/* harmony import */ var execa__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6993);

/**
 * `npm install <spec>` into `prefix`, the slow path for a setup the fast one cannot serve: npm
 * brings its credentials, proxy and certificates, and runs the package's install scripts.
 */
async function npmInstallInto(prefix, spec, o) {
    const result = await (0,execa__WEBPACK_IMPORTED_MODULE_0__/* .execa */ .Ho)(o.npm, ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', spec], 
    // In the prefix, never the job's folder: a checkout's `.npmrc` must not choose the registry.
    {
        reject: false,
        all: true,
        stdin: 'ignore',
        env: o.env ?? process.env,
        extendEnv: false,
        cwd: o.cwd ?? prefix,
    });
    if (!result.failed)
        return { ok: true };
    const output = (result.all ?? result.message ?? '').toString().trim().split('\n').slice(-15).join('\n');
    return { ok: false, exit: String(result.exitCode ?? result.code ?? 'unknown'), output };
}


/***/ }),

/***/ 2714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sy: () => (/* reexport */ InstallError),
  dK: () => (/* binding */ installPlatformPackage),
  As: () => (/* reexport */ tool_cache/* isComplete */.As)
});

// UNUSED EXPORTS: FastPathUnavailable, INSTALL_MARKER

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/execa/index.js + 131 modules
var execa = __webpack_require__(6993);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/agent/install/registry.ts



/**
 * A failure the caller should show as is: the message names the package, what went wrong and the
 * fix. `retryable` marks what a second download may cure (a 5xx, a cut connection, a bad transfer).
 */
class InstallError extends Error {
    retryable;
    /** The registry's HTTP status, when it answered with an error. */
    status;
    /** The connection error's code, when no answer came. */
    network;
    constructor(message, options = {}) {
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
class FastPathUnavailable extends Error {
    retryable;
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.name = 'FastPathUnavailable';
        this.retryable = options.retryable ?? false;
    }
}
/** A folder with no project of anyone's above it: the installer's npm runs there. */
const NEUTRAL_DIR = (0,external_node_os_.tmpdir)();
const unset = (value) => value === undefined || value === '' || value === 'undefined' || value === 'null';
/** A URL without its user info, for logs and messages. */
function shownUrl(url) {
    try {
        const parsed = new URL(url);
        parsed.username = '';
        parsed.password = '';
        return parsed.href;
    }
    catch {
        return '(an invalid URL)';
    }
}
/**
 * The registry npm would fetch `name` from, as npm itself resolves it (project, user and global
 * .npmrc, `npm_config_*` variables, a `@scope:registry`), ending in `/`. npm hands out no
 * credentials (`npm config get` refuses `_authToken`), so a registry that needs them answers 401
 * later and the caller falls back to `npm install`; a proxy is likewise left to npm.
 */
async function npmRegistryFor(name, o) {
    const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined;
    const keys = [...(scope ? [`${scope}:registry`] : []), 'registry', 'proxy', 'https-proxy'];
    const result = await (0,execa/* execa */.Ho)(o.npm, ['config', 'get', ...keys], {
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
    const values = new Map();
    for (const line of String(result.stdout).split('\n')) {
        const eq = line.indexOf('=');
        if (eq > 0)
            values.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
    }
    const proxy = ['https-proxy', 'proxy'].find((key) => !unset(values.get(key)));
    if (proxy)
        throw new FastPathUnavailable(`npm is set to use a proxy (${proxy}), which npm install speaks`);
    const env = o.env ?? process.env;
    const proxyEnv = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].find((key) => env[key]);
    if (proxyEnv)
        throw new FastPathUnavailable(`${proxyEnv} is set, and npm install speaks proxies`);
    const scoped = scope ? values.get(`${scope}:registry`) : undefined;
    const raw = unset(scoped) ? values.get('registry') : scoped;
    if (unset(raw))
        throw new FastPathUnavailable('npm reports no registry (npm config get registry)');
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new FastPathUnavailable(`npm's registry '${raw}' is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new FastPathUnavailable(`npm's registry ${shownUrl(url.href)} is not http(s)`);
    if (url.username || url.password)
        throw new FastPathUnavailable(`npm's registry URL carries credentials (${shownUrl(url.href)})`);
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
/** The fields of a version document (a packument's `versions[v]`) this installer reads. */
const VersionDoc = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    version: schemas/* string */.YjP(),
    optionalDependencies: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    dist: schemas/* object */.Ikc({ tarball: schemas/* url */.OZ5(), integrity: schemas/* string */.YjP().optional() }),
});
/** A TLS failure: npm may pass where fetch fails, with the `cafile`/`ca` it is configured with. */
const TLS_FAILURE = /CERT|^ERR_TLS|^ERR_SSL|^UNABLE_TO_|SELF_SIGNED/;
/**
 * GETs `url`. A 5xx, a 429 or a failed connection is worth a second try (`retryable`); a 401/403
 * means credentials only npm has, and a TLS failure certificates only npm may have; any other
 * status is final.
 */
async function registryGet(url, what, init = {}) {
    let response;
    try {
        response = await fetch(url, { ...init, redirect: 'follow' });
    }
    catch (error) {
        if (init.signal?.aborted)
            throw init.signal.reason ?? error;
        const cause = error.cause;
        const code = cause?.code ?? cause?.message ?? String(error);
        if (TLS_FAILURE.test(code))
            throw new FastPathUnavailable(`${shownUrl(url)} failed TLS verification (${code})`, { cause: error });
        throw new InstallError(`Could not reach ${shownUrl(url)} for ${what} (${code}). Fix: check that the runner reaches the ` +
            'registry npm is configured for (npm config get registry).', { retryable: true, network: code, cause: error });
    }
    if (response.ok)
        return response;
    await response.body?.cancel().catch(() => { });
    const status = `${response.status} ${response.statusText}`.trim();
    if (response.status === 401 || response.status === 403)
        throw new FastPathUnavailable(`${shownUrl(url)} asks for credentials (${status}) for ${what}`);
    throw new InstallError(`The registry answered ${status} for ${what} (${shownUrl(url)}).` +
        (response.status === 404
            ? ' Fix: check that the version is published on the registry npm is configured for (npm config get registry).'
            : ' Fix: retry the job later; if it persists, check the registry npm is configured for.'), { retryable: response.status >= 500 || response.status === 429, status: response.status });
}
/** `@scope/name` → `@scope%2fname`, as npm puts a package name into a registry URL. */
const escapedName = (name) => name.replace('/', '%2f');
/**
 * The document of `name@version`: the version endpoint first (a few hundred bytes), else the
 * abbreviated packument, for a registry that serves no version endpoint.
 */
async function fetchVersionDoc(registry, name, version, signal) {
    const what = `${name}@${version}`;
    const base = `${registry}${escapedName(name)}`;
    let doc;
    try {
        doc = await (await registryGet(`${base}/${encodeURIComponent(version)}`, what, { signal })).json();
    }
    catch (error) {
        if (!(error instanceof InstallError) || error.status !== 404)
            throw error;
        const accept = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8';
        const packument = (await (await registryGet(base, what, { signal, headers: { accept } })).json());
        doc = packument.versions?.[version];
        if (doc === undefined)
            throw new InstallError(`The registry ${shownUrl(registry)} has no ${what}. Fix: name a published version.`);
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
function dependencyTarget(key, spec) {
    const alias = /^npm:((?:@[^/@]+\/)?[^@]+)@(.+)$/.exec(spec);
    const [name, version] = alias ? [alias[1], alias[2]] : [key, spec];
    return /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version)
        ? { name, version }
        : undefined;
}
/** The base64 sha512 digest of an SRI string (`sha512-…`, possibly among other hashes). */
function sha512Of(integrity) {
    for (const token of (integrity ?? '').trim().split(/\s+/)) {
        const match = /^sha512-([A-Za-z0-9+/]+={0,2})(?:\?.*)?$/.exec(token);
        if (match)
            return match[1];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/agent/install/extract.ts









const MiB = 1024 * 1024;
const SAFE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory']);
/**
 * The entry's path inside the package, or an error for an entry no npm package should hold: an
 * absolute path, a `..` segment, or a link or device (npm's own packer writes none of them).
 */
function packagePath(entry, what) {
    const raw = entry.path;
    const refuse = (why) => new InstallError(`Refused the tarball of ${what}: its entry '${raw}' ${why}. Nothing was installed. ` +
        'Fix: this package was not packed by npm; check the registry npm is configured for.');
    if (!SAFE_TYPES.has(entry.type))
        throw refuse(`is a ${entry.type}, not a file or folder`);
    if (raw.includes('\0') || raw.includes('\\'))
        throw refuse('has a NUL or backslash in its path');
    if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw))
        throw refuse('is an absolute path');
    const segments = raw.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.includes('..'))
        throw refuse("climbs out of the package with '..'");
    return segments.slice(1).join('/');
}
/**
 * Streams a package tarball through a sha512 hash and a gunzip + tar parser, writing only `files`
 * into `into` (their folders are made first). The digest is compared when the stream ends, so the
 * caller must treat `into` as untrusted until this resolves; on any failure it must delete it.
 */
async function extractVerified(body, o) {
    const wanted = new Map(o.files.map((f) => [f.from, f]));
    await Promise.all(o.files.map((f) => (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(o.into, f.to)), { recursive: true })));
    const hash = (0,external_node_crypto_.createHash)('sha512');
    let bytes = 0;
    let failure;
    const outputs = [];
    const parser = new index_min/* Parser */.iX({
        strict: true,
        onReadEntry: (entry) => {
            try {
                const path = packagePath(entry, o.what);
                const file = entry.type === 'Directory' ? undefined : wanted.get(path);
                if (!file)
                    return entry.resume();
                if (outputs.some((out) => out.file === file))
                    throw new InstallError(`Refused the tarball of ${o.what}: it holds '${path}' twice.`);
                const stream = (0,external_node_fs_.createWriteStream)((0,external_node_path_.join)(o.into, file.to), {
                    flags: 'wx',
                    mode: file.mode,
                    highWaterMark: 8 * MiB,
                });
                const done = new Promise((resolve, reject) => {
                    stream.on('close', resolve);
                    stream.on('error', (error) => {
                        // A full disk: stop the parser, which would otherwise wait for this stream forever.
                        fail(error);
                        reject(error);
                    });
                });
                done.catch(() => { });
                outputs.push({ file, stream, done });
                entry.pipe(stream);
            }
            catch (error) {
                fail(error);
                entry.resume();
            }
        },
    });
    let rejectParsed = () => { };
    const parsed = new Promise((resolve, reject) => {
        rejectParsed = reject;
        parser.on('end', resolve);
        parser.on('error', (error) => fail(error));
    });
    parsed.catch(() => { });
    function fail(error) {
        if (failure)
            return;
        failure = error;
        rejectParsed(error);
        parser.abort(error);
    }
    try {
        await (0,external_node_stream_promises_.pipeline)(
        // The web stream is read only here, by pipeline: it keeps an error until then, where a Node
        // stream that errors before pipeline listens would throw uncaught.
        (async function* hashed() {
            for await (const chunk of body) {
                hash.update(chunk);
                bytes += chunk.length;
                yield chunk;
            }
        })(), 
        // zlib inflates on libuv's thread pool, next to the hash on this thread; large chunks and
        // buffers let inflating, parsing and writing overlap, and allocate fewer buffers to collect.
        (0,external_node_zlib_.createGunzip)({ chunkSize: MiB, highWaterMark: 8 * MiB }), async (source) => {
            for await (const chunk of source) {
                if (failure)
                    throw failure;
                if (!parser.write(chunk))
                    await Promise.race([(0,external_node_events_.once)(parser, 'drain', { signal: o.signal }), parsed]);
            }
            parser.end();
        }, { signal: o.signal });
        await parsed;
        await Promise.all(outputs.map((out) => out.done));
        if (failure)
            throw failure;
    }
    catch (error) {
        for (const out of outputs)
            out.stream.destroy();
        await Promise.allSettled(outputs.map((out) => out.done));
        throw asInstallError(failure ?? error, o.what, o.signal);
    }
    const digest = hash.digest('base64');
    if (digest !== o.sha512)
        throw new InstallError(`The tarball of ${o.what} does not match the registry's integrity: expected sha512-${o.sha512}, ` +
            `got sha512-${digest} (${bytes} bytes). Nothing was installed. Fix: retry the job; if it persists, ` +
            'the registry or something between it and the runner serves altered content.', { retryable: true });
    const missing = o.files.filter((f) => !f.optional && !outputs.some((out) => out.file === f));
    if (missing.length > 0)
        throw new InstallError(`The tarball of ${o.what} has no ${missing.map((f) => f.from).join(', ')}. ` +
            'Fix: this version is packaged differently; set the path input to a binary you installed yourself.');
    // The mode given at creation passes through the umask; the binaries must end up executable.
    await Promise.all(outputs.map((out) => (0,promises_.chmod)((0,external_node_path_.join)(o.into, out.file.to), out.file.mode)));
    return { bytes, written: outputs.map((out) => out.file) };
}
/** A stream failure as an InstallError: a cut or corrupt download is worth one more try. */
function asInstallError(error, what, signal) {
    if (error instanceof InstallError || signal.aborted)
        return error;
    return new InstallError(`Unpacking the tarball of ${what} failed: ${error.message}. Nothing was installed. ` +
        'Fix: retry the job; a cut or corrupt download does not last.', { retryable: true, cause: error });
}

// EXTERNAL MODULE: ./src/agent/install/tool-cache.ts
var tool_cache = __webpack_require__(6904);
;// CONCATENATED MODULE: ./src/agent/install/npm-platform.ts
/**
 * Installs a CLI that npm delivers as a native binary in a per-platform package (`@openai/codex`,
 * `@anthropic-ai/claude-code`) without `npm install`: the platform package's tarball is fetched
 * from the registry npm is configured for, checked against the registry's sha512 `dist.integrity`
 * while it streams, and only the files the job needs are unpacked into the runner's tool cache.
 */






const DEFAULT_TIMEOUT_MS = 5 * 60 * 1000;
/**
 * Installs `pkg`'s platform files into `o.dir`, or finds them there (one stat: no network, no
 * hashing). A download that fails in a way a retry may cure is tried once more. Throws an
 * InstallError for what `npm install` could not fix either (an unpublished version, a 5xx that
 * lasts, a tarball that fails its integrity or holds an unsafe entry, the timeout); returns
 * `unavailable` for what npm could (credentials, a proxy, a registry without sha512 integrity).
 * Nothing is left behind on failure: files are unpacked beside `o.dir` and moved in when verified.
 */
async function installPlatformPackage(pkg, o) {
    if (await (0,tool_cache/* isComplete */.As)(o.dir))
        return { status: 'cached', dir: o.dir };
    const log = o.log ?? (() => { });
    const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = o.signal ? AbortSignal.any([deadline, o.signal]) : deadline;
    const spec = `${pkg.name}@${pkg.version}`;
    const npm = { npm: o.npm ?? 'npm', env: o.env, cwd: o.cwd };
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
        if (!sha512)
            return unavailable(`the registry gives no sha512 dist.integrity for ${from}`);
        log(`Fetching ${from} from ${shownUrl(doc.dist.tarball)} (sha512 checked while it streams).`);
        const bytes = await twice(async () => {
            const staging = await (0,tool_cache/* stagingFor */.Bk)(o.dir);
            try {
                const response = await registryGet(doc.dist.tarball, `the tarball of ${from}`, { signal });
                const body = response.body;
                const extracted = await extractVerified(body, {
                    files: pkg.files,
                    into: staging,
                    sha512,
                    what: from,
                    signal,
                });
                await o.check?.(staging);
                await (0,tool_cache/* commit */.cd)(staging, o.dir, `${JSON.stringify({ package: from, integrity: doc.dist.integrity })}\n`);
                return extracted.bytes;
            }
            finally {
                await (0,promises_.rm)(staging, { recursive: true, force: true });
            }
        }, log).catch((error) => {
            // A mirror may list tarballs on another host, which npm rewrites to the mirror and fetch cannot.
            if (error instanceof InstallError &&
                error.network &&
                new URL(doc.dist.tarball).host !== new URL(registry).host)
                throw new FastPathUnavailable(`the tarball's host is not the registry's and cannot be reached (${error.network})`);
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
    }
    catch (error) {
        if (error instanceof FastPathUnavailable)
            return unavailable(error.message);
        if (deadline.aborted)
            throw new InstallError(`Installing ${spec} did not finish within ${timeoutMs / 1000} s; nothing was installed. ` +
                'Fix: retry the job; if the registry is slow from this runner, install the binary in an earlier step.', { cause: error });
        if (o.signal?.aborted)
            throw o.signal.reason ?? error;
        throw error;
    }
}
const unavailable = (reason) => ({ status: 'unavailable', reason });
/** Runs `attempt` again once when it fails in a way a second try may cure. */
async function twice(attempt, log) {
    try {
        return await attempt();
    }
    catch (error) {
        const retryable = (error instanceof InstallError || error instanceof FastPathUnavailable) && error.retryable;
        if (!retryable)
            throw error;
        log(`${error.message.split('. Fix:')[0]}; trying once more.`);
        return attempt();
    }
}


/***/ }),

/***/ 6904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ isComplete),
/* harmony export */   Bk: () => (/* binding */ stagingFor),
/* harmony export */   cd: () => (/* binding */ commit)
/* harmony export */ });
/* unused harmony export INSTALL_MARKER */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Written last into an install folder: a folder without it is a half install and is redone. */
const INSTALL_MARKER = '.codex-orchestrator-complete';
/** A staging folder older than this belongs to a job that died; it is removed. */
const STALE_STAGING_MS = 60 * 60 * 1000;
/** True when `dir` holds a finished install: one stat, no hashing. */
async function isComplete(dir) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, INSTALL_MARKER));
        return true;
    }
    catch {
        return false;
    }
}
/**
 * A fresh folder beside `dir` to install into; the rename in `commit` is what makes it visible,
 * so a concurrent job or a crash never leaves a folder that looks complete. Staging folders that
 * crashed jobs left are removed on the way.
 */
async function stagingFor(dir) {
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(parent, { recursive: true });
    const prefix = `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(dir)}.staging-`;
    const now = Date.now();
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(parent).catch(() => [])) {
        if (!name.startsWith(prefix))
            continue;
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(parent, name)).catch(() => undefined);
        if (info && now - info.mtimeMs > STALE_STAGING_MS)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(parent, name), { recursive: true, force: true });
    }
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(parent, `${prefix}${process.pid}-${now}-${Math.random().toString(36).slice(2, 8)}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(staging);
    return staging;
}
/**
 * Writes the marker into `staging`, last, and moves it to `dir`, replacing a half install there.
 * When another job finished first its copy is kept (it is as good as ours) and `staging` is left
 * for the caller to delete.
 */
async function commit(staging, dir, marker) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, INSTALL_MARKER), marker);
    if (await isComplete(dir))
        return;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(staging, dir);
    }
    catch (error) {
        if (await isComplete(dir))
            return;
        throw new Error(`Could not move the install from ${staging} into ${dir}: ${error.message}`, {
            cause: error,
        });
    }
}


/***/ })

};
