export const id = 129;
export const ids = [129];
export const modules = {

/***/ 8111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ buildDag)
/* harmony export */ });
/* unused harmony export findCycles */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4730);

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
                m.set(k, [...new Set(v)].sort(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .compareIds */ .q3));
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
        const ordered = [...component].sort(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .compareIds */ .q3);
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
    return cycles.sort((a, b) => (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .compareIds */ .q3)(a[0], b[0]) || a.length - b.length);
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


/***/ }),

/***/ 4307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UM: () => (/* binding */ DASHBOARD_MARKER),
  pF: () => (/* binding */ renderDashboard)
});

// UNUSED EXPORTS: DASHBOARD_MAX_CHARS

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/state/budget.ts
var budget = __webpack_require__(2864);
// EXTERNAL MODULE: ./src/backlog/model.ts
var model = __webpack_require__(4730);
// EXTERNAL MODULE: ./src/backlog/queue.ts
var queue = __webpack_require__(3176);
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
function renderMermaid(dag, view, options = {}) {
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
        for (const b of (0,queue/* blockersOf */.be)(dag, id))
            if (b.external && !(0,model/* isResolved */.ZY)(b.status))
                outside.add(b.id);
    return [...levelZero, ...next, ...outside];
}

// EXTERNAL MODULE: ./src/backlog/problems.ts
var problems = __webpack_require__(2771);
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
/** How an item is named: `#12`, or its docs id as code (`cell`: inside a table row). */
function ref(item, cell = false) {
    if (item.source.kind === 'github')
        return `#${item.source.number}`;
    return (0,markdown/* inlineCode */.ti)(item.id, { max: 100, cell });
}
const where = (item) => (item.source.kind === 'docs' ? ` (${dashboard_text(item.source.file, 200)})` : '');
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
        const rows = (0,problems/* sortProblems */.dS)(input.problems).map((p) => `- ${dashboard_text((0,problems/* describeProblem */.BJ)(p), 400)}`);
        parts.push('## Problems', [...rows.slice(0, limits.rows), ...more(rows.length, limits.rows)].join('\n'));
    }
    parts.push('## Ready queue');
    parts.push(view.ready.length === 0
        ? '_Nothing is ready._'
        : [
            '| # | item | priority | milestone | next phase |',
            '|---|---|---|---|---|',
            ...tableRows(view.ready, limits.rows, 5, (e, i) => `| ${i + 1} | ${ref(e.item, true)} ${dashboard_text(e.item.title)}${where(e.item)} | ${e.item.priority} | ${dashboard_text(e.item.milestone ?? '—', 60)} | ${e.phase} |`),
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
                    return `${item ? ref(item) : dashboard_text(x.id, 40)} (${(0,queue/* blockerStatus */.pL)(x)})`;
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
        const total = usage.reduce((t, [, u]) => ({
            tokens: t.tokens + u.tokens,
            costUsd: t.costUsd + u.costUsd,
            unpricedTokens: t.unpricedTokens + (u.unpricedTokens ?? 0),
        }), { tokens: 0, costUsd: 0, unpricedTokens: 0 });
        parts.push('## Tokens and cost', [
            '| item | tokens | est. cost |',
            '|---|---:|---:|',
            ...tableRows(usage, limits.rows, 3, ([id, u]) => {
                const item = dag.items.get(id);
                return `| ${ref(item, true)} ${dashboard_text(item.title, 60)} | ${u.tokens.toLocaleString('en-US')} | ${(0,budget/* costCell */.ch)(u.costUsd, u.unpricedTokens)} |`;
            }),
            `| **total** | **${total.tokens.toLocaleString('en-US')}** | **${(0,budget/* costCell */.ch)(total.costUsd, total.unpricedTokens)}** |`,
        ].join('\n'));
    }
    if (limits.nodes > 0 && dag.items.size > 0) {
        const chart = renderMermaid(dag, view, { maxNodes: limits.nodes });
        parts.push('## Dependency graph', ...(chart.note ? [`_${chart.note}_`] : []), `\`\`\`mermaid\n${chart.text}\n\`\`\``);
    }
    else if (dag.items.size > 0) {
        parts.push('## Dependency graph', '_Left out: the backlog is too large to draw here._');
    }
    return parts.join('\n\n');
}


/***/ }),

/***/ 7496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hk: () => (/* binding */ loadDocsBacklog)
/* harmony export */ });
/* unused harmony exports findDocsFiles, readFiles, rankMilestones, parseDocsBacklog */
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3382);
/* harmony import */ var _dag_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8111);
/* harmony import */ var _docs_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94);
/* harmony import */ var _docs_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5153);




/** Files read at once: enough to keep the disk busy, well under the usual 1,024 open files. */
const READ_CONCURRENCY = 64;
/**
 * The paths the globs match under `dir`. A glob that could leave the repository (`..`, an absolute
 * path) is refused before anything is listed; the config refuses it first, this keeps every caller
 * to the same rule.
 */
async function findDocsFiles(dir, globs) {
    for (const key of ['issues', 'milestones']) {
        const why = (0,_docs_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .globLeavesRepository */ .xR)(globs[key]);
        if (why)
            throw new Error(`backlog.docs.${key} '${globs[key]}' ${why}: the docs globs are relative to the repository root and may not leave it. Write a path inside the repository, such as docs/projects/**/${key}/*.md.`);
    }
    const options = { cwd: dir, onlyFiles: true, expandDirectories: false };
    const [issues, milestones] = await Promise.all([
        (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)(globs.issues, options),
        (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)(globs.milestones, options),
    ]);
    const all = [...new Set([...issues, ...milestones])];
    const outside = await (0,_docs_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .foldersOutside */ .lA)(dir, all.filter((p) => !(0,_docs_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .pathLeavesRepository */ .a5)(p)));
    for (const p of all)
        if ((0,_docs_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .pathLeavesRepository */ .a5)(p))
            outside.add(p);
    const milestoneSet = new Set(milestones);
    // A file matched by both globs is a milestone: the default globs never overlap, a custom pair might.
    return {
        issues: issues.filter((p) => !milestoneSet.has(p) && !outside.has(p)).sort(),
        milestones: milestones.filter((p) => !outside.has(p)).sort(),
        outside: [...outside].sort(),
    };
}
/**
 * Reads files relative to `dir`, a bounded number at a time, keeping their order; a file that is a
 * link leading outside the repository is not read but listed in `outside`.
 */
async function readFiles(dir, paths) {
    const read = new Array(paths.length);
    let next = 0;
    const worker = async () => {
        while (next < paths.length) {
            const i = next++;
            read[i] = await (0,_docs_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .readInside */ .xO)(dir, paths[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, worker));
    const files = [];
    const outside = [];
    read.forEach((r, i) => {
        const path = paths[i];
        if (r.kind === 'text')
            files.push({ path, text: r.text });
        else
            outside.push(path);
    });
    return { files, outside };
}
/** Finds, reads and checks the docs backlog under `dir` (the repository's root). */
async function loadDocsBacklog(dir, globs) {
    const found = await findDocsFiles(dir, globs);
    const [issues, milestones] = await Promise.all([
        readFiles(dir, found.issues),
        readFiles(dir, found.milestones),
    ]);
    const backlog = parseDocsBacklog(issues.files, milestones.files);
    for (const file of [...found.outside, ...issues.outside, ...milestones.outside])
        backlog.problems.push({ kind: 'outside', file, line: 1 });
    return backlog;
}
/**
 * Milestone order: by the files' `order` (a number, lowest first), then `due` (a date, earliest
 * first), then path; a milestone without `order` comes after those with one. Items without a
 * milestone come after every milestone.
 */
function rankMilestones(files) {
    const problems = [];
    const parsed = files.flatMap((f) => {
        const result = (0,_docs_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMilestoneFile */ .QX)(f.path, f.text);
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
    const parsed = issueFiles.map((f) => (0,_docs_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIssueFile */ .TP)(f.path, f.text));
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
    const dag = (0,_dag_js__WEBPACK_IMPORTED_MODULE_0__/* .buildDag */ .z)(items);
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


/***/ }),

/***/ 3176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ combineSignals),
/* harmony export */   R6: () => (/* binding */ computeQueue),
/* harmony export */   be: () => (/* binding */ blockersOf),
/* harmony export */   pL: () => (/* binding */ blockerStatus)
/* harmony export */ });
/* unused harmony exports NO_SIGNALS, signalsFrom, itemOrder */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4730);

/** Nothing claimed, stopped or waiting: what a backlog looks like to a first scan. */
const NO_SIGNALS = {
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
    const priority = (i) => _model_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITIES */ .BE.indexOf(i.priority);
    const milestone = (i) => (i.milestone === undefined ? inf : (rank.get(i.milestone) ?? inf));
    return (a, b) => priority(a) - priority(b) ||
        milestone(a) - milestone(b) ||
        (a.order ?? inf) - (b.order ?? inf) ||
        (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .compareIds */ .q3)(a.id, b.id);
}
/** Sorts every item into one state and orders each list (see {@link itemOrder}). */
function computeQueue(dag, milestones, signals = NO_SIGNALS) {
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
    const unknown = unknownBlockers(dag);
    for (const item of items) {
        const state = stateOf(item, dag, signals, unknown.get(item.id) ?? []);
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
/** A blocker's status for people: `in progress`, or `unknown` for one that names nothing known. */
const blockerStatus = (b) => (b.unknown ? 'unknown' : b.status.replace('_', ' '));
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
/**
 * What each item waits for that names nothing known. Such a dependency is never done, so the item
 * is never ready: starting it would ignore what its author wrote it waits for.
 */
function unknownBlockers(dag) {
    const byItem = new Map();
    for (const ref of dag.unknown) {
        if (ref.field !== 'blocked_by')
            continue;
        const list = byItem.get(ref.from) ?? [];
        if (!list.some((b) => b.id === ref.id))
            list.push({ id: ref.id, title: ref.id, status: 'open', external: true, unknown: true });
        byItem.set(ref.from, list);
    }
    return byItem;
}
function stateOf(item, dag, signals, unknown) {
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isResolved */ .ZY)(item.status))
        return { state: 'done' };
    if (signals.stopped(item))
        return { state: 'stopped' };
    const waiting = signals.waitingForHuman(item);
    if (waiting !== undefined)
        return { state: 'waiting', reason: waiting };
    if (signals.claimed(item) || item.status === 'in_progress' || item.status === 'in_review')
        return { state: 'in_progress' };
    const open = [...blockersOf(dag, item.id).filter((b) => !(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isResolved */ .ZY)(b.status)), ...unknown];
    if (open.length > 0) {
        const reason = `waiting for ${open.map((b) => `${b.id} (${blockerStatus(b)})`).join(', ')}`;
        return { state: 'blocked', blockers: open, reason };
    }
    if (item.status === 'blocked')
        return { state: 'blocked', blockers: [], reason: 'marked blocked' };
    return { state: 'ready' };
}


/***/ }),

/***/ 8370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ backlogReads)
});

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/github/marked-issues.ts
var marked_issues = __webpack_require__(7696);
;// CONCATENATED MODULE: ./src/github/backlog-query.ts

const FIELDS_PER_QUERY = 100;
const PAGE = 100;
/** Runs the follow-ups (and the riders, on the first request); no request when there is nothing to ask. */
async function followUpQuery(client, repo, request, riders = {}) {
    const clean = (numbers) => [...new Set(numbers)].filter((n) => Number.isSafeInteger(n) && n > 0);
    // Numbers are integers checked here, so writing them into the document is safe.
    const fields = [
        ...clean(request.states).map((n) => `s${n}: issueOrPullRequest(number: ${n}) { __typename ... on Issue { number title issueState: state } ... on PullRequest { number title pullState: state } }`),
        ...clean(request.subIssuesOf).map((n) => `u${n}: issue(number: ${n}) { subIssues(first: ${PAGE}) { totalCount nodes { number title state } } }`),
        ...clean(request.labelEventsOf).map((n) => `l${n}: issue(number: ${n}) { timelineItems(itemTypes: [LABELED_EVENT], last: ${PAGE}) { nodes { ... on LabeledEvent { createdAt label { name } actor { __typename login } } } } }`),
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
            parts.push((0,marked_issues/* ownConnection */.B$)(false));
            variables.creator = riders.own.login;
            declared.push('$creator: String!');
        }
        if (first && riders.closed) {
            parts.push(`closed: issues(first: ${Math.min(Math.max(riders.closed.count, 1), PAGE)}, labels: [$label], states: [CLOSED], orderBy: { field: UPDATED_AT, direction: DESC }) { nodes { number title closedAt stateReason } }`);
            variables.label = riders.closed.label;
            declared.push('$label: String!');
        }
        const query = `query BacklogFollowUps(${declared.join(', ')}) {\n  repository(owner: $owner, name: $name) {\n    ${parts.join('\n    ')}\n  }\n}`;
        const answer = await (0,marked_issues/* graphqlPartial */.tv)(client, query, variables);
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
                const events = value.timelineItems.nodes.flatMap((e) => e ? [{ label: e.label.name, actor: (0,marked_issues/* restLogin */.QN)(e.actor), at: e.createdAt }] : []);
                result.labelEvents.set(number, events);
            }
        }
        if (first && riders.own) {
            result.riders.own = (0,marked_issues/* ownPage */.SO)(answer.repository?.own);
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

// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
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
        ...(0,issues/* issueBasics */.R7)(i),
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

/***/ 7696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ updateIssueText),
/* harmony export */   B$: () => (/* binding */ ownConnection),
/* harmony export */   Ko: () => (/* binding */ createIssue),
/* harmony export */   QN: () => (/* binding */ restLogin),
/* harmony export */   SO: () => (/* binding */ ownPage),
/* harmony export */   hR: () => (/* binding */ ownMarkedIssues),
/* harmony export */   tv: () => (/* binding */ graphqlPartial)
/* harmony export */ });
/* unused harmony export listOwnMarkedIssues */
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7369);
/* harmony import */ var _issues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5039);


const own = (i) => ({
    ...(0,_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .issueBasics */ .R7)(i),
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
        .filter((i) => !i.pull_request && (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .isIdentity */ .Lk)(i.user, identity) && (i.body ?? '').startsWith(marker))
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
        .filter((i) => (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .isIdentity */ .Lk)(i.author, identity) && i.body.startsWith(marker))
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


/***/ }),

/***/ 9853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ labelSignals),
/* harmony export */   TT: () => (/* binding */ loadGitHubBacklog)
/* harmony export */ });
/* unused harmony exports issueId, parseBlockerRefs, priorityFromLabels, isOptedIn, statusFromIssue, issueToItem, rankGitHubMilestones */
/* harmony import */ var _backlog_dag_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8111);
/* harmony import */ var _backlog_docs_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94);
/* harmony import */ var _backlog_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4730);
/* harmony import */ var _github_permissions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5435);




/**
 * The GitHub source (DESIGN §6): open issues with the opt-in label. An issue waits for the issues
 * GitHub records as blocking it, for its open sub-issues, and for every `#n` on a "Blocked by" or
 * "Depends on" line of its body. A closed blocker does not block.
 *
 * The label alone does not let an issue in: anyone can open an issue, and an issue form can label
 * it `codex` by itself. An issue opened by someone without write access is in the backlog only when
 * a person with write access applied the opt-in label (the last time it was applied).
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
    let best = _backlog_model_js__WEBPACK_IMPORTED_MODULE_2__/* .PRIORITIES */ .BE.indexOf(_backlog_model_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_PRIORITY */ .PC);
    let found = false;
    for (const label of labels) {
        const text = label.trim().toLowerCase();
        const p = /^p([0-3])$/.exec(text)?.[1];
        const named = /^priority[ \t]*:[ \t]*(critical|high|medium|low)$/.exec(text)?.[1];
        const rank = p !== undefined ? Number(p) : named ? _backlog_model_js__WEBPACK_IMPORTED_MODULE_2__/* .PRIORITIES */ .BE.indexOf(named) : -1;
        if (rank < 0)
            continue;
        best = found ? Math.min(best, rank) : rank;
        found = true;
    }
    return _backlog_model_js__WEBPACK_IMPORTED_MODULE_2__/* .PRIORITIES */ .BE[best];
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
        acceptanceCriteria: (0,_backlog_docs_file_js__WEBPACK_IMPORTED_MODULE_1__/* .acceptanceCriteria */ .Dc)(issue.body),
        labels: issue.labels,
        source: { kind: 'github', number: issue.number, url: issue.htmlUrl },
        order: issue.number,
        createdAt: issue.createdAt,
        updatedAt: issue.updatedAt,
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
function labelSignals(prefix) {
    return {
        claimed: () => false,
        stopped: (item) => has(item.labels, `${prefix}:stop`),
        waitingForHuman: (item) => has(item.labels, `${prefix}:needs-clarification`) ? 'questions open (needs clarification)' : undefined,
    };
}
/**
 * Author associations that can come with write access (a member or collaborator may have read
 * access only, so they are asked about); anyone else (a contributor, a first-timer, nobody) has
 * none, which saves asking.
 */
const WRITER_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
/** Whether the account may put work in the backlog: the action itself, or a user with write access. */
async function isWriter(reads, options, user, association) {
    if (!user)
        return false;
    if (options.trusted?.(user))
        return true;
    if (user.type !== 'User')
        return false;
    // The owner of a personal repository is its admin; an organization's repository has no OWNER.
    if (association?.toUpperCase() === 'OWNER')
        return true;
    if (association !== undefined && !WRITER_ASSOCIATIONS.has(association.toUpperCase()))
        return false;
    return _github_permissions_js__WEBPACK_IMPORTED_MODULE_3__/* .WRITE_ROLES */ .Eu.includes(await reads.role(user.login));
}
/** Who applied the label last (events oldest first), or undefined when no event says. */
function lastLabelledBy(events, label) {
    const applied = events.filter((e) => e.label.toLowerCase() === label.toLowerCase());
    return applied.at(-1)?.actor;
}
/** Reads the backlog with the given operations and builds its DAG. */
async function loadGitHubBacklog(uncached, options) {
    const labelled = (await uncached.listOpenIssues(options.prefix)).filter((i) => isOptedIn(i.labels, options.prefix));
    // One question per login, however many issues it opened or labelled.
    const roles = new Map();
    const role = (login) => {
        const key = login.toLowerCase();
        if (!roles.has(key))
            roles.set(key, uncached.role(login));
        return roles.get(key);
    };
    const reads = { ...uncached, role };
    const byWriter = new Set();
    for (const issue of labelled)
        if (await isWriter(reads, options, issue.author, issue.authorAssociation))
            byWriter.add(issue.number);
    const known = new Map();
    const blockedBy = new Map();
    for (const issue of labelled)
        if ((issue.blockedByCount ?? 0) > 0)
            blockedBy.set(issue.number, await reads.blockedBy(issue.number));
    for (const blockers of blockedBy.values())
        for (const b of blockers)
            known.set(issueId(b.number), b);
    const listedIds = new Set(labelled.map((i) => issueId(i.number)));
    // Numbers written in bodies that neither the list nor a dependency read carried.
    const outside = new Set();
    for (const issue of labelled)
        for (const n of parseBlockerRefs(issue.body))
            if (!listedIds.has(issueId(n)) && !known.has(issueId(n)))
                outside.add(n);
    const request = {
        states: [...outside],
        // A parent waits for its open sub-issues; closed ones are done and would not block anyway.
        subIssuesOf: labelled.filter((i) => (i.openSubIssues ?? 0) > 0).map((i) => i.number),
        labelEventsOf: labelled.filter((i) => !byWriter.has(i.number)).map((i) => i.number),
    };
    const asked = request.states.length + request.subIssuesOf.length + request.labelEventsOf.length;
    const follow = asked > 0
        ? await reads.followUps(request)
        : {
            states: new Map(),
            subIssues: new Map(),
            labelEvents: new Map(),
        };
    const listed = [];
    const leftOut = [];
    for (const issue of labelled) {
        const by = lastLabelledBy(follow.labelEvents.get(issue.number) ?? [], options.prefix);
        // The author labelling their own issue (an issue form does) is no one new to ask about.
        const byAuthor = by?.login.toLowerCase() === issue.author?.login.toLowerCase();
        if (byWriter.has(issue.number) || (!byAuthor && (await isWriter(reads, options, by))))
            listed.push(issue);
        else
            leftOut.push(issue);
    }
    // An issue left out is still an open issue another one may wait for.
    for (const issue of leftOut)
        known.set(issueId(issue.number), issue);
    for (const [n, issue] of follow.states)
        if (!known.has(issueId(n)))
            known.set(issueId(n), issue);
    const items = listed.map((i) => issueToItem(i, options.prefix));
    const inBacklog = new Set(items.map((i) => i.id));
    for (const [index, issue] of listed.entries()) {
        const item = items[index];
        const add = (blockers) => {
            for (const b of blockers) {
                const id = issueId(b.number);
                known.set(id, b);
                if (id !== item.id && !item.blockedBy.includes(id))
                    item.blockedBy.push(id);
            }
        };
        add(blockedBy.get(issue.number) ?? []);
        add((follow.subIssues.get(issue.number) ?? []).filter((s) => s.state === 'open'));
    }
    const external = new Map();
    for (const [id, issue] of known) {
        if (inBacklog.has(id))
            continue;
        external.set(id, { id, title: issue.title, status: issue.state === 'closed' ? 'done' : 'open' });
    }
    const dag = (0,_backlog_dag_js__WEBPACK_IMPORTED_MODULE_0__/* .buildDag */ .z)(items, external);
    const problems = dag.cycles.map((path) => ({ kind: 'cycle', path, files: [] }));
    const warnings = dag.unknown.map((u) => `${u.from} names ${u.id} as a blocker, but there is no such issue: it waits until that is fixed.`);
    if (leftOut.length > 0)
        warnings.push(leftOutWarning(leftOut, options.prefix));
    return { items, listed, milestones: rankGitHubMilestones(listed), dag, problems, warnings };
}
/** One line for every issue left out: who may let it in. */
function leftOutWarning(leftOut, label) {
    const shown = leftOut
        .slice(0, 20)
        .map((i) => `#${i.number}`)
        .join(', ');
    const more = leftOut.length > 20 ? ` and ${leftOut.length - 20} more` : '';
    return `Not in the backlog: ${shown}${more} carry '${label}', but were opened by someone without write access and nobody with write access applied the label. A person with write access lets one in by applying '${label}' (remove it and add it again).`;
}


/***/ })

};
