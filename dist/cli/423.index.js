export const id = 423;
export const ids = [423];
export const modules = {

/***/ 423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mcpCommand: () => (/* binding */ mcpCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/stdio.js + 1 modules
var stdio = __webpack_require__(9424);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(9395);
// EXTERNAL MODULE: ./src/local/command.ts
var command = __webpack_require__(4426);
// EXTERNAL MODULE: ./src/local/engine.ts
var local_engine = __webpack_require__(9705);
// EXTERNAL MODULE: ./src/local/inputs.ts
var local_inputs = __webpack_require__(7302);
// EXTERNAL MODULE: ./src/log.ts
var src_log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/safety/secrets.ts
var secrets = __webpack_require__(3836);
// EXTERNAL MODULE: ./src/local/repo.ts
var local_repo = __webpack_require__(8799);
// EXTERNAL MODULE: ./src/state/index.ts + 4 modules
var src_state = __webpack_require__(205);
// EXTERNAL MODULE: ./src/tracker/local/folder.ts
var local_folder = __webpack_require__(2574);
;// CONCATENATED MODULE: ./src/mcp/errors.ts
/**
 * A tool call that cannot do what it was asked, with the reason and the fix in its message: the
 * client receives it as an MCP tool error (`isError: true`), and the server goes on serving.
 */
class ToolError extends Error {
    name = 'ToolError';
}

;// CONCATENATED MODULE: ./src/mcp/confine.ts






/**
 * Where the server may work (DESIGN §12, the MCP server): the repositories inside the folders it
 * was started with (`--root`, default its working directory), compared as real paths, so a
 * `repo_path` with `..` or through a link that leads elsewhere is refused, and so is a repository
 * whose root lies above an allowed folder. Ids are checked before they name a file or a branch.
 */
const within = (root, real) => real === root || real.startsWith(root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep);
/** The allowed folders as real paths; a folder that does not exist is an error at start. */
async function allowedRoots(dirs, cwd) {
    const roots = [];
    for (const dir of dirs.length > 0 ? dirs : [cwd]) {
        const path = (0,external_node_path_.resolve)(cwd, dir);
        const real = await (0,promises_.realpath)(path).catch(() => undefined);
        if (!real || !(await (0,promises_.stat)(real)).isDirectory())
            throw new Error(`--root ${dir}: ${path} is not a folder. Pass an existing folder.`);
        roots.push(real);
    }
    return roots;
}
/** The repository `repoPath` names, when the server may work in it; a ToolError saying why not otherwise. */
async function confineRepo(roots, repoPath, git) {
    const allowed = roots.join(', ');
    const path = (0,external_node_path_.isAbsolute)(repoPath) ? repoPath : (0,external_node_path_.resolve)(roots[0], repoPath);
    const real = await (0,promises_.realpath)(path).catch(() => undefined);
    if (real === undefined)
        throw new ToolError(`repo_path ${repoPath} does not exist (${path}).`);
    if (!roots.some((root) => within(root, real)))
        throw new ToolError(`repo_path ${repoPath} is outside the folders this server may work in (${allowed}): start the server with --root <folder> to allow another.`);
    let repo;
    try {
        repo = await (0,local_repo/* openLocalRepo */.qu)(git, real);
    }
    catch (error) {
        if (error instanceof local_repo/* RepoError */.hE)
            throw new ToolError(error.message.replace('(or pass --dir)', ''));
        throw error;
    }
    const top = await (0,promises_.realpath)(repo.repoDir);
    if (!roots.some((root) => within(root, top)))
        throw new ToolError(`repo_path ${repoPath} lies in the git repository ${top}, whose root is outside the folders this server may work in (${allowed}).`);
    const state = (0,external_node_path_.join)(top, local_folder/* STATE_DIR */.e$);
    const link = await (0,promises_.lstat)(state).catch(() => undefined);
    if (link?.isSymbolicLink()) {
        const target = await (0,promises_.realpath)(state).catch(() => undefined);
        if (!target || !within(top, target))
            throw new ToolError(`${state} is a link that leads outside the repository: the server keeps its state inside it. Remove the link.`);
    }
    return { ...repo, repoDir: top };
}
/** The item id, when it can name a folder and a branch; a ToolError naming the argument otherwise. */
function checkItemId(argument, id) {
    if (!src_state/* itemKeySchema */.a3.safeParse(id).success || id.startsWith('.'))
        throw new ToolError(`${argument} '${id}' is not an item id: ids are letters, digits, '.', '_' and '-', with no '/' or leading '.'.`);
    return id;
}

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/mcp.js + 57 modules
var mcp = __webpack_require__(2371);
// EXTERNAL MODULE: ./src/tracker/local/session-file.ts
var session_file = __webpack_require__(2671);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(1514);
// EXTERNAL MODULE: ./src/backlog/model.ts
var model = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/backlog/docs-file.ts + 1 modules
var docs_file = __webpack_require__(94);
;// CONCATENATED MODULE: ./src/backlog/new-item.ts





/**
 * A new item of the docs backlog, written the way the docs source reads it (the MCP server's
 * create_work_item and run_tests' bug reports): the next free id in the backlog's own id scheme,
 * a file beside the items of that scheme, front matter the parser accepts, and the open items
 * that look like the same work. Pure: the caller reads the backlog and writes the file.
 */
/** The kinds of item a client may create; a human action is never worked by the engine. */
const NEW_ITEM_TYPES = ['bug', 'feature', 'human_action'];
/** The label that keeps an item out of the engine's queue: a person does it. */
const HUMAN_ACTION_LABEL = 'human_action';
/** The id a backlog with no numbered ids starts from. */
const FIRST_ID = { prefix: 'ITEM-', width: 3 };
/**
 * The next free id: the backlog's most used `<prefix><number>` scheme (ties: the scheme of the
 * highest number), one above its highest number, zero-padded as its ids are. `ITEM-001` for a
 * backlog without numbered ids. Never an id in `ids`.
 */
function nextItemId(ids) {
    const schemes = new Map();
    for (const id of ids) {
        const match = /^(.*?)(\d+)$/.exec(id);
        if (!match)
            continue;
        const [, prefix = '', digits = ''] = match;
        const scheme = schemes.get(prefix) ?? { count: 0, max: 0, width: 1 };
        scheme.count += 1;
        scheme.max = Math.max(scheme.max, Number(digits));
        if (digits.startsWith('0'))
            scheme.width = Math.max(scheme.width, digits.length);
        schemes.set(prefix, scheme);
    }
    const [prefix, scheme] = [...schemes].sort(([pa, a], [pb, b]) => b.count - a.count || b.max - a.max || (0,model/* compareIds */.q3)(pa, pb))[0] ?? [FIRST_ID.prefix, { count: 0, max: 0, width: FIRST_ID.width }];
    const taken = new Set(ids);
    for (let n = scheme.max + 1;; n++) {
        const id = `${prefix}${String(n).padStart(scheme.width, '0')}`;
        if (!taken.has(id))
            return id;
    }
}
const GLOB_CHARS = /[*?[\]{}()!+@]/;
/**
 * Where the new item's file goes: beside the newest item of its id scheme (the same prefix, the
 * highest number), else beside any item, else the folder the `issues` glob names when it names
 * one; its name is `<id>.md` (or the glob's `*` filled with the id). The path must match the glob.
 */
function newItemPath(id, items, issuesGlob) {
    const prefix = /^(.*?)\d+$/.exec(id)?.[1] ?? '';
    const files = items
        .filter((i) => i.source.kind === 'docs')
        .map((i) => ({ id: i.id, file: i.source.file }));
    const sameScheme = files.filter((f) => /^(.*?)\d+$/.exec(f.id)?.[1] === prefix);
    const beside = (sameScheme.length > 0 ? sameScheme : files).sort((a, b) => (0,model/* compareIds */.q3)(b.id, a.id))[0];
    const segments = issuesGlob.split('/');
    const last = segments[segments.length - 1] ?? '';
    const name = (last.match(/\*/g) ?? []).length === 1 && !GLOB_CHARS.test(last.replace('*', ''))
        ? last.replace('*', id)
        : `${id}.md`;
    let folder;
    if (beside)
        folder = external_node_path_.posix.dirname(beside.file);
    else {
        const literal = segments.slice(0, -1).filter((s) => s !== '**');
        if (literal.some((s) => GLOB_CHARS.test(s)))
            return {
                kind: 'refused',
                reason: `the backlog has no item to place a new one beside, and backlog.docs.issues '${issuesGlob}' names no single folder: add the first item by hand`,
            };
        folder = literal.join('/') || '.';
    }
    const path = folder === '.' ? name : `${folder}/${name}`;
    if (!picomatch_default()(issuesGlob, { dot: false })(path))
        return {
            kind: 'refused',
            reason: `${path} would not match backlog.docs.issues '${issuesGlob}', so the scan would not see it`,
        };
    return { kind: 'path', path };
}
/** One line of visible text: control characters and line breaks become spaces. */
const oneLine = (text) => text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/**
 * The item's file: front matter (id, title, status open, priority, type, component, labels,
 * created), then the description as its body. Checked by parsing it back: a file the docs source
 * would not read as exactly this item is an error here, never a broken backlog.
 */
function renderNewItem(item, path) {
    const labels = [item.type, ...(item.component !== 'unknown' ? [item.component] : [])];
    const front = [
        `id: ${(0,docs_file/* yamlScalar */.Ew)(item.id)}`,
        `title: ${(0,docs_file/* yamlScalar */.Ew)(item.title)}`,
        'status: open',
        `priority: ${item.priority}`,
        `type: ${item.type}`,
        `component: ${(0,docs_file/* yamlScalar */.Ew)(item.component)}`,
        `labels: [${labels.map(docs_file/* yamlScalar */.Ew).join(', ')}]`,
        `created: ${(0,docs_file/* yamlScalar */.Ew)(item.created)}`,
    ];
    const body = item.description.replace(/\r\n?/g, '\n').trim();
    const text = `---\n${front.join('\n')}\n---\n${body ? `${body}\n` : ''}`;
    const parsed = (0,docs_file/* parseIssueFile */.TP)(path, text);
    const back = parsed.item;
    if (parsed.problems.length > 0 || back?.id !== item.id || back.title !== item.title)
        throw new Error(`The new item's file would not read back as ${item.id} (${parsed.problems.map((p) => p.kind).join(', ') || 'a different id or title'}); nothing was written.`);
    return text;
}
const words = (title) => new Set((0,src_text/* normaliseTitle */.B)(title).split(' ').filter(Boolean));
/**
 * The open item most like `title`: the same normalised title first, else the one sharing the most
 * words when they share at least 60% of both titles' words together (Jaccard).
 */
function similarItem(title, items) {
    const open = items.filter((i) => !(0,model/* isResolved */.ZY)(i.status));
    const key = (0,src_text/* normaliseTitle */.B)(title);
    const same = open.find((i) => (0,src_text/* normaliseTitle */.B)(i.title) === key);
    if (same)
        return { item: same, match: 'same' };
    const mine = words(title);
    let best;
    for (const item of open) {
        const theirs = words(item.title);
        const shared = [...mine].filter((w) => theirs.has(w)).length;
        const score = shared / (mine.size + theirs.size - shared || 1);
        if (score >= 0.6 && (!best || score > best.score))
            best = { item, score };
    }
    return best ? { item: best.item, match: 'similar' } : undefined;
}

;// CONCATENATED MODULE: ./src/mcp/schemas.ts



/**
 * The five tools' contract (seeds/003, "MCP Tools Reference"): their names, parameters, defaults
 * and result shapes are kept, so a prompt written for them works unchanged; fields of ours are
 * added beside them, never instead. The SDK turns these into the JSON schemas clients see, checks
 * every call's arguments against them (a bad one is an error naming it) and every result against
 * its output schema.
 */
const repoPath = schemas/* string */.YjP()
    .min(1)
    .max(4096)
    .describe("The repository's root (a git checkout inside a folder the server was started with, --root): absolute, or relative to the first root.");
const seconds = (max, fallback, what) => schemas/* number */.aig().int().min(1).max(max).default(fallback).describe(what);
const itemId = (what) => schemas/* string */.YjP()
    .min(1)
    .max(100)
    .describe(`${what}: the front matter id of a docs backlog file, such as TASK-001.`);
const scanInput = schemas/* strictObject */.rej({
    repo_path: repoPath,
    sync_remote: schemas/* boolean */.zMY()
        .default(true)
        .describe('Fetch origin and fast-forward the default branch first; only when the checkout is clean and on its default branch (else the result says why and the scan reads what is there).'),
    timeout: seconds(3600, 120, 'Seconds the scan (with the fetch) may take.'),
    max_items: schemas/* number */.aig()
        .int()
        .min(1)
        .max(10_000)
        .default(100)
        .describe('At most this many queue entries and human actions (the ready items first); the summary counts all.'),
});
const queueStatus = schemas/* enum */.k5n(['ready', 'blocked', 'waiting', 'in_progress', 'stopped']);
const scanOutput = schemas/* object */.Ikc({
    success: schemas/* boolean */.zMY(),
    priority_queue: schemas/* array */.YOg(schemas/* object */.Ikc({
        item_id: schemas/* string */.YjP(),
        title: schemas/* string */.YjP(),
        priority: schemas/* enum */.k5n(model/* PRIORITIES */.BE),
        status: queueStatus,
        /** Why it is not ready; null when it is. */
        reason: schemas/* string */.YjP().nullable(),
        milestone: schemas/* string */.YjP().nullable(),
        file: schemas/* string */.YjP().nullable(),
    }))
        .describe('The open items, the ready ones first in the order to work them, up to max_items.'),
    human_actions_required: schemas/* array */.YOg(schemas/* object */.Ikc({ item_id: schemas/* string */.YjP().nullable(), action: schemas/* string */.YjP(), reason: schemas/* string */.YjP() })),
    summary: schemas/* object */.Ikc({
        total: schemas/* number */.aig().int(),
        ready: schemas/* number */.aig().int(),
        blocked: schemas/* number */.aig().int(),
        waiting: schemas/* number */.aig().int(),
        in_progress: schemas/* number */.aig().int(),
        done: schemas/* number */.aig().int(),
    }),
    next_action: schemas/* object */.Ikc({ item_id: schemas/* string */.YjP().nullable(), reason: schemas/* string */.YjP() }),
    sync: schemas/* object */.Ikc({
        status: schemas/* enum */.k5n(['fast_forwarded', 'up_to_date', 'skipped', 'failed', 'off']),
        reason: schemas/* string */.YjP(),
    }),
    problems: schemas/* array */.YOg(schemas/* string */.YjP())
        .describe('Problems of the backlog files; no item is worked while there are any.'),
    truncated: schemas/* number */.aig()
        .int()
        .describe('Entries left out of priority_queue and human_actions_required by max_items.'),
});
const processInput = schemas/* strictObject */.rej({
    item_id: itemId('The item to work'),
    repo_path: repoPath,
    max_iterations: schemas/* number */.aig()
        .int()
        .min(1)
        .max(100)
        .default(20)
        .describe('At most this many developer runs for the item (the config max-iterations).'),
    timeout_per_section: seconds(21_600, 300, 'Seconds one acceptance criterion may take.'),
});
const failure = schemas/* object */.Ikc({
    command: schemas/* string */.YjP(),
    exit_code: schemas/* number */.aig().int().nullable(),
    timed_out: schemas/* boolean */.zMY(),
    /** The end of its output, secrets redacted. */
    output: schemas/* string */.YjP(),
});
const testSummary = schemas/* object */.Ikc({
    commands: schemas/* number */.aig().int(),
    passed: schemas/* number */.aig().int(),
    failed: schemas/* number */.aig().int(),
    skipped: schemas/* number */.aig().int(),
});
const processOutput = schemas/* object */.Ikc({
    status: schemas/* enum */.k5n(['complete', 'tests_failed', 'needs_decomposition', 'error']),
    sections_completed: schemas/* array */.YOg(schemas/* string */.YjP()).describe('The acceptance criteria done, in order.'),
    test_result: schemas/* object */.Ikc({ passed: schemas/* boolean */.zMY(), summary: testSummary, failures: schemas/* array */.YOg(failure) })
        .nullable()
        .describe('The verification after the criteria; null when it did not run.'),
    /** Why it ended, in a sentence. */
    reason: schemas/* string */.YjP(),
    /** The engine's own status when it says more than `status` (blocked, stopped, needs_clarification). */
    outcome: schemas/* string */.YjP(),
    /** What a person does next; empty when nothing. */
    next: schemas/* string */.YjP(),
    branch: schemas/* string */.YjP().nullable(),
    commits: schemas/* number */.aig().int(),
    state_dir: schemas/* string */.YjP(),
});
const testsInput = schemas/* strictObject */.rej({
    work_item_id: itemId('The item whose branch to verify (its default branch when it has none)'),
    repo_path: repoPath,
    create_bugs: schemas/* boolean */.zMY()
        .default(false)
        .describe('File one bug item per failing command, unless an open item already says the same.'),
    timeout: seconds(7200, 300, 'Seconds the verification may take.'),
});
const testsOutput = schemas/* object */.Ikc({
    success: schemas/* boolean */.zMY(),
    passed: schemas/* boolean */.zMY(),
    overall_status: schemas/* enum */.k5n(['passed', 'failed', 'not_configured']),
    summary: testSummary.extend({ duration_ms: schemas/* number */.aig().int() }),
    failures: schemas/* array */.YOg(failure),
    issues_created: schemas/* array */.YOg(schemas/* object */.Ikc({ item_id: schemas/* string */.YjP(), title: schemas/* string */.YjP(), location: schemas/* string */.YjP() })),
    duplicates: schemas/* array */.YOg(schemas/* object */.Ikc({ item_id: schemas/* string */.YjP(), title: schemas/* string */.YjP() })),
    tested: schemas/* object */.Ikc({ ref: schemas/* string */.YjP(), commit: schemas/* string */.YjP() }),
    issues_branch: schemas/* string */.YjP().nullable(),
});
const createInput = schemas/* strictObject */.rej({
    item_type: schemas/* enum */.k5n(NEW_ITEM_TYPES).describe('bug, feature, or human_action (a step for a person).'),
    title: schemas/* string */.YjP().trim().min(1).max(200).describe('A short title, one line.'),
    description: schemas/* string */.YjP().max(20_000).describe('The full description (markdown).'),
    repo_path: repoPath,
    component: schemas/* string */.YjP()
        .regex(/^[\w.:/-]{1,50}$/, { error: 'a component name: letters, digits, and . : / - _' })
        .default('unknown')
        .describe('The system component it is about.'),
    priority: schemas/* string */.YjP()
        .default('P2')
        .refine((p) => (0,model/* parsePriority */.cF)(p) !== undefined, { error: 'expected critical, high, medium, low or P0–P3' })
        .describe('critical, high, medium, low, or P0–P3.'),
    auto_commit: schemas/* boolean */.zMY().default(true).describe('Commit the new file (never on the default branch).'),
    timeout: seconds(3600, 120, 'Seconds it may take.'),
});
const createOutput = schemas/* object */.Ikc({
    success: schemas/* boolean */.zMY(),
    /** False when an open item with the same title exists: that one is the item. */
    created: schemas/* boolean */.zMY(),
    item_id: schemas/* string */.YjP(),
    location: schemas/* string */.YjP(),
    files_created: schemas/* array */.YOg(schemas/* string */.YjP()),
    duplicate_warning: schemas/* object */.Ikc({
        item_id: schemas/* string */.YjP(),
        title: schemas/* string */.YjP(),
        location: schemas/* string */.YjP().nullable(),
        match: schemas/* enum */.k5n(['same', 'similar']),
    })
        .nullable(),
    branch: schemas/* string */.YjP().nullable(),
    commit: schemas/* string */.YjP().nullable(),
    note: schemas/* string */.YjP(),
});
const retroInput = schemas/* strictObject */.rej({
    repo_path: repoPath,
    session_id: schemas/* string */.YjP()
        .max(100)
        .nullable()
        .default(null)
        .describe("The session to look back on (the session file's session_id); null: the current one."),
    dry_run: schemas/* boolean */.zMY().default(false).describe('Recommend only: change no file.'),
    timeout: seconds(7200, 300, 'Seconds the retrospective may take.'),
});
const change = schemas/* object */.Ikc({ kind: schemas/* string */.YjP(), item: schemas/* string */.YjP(), detail: schemas/* string */.YjP() });
const retroOutput = schemas/* object */.Ikc({
    success: schemas/* boolean */.zMY(),
    summary: schemas/* string */.YjP(),
    deprecations: schemas/* array */.YOg(schemas/* string */.YjP()),
    merges: schemas/* array */.YOg(schemas/* object */.Ikc({ source: schemas/* string */.YjP(), target: schemas/* string */.YjP() })),
    priority_changes: schemas/* array */.YOg(schemas/* object */.Ikc({ item_id: schemas/* string */.YjP(), old: schemas/* enum */.k5n(model/* PRIORITIES */.BE), new: schemas/* enum */.k5n(model/* PRIORITIES */.BE) })),
    recommendations: schemas/* array */.YOg(schemas/* string */.YjP()),
    next_priority_item: schemas/* object */.Ikc({ item_id: schemas/* string */.YjP(), reason: schemas/* string */.YjP() }).nullable(),
    new_items: schemas/* array */.YOg(schemas/* object */.Ikc({ title: schemas/* string */.YjP(), priority: schemas/* enum */.k5n(model/* PRIORITIES */.BE) })),
    dropped: schemas/* array */.YOg(schemas/* string */.YjP()),
    applied: schemas/* array */.YOg(change),
    skipped: schemas/* array */.YOg(change),
    branch: schemas/* string */.YjP().nullable(),
    commit: schemas/* string */.YjP().nullable(),
    dry_run: schemas/* boolean */.zMY(),
    session_id: schemas/* string */.YjP().nullable(),
    session_ended: schemas/* boolean */.zMY(),
});

// EXTERNAL MODULE: ./src/git/commit.ts
var commit = __webpack_require__(5895);
// EXTERNAL MODULE: ./src/git/push.ts
var push = __webpack_require__(7546);
// EXTERNAL MODULE: ./src/git/worktree.ts
var worktree = __webpack_require__(5847);
;// CONCATENATED MODULE: ./src/local/backlog-commit.ts







/** The side branch of a day. */
const backlogBranch = (prefix, now) => `${prefix}/backlog-${now.toISOString().slice(0, 10)}`;
async function openBacklogTarget(repo, options) {
    const { git, repoDir } = repo;
    if (options.commit === false)
        return {
            kind: 'uncommitted',
            branch: null,
            dir: repoDir,
            refuse: (path) => leavesTree(repoDir, path),
            prepare: (path) => mkdirInside(repoDir, path),
            commit: async () => undefined,
            close: async () => { },
        };
    const head = await git(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: repoDir });
    const current = head.exitCode === 0 ? head.stdout.trim() : undefined;
    if (current && current !== repo.defaultBranch) {
        return {
            kind: 'checkout',
            branch: current,
            dir: repoDir,
            async refuse(path) {
                const outside = await leavesTree(repoDir, path);
                if (outside)
                    return outside;
                const status = await (0,exec/* gitOk */.Tt)(git, ['status', '--porcelain', '--', path], { cwd: repoDir });
                return status.trim() ? `${path} has uncommitted changes in your working tree` : undefined;
            },
            prepare: (path) => mkdirInside(repoDir, path),
            commit: (paths, message) => (0,commit/* commitPaths */.cH)(git, repoDir, paths, message, local_repo/* LOCAL_AUTHOR */.gA),
            close: async () => { },
        };
    }
    const branch = backlogBranch(options.prefix, options.now ?? new Date());
    const remote = (0,local_repo/* selfRemote */.dc)(repo);
    const wt = await (0,worktree/* openWorktree */.Gc)(git, {
        repoDir,
        parentDir: options.parentDir,
        branch,
        defaultBranch: repo.defaultBranch,
        remote,
    });
    return {
        kind: 'side',
        branch,
        dir: wt.dir,
        refuse: (path) => leavesTree(wt.dir, path),
        prepare: (path) => mkdirInside(wt.dir, path),
        async commit(paths, message) {
            await (0,exec/* gitOk */.Tt)(git, ['add', '--', ...paths], { cwd: wt.dir });
            const sha = await (0,commit/* commitStaged */.u$)(git, wt.dir, message, local_repo/* LOCAL_AUTHOR */.gA);
            if (!sha)
                return undefined;
            const pushed = await (0,push/* pushBranch */.TV)(git, {
                dir: wt.dir,
                remote,
                branch,
                prefix: options.prefix,
                base: wt.base,
            });
            if (pushed.status === 'foreign')
                throw new Error(`${branch} has commits the engine did not write (${pushed.foreignCommits.slice(0, 3).join('; ')}); nothing was committed to it. Merge or delete that branch, then call the tool again.`);
            return sha;
        },
        close: () => (0,worktree/* removeWorktree */.IL)(git, repoDir, wt.dir),
    };
}
const backlog_commit_within = (root, real) => real === root || real.startsWith(root + external_node_path_.sep);
/** Why `path` leads outside `tree` (through a linked folder or file), or undefined. */
async function leavesTree(tree, path) {
    const root = await (0,promises_.realpath)(tree);
    // The nearest part of the path that exists decides: a link there points wherever it points.
    let probe = (0,external_node_path_.join)(tree, path);
    for (;;) {
        const real = await (0,promises_.realpath)(probe).catch(() => undefined);
        if (real !== undefined)
            return backlog_commit_within(root, real) ? undefined : `${path} leads outside the repository through a link`;
        const parent = (0,external_node_path_.dirname)(probe);
        if (parent === probe)
            return `${path} is not inside the repository`;
        probe = parent;
    }
}
async function mkdirInside(tree, path) {
    const why = await leavesTree(tree, path);
    if (why)
        throw new Error(`Refusing to write: ${why}.`);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(tree, path)), { recursive: true });
}

// EXTERNAL MODULE: ./src/backlog/docs.ts + 4 modules
var docs = __webpack_require__(682);
// EXTERNAL MODULE: ./src/config.ts
var src_config = __webpack_require__(2973);
;// CONCATENATED MODULE: ./src/mcp/workspace.ts









async function openWorkspace(options, repoPath) {
    const repo = await confineRepo(options.roots, repoPath, options.git);
    let config;
    try {
        config = await (0,src_config/* loadConfig */.Z9)((0,external_node_path_.resolve)(repo.repoDir, options.inputs.configFile));
    }
    catch (error) {
        if (error instanceof src_config/* ConfigError */.xL)
            throw new ToolError(error.message);
        throw error;
    }
    return { options, repo, config, folder: (0,local_folder/* stateFolder */.yp)(repo.repoDir) };
}
/** The docs backlog of a tree (the working tree by default), as the CLI's scan reads it. */
function readBacklog(ws, dir = ws.repo.repoDir) {
    return (0,docs/* loadDocsBacklog */.hk)(dir, ws.config.backlog.docs);
}
// One writer of a state folder's session file at a time: tool calls may overlap.
const sessionLocks = new Map();
/** The session file as it is (undefined without one); a damaged file is a ToolError naming the fix. */
async function currentSession(ws) {
    try {
        return await (0,session_file/* readSession */.lx)(ws.folder);
    }
    catch (error) {
        throw new ToolError((0,errors/* errorMessage */.g)(error));
    }
}
/**
 * Reads, changes and writes the session file, one call at a time: the open session, or a new one
 * when none is open; with `ended: 'keep'`, an ended session is changed as it is (a note of the
 * call that ended it must not start the next one).
 */
function updateSession(ws, change, options = {}) {
    const key = ws.folder.root;
    // The chain never rejects, so one failed update does not stop the next.
    const previous = sessionLocks.get(key) ?? Promise.resolve();
    const run = previous.then(async () => {
        await (0,local_folder/* ensureStateFolder */.qU)(ws.repo.git, ws.folder);
        let session;
        try {
            session =
                options.ended === 'keep'
                    ? ((await (0,session_file/* readSession */.lx)(ws.folder)) ?? (0,session_file/* newSession */.RL)())
                    : await (0,session_file/* openSession */.fA)(ws.folder);
        }
        catch (error) {
            throw new ToolError((0,errors/* errorMessage */.g)(error));
        }
        const next = change(session);
        await (0,session_file/* saveSession */.E1)(ws.folder, next);
        return next;
    });
    const settled = run.then(() => undefined, () => undefined);
    sessionLocks.set(key, settled);
    void settled.then(() => {
        if (sessionLocks.get(key) === settled)
            sessionLocks.delete(key);
    });
    return run;
}
/** Why no item may be worked now: the early exit of the open session, or a STOP file. */
async function workRefused(ws) {
    const session = await currentSession(ws);
    if (session?.early_exit_triggered && session.ended_at === null)
        return (`The session stopped early: ${session.early_exit_reason} A person looks at the items' summaries in ` +
            `${ws.folder.root}/items/, fixes the cause, then clears it with \`codex-orchestrator clear --dir ${ws.repo.repoDir}\`.`);
    const stop = await (0,promises_.access)(ws.folder.stopFile).then(() => true, () => false);
    if (stop)
        return `A STOP file is in ${ws.folder.root}: a person removes it to go on.`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/mcp/tools/file-items.ts







/**
 * Files new items into the docs backlog in one commit (create_work_item, run_tests' bugs): each
 * with the next free id of the backlog's scheme, beside the items of that scheme, unless an open
 * item has the same title (that one is the item; nothing is written). The backlog read is the
 * tree the commit goes on, so two calls in a row never take the same id.
 */
async function fileItems(ws, requests, options) {
    const now = options.now ?? new Date();
    const target = await openBacklogTarget(ws.repo, {
        prefix: ws.config.labels.prefix,
        parentDir: ws.options.scratch,
        now,
        commit: options.commit,
    }).catch((error) => {
        throw new ToolError(`Could not prepare the branch for the new item(s): ${(0,errors/* errorMessage */.g)(error)}`);
    });
    try {
        const backlog = await readBacklog(ws, target.dir);
        const ids = backlog.items.map((i) => i.id);
        const items = [];
        const written = [];
        for (const request of requests) {
            const title = oneLine(request.title);
            if (!title)
                throw new ToolError('title is empty once line breaks and control characters are removed.');
            const like = similarItem(title, backlog.items);
            if (like?.match === 'same') {
                items.push({ created: false, title, same: like });
                continue;
            }
            const id = nextItemId(ids);
            const placed = newItemPath(id, backlog.items, ws.config.backlog.docs.issues);
            if (placed.kind === 'refused')
                throw new ToolError(`Cannot place ${id}: ${placed.reason}.`);
            const refused = await target.refuse(placed.path);
            if (refused)
                throw new ToolError(`Cannot write ${placed.path}: ${refused}.`);
            const text = renderNewItem({ ...request, id, title, created: now.toISOString().slice(0, 10) }, placed.path);
            await target.prepare(placed.path);
            await (0,promises_.writeFile)((0,external_node_path_.join)(target.dir, placed.path), text, { flag: 'wx' }).catch((error) => {
                throw new ToolError(error.code === 'EEXIST'
                    ? `${placed.path} exists already though no backlog item has the id ${id}: look at that file.`
                    : `Could not write ${placed.path}: ${(0,errors/* errorMessage */.g)(error)}`);
            });
            ids.push(id);
            written.push(placed.path);
            items.push({ created: true, id, title, location: placed.path, similar: like });
        }
        const created = items.filter((i) => i.created);
        const commit = written.length > 0
            ? await target.commit(written, `${created.length === 1 ? `Add ${created[0].id}: ${created[0].title}` : `Add ${created.length} backlog items`}\n\n` +
                `${created.map((c) => `- ${c.id} (${(0,external_node_path_.basename)(c.location)})`).join('\n')}\n\nFiled through the MCP server of codex-orchestrator.`)
            : undefined;
        return {
            items,
            branch: written.length > 0 && target.kind !== 'uncommitted' ? target.branch : null,
            commit: commit ?? null,
            kind: target.kind,
        };
    }
    finally {
        await target.close();
    }
}

;// CONCATENATED MODULE: ./src/mcp/tools/create.ts



/**
 * `create_work_item`: a new docs item file with the next free id and front matter the docs source
 * reads, committed on its own (never on the default branch: on the branch checked out when that is
 * another one, else on the day's side branch, said in the result). An open item with the same
 * title is returned instead of a copy; one with a similar title is named in `duplicate_warning`.
 */
async function createWorkItem(ws, args) {
    const filed = await fileItems(ws, [
        {
            type: args.item_type,
            title: args.title,
            description: args.description,
            priority: (0,model/* parsePriority */.cF)(args.priority),
            component: args.component,
        },
    ], { commit: args.auto_commit });
    const [item] = filed.items;
    if (!item)
        throw new Error('fileItems returned nothing for one request');
    if (!item.created) {
        const same = item.same.item;
        const file = same.source.kind === 'docs' ? same.source.file : null;
        return {
            success: true,
            created: false,
            item_id: same.id,
            location: file ?? '',
            files_created: [],
            duplicate_warning: { item_id: same.id, title: same.title, location: file, match: 'same' },
            branch: null,
            commit: null,
            note: `${same.id} is open with the same title: no new item was created.`,
        };
    }
    const similar = item.similar?.item;
    const landed = filed.kind === 'uncommitted'
        ? 'written to the working tree, not committed (auto_commit is false)'
        : filed.kind === 'side'
            ? `committed on ${filed.branch} (the checkout is on the default branch, which this server never writes): merge that branch to see it in the scan`
            : `committed on ${filed.branch}, the branch checked out`;
    return {
        success: true,
        created: true,
        item_id: item.id,
        location: item.location,
        files_created: [(0,external_node_path_.basename)(item.location)],
        duplicate_warning: similar
            ? {
                item_id: similar.id,
                title: similar.title,
                location: similar.source.kind === 'docs' ? similar.source.file : null,
                match: 'similar',
            }
            : null,
        branch: filed.branch,
        commit: filed.commit,
        note: `${item.id} ${landed}.`,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/backlog/problems.ts
var backlog_problems = __webpack_require__(2771);
// EXTERNAL MODULE: ./src/engine/item.ts + 22 modules
var engine_item = __webpack_require__(4274);
// EXTERNAL MODULE: ./src/backlog/queue.ts
var backlog_queue = __webpack_require__(3176);
;// CONCATENATED MODULE: ./src/git/sync.ts


/** The variables a person's git needs to reach origin with their own credentials. */
const CREDENTIAL_ENV = [
    'SSH_AUTH_SOCK',
    'GIT_SSH',
    'GIT_SSH_COMMAND',
    'GIT_ASKPASS',
    'SSH_ASKPASS',
    'XDG_CONFIG_HOME',
];
/**
 * Fetches origin's default branch and fast-forwards the checkout to it: only when the checkout is
 * on that branch and has no uncommitted changes to tracked files, and only forward (a branch that
 * has commits origin lacks is left as it is). Anything else is `skipped` with the reason; the
 * caller reads what is there. Hooks never run (the git port disables them).
 */
async function syncDefaultBranch(git, options) {
    const { dir, defaultBranch: branch } = options;
    const origin = await git(['config', '--get', 'remote.origin.url'], { cwd: dir });
    if (origin.exitCode !== 0)
        return { status: 'skipped', reason: 'the repository has no origin remote' };
    const head = await git(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: dir });
    const current = head.exitCode === 0 ? head.stdout.trim() : undefined;
    if (current !== branch)
        return {
            status: 'skipped',
            reason: `the checkout is on ${current ?? 'a detached HEAD'}, not the default branch ${branch}`,
        };
    const dirty = await (0,exec/* gitOk */.Tt)(git, ['status', '--porcelain', '--untracked-files=no'], { cwd: dir });
    if (dirty.trim())
        return { status: 'skipped', reason: 'the checkout has uncommitted changes' };
    const env = {};
    for (const name of CREDENTIAL_ENV)
        if (options.env[name])
            env[name] = options.env[name];
    const tracking = `refs/remotes/origin/${branch}`;
    const fetched = await git(['fetch', '--quiet', '--no-tags', 'origin', `+refs/heads/${branch}:${tracking}`], {
        cwd: dir,
        env,
        timeoutMs: options.timeoutMs,
    });
    if (fetched.exitCode !== 0)
        return {
            status: 'failed',
            reason: `git fetch origin ${branch} failed: ${(fetched.stderr || fetched.stdout).trim().slice(-500) || `exit code ${fetched.exitCode}`}`,
        };
    const local = await (0,exec/* gitOk */.Tt)(git, ['rev-parse', 'HEAD'], { cwd: dir });
    const remote = await (0,exec/* gitOk */.Tt)(git, ['rev-parse', tracking], { cwd: dir });
    if (local === remote || (await (0,commit/* isAncestor */.QX)(git, dir, remote, local)))
        return { status: 'up_to_date', reason: `${branch} has everything origin has` };
    if (!(await (0,commit/* isAncestor */.QX)(git, dir, local, remote)))
        return {
            status: 'skipped',
            reason: `${branch} and origin/${branch} have diverged: it was not fast-forwarded (merge them by hand)`,
        };
    const merged = await git(['merge', '--ff-only', '--quiet', tracking], { cwd: dir });
    if (merged.exitCode !== 0)
        return {
            status: 'failed',
            reason: `git merge --ff-only failed: ${(merged.stderr || merged.stdout).trim().slice(-500)}`,
        };
    return { status: 'fast_forwarded', reason: `${branch} moved ${local.slice(0, 7)} → ${remote.slice(0, 7)}` };
}

// EXTERNAL MODULE: ./src/local/states.ts
var local_states = __webpack_require__(7805);
;// CONCATENATED MODULE: ./src/mcp/tools/scan.ts







/**
 * `scan_prioritize`: the docs backlog as `codex-orchestrator run` would work it — the ready items
 * in queue order (priority, milestone, id; every blocker done), then every other open item with
 * why it waits — plus what only a person can do (approve an escalation, merge a finished branch,
 * a human-action item, backlog problems, the early exit, a STOP file). It changes no file of the
 * repository; with `sync_remote` it first fast-forwards a clean default-branch checkout.
 */
async function scanPrioritize(ws, args) {
    const sync = args.sync_remote
        ? await syncDefaultBranch(ws.repo.git, {
            dir: ws.repo.repoDir,
            defaultBranch: ws.repo.defaultBranch,
            env: ws.options.env,
            timeoutMs: args.timeout * 1000,
        })
        : { status: 'off', reason: 'sync_remote is false: the checkout was scanned as it is' };
    const backlog = await readBacklog(ws);
    const full = await prioritize(ws, backlog);
    // A model reads the result: the first entries are what it acts on, the counts say the rest.
    const queue = full.priority_queue.slice(0, args.max_items);
    const actions = full.human_actions_required.slice(0, args.max_items);
    return {
        success: true,
        ...full,
        priority_queue: queue,
        human_actions_required: actions,
        sync,
        truncated: full.priority_queue.length - queue.length + full.human_actions_required.length - actions.length,
    };
}
/** The queue and the human actions of a backlog with the local states (benchmarked in process). */
async function prioritize(ws, backlog) {
    const known = new Map(backlog.items.map((i) => [i.id, i]));
    const states = await (0,local_states/* localStates */.U)(ws.folder, known);
    const waiting = [];
    for (const [id, state] of states) {
        const why = (0,local_states/* waitingReason */.A)(id, state, { devCompleteWaits: true });
        if (why)
            waiting.push([id, why]);
    }
    const human = backlog.items.filter((i) => i.labels.includes(HUMAN_ACTION_LABEL));
    for (const item of human)
        waiting.push([item.id, 'a human action: a person does it']);
    const view = (0,backlog_queue/* computeQueue */.R6)(backlog.dag, backlog.milestones, (0,backlog_queue/* signalsFrom */.gS)({ waiting }));
    const entry = (item, status, reason) => ({
        item_id: item.id,
        title: item.title,
        priority: item.priority,
        status,
        reason,
        milestone: item.milestone ?? null,
        file: item.source.kind === 'docs' ? item.source.file : null,
    });
    const usable = (item) => src_state/* itemKeySchema */.a3.safeParse(item.id).success && !item.id.startsWith('.');
    const ready = view.ready.map((e) => e.item);
    const queue = [
        ...ready.filter(usable).map((item) => entry(item, 'ready', null)),
        ...ready
            .filter((item) => !usable(item))
            .map((item) => entry(item, 'blocked', 'its id cannot name a branch and a folder (use letters, digits, ".", "_" and "-")')),
        ...view.blocked.map((b) => entry(b.item, 'blocked', b.reason)),
        ...view.waiting.map((w) => entry(w.item, 'waiting', w.reason)),
        ...view.inProgress.map((item) => entry(item, 'in_progress', `its status is ${item.status}`)),
        ...view.stopped.map((item) => entry(item, 'stopped', 'it is stopped')),
    ];
    const problems = (0,backlog_problems/* sortProblems */.dS)(backlog.problems).map(backlog_problems/* describeProblem */.BJ);
    const refused = await workRefused(ws);
    const actions = [
        ...(refused
            ? [{ item_id: null, action: 'clear the early exit or remove the STOP file', reason: refused }]
            : []),
        ...(problems.length > 0
            ? [
                {
                    item_id: null,
                    action: 'fix the backlog files',
                    reason: `${problems.length} problem(s) in the docs backlog; no item is worked until they are fixed`,
                },
            ]
            : []),
        ...view.waiting.map((w) => ({
            item_id: w.item.id,
            action: human.includes(w.item) ? w.item.title : 'review and act',
            reason: w.reason,
        })),
    ];
    const first = queue[0]?.status === 'ready' ? queue[0] : undefined;
    const next = refused || problems.length > 0
        ? { item_id: null, reason: refused ?? 'Fix the backlog problems first (see problems).' }
        : first
            ? {
                item_id: first.item_id,
                reason: `The first ready item: priority ${first.priority}${first.milestone ? `, milestone ${first.milestone}` : ''}, every blocker done.`,
            }
            : {
                item_id: null,
                reason: 'Nothing is ready: run the retrospective, or act on what waits for a person.',
            };
    const count = (status) => queue.filter((e) => e.status === status).length;
    return {
        priority_queue: queue,
        human_actions_required: actions,
        summary: {
            total: queue.length,
            ready: count('ready'),
            blocked: count('blocked'),
            waiting: count('waiting'),
            in_progress: count('in_progress') + count('stopped'),
            done: view.done.length,
        },
        next_action: next,
        problems,
    };
}

;// CONCATENATED MODULE: ./src/mcp/tools/verify-result.ts
/** Output kept per failed command in a result (the end, where test runners print their failures). */
const FAILURE_OUTPUT = 4000;
/** A verification report as the tools' `test_result`: pass or fail, the counts, each failure's tail. */
function testResult(report) {
    const failed = report.results.filter((r) => r.exitCode !== 0);
    return {
        passed: report.ok,
        summary: {
            commands: report.results.length + report.skipped.length,
            passed: report.results.length - failed.length,
            failed: failed.length,
            skipped: report.skipped.length,
        },
        failures: failed.map((r) => ({
            command: r.command,
            exit_code: r.exitCode,
            timed_out: r.timedOut,
            output: r.output.length > FAILURE_OUTPUT ? `[… clipped]\n${r.output.slice(-FAILURE_OUTPUT)}` : r.output,
        })),
    };
}

;// CONCATENATED MODULE: ./src/mcp/tools/process.ts













/** How a person does what the engine's messages ask, in this server's words. */
const mcpSay = (id) => ({
    retry: `call process_bug for ${id} again (it continues where it stopped)`,
    approve: `run \`codex-orchestrator approve ${id}\` after reading the held commits, then call process_bug for ${id} again`,
});
// One item at a time per server: the engine's log lines go to that item's log file.
let running;
/**
 * `process_bug`: the engine's dev and verification for one docs item (src/engine/item.ts with
 * `devOnly`): the planner when it has no acceptance criteria, then each criterion in a fresh
 * runtime context with a commit each on the item's branch `codex/<id>-<slug>`, then the
 * verification (one fix run when it fails). It returns when that is done, sends a progress
 * notification per criterion, and honours cancellation: the runtime's process tree is killed, the
 * state is saved, and a later call continues from the last finished criterion. The early exit and
 * a STOP file refuse it; every result is counted in the session file.
 */
async function processBug(ws, args, call) {
    const id = checkItemId('item_id', args.item_id);
    const refused = await workRefused(ws);
    if (refused)
        throw new ToolError(`process_bug refuses to start: ${refused}`);
    const backlog = await readBacklog(ws);
    if (backlog.problems.length > 0)
        throw new ToolError((0,backlog_problems/* renderProblems */.x8)(backlog.problems));
    const item = backlog.items.find((i) => i.id === id);
    if (!item)
        throw new ToolError(`No item '${id}' in the docs backlog (backlog.docs.issues: ${ws.config.backlog.docs.issues}); scan_prioritize lists the items.`);
    const entry = (await prioritize(ws, backlog)).priority_queue.find((e) => e.item_id === id);
    if (!entry)
        throw new ToolError(`${id} is ${item.status}: there is nothing to do.`);
    // A finished branch or a held escalation is the engine's to report (a repeat call returns the same).
    const workable = entry.status === 'ready' ||
        (entry.status === 'waiting' && /^(its branch|an escalation)/.test(entry.reason ?? ''));
    if (!workable)
        throw new ToolError(`${id} cannot be worked now: ${entry.reason}.`);
    if (running)
        throw new ToolError(`process_bug is working ${running} already; call again when it returns.`);
    running = id;
    try {
        return await work(ws, args, call, (0,local_engine/* loopItemOf */.nh)(item));
    }
    finally {
        running = undefined;
    }
}
async function work(ws, args, call, item) {
    const { repo, folder } = ws;
    const config = {
        ...ws.config,
        'max-iterations': args.max_iterations,
        budgets: { ...ws.config.budgets, 'criterion-timeout-minutes': args.timeout_per_section / 60 },
    };
    await (0,local_folder/* ensureStateFolder */.qU)(repo.git, folder);
    await (0,promises_.mkdir)(folder.worktrees, { recursive: true });
    const files = folder.item(item.id);
    await (0,promises_.mkdir)(files.dir, { recursive: true });
    await updateSession(ws, (s) => ({ ...s, current_task: item.id }));
    const engine = (0,local_engine/* localEngine */.Ao)({
        repo,
        folder,
        inputs: ws.options.inputs,
        config,
        item: item.id,
        runnerTemp: ws.options.scratch,
        toolCache: ws.options.toolCache,
        signal: call.signal,
        say: mcpSay(item.id),
    });
    let verification;
    let total = item.criteria.length;
    const cancelled = () => call.signal.aborted ? `process_bug for ${item.id} was cancelled; a later call continues.` : undefined;
    (0,src_log.redirectLog)((line) => (0,external_node_fs_.appendFileSync)(files.log, `${line}\n`));
    let outcome;
    try {
        outcome = await (0,engine_item/* runItem */.n)({
            ...(0,local_engine/* localLoopParts */.on)(engine, repo, folder),
            stop: () => cancelled() ??
                ((0,external_node_fs_.existsSync)(folder.stopFile) ? `A STOP file is in ${folder.root}: remove it to go on.` : undefined),
            progress: (phase, note) => (0,external_node_fs_.appendFileSync)(files.log, `[${phase}] ${note}\n`),
            devOnly: true,
            // Two steps per criterion (started, done), then the verification, then the end.
            observer: {
                criterionStarted: (index, count, text) => {
                    total = count;
                    call.progress(2 * index + 1, 2 * count + 2, `criterion ${index + 1}/${count}: ${text}`);
                },
                criterionDone: (index, count, sha) => call.progress(2 * index + 2, 2 * count + 2, `criterion ${index + 1}/${count} done${sha ? ` (${sha.slice(0, 7)})` : ''}`),
                verified: (report) => {
                    verification = report;
                    call.progress(2 * total + 1, 2 * total + 2, `verification ${report.ok ? 'passed' : 'failed'}`);
                },
            },
        }, item);
    }
    finally {
        (0,src_log.redirectLog)(call.log);
    }
    if (cancelled()) {
        await updateSession(ws, (s) => ({ ...s, current_task: null }));
        throw new ToolError(cancelled());
    }
    // A stop between steps (a STOP file) is no failure of the item; every other end is counted.
    await updateSession(ws, (s) => outcome.status === 'stopped'
        ? { ...s, current_task: null }
        : (0,session_file/* recordResult */.Pr)(s, item.id, { status: outcome.status, reason: outcome.reason }, config['consecutive-failure-limit']));
    const output = toOutput(ws, item, outcome, verification);
    call.progress(2 * total + 2, 2 * total + 2, `${item.id}: ${output.status}`);
    return output;
}
const SEED_STATUSES = new Set(['complete', 'tests_failed', 'needs_decomposition']);
function toOutput(ws, item, outcome, verification) {
    const commands = ws.config.verify.commands.length;
    const devDone = outcome.state.dev.result === 'complete';
    const test_result = verification
        ? testResult(verification)
        : devDone
            ? // Dev completed in an earlier call: its verification passed then.
                { passed: true, summary: { commands, passed: commands, failed: 0, skipped: 0 }, failures: [] }
            : null;
    return {
        status: SEED_STATUSES.has(outcome.status) ? outcome.status : 'error',
        sections_completed: outcome.state.criteria.filter((c) => c.done).map((c) => c.text),
        test_result,
        reason: outcome.reason,
        outcome: outcome.status,
        next: outcome.next,
        branch: outcome.branch,
        commits: outcome.commits,
        state_dir: ws.folder.item(item.id).dir,
    };
}

;// CONCATENATED MODULE: ./src/backlog/retro-findings.ts


/** The items still to do: a done or deprecated item is neither a duplicate nor stale. */
const openItems = (items) => items.filter((i) => !(0,model/* isResolved */.ZY)(i.status));
/** Criteria compared as a set of normalised lines: reordered or re-punctuated lists still match. */
function criteriaKey(item) {
    const lines = item.acceptanceCriteria.map((c) => (0,src_text/* normaliseTitle */.B)(c.text)).filter((t) => t !== '');
    return [...new Set(lines)].sort().join('\n');
}
function byCreation(a, b) {
    if (a.order !== undefined && b.order !== undefined && a.order !== b.order)
        return a.order - b.order;
    return (0,model/* compareIds */.q3)(a.id, b.id);
}
/**
 * Pairs of open items with the same normalised title or the same (non-empty) acceptance criteria.
 * Items are grouped by key, so a large backlog costs one pass, not a comparison of every pair.
 * Within a group each later item pairs with the earliest, which is what a merge keeps.
 */
function findDuplicates(items) {
    const pairs = new Map();
    const group = (key, by) => {
        const groups = new Map();
        for (const item of openItems(items)) {
            const k = key(item);
            if (k === '')
                continue;
            const list = groups.get(k) ?? [];
            list.push(item);
            groups.set(k, list);
        }
        for (const list of groups.values()) {
            if (list.length < 2)
                continue;
            const [first, ...rest] = [...list].sort(byCreation);
            for (const item of rest) {
                const id = `${item.id}\0${first.id}`;
                const found = pairs.get(id) ?? { source: item.id, target: first.id, by: [] };
                if (!found.by.includes(by))
                    found.by.push(by);
                pairs.set(id, found);
            }
        }
    };
    group((i) => (0,src_text/* normaliseTitle */.B)(i.title), 'title');
    group(criteriaKey, 'criteria');
    return [...pairs.values()].sort((a, b) => (0,model/* compareIds */.q3)(a.source, b.source) || (0,model/* compareIds */.q3)(a.target, b.target));
}
const DAY_MS = 86_400_000;
/**
 * Open items whose last activity is at least `staleDays` days before `now`. Items without a known
 * last activity (docs files) are never stale: the file's age is not the work's.
 */
function findStale(items, staleDays, now) {
    const found = [];
    for (const item of openItems(items)) {
        if (!item.updatedAt)
            continue;
        const at = Date.parse(item.updatedAt);
        if (!Number.isFinite(at))
            continue;
        const days = Math.floor((now.getTime() - at) / DAY_MS);
        if (days >= staleDays)
            found.push({ item: item.id, days, updatedAt: item.updatedAt });
    }
    return found.sort((a, b) => b.days - a.days || (0,model/* compareIds */.q3)(a.item, b.item));
}
/**
 * Open items waiting (directly) for an item whose pull request was closed unmerged: nothing will
 * unblock them until a person decides what happens to the abandoned work. `abandoned` maps an item
 * id to the number of that pull request.
 */
function findBlockedByAbandoned(dag, abandoned) {
    const found = [];
    for (const item of dag.items.values()) {
        if ((0,model/* isResolved */.ZY)(item.status))
            continue;
        for (const blocker of dag.blockers.get(item.id) ?? []) {
            const pr = abandoned.get(blocker);
            if (pr !== undefined)
                found.push({ item: item.id, blocker, pr });
        }
    }
    return found.sort((a, b) => (0,model/* compareIds */.q3)(a.item, b.item) || (0,model/* compareIds */.q3)(a.blocker, b.blocker));
}
/** Every finding of a backlog. */
function retroFindings(input) {
    return {
        duplicates: findDuplicates(input.items),
        stale: findStale(input.items, input.staleDays, input.now),
        blockedByAbandoned: findBlockedByAbandoned(input.dag, input.abandoned),
    };
}

// EXTERNAL MODULE: ./src/agent/retry.ts
var retry = __webpack_require__(6163);
// EXTERNAL MODULE: ./src/prompts/load.ts + 1 modules
var load = __webpack_require__(3913);
;// CONCATENATED MODULE: ./schemas/retro.json
const retro_namespaceObject = /*#__PURE__*/JSON.parse('{"type":"object","additionalProperties":false,"required":["summary","deprecations","merges","priority_changes","recommendations","next_priority_item","new_items"],"properties":{"summary":{"type":"string","description":"What happened since the last retrospective and what it means, in a few sentences."},"deprecations":{"type":"array","description":"Backlog items that should be dropped (closed as not planned). Each item is a backlog id, such as #12.","items":{"type":"object","additionalProperties":false,"required":["item","reason"],"properties":{"item":{"type":"string"},"reason":{"type":"string"}}}},"merges":{"type":"array","description":"Duplicate pairs: source is closed as a duplicate of target. Both are backlog ids.","items":{"type":"object","additionalProperties":false,"required":["source","target","reason"],"properties":{"source":{"type":"string"},"target":{"type":"string"},"reason":{"type":"string"}}}},"priority_changes":{"type":"array","description":"Backlog items whose priority should change; old is the priority the backlog lists now.","items":{"type":"object","additionalProperties":false,"required":["item","old","new","reason"],"properties":{"item":{"type":"string"},"old":{"type":"string","enum":["critical","high","medium","low"]},"new":{"type":"string","enum":["critical","high","medium","low"]},"reason":{"type":"string"}}}},"recommendations":{"type":"array","description":"Advice for the team. items lists the backlog ids the advice is about (empty when none).","items":{"type":"object","additionalProperties":false,"required":["text","items"],"properties":{"text":{"type":"string"},"items":{"type":"array","items":{"type":"string"}}}}},"next_priority_item":{"type":["string","null"],"description":"The backlog id that should be worked on next, or null."},"new_items":{"type":"array","description":"Follow-up work the backlog lacks, each a future issue (at most five).","items":{"type":"object","additionalProperties":false,"required":["title","body","priority","component"],"properties":{"title":{"type":"string"},"body":{"type":"string"},"priority":{"type":"string","enum":["critical","high","medium","low"]},"component":{"type":["string","null"],"description":"A component label such as area:api, or null."}}}}}}');
;// CONCATENATED MODULE: ./src/engine/retro/schema.ts



/** Bounds that keep one answer from closing half the backlog or flooding the report. */
const RETRO_LIMITS = { changes: 20, recommendations: 20, newItems: 5, text: 4000, id: 200 };
const schema_text = schemas/* string */.YjP().max(RETRO_LIMITS.text);
const reason = schemas/* string */.YjP().trim().min(1).max(RETRO_LIMITS.text);
const id = schemas/* string */.YjP().trim().min(1).max(RETRO_LIMITS.id);
const priority = schemas/* enum */.k5n(model/* PRIORITIES */.BE);
/** The retro answer (DESIGN §4), as schemas/retro.json describes it. */
const retroAnswerSchema = schemas/* strictObject */.rej({
    summary: schema_text,
    deprecations: schemas/* array */.YOg(schemas/* strictObject */.rej({ item: id, reason })).max(RETRO_LIMITS.changes),
    merges: schemas/* array */.YOg(schemas/* strictObject */.rej({ source: id, target: id, reason })).max(RETRO_LIMITS.changes),
    priority_changes: schemas/* array */.YOg(schemas/* strictObject */.rej({ item: id, old: priority, new: priority, reason }))
        .max(RETRO_LIMITS.changes),
    recommendations: schemas/* array */.YOg(schemas/* strictObject */.rej({ text: reason, items: schemas/* array */.YOg(id).max(RETRO_LIMITS.changes) }))
        .max(RETRO_LIMITS.recommendations),
    next_priority_item: id.nullable(),
    new_items: schemas/* array */.YOg(schemas/* strictObject */.rej({
        title: schemas/* string */.YjP().trim().min(1).max(200),
        body: schema_text,
        priority,
        component: schemas/* string */.YjP()
            .trim()
            .regex(/^[\w.:/-]{1,50}$/, { error: 'a label name: letters, digits, and . : / - _' })
            .nullable(),
    }))
        .max(RETRO_LIMITS.newItems),
});
/** What the agent runner sends (`--output-schema`) and checks the answer with. */
const RETRO_OUTPUT_SCHEMA = {
    json: retro_namespaceObject,
    zod: retroAnswerSchema,
};
/** `#12` as the model may also write it (`12`, `# 12`): the backlog's spelling when that is known. */
function resolveId(raw, evidence) {
    const value = raw.trim();
    if (evidence.items.has(value))
        return value;
    const number = /^#?\s*(\d+)$/.exec(value)?.[1];
    if (number && evidence.items.has(`#${number}`))
        return `#${number}`;
    return undefined;
}
const quote = (s) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);
/**
 * Keeps only the parts of the answer that name items in the evidence (the backlog): anything
 * else is dropped with a note, so text planted in an issue or comment that names some other issue
 * (the dashboard, a pull request, a number that does not exist) changes nothing. An item is
 * closed at most once: a second deprecation or merge of it is dropped, and so is a priority
 * change of an item that is being closed. A priority change whose `old` is not the item's
 * priority is dropped too: the model misread the backlog.
 */
function screenAnswer(answer, evidence) {
    const dropped = [];
    const closing = new Set();
    const known = (raw, what) => {
        const found = resolveId(raw, evidence);
        if (!found)
            dropped.push(`${what}: ${quote(raw)} is not an item of the backlog.`);
        return found;
    };
    const deprecations = [];
    for (const d of answer.deprecations) {
        const item = known(d.item, 'A deprecation');
        if (!item)
            continue;
        if (closing.has(item)) {
            dropped.push(`A second change closing ${item} was dropped.`);
            continue;
        }
        closing.add(item);
        deprecations.push({ ...d, item });
    }
    const merges = [];
    for (const m of answer.merges) {
        const source = known(m.source, 'A merge source');
        const target = known(m.target, 'A merge target');
        if (!source || !target)
            continue;
        if (source === target) {
            dropped.push(`A merge of ${source} into itself was dropped.`);
            continue;
        }
        if (closing.has(source) || closing.has(target)) {
            dropped.push(`A merge of ${source} into ${target} was dropped: one of them is closed by another change.`);
            continue;
        }
        closing.add(source);
        merges.push({ ...m, source, target });
    }
    const priority_changes = [];
    for (const p of answer.priority_changes) {
        const item = known(p.item, 'A priority change');
        if (!item)
            continue;
        const current = evidence.items.get(item)?.priority;
        if (closing.has(item))
            dropped.push(`The priority change of ${item} was dropped: it is closed by another change.`);
        else if (p.old === p.new)
            dropped.push(`The priority change of ${item} changes nothing (${p.old}).`);
        else if (current !== p.old)
            dropped.push(`The priority change of ${item} was dropped: its priority is ${current}, not ${p.old}.`);
        else if (priority_changes.some((c) => c.item === item))
            dropped.push(`A second priority change of ${item} was dropped.`);
        else
            priority_changes.push({ ...p, item });
    }
    const recommendations = [];
    for (const r of answer.recommendations) {
        // Items written in the text count as named too: `#n` there must be a backlog item as well.
        const named = [...r.items, ...[...r.text.matchAll(/#\d+/g)].map((m) => m[0])];
        const unknown = named.filter((n) => !resolveId(n, evidence));
        if (unknown.length > 0) {
            dropped.push(`A recommendation was dropped: it names ${unknown.map(quote).join(', ')}, not in the backlog.`);
            continue;
        }
        recommendations.push({ ...r, items: r.items.map((n) => resolveId(n, evidence)) });
    }
    let next = answer.next_priority_item;
    if (next !== null) {
        const item = known(next, 'The next priority item');
        next = item && !closing.has(item) ? item : null;
    }
    return {
        answer: { ...answer, deprecations, merges, priority_changes, recommendations, next_priority_item: next },
        dropped,
    };
}

;// CONCATENATED MODULE: ./src/engine/retro/ask.ts




/**
 * One read-only run of prompts/retro.md with the retro schema (an answer that breaks it is asked
 * for once more), for the Action's retro and the MCP server's run_retrospective. A prompt that
 * cannot be loaded (a missing `prompts.retro` override) throws; a runtime that cannot start or
 * fails is an `error` with the reason.
 */
async function askRetro(parts) {
    const prompt = await (0,load/* renderPrompt */.nQ)('retro', parts.values, parts.prompts);
    try {
        const agent = await parts.agent();
        const { result, usage } = await (0,retry/* runWithSchemaRetry */.P)(agent, {
            prompt,
            cwd: parts.cwd,
            sandbox: 'read-only',
            outputSchema: RETRO_OUTPUT_SCHEMA,
            timeoutMs: parts.timeoutMs,
            signal: parts.signal,
            label: 'retro',
        });
        if (result.ok)
            return { kind: 'answer', answer: result.output, usage };
        const invalid = result.kind === 'invalid_output';
        return {
            kind: invalid ? 'blocked' : 'error',
            reason: invalid
                ? `The retrospective's answer did not match the retro schema twice: ${result.message}`
                : `The retrospective failed (${result.kind}): ${result.message}`,
            usage,
        };
    }
    catch (error) {
        return {
            kind: 'error',
            reason: `The retrospective could not run: ${(0,errors/* errorMessage */.g)(error)}`,
            usage: undefined,
        };
    }
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/safety/markdown.ts
var safety_markdown = __webpack_require__(1373);
;// CONCATENATED MODULE: ./src/engine/retro/docs-changes.ts






/** The changes of an answer, deprecations first; priority changes only when asked for. */
function docsChanges(answer, options) {
    return [
        ...answer.deprecations.map((d) => ({
            kind: 'deprecate',
            item: d.item,
            detail: d.reason,
            line: (0,safety_markdown/* renderModelMarkdown */.pX)(d.reason),
            fields: { status: 'deprecated' },
        })),
        ...answer.merges.map((m) => ({
            kind: 'merge',
            item: m.source,
            detail: `duplicate of ${m.target}: ${m.reason}`,
            line: `duplicate of ${(0,markdown/* inlineCode */.ti)(m.target, { max: 100 })}: ${(0,safety_markdown/* renderModelMarkdown */.pX)(m.reason)}`,
            fields: { status: 'deprecated', duplicate_of: m.target },
        })),
        ...(options.priorities
            ? answer.priority_changes.map((p) => ({
                kind: 'priority',
                item: p.item,
                detail: `${p.old} → ${p.new}: ${p.reason}`,
                line: `${p.old} → ${p.new}: ${(0,safety_markdown/* renderModelMarkdown */.pX)(p.reason)}`,
                fields: { priority: p.new },
            }))
            : []),
    ];
}
/**
 * The item's file relative to the repository root, when it has one that stays inside it (never
 * `..`, an absolute path or `.git/`); undefined otherwise.
 */
function docsFileOf(item) {
    if (item?.source.kind !== 'docs')
        return undefined;
    const file = (0,external_node_path_.normalize)(item.source.file).replace(/\\/g, '/');
    return !(0,external_node_path_.isAbsolute)(file) && !file.split('/').includes('..') && !file.startsWith('.git/') ? file : undefined;
}
/**
 * The blob of each item file as the retro read it (before any model call), so a file a person
 * changes in the meantime can be told apart and left alone.
 */
async function readDocsBlobs(dir, items, git = (0,exec/* createGitExec */.ON)()) {
    const files = [...new Set(items.map(docsFileOf).filter((f) => f !== undefined))];
    if (files.length === 0)
        return new Map();
    const out = await (0,exec/* gitOk */.Tt)(git, ['hash-object', '--', ...files], { cwd: dir });
    const blobs = out.split('\n');
    return new Map(files.map((f, i) => [f, blobs[i] ?? '']));
}
/** Writes one change into `file` under `dir` and stages it; false when the file already said so. */
async function writeDocsChange(git, dir, file, change) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, file), 'utf8');
    const next = (0,docs_file/* setFrontMatterFields */.cU)(text, change.fields);
    if (next === text)
        return false;
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, file), next);
    await (0,exec/* gitOk */.Tt)(git, ['add', '--', file], { cwd: dir });
    return true;
}

// EXTERNAL MODULE: ./src/prompts/issue.ts
var issue = __webpack_require__(6184);
// EXTERNAL MODULE: ./src/safety/sanitize.ts
var sanitize = __webpack_require__(1947);
// EXTERNAL MODULE: ./src/state/budget.ts
var budget = __webpack_require__(2864);
;// CONCATENATED MODULE: ./src/engine/retro/prompt.ts



/** What the prompt carries of the backlog: enough to judge, bounded for a large one. */
const MAX_ITEMS = 200;
const MAX_BODY = 600;
const MAX_SECTION = 60_000;
function backlogText(items) {
    const lines = items.slice(0, MAX_ITEMS).map((i) => {
        const criteria = i.acceptanceCriteria.map((c) => `  - [${c.done ? 'x' : ' '}] ${(0,issue/* clip */.$)(c.text, 200)}`);
        return [
            `### ${i.id} (${i.priority}, ${i.status}${i.blockedBy.length > 0 ? `, blocked by ${i.blockedBy.join(', ')}` : ''})`,
            `Title: ${i.title}`,
            `Labels: ${i.labels.join(', ') || '(none)'}`,
            (0,issue/* clip */.$)(i.body.trim(), MAX_BODY) || '(no description)',
            ...(criteria.length > 0 ? ['Acceptance criteria:', ...criteria] : []),
        ].join('\n');
    });
    if (items.length > MAX_ITEMS)
        lines.push(`(${items.length - MAX_ITEMS} more items not shown)`);
    return (0,issue/* clip */.$)(lines.join('\n\n'), MAX_SECTION);
}
/** The row of an issue the Action worked, with its newest pull request. */
const pullRequestRow = (o) => ({
    item: `#${o.item}`,
    title: o.title,
    result: o.result,
    why: o.why,
    reviewCycles: o.reviewCycles,
    change: `PR ${o.pr ? `#${o.pr.number} ${o.pr.state}${o.pr.foreignCommits > 0 ? `, ${o.pr.foreignCommits} commits by people` : ''}` : 'none'}`,
    tokens: o.tokens,
    costUsd: o.costUsd,
    unpricedTokens: o.unpricedTokens,
});
function outcomesText(outcomes, figures) {
    const rows = outcomes.map((o) => `- ${o.item} "${(0,issue/* clip */.$)(o.title, 120)}": ${o.result}${o.why ? ` (${(0,issue/* clip */.$)(o.why, 300)})` : ''}; review cycles ${o.reviewCycles}; ` +
        `${o.change}; ${o.tokens} tokens, ${(0,budget/* costCell */.ch)(o.costUsd, o.unpricedTokens)}`);
    const totals = Object.entries(figures)
        .map(([k, v]) => `${k}: ${v === null ? 'n/a' : typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : v}`)
        .join(', ');
    return (0,issue/* clip */.$)([...rows, '', `Totals: ${totals}`].join('\n'), MAX_SECTION);
}
function findingsText(findings) {
    const lines = [
        ...findings.duplicates.map((d) => `- Candidate duplicate: ${d.source} of ${d.target} (same ${d.by.join(' and ')})`),
        ...findings.stale.map((s) => `- Stale: ${s.item}, no activity for ${s.days} days`),
        ...findings.blockedByAbandoned.map((b) => `- ${b.item} waits for ${b.blocker}, whose pull request #${b.pr} was closed unmerged`),
    ];
    return lines.length > 0 ? lines.join('\n') : '(none)';
}
/**
 * The values of prompts/retro.md (the Action's retro and the MCP server's run_retrospective).
 * Titles, bodies and the reasons in the status comments come from people or from a model that read
 * them: they go in delimited blocks. The findings hold only ids and numbers the engine computed.
 */
function retroPromptValues(input) {
    return {
        repository: input.repository,
        outcomes: input.outcomes.length > 0
            ? (0,sanitize/* untrustedBlock */.C9)('outcomes', outcomesText(input.outcomes, input.figures))
            : 'No item was worked on since the last retrospective.',
        findings: findingsText(input.findings),
        backlog: input.items.length > 0 ? (0,sanitize/* untrustedBlock */.C9)('backlog', backlogText(input.items)) : '(the backlog is empty)',
    };
}

;// CONCATENATED MODULE: ./src/mcp/tools/retro.ts














/**
 * `run_retrospective`: the engine's retrospective (src/engine/retro/, the same prompt, schema,
 * screening and docs edits as the Action's) over the local backlog, the items' local states and
 * the session file: a read-only model run on the default branch, its answer cut to items of the
 * backlog, then its deprecations, merges and priority changes written to the item files in one
 * commit (never on the default branch), unless `dry_run`. A file a person changed meanwhile is
 * left alone. It ends the session, unless the session stopped early: that a person clears.
 */
async function runRetrospective(ws, args, signal) {
    const session = await currentSession(ws);
    const open = session && session.ended_at === null ? session : undefined;
    if (args.session_id !== null && args.session_id !== session?.session_id)
        throw new ToolError(`session_id '${args.session_id}' is not the session of ${ws.folder.sessionFile} (${session?.session_id ?? 'there is none'}): pass null for the current one.`);
    const target = args.dry_run
        ? undefined
        : await openBacklogTarget(ws.repo, { prefix: ws.config.labels.prefix, parentDir: ws.options.scratch });
    try {
        const dir = target?.dir ?? ws.repo.repoDir;
        const backlog = await readBacklog(ws, dir);
        const read = await readDocsBlobs(dir, backlog.items, ws.repo.git);
        const rows = await outcomeRows(ws, backlog, session);
        const asked = await ask(ws, backlog, rows, args.timeout * 1000, signal);
        const { answer, dropped } = screenAnswer(asked, { items: new Map(backlog.items.map((i) => [i.id, i])) });
        const applied = [];
        const skipped = [];
        let commit = null;
        if (target) {
            const files = await applyChanges(ws, target, backlog, read, docsChanges(answer, { priorities: true }), {
                applied,
                skipped,
            });
            if (files.length > 0)
                commit =
                    (await target.commit(files, `Apply the retrospective of ${new Date().toISOString().slice(0, 10)}\n\n${applied.map((c) => `- ${c.kind} ${c.item}`).join('\n')}\n\nFrom the MCP server of codex-orchestrator (run_retrospective).`)) ?? null;
        }
        const ends = !args.dry_run && open !== undefined && !open.early_exit_triggered;
        if (ends)
            await updateSession(ws, (s) => ({ ...s, ended_at: new Date().toISOString() }));
        return {
            success: true,
            summary: answer.summary,
            deprecations: answer.deprecations.map((d) => d.item),
            merges: answer.merges.map((m) => ({ source: m.source, target: m.target })),
            priority_changes: answer.priority_changes.map((p) => ({ item_id: p.item, old: p.old, new: p.new })),
            recommendations: answer.recommendations.map((r) => r.text),
            next_priority_item: answer.next_priority_item
                ? {
                    item_id: answer.next_priority_item,
                    reason: 'Named by the retrospective as the next item to work.',
                }
                : null,
            new_items: answer.new_items.map((n) => ({ title: n.title, priority: n.priority })),
            dropped,
            applied,
            skipped,
            branch: commit ? (target?.branch ?? null) : null,
            commit,
            dry_run: args.dry_run,
            session_id: session?.session_id ?? null,
            session_ended: ends,
        };
    }
    finally {
        await target?.close();
    }
}
/** The read-only model run on a worktree of the default branch; an unusable answer is a ToolError. */
async function ask(ws, backlog, outcomes, timeoutMs, signal) {
    const { config, folder, repo } = ws;
    const done = outcomes.filter((o) => o.result.startsWith('done')).length;
    const values = retroPromptValues({
        repository: repo.repository,
        items: backlog.items.filter((i) => i.status !== 'done' && i.status !== 'deprecated'),
        outcomes,
        figures: {
            attempted: outcomes.length,
            done,
            blocked: outcomes.filter((o) => o.result === 'blocked').length,
            tokens: outcomes.reduce((n, o) => n + o.tokens, 0),
            costUsd: outcomes.reduce((n, o) => n + o.costUsd, 0),
        },
        findings: retroFindings({
            items: backlog.items,
            dag: backlog.dag,
            abandoned: new Map(),
            staleDays: config.retro['stale-days'],
            now: new Date(),
        }),
    });
    const env = (0,local_engine/* localAgents */.eX)({
        inputs: ws.options.inputs,
        config,
        folder,
        eventsFile: (0,external_node_path_.join)(folder.root, 'retro', 'events.jsonl'),
        runnerTemp: ws.options.scratch,
        toolCache: ws.options.toolCache,
        signal,
    });
    const dir = await (0,worktree/* openDetachedWorktree */._T)(repo.git, repo.repoDir, ws.options.scratch, `refs/heads/${repo.defaultBranch}`);
    try {
        const asked = await askRetro({
            agent: () => env.agent('retro'),
            values,
            prompts: {
                overrides: config.prompts,
                readDefaultBranchFile: async (path) => {
                    const shown = await repo.git(['show', `refs/heads/${repo.defaultBranch}:${path.replace(/^\/+/, '')}`], {
                        cwd: repo.repoDir,
                    });
                    return shown.exitCode === 0 ? shown.stdout : undefined;
                },
            },
            cwd: dir,
            timeoutMs,
            signal,
        }).catch((error) => {
            throw new ToolError(`The retrospective could not start: ${error.message}`);
        });
        if (asked.kind !== 'answer')
            throw new ToolError(asked.reason);
        return asked.answer;
    }
    finally {
        await (0,worktree/* removeWorktree */.IL)(repo.git, repo.repoDir, dir);
    }
}
/** The items the session worked (every item with a local state when there is no session). */
async function outcomeRows(ws, backlog, session) {
    const known = new Map(backlog.items.map((i) => [i.id, i]));
    const states = await (0,local_states/* localStates */.U)(ws.folder, known);
    const ids = session ? session.tasks_processed.filter((id) => states.has(id)) : [...states.keys()];
    const rows = [];
    for (const id of ids) {
        const state = states.get(id);
        const title = known.get(id)?.title ?? id;
        if (state === 'unreadable') {
            rows.push({
                item: id,
                title,
                result: 'blocked',
                why: 'its state.json cannot be read',
                reviewCycles: 0,
                change: 'no branch',
                tokens: 0,
                costUsd: 0,
            });
            continue;
        }
        const merged = state.branch !== null &&
            (await ws.repo.git([
                'merge-base',
                '--is-ancestor',
                `refs/heads/${state.branch}`,
                `refs/heads/${ws.repo.defaultBranch}`,
            ], {
                cwd: ws.repo.repoDir,
            })).exitCode === 0;
        const u = state.usage;
        rows.push({
            item: id,
            title,
            ...resultOf(state, session?.results[id]?.status),
            reviewCycles: state.reviewCycle,
            change: state.branch
                ? `branch ${state.branch}${merged ? ` (merged into ${ws.repo.defaultBranch})` : ' (not merged)'}`
                : 'no branch',
            tokens: u.inputTokens + u.outputTokens,
            costUsd: (0,budget/* estimateCostUsd */.MI)(u, ws.config.pricing),
        });
    }
    return rows;
}
function resultOf(state, last) {
    const note = [...state.timeline].reverse().find((t) => t.note)?.note ?? null;
    if (state.phase === 'review' && state.status === 'pass')
        return { result: 'done (review passed)', why: null };
    if (state.dev.result === 'complete')
        return { result: 'done (dev and verification)', why: null };
    if (state.escalation && !state.escalation.approvedBy)
        return { result: 'waiting for a human', why: 'an escalation waits for approval' };
    const status = last ?? state.status;
    if (['blocked', 'error', 'tests_failed'].includes(status))
        return { result: 'blocked', why: note ?? state.nextAction };
    if (status === 'needs_clarification' || status === 'needs_decomposition')
        return { result: 'waiting for a human', why: state.nextAction ?? note };
    return { result: 'in progress', why: null };
}
/** Writes each change the person has not overtaken; returns the files to commit. */
async function applyChanges(ws, target, backlog, read, changes, out) {
    const byId = new Map(backlog.items.map((i) => [i.id, i]));
    const files = [];
    for (const change of changes) {
        const record = { kind: change.kind, item: change.item, detail: change.detail };
        const file = docsFileOf(byId.get(change.item));
        if (!file) {
            out.skipped.push({ ...record, detail: `${change.detail} (it has no file inside the repository)` });
            continue;
        }
        const refused = await target.refuse(file);
        if (refused && !files.includes(file)) {
            out.skipped.push({ ...record, detail: `${change.detail} (${refused})` });
            continue;
        }
        if (!files.includes(file)) {
            const now = await (0,exec/* gitOk */.Tt)(ws.repo.git, ['hash-object', '--', file], { cwd: target.dir });
            if (now !== read.get(file)) {
                out.skipped.push({
                    ...record,
                    detail: `${change.detail} (${file} changed since the retrospective read it)`,
                });
                continue;
            }
        }
        if (await writeDocsChange(ws.repo.git, target.dir, file, change)) {
            if (!files.includes(file))
                files.push(file);
            out.applied.push(record);
        }
        else
            out.skipped.push({ ...record, detail: `${change.detail} (${file} says so already)` });
    }
    return files;
}

// EXTERNAL MODULE: ./src/verify/isolate.ts + 1 modules
var isolate = __webpack_require__(935);
// EXTERNAL MODULE: ./src/verify/run.ts
var run = __webpack_require__(7760);
;// CONCATENATED MODULE: ./src/mcp/tools/tests.ts












/**
 * `run_tests`: the configured verification (`verify.commands`) in the sandbox, as everywhere (no
 * secret, no network unless `sandbox.network`), in a worktree of the item's branch when it has one
 * and of the default branch otherwise: never in the person's working tree. `create_bugs` files a
 * bug item for the failing command unless an open item already has its title.
 */
async function runTests(ws, args, signal) {
    const id = checkItemId('work_item_id', args.work_item_id);
    const { git, repoDir } = ws.repo;
    const branch = await itemBranch(ws, id);
    const ref = branch ?? ws.repo.defaultBranch;
    const commit = await (0,exec/* gitOk */.Tt)(git, ['rev-parse', '--verify', `refs/heads/${ref}^{commit}`], { cwd: repoDir });
    const tested = { ref, commit };
    const commands = ws.config.verify.commands;
    const none = { commands: 0, passed: 0, failed: 0, skipped: 0, duration_ms: 0 };
    if (commands.length === 0)
        return {
            success: true,
            passed: true,
            overall_status: 'not_configured',
            summary: none,
            failures: [],
            issues_created: [],
            duplicates: [],
            tested,
            issues_branch: null,
        };
    const isolation = await (0,isolate/* jobIsolation */._O)({
        codexPaths: [ws.options.inputs.codexPath].filter(Boolean),
        log: src_log.info,
    });
    if (!isolation.available)
        throw new ToolError(`The verification cannot run sandboxed here, so it does not run: ${isolation.reason}`);
    const dir = await (0,worktree/* openDetachedWorktree */._T)(git, repoDir, ws.options.scratch, commit);
    const started = Date.now();
    let report;
    try {
        report = await (0,run/* runVerification */.tM)({
            commands,
            cwd: dir,
            timeoutMs: Math.min(args.timeout, ws.config.verify['timeout-minutes'] * 60) * 1000,
            network: ws.config.sandbox.network,
            isolation,
        });
    }
    finally {
        await (0,worktree/* removeWorktree */.IL)(git, repoDir, dir);
    }
    if (signal.aborted)
        throw new ToolError('run_tests was cancelled.');
    const result = testResult(report);
    const issues = [];
    const duplicates = [];
    let issuesBranch = null;
    if (args.create_bugs && result.failures.length > 0) {
        const filed = await fileItems(ws, result.failures.map((f) => ({
            type: 'bug',
            title: `Verification fails on ${ref}: ${f.command.length > 120 ? `${f.command.slice(0, 119)}…` : f.command}`,
            description: [
                `\`${f.command.replace(/`/g, "'")}\` ${f.timed_out ? 'was killed by the timeout' : `exited with code ${f.exit_code}`} on ${ref} (${commit.slice(0, 12)}), found by run_tests for ${id}.`,
                '',
                'The end of its output:',
                '',
                '~~~text',
                f.output.replace(/~~~/g, '~ ~ ~'),
                '~~~',
                '',
                '## Acceptance criteria',
                `- [ ] \`${f.command.replace(/`/g, "'")}\` passes`,
            ].join('\n'),
            priority: 'high',
            component: 'verification',
        })), { commit: true }).catch((error) => {
            throw error instanceof ToolError
                ? error
                : new ToolError(`The verification ran, but its bug item could not be filed: ${(0,errors/* errorMessage */.g)(error)}`);
        });
        issuesBranch = filed.branch;
        for (const item of filed.items) {
            if (item.created)
                issues.push({ item_id: item.id, title: item.title, location: item.location });
            else
                duplicates.push({ item_id: item.same.item.id, title: item.same.item.title });
        }
    }
    return {
        success: true,
        passed: report.ok,
        overall_status: report.ok ? 'passed' : 'failed',
        summary: { ...result.summary, duration_ms: Date.now() - started },
        failures: result.failures,
        issues_created: issues,
        duplicates,
        tested,
        issues_branch: issuesBranch,
    };
}
/** The item's branch from its local state, when that branch exists. */
async function itemBranch(ws, id) {
    const raw = await (0,local_folder/* readJson */.Vh)(ws.folder.item(id).state).catch(() => undefined);
    const state = src_state/* itemStateSchema */.U5.safeParse(raw);
    const branch = state.success ? state.data.branch : null;
    if (!branch)
        return undefined;
    const exists = await ws.repo.git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`], {
        cwd: ws.repo.repoDir,
    });
    return exists.exitCode === 0 ? branch : undefined;
}

;// CONCATENATED MODULE: ./src/mcp/server.ts











/**
 * The MCP server of codex-orchestrator (DESIGN §12): the five tools of the autonomous workflow
 * (seeds/003) over the local engine, the local tracker and the docs backlog. Each call is confined
 * to a repository under the server's roots; whatever goes wrong in one is that call's MCP tool
 * error with the reason, and the server goes on.
 */
function orchestratorServer(options) {
    const inflight = new Set();
    const server = new mcp/* McpServer */._({ name: 'codex-orchestrator', version: options.version }, {
        instructions: 'Works a docs backlog (markdown items with front matter) with the local codex-orchestrator engine. ' +
            'scan_prioritize first; process_bug works one item to a verified branch in fresh contexts; ' +
            'run_retrospective at the end. Nothing is pushed and the default branch is never written: a person merges the branches.',
    });
    const register = (name, spec) => {
        const handler = async (args, extra) => {
            let ws;
            const timeout = typeof args.timeout === 'number'
                ? args.timeout
                : undefined;
            const signals = [extra.signal, ...(options.shutdown ? [options.shutdown] : [])];
            if (timeout !== undefined)
                signals.push(AbortSignal.timeout(timeout * 1000));
            const signal = AbortSignal.any(signals);
            try {
                ws = await openWorkspace(options, args.repo_path);
                const opened = ws;
                const result = await whileNotAborted(signal, name, timeout, () => spec.run(opened, args, { signal, progress: progressOf(extra) }));
                await updateSession(opened, (s) => (0,session_file/* noteTool */.Lm)(s, name, { ok: true, note: spec.note(result) }), {
                    ended: 'keep',
                });
                return {
                    content: [{ type: 'text', text: JSON.stringify(result) }],
                    structuredContent: result,
                };
            }
            catch (error) {
                const message = error instanceof ToolError ? error.message : `${name} failed: ${(0,errors/* errorMessage */.g)(error)}`;
                if (!(error instanceof ToolError))
                    options.log(`${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
                const opened = ws;
                if (opened)
                    await updateSession(opened, (s) => (0,session_file/* noteTool */.Lm)(s, name, { ok: false, note: message })).catch(() => undefined);
                return { content: [{ type: 'text', text: message }], isError: true };
            }
        };
        const tracked = (args, extra) => {
            const call = handler(args, extra);
            inflight.add(call);
            void call.finally(() => inflight.delete(call));
            return call;
        };
        server.registerTool(name, {
            title: spec.title,
            description: spec.description,
            inputSchema: spec.input,
            outputSchema: spec.output,
            annotations: spec.annotations,
        }, tracked);
    };
    register('scan_prioritize', {
        title: 'Scan and prioritise the backlog',
        description: 'Scan the docs backlog (work items, tasks, bugs as markdown files) and build the priority queue: the ready items in the order to work them, every blocked or waiting item with why, the human actions required (approvals, merges, backlog problems, an early exit), a summary and the next action. Read-only; with sync_remote it first fetches and fast-forwards a clean default-branch checkout.',
        input: scanInput,
        output: scanOutput,
        annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
        note: (r) => `${r.summary.ready} ready of ${r.summary.total}; next ${r.next_action.item_id ?? 'none'}`,
        run: (ws, args) => scanPrioritize(ws, args),
    });
    register('process_bug', {
        title: 'Work one backlog item to a verified branch',
        description: 'Process one work item (bug, task or feature) to completion: each acceptance criterion in a fresh Codex context with one commit each on the item branch codex/<id>-<slug>, then the verification (tests). Invoke once per item; it loops over the criteria itself, reports progress per criterion, and returns complete, tests_failed, needs_decomposition or error with the sections completed and the test result. Cancelling it stops the runtime; calling it again continues. Never pushes, never writes the default branch.',
        input: processInput,
        output: processOutput,
        annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
        note: (r) => `${r.status}${r.outcome !== r.status ? ` (${r.outcome})` : ''}: ${r.reason}`,
        run: (ws, args, call) => processBug(ws, args, { ...call, log: options.log }),
    });
    register('run_tests', {
        title: 'Run the verification (tests)',
        description: "Run the repository's configured verification commands (tests, build, lint) sandboxed, on a work item's branch (or the default branch when it has none), never in your working tree. Returns passed or failed with each failure's output; create_bugs files a bug item for a failure unless one is open already. Usually not needed after process_bug, which verifies itself.",
        input: testsInput,
        output: testsOutput,
        annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
        note: (r) => `${r.overall_status}${r.issues_created.length > 0 ? `, filed ${r.issues_created.map((i) => i.item_id).join(', ')}` : ''}`,
        run: (ws, args, call) => runTests(ws, args, call.signal),
    });
    register('create_work_item', {
        title: 'Create a backlog item',
        description: 'Create a work item (bug, feature or human_action) in the docs backlog: a markdown file with the next free id and valid front matter, committed on its own (on the checked-out branch when it is not the default branch, else on a branch codex/backlog-<date>). Detects duplicates: an open item with the same title is returned instead, a similar one is named in duplicate_warning.',
        input: createInput,
        output: createOutput,
        annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
        note: (r) => (r.created ? `created ${r.item_id} (${r.location})` : `${r.item_id} exists with that title`),
        run: (ws, args) => createWorkItem(ws, args),
    });
    register('run_retrospective', {
        title: 'Retrospective over the session and the backlog',
        description: 'Run the retrospective: analyse the session (items processed, completed, blocked) and the whole backlog, and recommend deprecations, merges of duplicates, priority changes and the next item. Applies them to the item files in one commit (never on the default branch) unless dry_run, and ends the session. Call it last.',
        input: retroInput,
        output: retroOutput,
        annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
        note: (r) => `${r.applied.length} applied, ${r.skipped.length} left alone${r.dry_run ? ' (dry run)' : ''}`,
        run: (ws, args, call) => runRetrospective(ws, args, call.signal),
    });
    return {
        server,
        // Every call that started has ended (the engine saved its state): safe to exit.
        idle: async () => {
            while (inflight.size > 0)
                await Promise.allSettled([...inflight]);
        },
    };
}
/** Progress notifications for the call's token; progress only ever grows, as the protocol asks. */
function progressOf(extra) {
    const token = extra._meta?.progressToken;
    let last = Number.NEGATIVE_INFINITY;
    return (done, total, message) => {
        if (token === undefined || done <= last)
            return;
        last = done;
        void extra
            .sendNotification({
            method: 'notifications/progress',
            params: { progressToken: token, progress: done, total, message },
        })
            .catch(() => undefined);
    };
}
/**
 * The run's result, or a ToolError as soon as the call's `timeout` passes or it is cancelled; what
 * the run started stops on the same signal. Without a timeout (process_bug) the run is awaited: it
 * honours the signal itself and saves its state before it returns.
 */
async function whileNotAborted(signal, name, timeout, run) {
    if (timeout === undefined)
        return run();
    const why = () => signal.reason instanceof DOMException && signal.reason.name === 'TimeoutError'
        ? `${name} did not finish within timeout=${timeout} seconds.`
        : `${name} was cancelled.`;
    if (signal.aborted)
        throw new ToolError(why());
    let stop;
    const aborted = new Promise((_, reject) => {
        stop = () => reject(new ToolError(why()));
        signal.addEventListener('abort', stop, { once: true });
    });
    aborted.catch(() => undefined);
    try {
        return await Promise.race([run(), aborted]);
    }
    finally {
        if (stop)
            signal.removeEventListener('abort', stop);
    }
}

;// CONCATENATED MODULE: ./src/mcp/index.ts














const USAGE = `Usage: codex-orchestrator mcp [--root DIR]... [options]

Serves the backlog's tools to an MCP client over stdio: scan_prioritize, process_bug, run_tests,
create_work_item and run_retrospective, over the local engine (the same as \`codex-orchestrator run\`).
Each call names a repository (repo_path) that must lie inside a --root folder; nothing is pushed and
the default branch is never written.

  --root DIR                a folder the tools may work in (repeatable; default: the current directory)
${(0,local_inputs/* inputFlagUsage */.eo)()}

Keys come from the environment: OPENAI_API_KEY (ANTHROPIC_API_KEY for a claude runtime). Log lines
go to stderr; stdout carries the protocol.`;
const VERSION = '0.1.0';
/** `codex-orchestrator mcp`: serves until the client closes stdin or a signal; resolves to the exit code. */
async function mcpCommand(argv, io) {
    // stdout is the protocol: the usage goes to stderr.
    const values = (0,command/* parseFlags */.b)(() => parse(argv), USAGE, { stderr: io.stderr, help: io.stderr });
    if (typeof values === 'number')
        return values;
    let roots;
    let inputs;
    try {
        inputs = (0,local_inputs/* inputsFromFlags */.h$)(values, io.env);
        roots = await allowedRoots(values.root ?? [], io.cwd);
    }
    catch (error) {
        // Bad flags (InputError names each) or a --root that is no folder.
        io.stderr(`${(0,errors/* errorMessage */.g)(error)}\n`);
        return 2;
    }
    // stdout is the protocol's: every line of the engine goes to stderr (or an item's log).
    const log = (line) => io.stderr(`${line}\n`);
    (0,src_log.redirectLog)(log);
    (0,secrets/* setJobSecrets */.Vl)([
        { name: 'the model key', value: inputs.openaiApiKey },
        { name: 'the anthropic-api-key', value: inputs.anthropicApiKey },
        { name: 'the session key', value: inputs.sessionKey },
    ]);
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'codex-orchestrator-mcp-'));
    const shutdown = new AbortController();
    const { server, idle } = orchestratorServer({
        roots,
        inputs,
        toolCache: (0,local_engine/* userToolCache */.ow)(io.env),
        scratch,
        git: (0,exec/* createGitExec */.ON)(),
        env: io.env,
        version: VERSION,
        log,
        shutdown: shutdown.signal,
    });
    const stdin = io.stdin ?? process.stdin;
    const transport = new stdio/* StdioServerTransport */.S(stdin, (io.stdout ?? process.stdout));
    let stop = () => { };
    const ended = new Promise((resolve) => {
        stop = resolve;
    });
    const closed = () => stop('the client closed stdin');
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    stdin.once('end', closed);
    stdin.once('close', closed);
    transport.onclose = () => stop('the transport closed');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
    try {
        await server.connect(transport);
        log(`codex-orchestrator mcp: serving ${roots.join(', ')}`);
        const why = await ended;
        log(`codex-orchestrator mcp: stopping (${why}); running calls save their state first.`);
        shutdown.abort(new Error(why));
        await idle();
        await server.close().catch(() => undefined);
        return 0;
    }
    finally {
        stdin.off('end', closed);
        stdin.off('close', closed);
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
        (0,src_log.redirectLog)(undefined);
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
function parse(argv) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: [...argv],
        options: {
            root: { type: 'string', multiple: true },
            help: { type: 'boolean', short: 'h' },
            ...local_inputs/* inputFlagOptions */.Zc,
        },
        strict: true,
        allowPositionals: true,
    });
    if (positionals.length > 0)
        throw new Error(`Unexpected argument '${positionals[0]}'.`);
    return values;
}


/***/ })

};
