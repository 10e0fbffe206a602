export const id = 750;
export const ids = [750];
export const modules = {

/***/ 4516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   backlogReads: () => (/* binding */ backlogReads)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7448);


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
        labels: (0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .labelNames */ .l3)(i.labels),
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
function backlogReads(client, repo, info = _log_js__WEBPACK_IMPORTED_MODULE_0__.info) {
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

/***/ 2750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanPhase: () => (/* binding */ scanPhase)
});

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/backlog/model.ts
var model = __webpack_require__(4730);
;// CONCATENATED MODULE: ./src/backlog/queue.ts

/** Nothing claimed, stopped or waiting: what a backlog looks like to a first scan. */
const queue_NO_SIGNALS = {
    claimed: () => false,
    stopped: () => false,
    waitingForHuman: () => undefined,
};
/** Signals from sets of ids, for the CLI and tests. */
function signalsFrom(sets) {
    const claimed = new Set(sets.claimed);
    const stopped = new Set(sets.stopped);
    const waiting = new Map(sets.waiting);
    const dev = new Set(sets.dev);
    return {
        claimed: (item) => claimed.has(item.id),
        stopped: (item) => stopped.has(item.id),
        waitingForHuman: (item) => waiting.get(item.id),
        nextPhase: (item) => (dev.has(item.id) ? 'dev' : 'plan'),
    };
}
/** Signals that hold an item when any of the given ones does (status comments and labels, say). */
function combineSignals(...all) {
    return {
        claimed: (item) => all.some((s) => s.claimed(item)),
        stopped: (item) => all.some((s) => s.stopped(item)),
        waitingForHuman: (item) => all.map((s) => s.waitingForHuman(item)).find((r) => r !== undefined),
        nextPhase: (item) => (all.some((s) => s.nextPhase?.(item) === 'dev') ? 'dev' : 'plan'),
    };
}
/** The queue order: priority, milestone rank (none last), creation order (none last), id. */
function itemOrder(milestones) {
    const rank = new Map(milestones.map((m) => [m.id, m.rank]));
    const inf = Number.POSITIVE_INFINITY;
    const priority = (i) => model/* PRIORITIES */.BE.indexOf(i.priority);
    const milestone = (i) => (i.milestone === undefined ? inf : (rank.get(i.milestone) ?? inf));
    return (a, b) => priority(a) - priority(b) ||
        milestone(a) - milestone(b) ||
        (a.order ?? inf) - (b.order ?? inf) ||
        (0,model/* compareIds */.q3)(a.id, b.id);
}
/** Sorts every item into one state and orders each list (see {@link itemOrder}). */
function queue_computeQueue(dag, milestones, signals = queue_NO_SIGNALS) {
    const order = itemOrder(milestones);
    const items = [...dag.items.values()].sort(order);
    const view = {
        ready: [],
        inProgress: [],
        blocked: [],
        waiting: [],
        stopped: [],
        done: [],
        states: new Map(),
    };
    const states = view.states;
    for (const item of items) {
        const state = stateOf(item, dag, signals);
        states.set(item.id, state.state);
        if (state.state === 'done')
            view.done.push(item);
        else if (state.state === 'stopped')
            view.stopped.push(item);
        else if (state.state === 'waiting')
            view.waiting.push({ item, reason: state.reason });
        else if (state.state === 'in_progress')
            view.inProgress.push(item);
        else if (state.state === 'blocked')
            view.blocked.push({ item, blockers: state.blockers, reason: state.reason });
        else
            view.ready.push({ item, phase: signals.nextPhase?.(item) ?? 'plan' });
    }
    return view;
}
/** The blockers of an item, in the DAG's order. */
function blockersOf(dag, id) {
    return (dag.blockers.get(id) ?? []).map((b) => {
        const item = dag.items.get(b);
        if (item)
            return { id: b, title: item.title, status: item.status, external: false };
        const outside = dag.external.get(b);
        return { id: b, title: outside?.title ?? b, status: outside?.status ?? 'open', external: true };
    });
}
function stateOf(item, dag, signals) {
    if ((0,model/* isResolved */.ZY)(item.status))
        return { state: 'done' };
    if (signals.stopped(item))
        return { state: 'stopped' };
    const waiting = signals.waitingForHuman(item);
    if (waiting !== undefined)
        return { state: 'waiting', reason: waiting };
    if (signals.claimed(item) || item.status === 'in_progress' || item.status === 'in_review')
        return { state: 'in_progress' };
    const open = blockersOf(dag, item.id).filter((b) => !(0,model/* isResolved */.ZY)(b.status));
    if (open.length > 0) {
        const reason = `waiting for ${open.map((b) => `${b.id} (${b.status.replace('_', ' ')})`).join(', ')}`;
        return { state: 'blocked', blockers: open, reason };
    }
    if (item.status === 'blocked')
        return { state: 'blocked', blockers: [], reason: 'marked blocked' };
    return { state: 'ready' };
}

;// CONCATENATED MODULE: ./src/backlog/mermaid.ts


const CLASS_DEFS = {
    done: 'fill:#dafbe1,stroke:#1a7f37,color:#1a7f37',
    ready: 'fill:#ddf4ff,stroke:#0969da,color:#0a3069',
    in_progress: 'fill:#fff8c5,stroke:#9a6700,color:#4d2d00',
    blocked: 'fill:#ffebe9,stroke:#cf222e,color:#82071e',
    waiting: 'fill:#fbefff,stroke:#8250df,color:#3e1f79',
    stopped: 'fill:#eaeef2,stroke:#24292f,color:#24292f',
    external: 'fill:#ffffff,stroke:#8c959f,color:#57606a,stroke-dasharray:4 3',
};
/** Mermaid's class names must be identifiers. */
const className = (c) => c.replace('_', '');
/** Text for inside `["…"]`: safe characters as they are, everything else as a numeric entity. */
function mermaidLabel(text, maxLength = 80) {
    const flat = text.replace(/\s+/g, ' ').trim();
    const chars = [...flat];
    const clipped = chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}…` : flat;
    let out = '';
    for (const ch of clipped)
        out += /[A-Za-z0-9 .,_-]/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
    return out;
}
/** Renders the chart, trimmed to the open frontier when the graph has more than `maxNodes` nodes. */
function mermaid_renderMermaid(dag, view, options = {}) {
    const maxNodes = options.maxNodes ?? 100;
    const maxEdges = options.maxEdges ?? 300;
    const maxLabel = options.maxLabel ?? 48;
    const all = [...dag.items.keys()];
    const externalIds = new Set();
    for (const id of all)
        for (const b of dag.blockers.get(id) ?? [])
            if (dag.external.has(b))
                externalIds.add(b);
    const total = all.length + externalIds.size;
    let shown;
    let note;
    if (total <= maxNodes)
        shown = [...all, ...[...externalIds].sort(model/* compareIds */.q3)];
    else {
        shown = frontier(dag, view).slice(0, maxNodes);
        note = `Showing ${shown.length} of ${total} items: the open frontier (items that can start or are under way, and those waiting only for them). Done items and the rest are left out.`;
    }
    const shownSet = new Set(shown);
    const nodeId = new Map(shown.map((id, i) => [id, `n${i}`]));
    const lines = ['flowchart TD'];
    const byClass = new Map();
    for (const id of shown) {
        const item = dag.items.get(id);
        const title = item?.title ?? dag.external.get(id)?.title ?? '';
        const cls = item ? (view.states.get(id) ?? 'ready') : 'external';
        const label = mermaidLabel(`${id} ${title}`, maxLabel + id.length + 1);
        lines.push(`  ${nodeId.get(id)}["${label}"]`);
        byClass.set(cls, [...(byClass.get(cls) ?? []), nodeId.get(id)]);
    }
    let edges = 0;
    let skipped = 0;
    for (const id of shown) {
        for (const blocker of dag.blockers.get(id) ?? []) {
            if (!shownSet.has(blocker))
                continue;
            if (edges >= maxEdges) {
                skipped++;
                continue;
            }
            lines.push(`  ${nodeId.get(blocker)} --> ${nodeId.get(id)}`);
            edges++;
        }
    }
    if (skipped > 0) {
        const more = `${skipped} more dependencies are not drawn (at most ${maxEdges} arrows).`;
        note = note ? `${note} ${more}` : more;
    }
    for (const [cls, style] of Object.entries(CLASS_DEFS)) {
        const members = byClass.get(cls);
        if (!members)
            continue;
        lines.push(`  classDef ${className(cls)} ${style}`);
        lines.push(`  class ${members.join(',')} ${className(cls)}`);
    }
    return { text: lines.join('\n'), shown: shown.length, total, note };
}
/**
 * The open frontier, in queue order: what can start or is under way (no open blocker), then the
 * items waiting only for those, then their external blockers.
 */
function frontier(dag, view) {
    const levelZero = [
        ...view.inProgress.map((i) => i.id),
        ...view.ready.map((e) => e.item.id),
        ...view.waiting.map((w) => w.item.id),
        ...view.stopped.map((i) => i.id),
        ...view.blocked.filter((b) => b.blockers.length === 0).map((b) => b.item.id),
    ];
    const zero = new Set(levelZero);
    const next = view.blocked
        .filter((b) => b.blockers.length > 0 && b.blockers.every((x) => zero.has(x.id) || x.external))
        .map((b) => b.item.id);
    const outside = new Set();
    for (const id of next)
        for (const b of blockersOf(dag, id))
            if (b.external && !(0,model/* isResolved */.ZY)(b.status))
                outside.add(b.id);
    return [...levelZero, ...next, ...outside];
}

;// CONCATENATED MODULE: ./src/backlog/problems.ts
/**
 * What makes a backlog unusable. The docs source fails fast: every problem is collected and
 * reported together, and while there is one nothing is dispatched or written (DESIGN §6).
 */
const where = (p) => `${p.file}:${p.line}`;
/** One line per problem, each starting with `file:line`, as people read them beside the files. */
function problems_describeProblem(problem) {
    switch (problem.kind) {
        case 'parse':
            return `${where(problem)}: the front matter does not parse: ${problem.message}`;
        case 'missing-field':
            return `${where(problem)}: missing \`${problem.field}\` in the front matter.`;
        case 'invalid-field':
            return `${where(problem)}: \`${problem.field}\`: ${problem.message}`;
        case 'duplicate-id':
            return `duplicate id '${problem.id}' in ${problem.files.map(where).join(', ')}: ids must be unique.`;
        case 'unknown-dependency':
            return `${where(problem)}: \`${problem.field}\` names '${problem.id}', which is no item's id.`;
        case 'cycle': {
            const files = problem.files.length > 0 ? ` (${problem.files.map(where).join(', ')})` : '';
            return `dependency cycle: ${problem.path.join(' → ')} (each waits for the next)${files}: remove one of these dependencies.`;
        }
        case 'unknown-milestone': {
            const known = problem.known.length > 0 ? ` Known: ${problem.known.join(', ')}.` : ' No milestone file found.';
            return `${where(problem)}: \`milestone\` names '${problem.milestone}', which has no milestone file.${known}`;
        }
    }
}
/** Sorts problems by file and line, cycles and duplicates (which span files) last. */
function problems_sortProblems(problems) {
    const key = (p) => 'file' in p ? [p.file, p.line] : [`\uffff${p.kind}`, 0];
    return [...problems].sort((a, b) => {
        const [fa, la] = key(a);
        const [fb, lb] = key(b);
        return fa < fb ? -1 : fa > fb ? 1 : la - lb;
    });
}
/** The whole report, ready to print: a count, then one problem per line. */
function problems_renderProblems(problems) {
    if (problems.length === 0)
        return 'No problems found.';
    const lines = problems_sortProblems(problems).map((p) => `  - ${problems_describeProblem(p)}`);
    const noun = problems.length === 1 ? 'problem' : 'problems';
    return `The backlog has ${problems.length} ${noun}; nothing is dispatched until they are fixed:\n${lines.join('\n')}`;
}

;// CONCATENATED MODULE: ./src/backlog/dashboard.ts



/**
 * The dashboard issue's body (DESIGN §6): one issue, found again by its marker and edited in place.
 * Pure: the scan compares the result with the current body and writes only when it changed, so
 * the body holds nothing that changes on every run (no "last updated" time).
 */
/** Marks the dashboard issue; only an issue the action wrote is trusted with it. */
const DASHBOARD_MARKER = '<!-- codex-orchestrator:dashboard -->';
/** GitHub's maximum issue body is 65,536 characters; stay under it with room for the trim note. */
const DASHBOARD_MAX_CHARS = 65_000;
/** Tried in order until the body fits: fewer rows per list, a smaller chart, then no chart. */
const LIMITS = [
    { rows: 100, nodes: 100 },
    { rows: 50, nodes: 60 },
    { rows: 20, nodes: 30 },
    { rows: 10, nodes: 0 },
];
/** Renders the dashboard body, always shorter than {@link DASHBOARD_MAX_CHARS}. */
function renderDashboard(input) {
    for (const limits of LIMITS) {
        const body = render(input, limits);
        if (body.length <= DASHBOARD_MAX_CHARS)
            return body;
    }
    // Only a pathological backlog (thousands of problems) gets here: cut, and say so.
    const note = '\n\n_The dashboard was cut here: it is longer than GitHub allows an issue to be._';
    const body = render(input, LIMITS[LIMITS.length - 1]);
    return `${body.slice(0, DASHBOARD_MAX_CHARS - note.length).replace(/\n[^\n]*$/, '')}${note}`;
}
/** One line of untrusted text: escaped (no HTML, no mentions), and no links, images or table breaks. */
function dashboard_text(value, max = 120) {
    return (0,markdown/* safeText */.Hk)(value.replace(/\s+/g, ' ').trim(), max).replace(/[\\`*_[\]()!|~]/g, '\\$&');
}
function ref(item) {
    if (item.source.kind === 'github')
        return `#${item.source.number}`;
    return `\`${item.id.replace(/`/g, "'")}\``;
}
const dashboard_where = (item) => (item.source.kind === 'docs' ? ` (${dashboard_text(item.source.file, 200)})` : '');
/** Table rows, the last saying how many were left out. */
function tableRows(items, limit, columns, row) {
    const rows = items.slice(0, limit).map(row);
    if (items.length > limit)
        rows.push(`| _… and ${items.length - limit} more_ |${' |'.repeat(columns - 1)}`);
    return rows;
}
function more(count, limit) {
    return count > limit ? [`_… and ${count - limit} more._`] : [];
}
function render(input, limits) {
    const { view, dag } = input;
    const parts = [DASHBOARD_MARKER, '# codex-orchestrator · backlog'];
    const counts = [
        `${view.ready.length} ready`,
        `${view.inProgress.length} in progress`,
        `${view.blocked.length} blocked`,
        `${view.waiting.length} waiting for a human`,
        `${view.done.length} done`,
    ];
    parts.push(counts.join(' · '));
    if (input.stopped)
        parts.push('> 🛑 **STOP**: `codex:stop` is on this issue. Nothing is dispatched until it is removed.');
    if (input.stoppedIssue !== undefined)
        parts.push(`> ⛔ **Stopped after repeated failures**: see #${input.stoppedIssue}; closing it lifts the stop.`);
    const human = [];
    for (const w of view.waiting)
        human.push(`- [ ] ${ref(w.item)} ${dashboard_text(w.item.title)}: ${dashboard_text(w.reason, 200)}`);
    for (const b of view.blocked.filter((x) => x.blockers.length === 0))
        human.push(`- [ ] ${ref(b.item)} ${dashboard_text(b.item.title)}: blocked; see its status comment`);
    if (input.problems.length > 0)
        human.push(`- [ ] Fix the ${input.problems.length} backlog problem(s) below: nothing is dispatched until then.`);
    parts.push('## Human actions required', human.length > 0
        ? [...human.slice(0, limits.rows), ...more(human.length, limits.rows)].join('\n')
        : '_None._');
    if (input.problems.length > 0) {
        const rows = problems_sortProblems(input.problems).map((p) => `- ${dashboard_text(problems_describeProblem(p), 400)}`);
        parts.push('## Problems', [...rows.slice(0, limits.rows), ...more(rows.length, limits.rows)].join('\n'));
    }
    parts.push('## Ready queue');
    parts.push(view.ready.length === 0
        ? '_Nothing is ready._'
        : [
            '| # | item | priority | milestone | next phase |',
            '|---|---|---|---|---|',
            ...tableRows(view.ready, limits.rows, 5, (e, i) => `| ${i + 1} | ${ref(e.item)} ${dashboard_text(e.item.title)}${dashboard_where(e.item)} | ${e.item.priority} | ${dashboard_text(e.item.milestone ?? '—', 60)} | ${e.phase} |`),
        ].join('\n'));
    parts.push('## In progress');
    parts.push(view.inProgress.length === 0
        ? '_Nothing is in progress._'
        : [
            ...view.inProgress.slice(0, limits.rows).map((i) => `- ${ref(i)} ${dashboard_text(i.title)}`),
            ...more(view.inProgress.length, limits.rows),
        ].join('\n'));
    parts.push('## Blocked');
    const waitingOnOthers = view.blocked.filter((b) => b.blockers.length > 0);
    parts.push(waitingOnOthers.length === 0
        ? '_Nothing is waiting for another item._'
        : [
            ...waitingOnOthers.slice(0, limits.rows).map((b) => {
                const by = b.blockers.slice(0, 10).map((x) => {
                    const item = dag.items.get(x.id);
                    return `${item ? ref(item) : dashboard_text(x.id, 40)} (${x.status.replace('_', ' ')})`;
                });
                const extra = b.blockers.length > 10 ? ` and ${b.blockers.length - 10} more` : '';
                return `- ${ref(b.item)} ${dashboard_text(b.item.title)}: waiting for ${by.join(', ')}${extra}`;
            }),
            ...more(waitingOnOthers.length, limits.rows),
        ].join('\n'));
    const doneIds = input.recentlyDone ?? view.done.map((i) => i.id);
    const done = doneIds
        .map((id) => (typeof id === 'string' ? dag.items.get(id) : id))
        .filter((i) => i !== undefined);
    const recent = Math.min(limits.rows, 10);
    parts.push('## Recently done', done.length === 0
        ? '_Nothing yet._'
        : [
            ...done.slice(0, recent).map((i) => `- ${ref(i)} ${dashboard_text(i.title)}`),
            ...more(done.length, recent),
        ].join('\n'));
    const usage = [...(input.usage ?? new Map())].filter(([id]) => dag.items.has(id));
    if (usage.length > 0) {
        usage.sort((a, b) => b[1].costUsd - a[1].costUsd || b[1].tokens - a[1].tokens);
        const total = usage.reduce((t, [, u]) => ({ tokens: t.tokens + u.tokens, costUsd: t.costUsd + u.costUsd }), {
            tokens: 0,
            costUsd: 0,
        });
        parts.push('## Tokens and cost', [
            '| item | tokens | est. cost |',
            '|---|---:|---:|',
            ...tableRows(usage, limits.rows, 3, ([id, u]) => {
                const item = dag.items.get(id);
                return `| ${ref(item)} ${dashboard_text(item.title, 60)} | ${u.tokens.toLocaleString('en-US')} | $${u.costUsd.toFixed(2)} |`;
            }),
            `| **total** | **${total.tokens.toLocaleString('en-US')}** | **$${total.costUsd.toFixed(2)}** |`,
        ].join('\n'));
    }
    if (limits.nodes > 0 && dag.items.size > 0) {
        const chart = mermaid_renderMermaid(dag, view, { maxNodes: limits.nodes });
        parts.push('## Dependency graph', ...(chart.note ? [`_${chart.note}_`] : []), `\`\`\`mermaid\n${chart.text}\n\`\`\``);
    }
    else if (dag.items.size > 0) {
        parts.push('## Dependency graph', '_Left out: the backlog is too large to draw here._');
    }
    return parts.join('\n\n');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
;// CONCATENATED MODULE: ./src/backlog/dag.ts

/** Cycles reported per strongly connected component, and in all: enough to fix, bounded in time. */
const CYCLES_PER_COMPONENT = 10;
const CYCLES_TOTAL = 100;
const ENUMERATE_UP_TO = 50;
const STEP_BUDGET = 20_000;
function buildDag(items, external = new Map()) {
    const byId = new Map();
    for (const item of items)
        if (!byId.has(item.id))
            byId.set(item.id, item);
    const blockers = new Map();
    const dependents = new Map();
    for (const id of byId.keys()) {
        blockers.set(id, []);
        dependents.set(id, []);
    }
    const unknown = [];
    const known = (id) => byId.has(id) || external.has(id);
    for (const item of byId.values()) {
        for (const id of item.blockedBy) {
            if (!known(id))
                unknown.push({ from: item.id, field: 'blocked_by', id });
            else {
                blockers.get(item.id)?.push(id);
                dependents.get(id)?.push(item.id);
            }
        }
        for (const id of item.blocking) {
            if (!known(id))
                unknown.push({ from: item.id, field: 'blocking', id });
            // What an outside item waits for is not the backlog's business.
            else if (byId.has(id)) {
                blockers.get(id)?.push(item.id);
                dependents.get(item.id)?.push(id);
            }
        }
    }
    // A dependency written on both ends appears twice: keep one, in id order.
    const tidy = (m) => {
        for (const [k, v] of m)
            if (v.length > 1)
                m.set(k, [...new Set(v)].sort(model/* compareIds */.q3));
        return m;
    };
    const dag = { items: byId, external, blockers: tidy(blockers), dependents: tidy(dependents), unknown };
    return { ...dag, cycles: findCycles(dag.blockers) };
}
/**
 * Elementary cycles of the graph: Tarjan's algorithm finds the strongly connected components, then
 * each component is searched for cycles through its ids in order. Iterative throughout, so that a
 * 10,000-item chain does not overflow the stack. Each cycle starts at its smallest id.
 */
function findCycles(edges) {
    const cycles = [];
    for (const component of stronglyConnected(edges)) {
        if (cycles.length >= CYCLES_TOTAL)
            break;
        const only = component[0];
        if (component.length === 1 && !(edges.get(only) ?? []).includes(only))
            continue;
        const ordered = [...component].sort(model/* compareIds */.q3);
        const rank = new Map(ordered.map((id, i) => [id, i]));
        let found = 0;
        let steps = 0;
        // Enumerating is exponential in the worst case: only small components, with a step budget.
        if (component.length <= ENUMERATE_UP_TO) {
            for (let s = 0; s < ordered.length && found < CYCLES_PER_COMPONENT; s++) {
                const start = ordered[s];
                // Depth-first search for simple paths start → … → start through ids ranked after start.
                const path = [start];
                const onPath = new Set(path);
                const stack = [{ next: edges.get(start) ?? [], i: 0 }];
                while (stack.length > 0 && found < CYCLES_PER_COMPONENT && steps++ < STEP_BUDGET) {
                    const top = stack[stack.length - 1];
                    if (top.i >= top.next.length) {
                        stack.pop();
                        onPath.delete(path.pop());
                        continue;
                    }
                    const to = top.next[top.i++];
                    const r = rank.get(to);
                    if (r === undefined || r < s)
                        continue;
                    if (to === start) {
                        cycles.push([...path, start]);
                        found++;
                    }
                    else if (!onPath.has(to)) {
                        path.push(to);
                        onPath.add(to);
                        stack.push({ next: edges.get(to) ?? [], i: 0 });
                    }
                }
            }
        }
        if (found === 0)
            cycles.push(shortestCycle(ordered[0], rank, edges));
    }
    return cycles.sort((a, b) => (0,model/* compareIds */.q3)(a[0], b[0]) || a.length - b.length);
}
/** The shortest cycle from `start` back to itself inside a component (one always exists). */
function shortestCycle(start, members, edges) {
    const parent = new Map();
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
        const from = queue[head];
        for (const to of edges.get(from) ?? []) {
            if (!members.has(to))
                continue;
            if (to === start) {
                const path = [start];
                for (let at = from; at !== undefined && at !== start; at = parent.get(at))
                    path.push(at);
                return [start, ...path.slice(1).reverse(), start];
            }
            if (!parent.has(to) && to !== start) {
                parent.set(to, from);
                queue.push(to);
            }
        }
    }
    return [start, start];
}
function stronglyConnected(edges) {
    // Integer indexes and typed arrays: at 10,000 nodes, Map lookups were most of the time.
    const ids = [...edges.keys()];
    const indexOf = new Map(ids.map((id, i) => [id, i]));
    const adjacency = ids.map((id) => {
        const out = [];
        for (const to of edges.get(id) ?? []) {
            const j = indexOf.get(to);
            if (j !== undefined)
                out.push(j);
        }
        return out;
    });
    const n = ids.length;
    const index = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const stack = [];
    const frames = [];
    const positions = [];
    const components = [];
    let counter = 0;
    for (let root = 0; root < n; root++) {
        if (index[root] !== -1)
            continue;
        if (adjacency[root].length === 0) {
            // No edge out: its own component, never part of a cycle.
            index[root] = counter++;
            continue;
        }
        index[root] = low[root] = counter++;
        stack.push(root);
        onStack[root] = 1;
        frames.push(root);
        positions.push(0);
        while (frames.length > 0) {
            const top = frames.length - 1;
            const v = frames[top];
            const next = adjacency[v];
            const at = positions[top];
            if (at < next.length) {
                positions[top] = at + 1;
                const w = next[at];
                if (index[w] === -1) {
                    index[w] = low[w] = counter++;
                    stack.push(w);
                    onStack[w] = 1;
                    frames.push(w);
                    positions.push(0);
                }
                else if (onStack[w]) {
                    low[v] = Math.min(low[v], index[w]);
                }
                continue;
            }
            frames.pop();
            positions.pop();
            const parent = frames[frames.length - 1];
            if (parent !== undefined)
                low[parent] = Math.min(low[parent], low[v]);
            if (low[v] === index[v]) {
                const component = [];
                let member;
                do {
                    member = stack.pop();
                    onStack[member] = 0;
                    component.push(ids[member]);
                } while (member !== v);
                components.push(component);
            }
        }
    }
    return components;
}

// EXTERNAL MODULE: ./src/backlog/docs-file.ts + 1 modules
var docs_file = __webpack_require__(94);
;// CONCATENATED MODULE: ./src/backlog/docs.ts





/** Files read at once: enough to keep the disk busy, well under the usual 1,024 open files. */
const READ_CONCURRENCY = 64;
/** The paths the globs match, sorted so that every run sees the files in the same order. */
async function findDocsFiles(dir, globs) {
    const options = { cwd: dir, onlyFiles: true, expandDirectories: false };
    const [issues, milestones] = await Promise.all([
        (0,dist/* glob */.TI)(globs.issues, options),
        (0,dist/* glob */.TI)(globs.milestones, options),
    ]);
    const milestoneSet = new Set(milestones);
    // A file matched by both globs is a milestone: the default globs never overlap, a custom pair might.
    return { issues: issues.filter((p) => !milestoneSet.has(p)).sort(), milestones: milestones.sort() };
}
/** Reads files relative to `dir`, a bounded number at a time, keeping their order. */
async function readFiles(dir, paths) {
    const files = new Array(paths.length);
    let next = 0;
    const worker = async () => {
        while (next < paths.length) {
            const i = next++;
            const path = paths[i];
            files[i] = { path, text: await (0,promises_.readFile)((0,external_node_path_.join)(dir, path), 'utf8') };
        }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, worker));
    return files;
}
/** Finds, reads and checks the docs backlog under `dir` (the repository's root). */
async function docs_loadDocsBacklog(dir, globs) {
    const found = await findDocsFiles(dir, globs);
    const [issues, milestones] = await Promise.all([
        readFiles(dir, found.issues),
        readFiles(dir, found.milestones),
    ]);
    return parseDocsBacklog(issues, milestones);
}
/**
 * Milestone order: by the files' `order` (a number, lowest first), then `due` (a date, earliest
 * first), then path; a milestone without `order` comes after those with one. Items without a
 * milestone come after every milestone.
 */
function rankMilestones(files) {
    const problems = [];
    const parsed = files.flatMap((f) => {
        const result = (0,docs_file/* parseMilestoneFile */.QX)(f.path, f.text);
        problems.push(...result.problems);
        return result.milestone ? [result.milestone] : [];
    });
    const seen = new Map();
    for (const m of parsed)
        seen.set(m.id, [...(seen.get(m.id) ?? []), { file: m.file, line: 1 }]);
    for (const [id, places] of seen)
        if (places.length > 1)
            problems.push({ kind: 'duplicate-id', id: `milestone ${id}`, files: places });
    const inf = Number.POSITIVE_INFINITY;
    const sorted = [...parsed].sort((a, b) => (a.order ?? inf) - (b.order ?? inf) ||
        (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff') ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return {
        milestones: sorted.map((m, rank) => ({ id: m.id, title: m.title, rank, file: m.file })),
        problems,
    };
}
/** The file and line of a parsed item (only files that yielded an item are asked). */
function placeOf(parsed) {
    const source = parsed.item?.source;
    return source?.kind === 'docs' ? { file: source.file, line: source.line } : { file: '?', line: 1 };
}
/** Parses and checks the files; pure, so tests and the benchmark can feed it files directly. */
function parseDocsBacklog(issueFiles, milestoneFiles) {
    const { milestones, problems } = rankMilestones(milestoneFiles);
    const parsed = issueFiles.map((f) => (0,docs_file/* parseIssueFile */.TP)(f.path, f.text));
    for (const p of parsed)
        problems.push(...p.problems);
    // Duplicates: every file is named, and none of them enters the graph, so that a dependency on
    // the id does not silently pick one.
    const byId = new Map();
    for (const p of parsed)
        if (p.item)
            byId.set(p.item.id, [...(byId.get(p.item.id) ?? []), p]);
    const items = [];
    const fileOf = new Map();
    for (const [id, group] of byId) {
        if (group.length > 1) {
            problems.push({ kind: 'duplicate-id', id, files: group.map(placeOf) });
            continue;
        }
        const only = group[0];
        items.push(only.item);
        fileOf.set(id, only);
    }
    const milestoneIds = new Map();
    for (const m of milestones) {
        milestoneIds.set(m.id, m.id);
        if (!milestoneIds.has(m.title))
            milestoneIds.set(m.title, m.id);
    }
    for (const item of items) {
        if (item.milestone === undefined)
            continue;
        const id = milestoneIds.get(item.milestone);
        if (id !== undefined)
            item.milestone = id;
        else {
            const source = fileOf.get(item.id);
            problems.push({
                kind: 'unknown-milestone',
                file: placeOf(source).file,
                line: source.milestoneLine,
                milestone: item.milestone,
                known: milestones.map((m) => m.id),
            });
        }
    }
    const dag = buildDag(items);
    const duplicated = new Set([...byId].filter(([, g]) => g.length > 1).map(([id]) => id));
    for (const ref of dag.unknown) {
        // A dependency on a duplicated id is already reported as the duplicate.
        if (duplicated.has(ref.id))
            continue;
        const source = fileOf.get(ref.from);
        const written = source.refs.find((r) => r.id === ref.id && r.field === ref.field);
        problems.push({
            kind: 'unknown-dependency',
            file: placeOf(source).file,
            line: written?.line ?? 1,
            field: ref.field,
            id: ref.id,
        });
    }
    for (const path of dag.cycles) {
        problems.push({
            kind: 'cycle',
            path,
            files: path.slice(0, -1).map((id) => placeOf(fileOf.get(id))),
        });
    }
    return { items, milestones, dag, problems };
}

;// CONCATENATED MODULE: ./src/backlog/github.ts



/**
 * The GitHub source (DESIGN §6): open issues with the opt-in label. An issue waits for the issues
 * GitHub records as blocking it, for its open sub-issues, and for every `#n` on a "Blocked by" or
 * "Depends on" line of its body. A closed blocker does not block.
 */
/** The id of a GitHub item in the DAG. */
const issueId = (number) => `#${number}`;
/** Fenced code and inline code render verbatim: a "Blocked by #3" there is an example, not a dependency. */
const CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))|`[^`\n]*`/gm;
const REF_LINE = /\b(?:blocked[ \t]+by|depends[ \t]+on)\b[ \t]*:?[ \t]*((?:#\d+(?:[ \t]*(?:,|;|&|\band\b)?[ \t]*))+)/gi;
/**
 * The issue numbers named by "Blocked by #12" / "Depends on #12, #13 and #14" phrases, several per
 * line or body, any case, in order of appearance without repeats. Only same-repository `#n` refs.
 */
function parseBlockerRefs(body) {
    const text = body.replace(CODE, '');
    const numbers = [];
    for (const match of text.matchAll(REF_LINE)) {
        for (const ref of match[1].matchAll(/#(\d+)/g)) {
            const n = Number(ref[1]);
            if (Number.isSafeInteger(n) && n > 0 && !numbers.includes(n))
                numbers.push(n);
        }
    }
    return numbers;
}
/** The most urgent of `P0`–`P3` and `priority:critical|high|medium|low` labels; none is medium. */
function priorityFromLabels(labels) {
    let best = model/* PRIORITIES */.BE.indexOf(model/* DEFAULT_PRIORITY */.PC);
    let found = false;
    for (const label of labels) {
        const text = label.trim().toLowerCase();
        const p = /^p([0-3])$/.exec(text)?.[1];
        const named = /^priority[ \t]*:[ \t]*(critical|high|medium|low)$/.exec(text)?.[1];
        const rank = p !== undefined ? Number(p) : named ? model/* PRIORITIES */.BE.indexOf(named) : -1;
        if (rank < 0)
            continue;
        best = found ? Math.min(best, rank) : rank;
        found = true;
    }
    return model/* PRIORITIES */.BE[best];
}
const has = (labels, name) => labels.some((l) => l.toLowerCase() === name.toLowerCase());
/** Whether the issue opted in: it carries the label named by `labels.prefix`. */
const isOptedIn = (labels, prefix) => has(labels, prefix);
/** The item's status: closed is done; otherwise the lifecycle label says (DESIGN §3), else open. */
function statusFromIssue(issue, prefix) {
    if (issue.state === 'closed' || has(issue.labels, `${prefix}:done`))
        return 'done';
    if (has(issue.labels, `${prefix}:in-progress`))
        return 'in_progress';
    if (has(issue.labels, `${prefix}:in-review`))
        return 'in_review';
    if (has(issue.labels, `${prefix}:blocked`))
        return 'blocked';
    return 'open';
}
/** A listed issue as a work item; `blockedBy` holds its body's refs until the native ones are added. */
function issueToItem(issue, prefix) {
    return {
        id: issueId(issue.number),
        title: issue.title,
        body: issue.body,
        priority: priorityFromLabels(issue.labels),
        milestone: issue.milestone?.title,
        status: statusFromIssue(issue, prefix),
        blockedBy: parseBlockerRefs(issue.body)
            .filter((n) => n !== issue.number)
            .map(issueId),
        blocking: [],
        acceptanceCriteria: (0,docs_file/* acceptanceCriteria */.Dc)(issue.body),
        labels: issue.labels,
        source: { kind: 'github', number: issue.number, url: issue.htmlUrl },
        order: issue.number,
        createdAt: issue.createdAt,
    };
}
/** Milestones in order of due date (none last), then number. */
function rankGitHubMilestones(issues) {
    const seen = new Map();
    for (const i of issues)
        if (i.milestone && !seen.has(i.milestone.title))
            seen.set(i.milestone.title, i.milestone);
    return [...seen.values()]
        .sort((a, b) => (a.dueOn ?? '\uffff').localeCompare(b.dueOn ?? '\uffff') || a.number - b.number)
        .map((m, rank) => ({ id: m.title, title: m.title, rank }));
}
/** The labels' part of the queue signals: `codex:stop` stops an item, a clarification waits for a human. */
function github_labelSignals(prefix) {
    return {
        claimed: () => false,
        stopped: (item) => has(item.labels, `${prefix}:stop`),
        waitingForHuman: (item) => has(item.labels, `${prefix}:needs-clarification`) ? 'questions open (needs clarification)' : undefined,
    };
}
/** Reads the backlog with the given operations and builds its DAG. */
async function github_loadGitHubBacklog(reads, options) {
    const listed = (await reads.listOpenIssues(options.prefix)).filter((i) => isOptedIn(i.labels, options.prefix));
    const items = listed.map((i) => issueToItem(i, options.prefix));
    const inBacklog = new Set(items.map((i) => i.id));
    const known = new Map();
    const addBlockers = (item, blockers) => {
        for (const b of blockers) {
            known.set(issueId(b.number), b);
            const id = issueId(b.number);
            if (id !== item.id && !item.blockedBy.includes(id))
                item.blockedBy.push(id);
        }
    };
    for (const [index, issue] of listed.entries()) {
        const item = items[index];
        if ((issue.blockedByCount ?? 0) > 0)
            addBlockers(item, await reads.blockedBy(issue.number));
        // A parent waits for its open sub-issues; closed ones are done and would not block anyway.
        if ((issue.openSubIssues ?? 0) > 0)
            addBlockers(item, (await reads.subIssues(issue.number)).filter((s) => s.state === 'open'));
    }
    const outside = new Set();
    for (const item of items)
        for (const id of item.blockedBy)
            if (!inBacklog.has(id) && !known.has(id))
                outside.add(Number(id.slice(1)));
    if (outside.size > 0)
        for (const [n, issue] of await reads.issueStates([...outside]))
            known.set(issueId(n), issue);
    const external = new Map();
    for (const [id, issue] of known) {
        if (inBacklog.has(id))
            continue;
        external.set(id, { id, title: issue.title, status: issue.state === 'closed' ? 'done' : 'open' });
    }
    const dag = buildDag(items, external);
    const problems = dag.cycles.map((path) => ({ kind: 'cycle', path, files: [] }));
    const warnings = dag.unknown.map((u) => `${u.from} names ${u.id} as a blocker, but there is no such issue.`);
    return { items, milestones: rankGitHubMilestones(listed), dag, problems, warnings };
}

;// CONCATENATED MODULE: ./src/backlog/scan-command.ts








/**
 * `codex-orchestrator scan`: the backlog as the nightly scan sees it, printed for a person (or as
 * JSON). Offline for the docs source; the GitHub source needs GITHUB_TOKEN. It dispatches, claims
 * and writes nothing. Exit codes: 0, 1 when the backlog has problems, 2 on a usage or setup error.
 */
const USAGE = (/* unused pure expression or super */ null && (`Usage: codex-orchestrator scan [--json] [--mermaid] [--config FILE] [--dir DIR] [--repo OWNER/NAME] [--source github|docs]

Prints the ready queue, the blocked items with their reasons, and the backlog's problems.
  --json       print one JSON object instead of text
  --mermaid    print the dependency graph as a mermaid flowchart (with --json: a "mermaid" field)
  --config     the policy file (default: DIR/.github/codex-orchestrator.yml)
  --dir        the repository's root (default: the current directory)
  --repo       OWNER/NAME for the github source (default: GITHUB_REPOSITORY)
  --source     override backlog.source from the policy file
The github source reads GITHUB_TOKEN (and GITHUB_API_URL, GITHUB_GRAPHQL_URL on GHES).`));
/** The `queue` output of a scan (DESIGN §9), also what `scan --json` prints under `queue`. */
function queueOutput(view) {
    return view.ready.map(({ item, phase }) => ({
        item: item.source.kind === 'github' ? item.source.number : item.id,
        title: item.title,
        priority: item.priority,
        milestone: item.milestone ?? null,
        phase,
        ...(item.source.kind === 'docs' ? { file: item.source.file } : {}),
    }));
}
class UsageError extends (/* unused pure expression or super */ null && (Error)) {
}
/** Runs `scan` with the arguments after the command name; resolves to the exit code. */
async function scanCommand(argv, io) {
    let args;
    try {
        args = parse(argv);
    }
    catch (error) {
        io.stderr(`${error.message}\n\n${USAGE}\n`);
        return 2;
    }
    if (args.help) {
        io.stdout(`${USAGE}\n`);
        return 0;
    }
    const dir = resolve(io.cwd, args.dir ?? '.');
    const configPath = args.config
        ? isAbsolute(args.config)
            ? args.config
            : resolve(io.cwd, args.config)
        : resolve(dir, '.github/codex-orchestrator.yml');
    let loaded;
    try {
        const config = await loadConfig(configPath);
        const source = args.source ?? config.backlog.source;
        loaded = source === 'docs' ? await loadDocs(dir, config) : await loadGitHub(config, args.repo, io);
    }
    catch (error) {
        if (error instanceof UsageError || error instanceof ConfigError) {
            io.stderr(`${error.message}\n`);
            return error instanceof ConfigError ? 1 : 2;
        }
        throw error;
    }
    const view = computeQueue(loaded.dag, loaded.milestones, loaded.signals);
    for (const warning of loaded.warnings)
        io.stderr(`warning: ${warning}\n`);
    if (args.json) {
        const out = {
            source: loaded.source,
            counts: counts(view),
            queue: queueOutput(view),
            inProgress: view.inProgress.map((i) => ({ item: i.id, title: i.title })),
            blocked: view.blocked.map((b) => ({
                item: b.item.id,
                title: b.item.title,
                reason: b.reason,
                blockers: b.blockers.map((x) => x.id),
            })),
            waiting: view.waiting.map((w) => ({ item: w.item.id, title: w.item.title, reason: w.reason })),
            problems: sortProblems(loaded.problems).map((p) => ({ ...p, message: describeProblem(p) })),
            warnings: loaded.warnings,
            ...(args.mermaid ? { mermaid: renderMermaid(loaded.dag, view).text } : {}),
        };
        io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    }
    else if (args.mermaid) {
        const chart = renderMermaid(loaded.dag, view);
        io.stdout(`${chart.note ? `%% ${chart.note}\n` : ''}${chart.text}\n`);
        if (loaded.problems.length > 0)
            io.stderr(`${renderProblems(loaded.problems)}\n`);
    }
    else {
        io.stdout(renderText(loaded, view));
    }
    return loaded.problems.length > 0 ? 1 : 0;
}
function parse(argv) {
    const { values, positionals } = parseArgs({
        args: [...argv],
        options: {
            json: { type: 'boolean' },
            mermaid: { type: 'boolean' },
            config: { type: 'string' },
            dir: { type: 'string' },
            repo: { type: 'string' },
            source: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
        strict: true,
        allowPositionals: true,
    });
    if (positionals.length > 0)
        throw new Error(`Unexpected argument '${positionals[0]}'.`);
    if (values.source !== undefined && values.source !== 'github' && values.source !== 'docs')
        throw new Error(`Invalid --source '${values.source}'. Expected github or docs.`);
    return values;
}
async function loadDocs(dir, config) {
    const backlog = await loadDocsBacklog(dir, config.backlog.docs);
    return { source: 'docs', ...backlog, warnings: [], signals: NO_SIGNALS };
}
async function loadGitHub(config, repoArg, io) {
    const token = io.env.GITHUB_TOKEN;
    if (!token)
        throw new UsageError('The github source needs GITHUB_TOKEN (or use --source docs, which is offline).');
    const full = repoArg ?? io.env.GITHUB_REPOSITORY ?? '';
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec(full);
    if (!match)
        throw new UsageError(`Invalid repository '${full}'. Expected OWNER/NAME, from --repo or GITHUB_REPOSITORY.`);
    const toStderr = (m) => io.stderr(`${m}\n`);
    // Loaded only here: the offline docs source should not pay for Octokit.
    const [{ createGitHubClient }, { backlogReads }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4516)),
    ]);
    const client = createGitHubClient({
        token,
        baseUrl: (io.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        ...(io.env.GITHUB_GRAPHQL_URL ? { graphqlUrl: io.env.GITHUB_GRAPHQL_URL } : {}),
        log: { info: toStderr, warning: toStderr, debug: () => { } },
    });
    const prefix = config.labels.prefix;
    const repo = { owner: match[1], repo: match[2] };
    const backlog = await loadGitHubBacklog(backlogReads(client, repo, toStderr), { prefix });
    return { source: 'github', ...backlog, signals: labelSignals(prefix) };
}
function counts(view) {
    return {
        ready: view.ready.length,
        inProgress: view.inProgress.length,
        blocked: view.blocked.length,
        waiting: view.waiting.length,
        stopped: view.stopped.length,
        done: view.done.length,
    };
}
/** Control, zero-width and bidi characters: written as a string, the linter refuses them in a literal. */
// biome-ignore lint/complexity/useRegexLiterals: a literal with these ranges trips noControlCharactersInRegex.
const UNPRINTABLE = (/* unused pure expression or super */ null && (new RegExp('[\\u0000-\\u001f\\u007f-\\u009f\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069]+', 'g')));
/** Titles are untrusted: no control characters (escape sequences) reach the terminal. */
const plain = (text, max = 100) => {
    const flat = text.replace(UNPRINTABLE, ' ').replace(/ {2,}/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
function renderText(loaded, view) {
    const c = counts(view);
    const lines = [
        `Backlog (${loaded.source}): ${loaded.items.length} items — ${c.ready} ready, ${c.inProgress} in progress, ${c.blocked} blocked, ${c.waiting} waiting for a human, ${c.done} done.`,
        '',
        `Ready queue (${view.ready.length}):`,
        ...(view.ready.length === 0 ? ['  nothing is ready'] : []),
        ...view.ready.map(({ item, phase }, i) => {
            const milestone = item.milestone ? ` · ${plain(item.milestone, 40)}` : '';
            return `  ${String(i + 1).padStart(3)}. ${plain(item.id, 40)}  ${plain(item.title)}  [${item.priority}${milestone}] → ${phase}`;
        }),
    ];
    if (view.inProgress.length > 0)
        lines.push('', `In progress (${view.inProgress.length}):`, ...view.inProgress.map((i) => `  ${plain(i.id, 40)}  ${plain(i.title)}`));
    if (view.blocked.length > 0)
        lines.push('', `Blocked (${view.blocked.length}):`, ...view.blocked.map((b) => `  ${plain(b.item.id, 40)}  ${plain(b.item.title)} — ${plain(b.reason, 300)}`));
    if (view.waiting.length > 0)
        lines.push('', `Waiting for a human (${view.waiting.length}):`, ...view.waiting.map((w) => `  ${plain(w.item.id, 40)}  ${plain(w.item.title)} — ${plain(w.reason)}`));
    if (loaded.problems.length > 0)
        lines.push('', renderProblems(loaded.problems));
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/labels.ts
var labels = __webpack_require__(7448);
// EXTERNAL MODULE: ./src/github/identity.ts
var github_identity = __webpack_require__(7369);
;// CONCATENATED MODULE: ./src/github/marked-issues.ts


const own = (i) => ({
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.state === 'closed' ? 'closed' : 'open',
    labels: (0,labels/* labelNames */.l3)(i.labels),
    htmlUrl: i.html_url,
    createdAt: i.created_at,
    closedAt: i.closed_at,
    comments: i.comments,
});
/**
 * Every issue, open or closed, that the action's identity opened and whose body holds `marker`,
 * oldest first. One paginated list filtered by creator: its size is what the action opened, not
 * the repository's whole history.
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
        .filter((i) => !i.pull_request && (0,github_identity/* isIdentity */.Lk)(i.user, identity) && (i.body ?? '').includes(marker))
        .map(own);
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
/** The most recently updated closed issues with the label (one page, `count` at most). */
async function listRecentlyClosed(client, repo, label, count) {
    const { data } = await client.rest.issues.listForRepo({
        ...repo,
        labels: label,
        state: 'closed',
        sort: 'updated',
        direction: 'desc',
        per_page: Math.min(Math.max(count, 1), 100),
    });
    return data
        .filter((i) => !i.pull_request && i.closed_at)
        .map((i) => ({
        number: i.number,
        title: i.title,
        closedAt: i.closed_at,
        reason: i.state_reason ?? null,
    }))
        .sort((a, b) => b.closedAt.localeCompare(a.closedAt));
}

// EXTERNAL MODULE: ./src/item/job.ts + 2 modules
var item_job = __webpack_require__(7950);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/backlog/mirror.ts
var mirror = __webpack_require__(3824);
// EXTERNAL MODULE: ./src/github/backlog.ts
var github_backlog = __webpack_require__(4516);
// EXTERNAL MODULE: ./src/item/store.ts + 1 modules
var store = __webpack_require__(5343);
;// CONCATENATED MODULE: ./src/phases/scan/backlog.ts







/** Loads the configured source and links each item to its issue (the own-issue list gives mirrors). */
async function loadScanBacklog(job, own) {
    const { config, context } = job.ctx;
    const issues = new Map();
    if (config.backlog.source === 'docs') {
        const docs = await docs_loadDocsBacklog(context.workspace, config.backlog.docs);
        const ids = new Set(docs.items.map((i) => i.id));
        // Oldest first: should a race ever have opened two mirrors, every scan settles on the first.
        for (const issue of own) {
            const marker = (0,mirror/* parseDocsItemMarker */.oI)(issue.body);
            if (!marker || !ids.has(marker.id) || issues.has(marker.id))
                continue;
            issues.set(marker.id, {
                number: issue.number,
                labels: issue.labels,
                comments: issue.comments,
                state: issue.state,
                closedAt: issue.closedAt,
            });
        }
        return {
            source: 'docs',
            ...docs,
            failFast: docs.problems.length > 0,
            warnings: [],
            issues,
        };
    }
    const reads = (0,github_backlog.backlogReads)(job.client, job.repo);
    let listed = [];
    const prefix = config.labels.prefix;
    const backlog = await github_loadGitHubBacklog({
        ...reads,
        listOpenIssues: async (label) => {
            listed = await reads.listOpenIssues(label);
            return listed;
        },
    }, { prefix });
    for (const i of listed) {
        issues.set(`#${i.number}`, {
            number: i.number,
            labels: i.labels,
            // Unknown (an older payload): read, to be safe.
            comments: i.comments ?? 1,
            state: i.state,
            closedAt: null,
        });
    }
    return { source: 'github', ...backlog, failFast: false, issues };
}
/**
 * Whether the issue may have a status comment worth a read: it has comments, and a lifecycle
 * label (other than done) shows the action has touched it. The scan's own claim sets
 * `in-progress`, so a claimed item is always read.
 */
function inFlight(issue, prefix) {
    if (issue.comments === 0 || issue.state === 'closed')
        return false;
    const names = (0,labels/* LIFECYCLE */.VD)(prefix);
    const held = [
        names['needs-clarification'],
        names.ready,
        names['in-progress'],
        names['in-review'],
        names.blocked,
    ].map((l) => l.toLowerCase());
    return issue.labels.some((l) => held.includes(l.toLowerCase()));
}
/** Reads the status comment of every in-flight item: one read each, none for the rest. */
async function readStates(job, backlog) {
    const prefix = job.ctx.config.labels.prefix;
    const states = new Map();
    for (const [id, issue] of backlog.issues) {
        if (!inFlight(issue, prefix))
            continue;
        states.set(id, await readState(job, issue.number));
    }
    return states;
}
/** The item's state from its status comment; a corrupt one is reported, not thrown. */
async function readState(job, number) {
    try {
        const loaded = await (0,store/* loadItemState */.JR)(job.client, job.repo, number, job.identity);
        return loaded ? { kind: 'state', state: loaded.state } : { kind: 'none' };
    }
    catch (error) {
        return { kind: 'unreadable', message: (0,errors/* errorMessage */.g)(error) };
    }
}

// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
// EXTERNAL MODULE: ./src/state/index.ts + 1 modules
var src_state = __webpack_require__(5557);
;// CONCATENATED MODULE: ./src/phases/scan/signals.ts
const ms = (iso) => Date.parse(iso);
/** The scan's claim, while no run has started behind it (no timeline entry newer than the claim). */
function activeClaim(state) {
    const claim = state.claim;
    if (!claim)
        return null;
    const at = ms(claim.at);
    return state.timeline.some((e) => ms(e.at) > at) ? null : claim;
}
/** An active claim older than the phase timeout: the dispatched run never started. */
function staleClaim(state, clock) {
    const claim = activeClaim(state);
    return claim && clock.now - ms(claim.at) > clock.timeoutMs ? claim : null;
}
/**
 * A run that started this long ago and never recorded an end has died (a job is cut at the phase
 * timeout; twice that leaves room for a slow runner): the item waits for `/codex retry` rather
 * than holding the serial queue forever.
 */
const DEAD_RUN_FACTOR = 2;
const lastEntry = (state) => state.timeline.at(-1);
const waiting = (reason) => ({ kind: 'waiting', reason });
/** The hold of an item from its state. A stale claim is the caller's to release first. */
function holdOf(state, clock) {
    if (state.stopped)
        return { kind: 'stopped', by: state.stopped.by };
    if (state.merged)
        return { kind: 'done' };
    const claim = activeClaim(state);
    if (claim)
        return { kind: 'in_progress', why: `claimed for ${claim.phase} by ${claim.runUrl}` };
    const escalation = state.escalation;
    if (escalation && !escalation.approvedBy)
        return waiting('escalation held: a person with write access reviews it and comments /codex approve');
    const phase = state.phase ?? 'plan';
    const next = state.nextAction;
    switch (state.status) {
        case 'new':
        case 'skipped':
            return { kind: 'free', phase: state.plan && state.approval ? 'dev' : 'plan' };
        case 'running': {
            const started = lastEntry(state)?.at;
            if (started && clock.now - ms(started) > DEAD_RUN_FACTOR * clock.timeoutMs)
                return waiting(`the ${phase} run started at ${started} never finished; check its log, then comment /codex retry`);
            return { kind: 'in_progress', why: `${phase} is running` };
        }
        case 'cancelled':
            return waiting(`the ${phase} run was cancelled; comment /codex retry`);
        case 'needs_clarification':
            return waiting('questions open (needs clarification)');
        case 'needs_decomposition':
            return waiting(next ?? 'split into sub-issues: comment /codex plan once they are done');
        case 'blocked':
        case 'error':
        case 'tests_failed':
            return waiting(`${state.status.replace('_', ' ')} in ${phase}: ${next ?? 'see the status comment'}`);
        case 'complete':
            // An approved plan goes to dev; the approval itself dispatched it, and a dispatch that was
            // lost (or turned off) is made good here. Dev is safe to run twice.
            if (phase === 'plan' && state.approval)
                return { kind: 'free', phase: 'dev' };
            if (phase === 'plan' && next)
                return waiting(`approval pending: ${next}`);
            return next ? waiting(next) : { kind: 'in_progress', why: `${phase} finished; the next phase runs` };
        case 'pass':
            return waiting(next ?? 'a person reviews and merges the pull request');
        default:
            return next ? waiting(next) : { kind: 'in_progress', why: `${phase}: ${state.status}` };
    }
}
/**
 * Blocked, error and failed tests are failures; a human's stop, questions, an escalation hold and
 * anything still running are not; a finished phase or a merge is a success.
 */
function outcomeOf(state) {
    if (state.stopped)
        return 'neutral';
    if (state.merged)
        return 'success';
    if (state.escalation && !state.escalation.approvedBy)
        return 'neutral';
    if (state.status === 'blocked' || state.status === 'error' || state.status === 'tests_failed')
        return 'failure';
    if (state.status === 'complete' || state.status === 'pass')
        return 'success';
    return 'neutral';
}
/** The event of an item's state (undefined before any phase ran). */
function outcomeEvent(item, state) {
    const last = lastEntry(state);
    if (!last)
        return undefined;
    const note = state.nextAction ?? last.note ?? state.status;
    return { item, at: last.at, outcome: outcomeOf(state), note };
}
/**
 * The failures in a row, newest first: from the newest event back to the first success, ignoring
 * neutral ones and anything before `since` (when the last stop issue was closed: closing it lifts
 * the stop, so what failed before does not count again).
 */
function failuresInARow(events, since) {
    const sorted = [...events]
        .filter((e) => since === undefined || ms(e.at) > ms(since))
        .sort((a, b) => ms(b.at) - ms(a.at));
    const failures = [];
    for (const event of sorted) {
        if (event.outcome === 'success')
            break;
        if (event.outcome === 'failure')
            failures.push(event);
    }
    return failures;
}

;// CONCATENATED MODULE: ./src/phases/scan/claims.ts









const claims_has = (labels, name) => labels.some((l) => l.toLowerCase() === name.toLowerCase());
/**
 * Claims up to `count` ready items, in queue order. Each one is re-checked just before (its issue
 * and status comment read again: another run may have taken it since the scan's first read), a
 * docs item is mirrored to an issue the first time, and the claim is recorded in the item's state
 * with the `in-progress` label. Dispatching is the caller's.
 */
async function claimReady(job, backlog, ready, count, clock) {
    const claims = [];
    for (const entry of ready) {
        if (claims.length >= count)
            break;
        const claim = await claimOne(job, backlog, entry, clock);
        if (claim)
            claims.push(claim);
    }
    return claims;
}
async function claimOne(job, backlog, entry, clock) {
    const prefix = job.ctx.config.labels.prefix;
    const names = (0,labels/* LIFECYCLE */.VD)(prefix);
    const { item } = entry;
    const linked = backlog.issues.get(item.id);
    if (!linked) {
        if (item.source.kind !== 'docs')
            return undefined;
        const number = await claims_mirror(job, item, [names['opt-in'], names['in-progress']]);
        if (number === undefined)
            return { item, number, phase: entry.phase, mirrored: true };
        await recordClaim(job, (0,src_state/* newItemState */.rY)(number), entry.phase, clock);
        return { item, number, phase: entry.phase, mirrored: true };
    }
    const issue = await (0,issues/* readIssue */.O)(job.client, job.repo, linked.number);
    const skip = (why) => {
        log.info(`Not claiming ${item.id} (#${linked.number}): ${why}.`);
        return undefined;
    };
    if (issue.state !== 'open')
        return skip('its issue was closed since the scan began');
    if (claims_has(issue.labels, names.stop))
        return skip(`it carries ${names.stop}`);
    const read = issue.comments > 0 ? await readState(job, linked.number) : { kind: 'none' };
    if (read.kind === 'unreadable')
        return skip(`its status comment cannot be read: ${read.message}`);
    let state = read.kind === 'state' ? read.state : (0,src_state/* newItemState */.rY)(linked.number);
    if (staleClaim(state, clock))
        state = { ...state, claim: null };
    const hold = holdOf(state, clock);
    if (hold.kind !== 'free')
        return skip(`its status comment says ${hold.kind.replace('_', ' ')}`);
    await recordClaim(job, state, hold.phase, clock);
    await (0,item_job/* setLabel */.je)(job, linked.number, 'in-progress', issue.labels);
    return { item, number: linked.number, phase: hold.phase, mirrored: false };
}
/** Records the claim in the state (a timeline line says so too). */
async function recordClaim(job, state, phase, clock) {
    const now = new Date(clock.now);
    const claimed = (0,src_state/* noteEvent */.Rh)({ ...state, claim: { runUrl: job.runUrl, at: now.toISOString(), phase } }, `claimed by the scan for ${phase}`, job.runUrl, now);
    await (0,item_job/* saveState */.LZ)(job, claimed);
}
/** Opens the docs item's issue (a dry run prints it); its number, or undefined in a dry run. */
async function claims_mirror(job, item, labels) {
    const issue = (0,mirror/* mirrorIssue */.DX)(item, labels[0]);
    if (!job.writes) {
        log.info(`[dry-run] Would open an issue for the docs item ${item.id}:\n${issue.title}\n\n${issue.body}`);
        return undefined;
    }
    const made = await createIssue(job.client, job.repo, { ...issue, labels });
    log.info(`Mirrored the docs item ${item.id} to #${made.number}.`);
    return made.number;
}
/** Releases a claim whose run never started, with a note in the status comment. */
async function releaseClaim(job, number, state) {
    const claim = state.claim;
    const minutes = job.ctx.config.budgets['phase-timeout-minutes'];
    const released = (0,src_state/* noteEvent */.Rh)({ ...state, claim: null }, `claim for ${claim?.phase ?? 'a phase'} (${claim?.runUrl ?? 'unknown run'}) released: no run started within ${minutes} minutes`, job.runUrl);
    await (0,item_job/* saveState */.LZ)(job, released);
    log.info(`Released the stale claim on #${number}.`);
    return released;
}

;// CONCATENATED MODULE: ./src/phases/scan/done.ts

/**
 * What finished: the GitHub source lists open issues only, so its done items come from one page of
 * recently closed ones; a docs item is done in its file, and its closed mirror says when.
 */
/** A closed issue as a work item, for the dashboard's "recently done". */
function closedItem(issue) {
    return {
        id: `#${issue.number}`,
        title: issue.title,
        body: '',
        priority: model/* DEFAULT_PRIORITY */.PC,
        milestone: undefined,
        status: 'done',
        blockedBy: [],
        blocking: [],
        acceptanceCriteria: [],
        labels: [],
        source: { kind: 'github', number: issue.number },
        order: issue.number,
    };
}
/** Recently done, newest first. */
function doneItems(backlog, view, closed) {
    if (backlog.source === 'github') {
        const open = view.done.map((i) => i.id);
        return [...open, ...closed.filter((c) => c.reason !== 'not_planned').map(closedItem)];
    }
    const closedAt = (item) => backlog.issues.get(item.id)?.closedAt ?? '';
    return [...view.done].sort((a, b) => closedAt(b).localeCompare(closedAt(a))).map((i) => i.id);
}
/**
 * Successes the status comments of open items cannot show: issues closed as completed (GitHub),
 * and closed mirrors of items done in their files (docs). Each resets the failure count.
 */
function recentEvents(backlog, closed) {
    if (backlog.source === 'github')
        return closed
            .filter((c) => c.reason === 'completed' || c.reason === null)
            .map((c) => ({ item: `#${c.number}`, at: c.closedAt, outcome: 'success', note: 'closed' }));
    const events = [];
    for (const item of backlog.items) {
        const issue = backlog.issues.get(item.id);
        if (item.status === 'done' && issue?.closedAt)
            events.push({ item: `#${issue.number}`, at: issue.closedAt, outcome: 'success', note: 'done' });
    }
    return events;
}

;// CONCATENATED MODULE: ./src/phases/scan/meta.ts



/**
 * The two issues the scan keeps about the whole backlog: the dashboard, and the "orchestrator
 * stopped" issue of the early exit. Each is found by its marker among the issues the action
 * opened, created once, and edited only when its body changed.
 */
/** Marks the early-exit issue; while one is open, the scan dispatches nothing. */
const STOPPED_MARKER = '<!-- codex-orchestrator:stopped -->';
/** Every marker of the action's issues starts with this: one list finds them all. */
const OWN_MARKER_PREFIX = '<!-- codex-orchestrator:';
const DASHBOARD_TITLE = 'codex-orchestrator: backlog dashboard';
const STOPPED_TITLE = 'codex-orchestrator stopped: repeated failures';
function findMetaIssues(own) {
    const dashboard = own.find((i) => i.body.includes(DASHBOARD_MARKER));
    const stops = own.filter((i) => i.body.includes(STOPPED_MARKER));
    const stopped = stops.find((i) => i.state === 'open');
    const liftedAt = stops
        .map((i) => i.closedAt)
        .filter((at) => at !== null)
        .sort()
        .at(-1);
    return { dashboard, stopped, liftedAt };
}
/** Creates the issue, or edits it when the body differs; a dry run prints instead. */
async function upsertOwnIssue(job, existing, issue) {
    if (existing && existing.body === issue.body) {
        log.info(`The ${issue.what} #${existing.number} is up to date.`);
        return { number: existing.number, created: false, written: false };
    }
    if (!job.writes) {
        log.info(`[dry-run] Would ${existing ? `update the ${issue.what} #${existing.number}` : `open the ${issue.what}`}:\n${issue.body}`);
        return { number: existing?.number, created: !existing, written: false };
    }
    if (existing) {
        await updateIssueText(job.client, job.repo, existing.number, { body: issue.body });
        return { number: existing.number, created: false, written: true };
    }
    const made = await createIssue(job.client, job.repo, { title: issue.title, body: issue.body });
    log.info(`Opened the ${issue.what} #${made.number}.`);
    return { number: made.number, created: true, written: true };
}
/** The stop issue's body: the failed items and why, and how to lift the stop. */
function stoppedBody(failures, limit) {
    const oneLine = (text) => text.replace(/\s+/g, ' ').replace(/[<>]/g, '').slice(0, 300);
    return [
        STOPPED_MARKER,
        '## ⛔ codex-orchestrator stopped',
        `${failures.length} items in a row ended blocked or with an error (consecutive-failure-limit: ${limit}), so the nightly scan starts no new work:`,
        failures.map((f) => `- ${f.item} (${f.at}): ${oneLine(f.note)}`).join('\n'),
        'Look at these items and what made them fail (their status comments say), fix the cause, then **close this issue**: closing it lifts the stop, and the next scan starts work again.',
    ].join('\n\n');
}

// EXTERNAL MODULE: ./src/state/budget.ts
var budget = __webpack_require__(2864);
;// CONCATENATED MODULE: ./src/phases/scan/view.ts





const view_has = (labels, name) => labels.some((l) => l.toLowerCase() === name.toLowerCase());
/**
 * Folds the read states into holds. It also corrects each item's status where the status comment
 * knows better than the labels a GitHub item's status came from (a released claim leaves an
 * `in-progress` label behind; a merge is done whatever the labels say).
 */
function stateView(backlog, states, clock, config) {
    const prefix = config.labels.prefix;
    const stop = (0,labels/* LIFECYCLE */.VD)(prefix).stop;
    const holds = new Map();
    const usage = new Map();
    const events = [];
    const stale = [];
    for (const item of backlog.items) {
        const issue = backlog.issues.get(item.id);
        if (!issue)
            continue;
        if (issue.state === 'closed' && backlog.source === 'docs') {
            // A mirror closed without its file marked done: a person closed it; the item is not
            // mirrored a second time, and waits for the file (or the issue) to say what to do.
            holds.set(item.id, {
                kind: 'waiting',
                reason: `its issue #${issue.number} is closed: reopen it, or set the file's status`,
            });
            continue;
        }
        if (view_has(issue.labels, stop)) {
            holds.set(item.id, { kind: 'stopped', by: `the label ${stop}` });
            continue;
        }
        const read = states.get(item.id);
        if (!read || read.kind === 'none')
            continue;
        if (read.kind === 'unreadable') {
            holds.set(item.id, { kind: 'waiting', reason: `its status comment cannot be read: ${read.message}` });
            continue;
        }
        let state = read.state;
        if (staleClaim(state, clock)) {
            stale.push({ id: item.id, number: issue.number, state });
            state = { ...state, claim: null };
        }
        const hold = holdOf(state, clock);
        holds.set(item.id, hold);
        if (hold.kind === 'done')
            item.status = 'done';
        else if (hold.kind === 'free' && backlog.source === 'github')
            item.status = 'open';
        const tokens = state.usage.inputTokens + state.usage.outputTokens;
        if (tokens > 0)
            usage.set(item.id, { tokens, costUsd: (0,budget/* estimateCostUsd */.M)(state.usage, config.pricing) });
        const event = outcomeEvent(`#${issue.number}`, state);
        if (event)
            events.push(event);
    }
    const fromStates = {
        claimed: (item) => holds.get(item.id)?.kind === 'in_progress',
        stopped: (item) => holds.get(item.id)?.kind === 'stopped',
        waitingForHuman: (item) => {
            const hold = holds.get(item.id);
            return hold?.kind === 'waiting' ? hold.reason : undefined;
        },
        nextPhase: (item) => {
            const hold = holds.get(item.id);
            return hold?.kind === 'free' ? hold.phase : 'plan';
        },
    };
    return { holds, signals: combineSignals(fromStates, github_labelSignals(prefix)), usage, events, stale };
}

;// CONCATENATED MODULE: ./src/phases/scan/index.ts















/**
 * This version has no retrospective phase yet: the early exit still dispatches `retro` (the run
 * says it is unavailable), and the scan's result says so. Set to true when src/phases/retro lands.
 */
const RETRO_AVAILABLE = false;
/** Closed issues shown under "recently done" (one page of the list). */
const RECENTLY_DONE = 10;
/**
 * The nightly backlog scan (DESIGN §6), no model call: reads the backlog and what the status
 * comments say, claims the next ready item(s) and dispatches their phase (serial by default, a
 * `matrix` for fan-out when max-parallel > 1), and keeps the dashboard issue current. It stops
 * itself after repeated failures, and `codex:stop` on the dashboard stops it outright.
 */
const scanPhase = async (ctx) => {
    const job = await (0,item_job/* openItemJob */.p4)(ctx);
    const gate = await (0,item_job/* gateTrigger */.yL)(job);
    if (!gate.allowed)
        return { status: 'skipped', reason: gate.reason };
    const prefix = ctx.config.labels.prefix;
    const names = (0,labels/* LIFECYCLE */.VD)(prefix);
    const own = await listOwnMarkedIssues(job.client, job.repo, job.identity, OWN_MARKER_PREFIX);
    const meta = findMetaIssues(own);
    if (meta.dashboard?.labels.some((l) => l.toLowerCase() === names.stop.toLowerCase())) {
        return {
            status: 'skipped',
            reason: `STOP: the dashboard #${meta.dashboard.number} carries ${names.stop}; nothing is dispatched or written until it is removed.`,
        };
    }
    const backlog = await loadScanBacklog(job, own);
    for (const warning of backlog.warnings)
        log.warning(warning);
    const clock = {
        now: Date.now(),
        timeoutMs: ctx.config.budgets['phase-timeout-minutes'] * 60_000,
    };
    const states = backlog.failFast ? new Map() : await readStates(job, backlog);
    const sv = stateView(backlog, states, clock, ctx.config);
    const closed = backlog.source === 'github' && !backlog.failFast
        ? await listRecentlyClosed(job.client, job.repo, prefix, RECENTLY_DONE)
        : [];
    const view = queue_computeQueue(backlog.dag, backlog.milestones, sv.signals);
    const queue = queueOutput(view);
    const dashboard = (v, stoppedIssue) => writeDashboard(job, meta, backlog, v, sv, closed, stoppedIssue);
    if (backlog.failFast) {
        await dashboard(view);
        const problems = problems_sortProblems(backlog.problems);
        const list = problems.slice(0, 20).map((p) => `- ${problems_describeProblem(p)}`);
        return {
            status: 'blocked',
            reason: `The docs backlog has ${problems.length} problem(s); nothing is dispatched until they are fixed (see the dashboard).`,
            queue,
            summary: ['#### Backlog problems', ...list].join('\n'),
        };
    }
    for (const s of sv.stale)
        if (job.writes)
            await releaseClaim(job, s.number, s.state);
    const limit = ctx.config['consecutive-failure-limit'];
    const failures = failuresInARow([...sv.events, ...recentEvents(backlog, closed)], meta.liftedAt);
    if (meta.stopped || failures.length >= limit) {
        return earlyExit(job, meta, failures, limit, (n) => dashboard(view, n), queue);
    }
    const maxParallel = ctx.config['max-parallel'];
    const slots = Math.max(0, maxParallel - view.inProgress.length);
    const count = Math.min(slots, ctx.config['max-items-per-run'], view.ready.length);
    const claims = count > 0 ? await claimReady(job, backlog, view.ready, count, clock) : [];
    const after = claims.length > 0 ? queue_computeQueue(backlog.dag, backlog.milestones, withClaims(sv, claims)) : view;
    await dashboard(after);
    const matrix = maxParallel > 1
        ? {
            include: job.writes
                ? claims.flatMap((c) => (c.number ? [{ item: c.number, phase: c.phase }] : []))
                : [],
        }
        : undefined;
    if (maxParallel > 1 && !job.writes)
        log.info(`[dry-run] Would output the matrix ${JSON.stringify({ include: claims.map((c) => ({ item: c.number ?? c.item.id, phase: c.phase })) })}.`);
    const lines = [];
    if (maxParallel === 1) {
        for (const c of claims) {
            if (c.number === undefined) {
                lines.push(`${c.item.id}: would be mirrored to an issue and ${c.phase} dispatched (dry run).`);
                continue;
            }
            const dispatched = await (0,item_job/* chain */.cy)(job, c.phase, c.number);
            lines.push(dispatched.dispatched
                ? `#${c.number}: ${c.phase} dispatched.`
                : `#${c.number}: ${c.phase} not dispatched: ${dispatched.reason}`);
        }
    }
    else {
        for (const c of claims)
            lines.push(`#${c.number ?? c.item.id}: claimed for ${c.phase} (matrix).`);
    }
    const first = claims[0];
    const summary = scanSummary(backlog, view, lines);
    if (!first) {
        const why = view.ready.length === 0
            ? 'Nothing is ready.'
            : slots === 0
                ? `${view.inProgress.map((i) => i.id).join(', ')} in progress (max-parallel ${maxParallel}): nothing new starts.`
                : 'No ready item could be claimed (see the log).';
        return { status: 'skipped', reason: why, queue, ...(matrix ? { matrix } : {}), summary };
    }
    return {
        status: 'complete',
        reason: `Claimed ${claims.map((c) => `${c.number ? `#${c.number}` : c.item.id} (${c.phase})`).join(', ')}. ${lines.join(' ')}`.trim(),
        item: first.number,
        nextPhase: maxParallel === 1 ? first.phase : undefined,
        queue,
        ...(matrix ? { matrix } : {}),
        summary,
    };
};
/** The signals with this scan's claims added, for the dashboard written after them. */
function withClaims(sv, claims) {
    const ids = new Set(claims.map((c) => c.item.id));
    return {
        ...sv.signals,
        claimed: (item) => ids.has(item.id) || sv.signals.claimed(item),
    };
}
async function writeDashboard(job, meta, backlog, view, sv, closed, stoppedIssue) {
    const body = renderDashboard({
        dag: backlog.dag,
        view,
        problems: backlog.failFast ? backlog.problems : [],
        usage: sv.usage,
        recentlyDone: doneItems(backlog, view, closed),
        stoppedIssue,
    });
    if (!body.includes(DASHBOARD_MARKER))
        throw new Error('The dashboard body lacks its marker.');
    await upsertOwnIssue(job, meta.dashboard, { title: DASHBOARD_TITLE, body, what: 'dashboard' });
}
/** Repeated failures: no dispatch, one stop issue naming them, the retrospective once. */
async function earlyExit(job, meta, failures, limit, dashboard, queue) {
    if (meta.stopped && failures.length < limit) {
        await dashboard(meta.stopped.number);
        return {
            status: 'skipped',
            reason: `Stopped after repeated failures: see #${meta.stopped.number}; closing it lifts the stop.`,
            queue,
        };
    }
    const written = await upsertOwnIssue(job, meta.stopped, {
        title: STOPPED_TITLE,
        body: stoppedBody(failures, limit),
        what: 'stop issue',
    });
    await dashboard(written.number);
    const named = failures.map((f) => f.item).join(', ');
    if (!written.created) {
        return {
            status: 'skipped',
            reason: `Stopped after repeated failures (${named}): see #${written.number}; closing it lifts the stop.`,
            queue,
        };
    }
    let retro;
    try {
        const dispatched = await (0,item_job/* chain */.cy)(job, 'retro', written.number ?? 0);
        retro = dispatched.dispatched
            ? 'The retrospective (retro) was dispatched'
            : `Retro was not dispatched: ${dispatched.reason}`;
    }
    catch (error) {
        retro = `Retro could not be dispatched: ${(0,errors/* errorMessage */.g)(error)}`;
    }
    if (!RETRO_AVAILABLE)
        retro += '; this version has no retro phase yet, so that run reports it unavailable';
    return {
        status: 'blocked',
        reason: `${failures.length} items in a row ended blocked or with an error (${named}): the scan stopped and opened ${written.number ? `#${written.number}` : 'a stop issue (dry run)'}. ${retro}.`,
        queue,
    };
}
function scanSummary(backlog, view, lines) {
    const counts = `${view.ready.length} ready · ${view.inProgress.length} in progress · ${view.blocked.length} blocked · ${view.waiting.length} waiting for a human · ${view.done.length} done`;
    return [
        `**Backlog** (${backlog.source}): ${backlog.items.length} items — ${counts}`,
        ...(lines.length > 0 ? ['', ...lines.map((l) => `- ${l}`)] : []),
    ].join('\n');
}


/***/ })

};
