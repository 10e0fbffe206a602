export const id = 66;
export const ids = [66];
export const modules = {

/***/ 1842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ primeDefaultBranch),
/* harmony export */   OR: () => (/* binding */ defaultBranch),
/* harmony export */   j8: () => (/* binding */ primeDefaultBranchFile),
/* harmony export */   sb: () => (/* binding */ readDefaultBranchFile)
/* harmony export */ });
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41);

const defaultBranches = new WeakMap();
const cacheOf = (client) => {
    let perClient = defaultBranches.get(client);
    if (!perClient) {
        perClient = new Map();
        defaultBranches.set(client, perClient);
    }
    return perClient;
};
const keyOf = (repo) => `${repo.owner}/${repo.repo}`.toLowerCase();
/**
 * The repository's default branch: the one the event payload names when given one that does,
 * else asked once per client and repository.
 */
function defaultBranch(client, repo, payload = {}) {
    const fromEvent = (0,_payload_js__WEBPACK_IMPORTED_MODULE_0__/* .eventDefaultBranch */ .Ex)(payload);
    if (fromEvent)
        return Promise.resolve(fromEvent);
    const perClient = cacheOf(client);
    const key = keyOf(repo);
    let branch = perClient.get(key);
    if (!branch) {
        branch = client.rest.repos.get({ ...repo }).then(({ data }) => data.default_branch);
        perClient.set(key, branch);
        branch.catch(() => perClient.delete(key));
    }
    return branch;
}
/**
 * Records a default branch learnt from another query (the policy read at the start of every job
 * asks for it), so that no phase asks for it again.
 */
function primeDefaultBranch(client, repo, name) {
    cacheOf(client).set(keyOf(repo), Promise.resolve(name));
}
const knownFiles = new WeakMap();
/**
 * Records a default-branch file learnt from another query (the policy read at the start of every
 * job asks for the project instructions too), so that reading it costs no request.
 */
function primeDefaultBranchFile(client, repo, path, text) {
    let perClient = knownFiles.get(client);
    if (!perClient) {
        perClient = new Map();
        knownFiles.set(client, perClient);
    }
    perClient.set(`${keyOf(repo)}:${path}`, text);
}
/**
 * A file's text on the default branch, or undefined when it does not exist. Config, prompts and
 * rules are read from there and never from a pull request's head, so a PR cannot rewrite the
 * rules it is reviewed by (DESIGN §8.10).
 */
async function readDefaultBranchFile(client, repo, path) {
    const cleanPath = path.replace(/^\/+/, '');
    const known = knownFiles.get(client);
    const key = `${keyOf(repo)}:${cleanPath}`;
    if (known?.has(key))
        return known.get(key);
    const ref = await defaultBranch(client, repo);
    try {
        // The raw media type returns the bytes for files of any size; the JSON form leaves `content`
        // empty above 1 MB.
        const { data } = await client.rest.repos.getContent({
            ...repo,
            path: cleanPath,
            ref,
            mediaType: { format: 'raw' },
        });
        // The media type GitHub answers with decides whether Octokit hands back text or bytes.
        if (typeof data === 'string')
            return data;
        if (data instanceof ArrayBuffer)
            return new TextDecoder().decode(data);
        throw new Error(`'${cleanPath}' on ${repo.owner}/${repo.repo}@${ref} is a directory or a submodule, not a file. Expected a file path.`);
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 7369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ primeIdentity),
/* harmony export */   JJ: () => (/* binding */ isGitHubToken),
/* harmony export */   L1: () => (/* binding */ actionIdentity),
/* harmony export */   Lk: () => (/* binding */ isIdentity),
/* harmony export */   OT: () => (/* binding */ appSlugOf)
/* harmony export */ });
/* unused harmony exports IdentityError, GITHUB_ACTIONS_BOT */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);

/** Thrown when no way of asking GitHub who the token belongs to worked. */
class IdentityError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'IdentityError';
    }
}
/** The identity behind `GITHUB_TOKEN` (an installation token of the GitHub Actions app). */
const GITHUB_ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' };
/**
 * True when the action acts as `GITHUB_TOKEN`. What it pushes and opens then starts no workflow
 * (GitHub's rule against recursive runs), so a repository's CI never runs on its pull requests; a
 * GitHub App token (`<app-slug>[bot]`) or a user's token does not have that limit.
 */
function isGitHubToken(identity) {
    return identity.type === 'Bot' && identity.login.toLowerCase() === GITHUB_ACTIONS_BOT.login;
}
/** The app slug of a bot identity (`my-app[bot]` → `my-app`); undefined for a user. */
function appSlugOf(identity) {
    return identity.type === 'Bot' ? identity.login.replace(/\[bot\]$/i, '').toLowerCase() : undefined;
}
const cache = new WeakMap();
/**
 * Who the action's own comments are written by, asked once per client.
 *
 * 1. GraphQL `viewer` answers for every kind of token: a personal access token (a `User`), and
 *    installation tokens — `GITHUB_TOKEN` and GitHub App tokens alike (`<slug>[bot]`, e.g.
 *    `github-actions[bot]`). One call, which is why it comes first.
 * 2. `GET /user` works for user tokens only; installation tokens get 403 "Resource not accessible by
 *    integration". It is the fallback for a host whose GraphQL endpoint is unreachable.
 * 3. If both fail and the token is an installation token (`ghs_…`), the action assumes
 *    `github-actions[bot]` with a warning: that is `GITHUB_TOKEN`, the default. A GitHub App's slug
 *    cannot be read with its installation token (`GET /app` needs the app's JWT).
 */
function actionIdentity(client) {
    let identity = cache.get(client);
    if (!identity) {
        identity = resolveIdentity(client);
        cache.set(client, identity);
        // A failure is not cached: the next caller may try again.
        identity.catch(() => cache.delete(client));
    }
    return identity;
}
/**
 * Records an identity learnt from another query that asked for `viewer` (the policy read at the
 * start of every job does), so the first phase that needs it makes no request of its own.
 */
function primeIdentity(client, viewerLogin) {
    const identity = fromViewer({ login: viewerLogin });
    cache.set(client, Promise.resolve(identity));
    return identity;
}
async function resolveIdentity(client) {
    let viewerError;
    try {
        const { viewer } = await client.graphql('query { viewer { login } }');
        const identity = fromViewer(viewer);
        _log_js__WEBPACK_IMPORTED_MODULE_0__.debug(`Action identity (GraphQL viewer): ${identity.login} (${identity.type})`);
        return identity;
    }
    catch (error) {
        viewerError = error;
    }
    let userError;
    try {
        const { data } = await client.rest.users.getAuthenticated();
        const identity = { login: data.login, type: data.type === 'Bot' ? 'Bot' : 'User' };
        _log_js__WEBPACK_IMPORTED_MODULE_0__.debug(`Action identity (GET /user): ${identity.login} (${identity.type})`);
        return identity;
    }
    catch (error) {
        userError = error;
    }
    const auth = (await client.auth());
    if (auth.tokenType === 'installation') {
        _log_js__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not ask GitHub who the token belongs to (GraphQL viewer: ${message(viewerError)}; GET /user: ${message(userError)}). ` +
            `Assuming ${GITHUB_ACTIONS_BOT.login}, the GITHUB_TOKEN identity; with a GitHub App token, comments the action wrote earlier will not be recognised.`);
        return GITHUB_ACTIONS_BOT;
    }
    throw new IdentityError(`Could not determine who the github-token belongs to (GraphQL viewer: ${message(viewerError)}; GET /user: ${message(userError)}). ` +
        'The action needs it to recognise its own comments. Check that the token is valid and that the GitHub API (GITHUB_API_URL, GITHUB_GRAPHQL_URL) is reachable.', { cause: userError ?? viewerError });
}
/**
 * `viewer` is typed `User!` even for an installation token, so `__typename` cannot tell a bot; GitHub
 * names an installation's viewer `<app-slug>[bot]`, and a user login cannot contain `[`, so the
 * suffix is a safe tell for the token's own account.
 */
function fromViewer(viewer) {
    return { login: viewer.login, type: viewer.login.endsWith('[bot]') ? 'Bot' : 'User' };
}
/** True when a REST user object (a comment's author) is the given identity. */
function isIdentity(user, identity) {
    if (!user)
        return false;
    // Logins are case-insensitive on GitHub; the type check keeps a user from standing in for a bot.
    return user.login.toLowerCase() === identity.login.toLowerCase() && (user.type ?? 'User') === identity.type;
}
function message(error) {
    if (!(error instanceof Error))
        return String(error);
    const status = error.status;
    const text = (error.message.split('\n')[0] ?? error.name).replace(/ - https:\/\/docs\.github\.com\S*$/, '');
    return status ? `${status} ${text}` : text;
}


/***/ }),

/***/ 9685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPolicyFile: () => (/* binding */ readPolicyFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _content_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1842);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7369);




/**
 * The project instructions a read-only run is given (src/prompts/project.ts) are asked for in the
 * same request, so a review pays no request for them.
 */
const INSTRUCTION_FILES = { agentsOverride: 'AGENTS.override.md', agents: 'AGENTS.md' };
const BLOB = '{ object { ... on Blob { text isBinary isTruncated } } }';
const POLICY_QUERY = `query policy($owner: String!, $name: String!, $path: String!) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    defaultBranchRef {
      name
      target { ... on Commit {
        file(path: $path) ${BLOB}
        ${Object.entries(INSTRUCTION_FILES)
    .map(([alias, path]) => `${alias}: file(path: "${path}") ${BLOB}`)
    .join('\n        ')}
      } }
    }
  }
}`;
/**
 * Reads a policy file (config, prompt) from the default branch — never from a pull request's head,
 * so a PR cannot rewrite the rules it is reviewed by (DESIGN §8.10). Every job does this first, so
 * one GraphQL request also asks for the token's identity and the default branch's name, which the
 * phases need next. When GraphQL does not answer (an old GHES, a proxy), the REST contents API
 * reads the file instead.
 */
async function readPolicyFile(client, repo, path) {
    const cleanPath = path.replace(/^\/+/, '');
    let answer;
    try {
        answer = await client.graphql(POLICY_QUERY, {
            owner: repo.owner,
            name: repo.repo,
            path: cleanPath,
        });
    }
    catch (error) {
        _log_js__WEBPACK_IMPORTED_MODULE_0__.debug(`GraphQL policy read failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .g)(error)}); reading ${cleanPath} over REST.`);
        return {
            text: await (0,_content_js__WEBPACK_IMPORTED_MODULE_1__/* .readDefaultBranchFile */ .sb)(client, repo, cleanPath),
            source: `${cleanPath} (default branch)`,
        };
    }
    (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .primeIdentity */ .E0)(client, answer.viewer.login);
    const branch = answer.repository?.defaultBranchRef;
    if (branch?.name)
        (0,_content_js__WEBPACK_IMPORTED_MODULE_1__/* .primeDefaultBranch */ .BA)(client, repo, branch.name);
    for (const [alias, file] of Object.entries(INSTRUCTION_FILES)) {
        const blob = branch?.target?.[alias]?.object;
        // Only a whole text file is known; anything else is read over REST when it is needed.
        if (!blob)
            (0,_content_js__WEBPACK_IMPORTED_MODULE_1__/* .primeDefaultBranchFile */ .j8)(client, repo, file, undefined);
        else if (typeof blob.text === 'string' && !blob.isBinary && !blob.isTruncated)
            (0,_content_js__WEBPACK_IMPORTED_MODULE_1__/* .primeDefaultBranchFile */ .j8)(client, repo, file, blob.text);
    }
    const source = `${cleanPath}@${branch?.name ?? 'default branch'}`;
    const blob = branch?.target?.file?.object;
    if (!blob)
        return { text: undefined, source };
    if (blob.isBinary || typeof blob.text !== 'string') {
        throw new Error(`${source} is not a text file. Expected a YAML or markdown file.`);
    }
    if (blob.isTruncated) {
        // GraphQL truncates large blobs; the raw contents API returns the whole file.
        return { text: await (0,_content_js__WEBPACK_IMPORTED_MODULE_1__/* .readDefaultBranchFile */ .sb)(client, repo, cleanPath), source };
    }
    return { text: blob.text, source };
}


/***/ })

};
