export const id = 369;
export const ids = [369];
export const modules = {

/***/ 7369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GITHUB_ACTIONS_BOT: () => (/* binding */ GITHUB_ACTIONS_BOT),
/* harmony export */   IdentityError: () => (/* binding */ IdentityError),
/* harmony export */   actionIdentity: () => (/* binding */ actionIdentity),
/* harmony export */   appSlugOf: () => (/* binding */ appSlugOf),
/* harmony export */   isGitHubToken: () => (/* binding */ isGitHubToken),
/* harmony export */   isIdentity: () => (/* binding */ isIdentity),
/* harmony export */   primeIdentity: () => (/* binding */ primeIdentity)
/* harmony export */ });
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


/***/ })

};
