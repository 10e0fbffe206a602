export const id = 182;
export const ids = [182,369];
export const modules = {

/***/ 1182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backlogReads: () => (/* binding */ backlogReads)
});

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/github/identity.ts
var identity = __webpack_require__(7369);
;// CONCATENATED MODULE: ./src/github/labels.ts

/** The states of a work item that labels show (DESIGN §3); exactly one is set at a time. */
const LIFECYCLE_STATES = (/* unused pure expression or super */ null && ([
    'needs-clarification',
    'ready',
    'in-progress',
    'in-review',
    'blocked',
    'done',
]));
const DEFINITIONS = {
    'opt-in': { suffix: '', color: '5319e7', description: 'Work item for codex-orchestrator' },
    'needs-clarification': {
        suffix: ':needs-clarification',
        color: 'd876e3',
        description: 'codex-orchestrator: a human must answer the questions in the status comment',
    },
    ready: {
        suffix: ':ready',
        color: '0e8a16',
        description: 'codex-orchestrator: planned, ready for development',
    },
    'in-progress': {
        suffix: ':in-progress',
        color: 'fbca04',
        description: 'codex-orchestrator: being developed',
    },
    'in-review': {
        suffix: ':in-review',
        color: '1d76db',
        description: 'codex-orchestrator: passed automated review, waiting for a human',
    },
    blocked: {
        suffix: ':blocked',
        color: 'b60205',
        description: 'codex-orchestrator: stopped, a human must act (see the status comment)',
    },
    done: { suffix: ':done', color: 'c2e0c6', description: 'codex-orchestrator: finished' },
    stop: {
        suffix: ':stop',
        color: '000000',
        description: 'codex-orchestrator: STOP, do no more work on this',
    },
};
/** The label names for a prefix: `LIFECYCLE('codex')['in-review'] === 'codex:in-review'`, `['opt-in'] === 'codex'`. */
function LIFECYCLE(prefix) {
    const names = {};
    for (const [key, def] of Object.entries(DEFINITIONS))
        names[key] = `${prefix}${def.suffix}`;
    return names;
}
/** Every label with its colour and description, in a stable order. */
function labelDefinitions(prefix) {
    return Object.values(DEFINITIONS).map((def) => ({
        name: `${prefix}${def.suffix}`,
        color: def.color,
        description: def.description,
    }));
}
/** The names of an issue's labels as the REST API lists them (a name, or an object with one). */
const labels_labelNames = (labels) => labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
/** The lifecycle state shown by a set of label names (the first state label found), if any. */
function lifecycleStateOf(labels, prefix) {
    const names = LIFECYCLE(prefix);
    const set = new Set(labels.map((l) => l.toLowerCase()));
    return LIFECYCLE_STATES.find((state) => set.has(names[state].toLowerCase()));
}
/**
 * Creates the action's labels that the repository lacks; existing ones (and their colours) are left
 * alone. In a dry run nothing is created and `missing` names what would be.
 */
async function ensureLabels(client, repo, prefix, opts = {}) {
    const present = new Set((await client.paginate(client.rest.issues.listLabelsForRepo, { ...repo, per_page: 100 })).map((l) => l.name.toLowerCase()));
    const created = [];
    const existing = [];
    const missing = [];
    for (const def of labelDefinitions(prefix)) {
        if (present.has(def.name.toLowerCase())) {
            existing.push(def.name);
            continue;
        }
        if (opts.dryRun) {
            missing.push(def.name);
            continue;
        }
        try {
            await client.rest.issues.createLabel({ ...repo, ...def });
            created.push(def.name);
        }
        catch (error) {
            // 422 already_exists: another job created it between the list and now.
            if (error.status !== 422)
                throw error;
            existing.push(def.name);
        }
    }
    if (created.length > 0)
        core.info(`Created labels: ${created.join(', ')}`);
    return { created, existing, missing };
}
/** Adds labels to an issue or PR (GitHub creates unknown ones with a default colour). */
async function addLabels(client, repo, issueNumber, labels) {
    if (labels.length === 0)
        return;
    await client.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: [...labels] });
}
/** Removes a label; a label that is not there (404) is fine. Returns whether it was removed. */
async function removeLabel(client, repo, issueNumber, name) {
    try {
        await client.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name });
        return true;
    }
    catch (error) {
        if (error.status === 404)
            return false;
        throw error;
    }
}
/**
 * Shows `state` on the item: adds its label and removes the other state labels. The opt-in label,
 * `:stop` and every unrelated label stay. Pass `current` (the item's label names, e.g. from the
 * event payload) to save a request.
 */
async function setLifecycleLabel(client, repo, issueNumber, prefix, state, opts = {}) {
    const names = LIFECYCLE(prefix);
    const current = opts.current ??
        (await client.paginate(client.rest.issues.listLabelsOnIssue, {
            ...repo,
            issue_number: issueNumber,
            per_page: 100,
        })).map((l) => l.name);
    const has = new Set(current.map((l) => l.toLowerCase()));
    const target = names[state];
    const added = has.has(target.toLowerCase()) ? [] : [target];
    const removed = [];
    await addLabels(client, repo, issueNumber, added);
    for (const other of LIFECYCLE_STATES) {
        if (other === state || !has.has(names[other].toLowerCase()))
            continue;
        if (await removeLabel(client, repo, issueNumber, names[other]))
            removed.push(names[other]);
    }
    return { added, removed };
}

;// CONCATENATED MODULE: ./src/github/issues.ts

/** An issue, or undefined when it does not exist or is a pull request. */
async function getIssue(client, repo, number) {
    try {
        const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
        if (data.pull_request)
            return undefined;
        return {
            title: data.title,
            body: data.body ?? '',
            labels: labelNames(data.labels),
            comments: data.comments,
        };
    }
    catch (error) {
        if ([404, 410].includes(error.status ?? 0))
            return undefined;
        throw error;
    }
}
/** `GET /repos/{owner}/{repo}/issues/{n}`: an issue or a pull request; throws when there is neither. */
async function readIssue(client, repo, number) {
    const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
    return {
        number: data.number,
        title: data.title,
        body: data.body ?? '',
        state: data.state === 'open' ? 'open' : 'closed',
        isPull: Boolean(data.pull_request),
        labels: labelNames(data.labels),
        author: data.user ? { login: data.user.login, type: data.user.type } : null,
        comments: data.comments,
    };
}
/** What every reader takes from a REST issue: its number, text, state and label names. */
const issues_issueBasics = (i) => ({
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.state === 'closed' ? 'closed' : 'open',
    labels: labels_labelNames(i.labels),
});

;// CONCATENATED MODULE: ./src/github/marked-issues.ts


const own = (i) => ({
    ...issueBasics(i),
    htmlUrl: i.html_url,
    createdAt: i.created_at,
    closedAt: i.closed_at ?? null,
    comments: i.comments ?? 0,
});
/**
 * Every issue, open or closed, that the action's identity opened and whose body starts with
 * `marker`, oldest first. One paginated list filtered by creator: its size is what the action
 * opened, not the repository's whole history.
 */
async function listOwnMarkedIssues(client, repo, identity, marker) {
    const issues = (await client.paginate(client.rest.issues.listForRepo, {
        ...repo,
        creator: identity.login,
        state: 'all',
        sort: 'created',
        direction: 'asc',
        per_page: 100,
    }));
    return issues
        .filter((i) => !i.pull_request && isIdentity(i.user, identity) && (i.body ?? '').startsWith(marker))
        .map(own);
}
const restLogin = (actor) => actor
    ? {
        login: actor.__typename === 'Bot' ? `${actor.login}[bot]` : actor.login,
        type: (actor.__typename === 'Bot' || actor.__typename === 'Organization'
            ? actor.__typename
            : 'User'),
    }
    : null;
const PAGE = 100;
/**
 * The GraphQL connection of the issues `$creator` opened, oldest first (`$after` for a later page):
 * the action's own issues, asked for on the backlog's follow-up request (src/github/backlog-query.ts).
 */
const ownConnection = (after) => `own: issues(first: ${PAGE}, ${after ? 'after: $after, ' : ''}filterBy: { createdBy: $creator }, orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number title body state url createdAt closedAt comments { totalCount } labels(first: 100) { nodes { name } } author { __typename login } }
    }`;
/** One page of {@link ownConnection}: its issues, and the cursor of the next page (null: none). */
function ownPage(own) {
    return {
        issues: (own?.nodes ?? []).map((n) => ({
            number: n.number,
            title: n.title,
            body: n.body,
            state: n.state === 'CLOSED' ? 'closed' : 'open',
            labels: (n.labels?.nodes ?? []).map((l) => l.name),
            htmlUrl: n.url,
            createdAt: n.createdAt,
            closedAt: n.closedAt,
            comments: n.comments.totalCount,
            author: restLogin(n.author),
        })),
        after: own?.pageInfo.hasNextPage ? own.pageInfo.endCursor : null,
    };
}
/** A GraphQL answer; one where a number named nothing (errors all NOT_FOUND) keeps the data of the rest. */
async function graphqlPartial(client, query, variables) {
    try {
        return await client.graphql(query, variables);
    }
    catch (error) {
        const partial = error.data;
        const errors = error.errors ?? [];
        if (!partial || errors.length === 0 || errors.some((e) => e.type !== 'NOT_FOUND'))
            throw error;
        return partial;
    }
}
/**
 * The action's issues whose body starts with `marker`, from the first page that rode on the
 * backlog's follow-up request (src/github/backlog-query.ts), the pages after it, and the REST list
 * when GraphQL found none: on some hosts (GitHub Enterprise Cloud) GraphQL's `createdBy` does not
 * match an app's `name[bot]` login, and on a first scan there is nothing to find either way.
 */
async function ownMarkedIssues(client, repo, identity, marker, first) {
    const all = [...first.issues];
    const query = `query OwnIssues($owner: String!, $name: String!, $creator: String!, $after: String!) {\n  repository(owner: $owner, name: $name) {\n    ${ownConnection(true)}\n  }\n}`;
    for (let after = first.after; after;) {
        const vars = { owner: repo.owner, name: repo.repo, creator: identity.login, after };
        const page = ownPage((await graphqlPartial(client, query, vars)).repository?.own);
        all.push(...page.issues);
        after = page.after;
    }
    if (all.length === 0)
        return listOwnMarkedIssues(client, repo, identity, marker);
    return all
        .filter((i) => isIdentity(i.author, identity) && i.body.startsWith(marker))
        .map(({ author: _, ...issue }) => issue);
}
/** Opens an issue; returns its number and link. */
async function createIssue(client, repo, issue) {
    const { data } = await client.rest.issues.create({
        ...repo,
        title: issue.title,
        body: issue.body,
        ...(issue.labels && issue.labels.length > 0 ? { labels: [...issue.labels] } : {}),
    });
    return { number: data.number, htmlUrl: data.html_url };
}
/** Replaces an issue's body (and title, when given). */
async function updateIssueText(client, repo, number, text) {
    await client.rest.issues.update({ ...repo, issue_number: number, ...text });
}

;// CONCATENATED MODULE: ./src/github/backlog-query.ts

const FIELDS_PER_QUERY = 100;
const backlog_query_PAGE = 100;
/** Runs the follow-ups (and the riders, on the first request); no request when there is nothing to ask. */
async function followUpQuery(client, repo, request, riders = {}) {
    const clean = (numbers) => [...new Set(numbers)].filter((n) => Number.isSafeInteger(n) && n > 0);
    // Numbers are integers checked here, so writing them into the document is safe.
    const fields = [
        ...clean(request.states).map((n) => `s${n}: issueOrPullRequest(number: ${n}) { __typename ... on Issue { number title issueState: state } ... on PullRequest { number title pullState: state } }`),
        ...clean(request.subIssuesOf).map((n) => `u${n}: issue(number: ${n}) { subIssues(first: ${backlog_query_PAGE}) { totalCount nodes { number title state } } }`),
        ...clean(request.labelEventsOf).map((n) => `l${n}: issue(number: ${n}) { timelineItems(itemTypes: [LABELED_EVENT], last: ${backlog_query_PAGE}) { nodes { ... on LabeledEvent { createdAt label { name } actor { __typename login } } } } }`),
    ];
    const result = {
        states: new Map(),
        subIssues: new Map(),
        labelEvents: new Map(),
        riders: {},
    };
    const hasRiders = riders.own !== undefined || riders.closed !== undefined;
    for (let at = 0; at < fields.length || (at === 0 && hasRiders); at += FIELDS_PER_QUERY) {
        const first = at === 0;
        const parts = fields.slice(at, at + FIELDS_PER_QUERY);
        const variables = { owner: repo.owner, name: repo.repo };
        const declared = ['$owner: String!', '$name: String!'];
        if (first && riders.own) {
            parts.push(ownConnection(false));
            variables.creator = riders.own.login;
            declared.push('$creator: String!');
        }
        if (first && riders.closed) {
            parts.push(`closed: issues(first: ${Math.min(Math.max(riders.closed.count, 1), backlog_query_PAGE)}, labels: [$label], states: [CLOSED], orderBy: { field: UPDATED_AT, direction: DESC }) { nodes { number title closedAt stateReason } }`);
            variables.label = riders.closed.label;
            declared.push('$label: String!');
        }
        const query = `query BacklogFollowUps(${declared.join(', ')}) {\n  repository(owner: $owner, name: $name) {\n    ${parts.join('\n    ')}\n  }\n}`;
        const answer = await graphqlPartial(client, query, variables);
        for (const [alias, value] of Object.entries(answer.repository ?? {})) {
            if (!value)
                continue;
            const number = Number(alias.slice(1));
            if (alias.startsWith('s')) {
                const node = value;
                result.states.set(node.number, {
                    number: node.number,
                    title: node.title,
                    // PullRequest.state is OPEN, CLOSED or MERGED; Issue.state is OPEN or CLOSED.
                    state: (node.issueState ?? node.pullState) === 'OPEN' ? 'open' : 'closed',
                });
            }
            else if (alias.startsWith('u')) {
                const subs = value.subIssues;
                if (subs.totalCount <= subs.nodes.length)
                    result.subIssues.set(number, subs.nodes.map((s) => ({
                        number: s.number,
                        title: s.title,
                        state: s.state === 'OPEN' ? 'open' : 'closed',
                    })));
            }
            else if (alias.startsWith('l')) {
                const events = value.timelineItems.nodes.flatMap((e) => e ? [{ label: e.label.name, actor: restLogin(e.actor), at: e.createdAt }] : []);
                result.labelEvents.set(number, events);
            }
        }
        if (first && riders.own) {
            result.riders.own = ownPage(answer.repository?.own);
        }
        if (first && riders.closed) {
            const closed = answer.repository?.closed?.nodes ?? [];
            result.riders.closed = closed
                .filter((c) => c.closedAt !== null)
                .map((c) => ({
                number: c.number,
                title: c.title,
                closedAt: c.closedAt,
                reason: c.stateReason ? c.stateReason.toLowerCase() : null,
            }))
                .sort((a, b) => b.closedAt.localeCompare(a.closedAt));
        }
    }
    return result;
}

// EXTERNAL MODULE: ./src/github/permissions.ts
var permissions = __webpack_require__(5435);
;// CONCATENATED MODULE: ./src/github/backlog.ts




/** Statuses meaning "this API is not available here" (GHES without it, a feature turned off). */
const UNAVAILABLE = new Set([403, 404, 410]);
const statusOf = (error) => error.status ?? 0;
const linked = (i) => ({
    number: i.number,
    title: i.title,
    state: i.state === 'closed' ? 'closed' : 'open',
});
function listed(i) {
    const deps = i.issue_dependencies_summary;
    const subs = i.sub_issues_summary;
    return {
        ...issues_issueBasics(i),
        createdAt: i.created_at,
        updatedAt: i.updated_at,
        htmlUrl: i.html_url,
        milestone: i.milestone
            ? { number: i.milestone.number, title: i.milestone.title, dueOn: i.milestone.due_on }
            : null,
        blockedByCount: deps ? (deps.blocked_by ?? deps.total_blocked_by) : undefined,
        openSubIssues: subs ? Math.max(0, subs.total - subs.completed) : undefined,
        comments: i.comments ?? 0,
        author: i.user ? { login: i.user.login, type: i.user.type ?? 'User' } : null,
        ...(i.author_association ? { authorAssociation: i.author_association } : {}),
    };
}
/**
 * The reads, done with the one GitHub client. `info` receives the one line said when an API is not
 * available (the job log by default; the CLI sends it to stderr, keeping stdout for `--json`).
 * `riders` are asked for on the first follow-up request (the scan's own issues and closed ones).
 */
function backlogReads(client, repo, info = log.info, riders = {}) {
    let answered;
    const unavailable = new Set();
    const orEmpty = async (api, read) => {
        if (unavailable.has(api))
            return [];
        try {
            return await read();
        }
        catch (error) {
            if (!UNAVAILABLE.has(statusOf(error)))
                throw error;
            unavailable.add(api);
            info(`GitHub's ${api} API is not available here (${statusOf(error)}); the scan goes without it.`);
            return [];
        }
    };
    const subIssues = (number) => orEmpty('sub-issues', async () => (await client.paginate(client.rest.issues.listSubIssues, {
        ...repo,
        issue_number: number,
        per_page: 100,
    })).map(linked));
    return {
        async listOpenIssues(label) {
            const issues = (await client.paginate(client.rest.issues.listForRepo, {
                ...repo,
                state: 'open',
                labels: label,
                sort: 'created',
                direction: 'asc',
                per_page: 100,
            }));
            return issues.filter((i) => !i.pull_request).map(listed);
        },
        blockedBy: (number) => orEmpty('issue dependencies', async () => (await client.paginate(client.rest.issues.listDependenciesBlockedBy, {
            ...repo,
            issue_number: number,
            per_page: 100,
        })).map(linked)),
        async followUps(request) {
            const ride = answered ? {} : riders;
            let result;
            try {
                result = await followUpQuery(client, repo, request, ride);
            }
            catch (error) {
                // GitHub Enterprise Server without sub-issues in GraphQL: ask for them over REST instead.
                if (request.subIssuesOf.length === 0)
                    throw error;
                result = await followUpQuery(client, repo, { ...request, subIssuesOf: [] }, ride);
            }
            if (ride.own || ride.closed)
                answered = result.riders;
            // A parent with more sub-issues than one page (or none reported) is read over REST.
            for (const n of request.subIssuesOf)
                if (!result.subIssues.has(n))
                    result.subIssues.set(n, await subIssues(n));
            return result;
        },
        role: (login) => (0,permissions/* collaboratorRole */.Vo)(client, repo, login),
        async riders() {
            if (!answered)
                answered = (await followUpQuery(client, repo, { states: [], subIssuesOf: [], labelEventsOf: [] }, riders)).riders;
            return answered;
        },
    };
}


/***/ }),

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
