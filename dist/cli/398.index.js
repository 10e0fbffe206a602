export const id = 398;
export const ids = [398];
export const modules = {

/***/ 6017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backlogReads: () => (/* binding */ backlogReads)
});

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
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
const labelNames = (labels) => labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
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

;// CONCATENATED MODULE: ./src/github/backlog.ts


/** Statuses meaning "this API is not available here" (GHES without it, a feature turned off). */
const UNAVAILABLE = new Set([403, 404, 410]);
const statusOf = (error) => error.status ?? 0;
const STATES_PER_QUERY = 100;
const linked = (i) => ({
    number: i.number,
    title: i.title,
    state: i.state === 'closed' ? 'closed' : 'open',
});
function listed(i) {
    const deps = i.issue_dependencies_summary;
    const subs = i.sub_issues_summary;
    return {
        ...linked(i),
        body: i.body ?? '',
        labels: labelNames(i.labels),
        createdAt: i.created_at,
        htmlUrl: i.html_url,
        milestone: i.milestone
            ? { number: i.milestone.number, title: i.milestone.title, dueOn: i.milestone.due_on }
            : null,
        blockedByCount: deps ? (deps.blocked_by ?? deps.total_blocked_by) : undefined,
        openSubIssues: subs ? Math.max(0, subs.total - subs.completed) : undefined,
        comments: i.comments ?? 0,
    };
}
/**
 * The reads, done with the one GitHub client. `info` receives the one line said when an API is not
 * available (the job log by default; the CLI sends it to stderr, keeping stdout for `--json`).
 */
function backlogReads(client, repo, info = log.info) {
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
        subIssues: (number) => orEmpty('sub-issues', async () => (await client.paginate(client.rest.issues.listSubIssues, {
            ...repo,
            issue_number: number,
            per_page: 100,
        })).map(linked)),
        async issueStates(numbers) {
            const found = new Map();
            const unique = [...new Set(numbers)].filter((n) => Number.isSafeInteger(n) && n > 0);
            for (let i = 0; i < unique.length; i += STATES_PER_QUERY) {
                const batch = unique.slice(i, i + STATES_PER_QUERY);
                // Numbers are integers checked above, so writing them into the document is safe.
                const fields = batch
                    .map((n) => `i${n}: issueOrPullRequest(number: ${n}) { __typename ... on Issue { number title issueState: state } ... on PullRequest { number title pullState: state } }`)
                    .join('\n');
                const query = `query BacklogIssueStates($owner: String!, $name: String!) {\n  repository(owner: $owner, name: $name) {\n${fields}\n  }\n}`;
                let answer;
                try {
                    answer = await client.graphql(query, { owner: repo.owner, name: repo.repo });
                }
                catch (error) {
                    // A number that names nothing is an error next to the data of the others (type NOT_FOUND).
                    const partial = error.data;
                    const errors = error.errors ?? [];
                    if (!partial || errors.some((e) => e.type !== 'NOT_FOUND'))
                        throw error;
                    answer = partial;
                }
                for (const node of Object.values(answer.repository ?? {})) {
                    if (!node)
                        continue;
                    found.set(node.number, {
                        number: node.number,
                        title: node.title,
                        // PullRequest.state is OPEN, CLOSED or MERGED; Issue.state is OPEN or CLOSED.
                        state: (node.issueState ?? node.pullState) === 'OPEN' ? 'open' : 'closed',
                    });
                }
            }
            return found;
        },
    };
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
