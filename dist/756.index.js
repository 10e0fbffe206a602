export const id = 756;
export const ids = [756];
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

/***/ 6911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UM: () => (/* binding */ DASHBOARD_MARKER),
/* harmony export */   pF: () => (/* binding */ renderDashboard)
/* harmony export */ });
/* unused harmony export DASHBOARD_MAX_CHARS */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
/* harmony import */ var _mermaid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1896);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2771);



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
function text(value, max = 120) {
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(value.replace(/\s+/g, ' ').trim(), max).replace(/[\\`*_[\]()!|~]/g, '\\$&');
}
function ref(item) {
    if (item.source.kind === 'github')
        return `#${item.source.number}`;
    return `\`${item.id.replace(/`/g, "'")}\``;
}
const where = (item) => (item.source.kind === 'docs' ? ` (${text(item.source.file, 200)})` : '');
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
        human.push(`- [ ] ${ref(w.item)} ${text(w.item.title)}: ${text(w.reason, 200)}`);
    for (const b of view.blocked.filter((x) => x.blockers.length === 0))
        human.push(`- [ ] ${ref(b.item)} ${text(b.item.title)}: blocked; see its status comment`);
    if (input.problems.length > 0)
        human.push(`- [ ] Fix the ${input.problems.length} backlog problem(s) below: nothing is dispatched until then.`);
    parts.push('## Human actions required', human.length > 0
        ? [...human.slice(0, limits.rows), ...more(human.length, limits.rows)].join('\n')
        : '_None._');
    if (input.problems.length > 0) {
        const rows = (0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .sortProblems */ .dS)(input.problems).map((p) => `- ${text((0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .describeProblem */ .BJ)(p), 400)}`);
        parts.push('## Problems', [...rows.slice(0, limits.rows), ...more(rows.length, limits.rows)].join('\n'));
    }
    parts.push('## Ready queue');
    parts.push(view.ready.length === 0
        ? '_Nothing is ready._'
        : [
            '| # | item | priority | milestone | next phase |',
            '|---|---|---|---|---|',
            ...tableRows(view.ready, limits.rows, 5, (e, i) => `| ${i + 1} | ${ref(e.item)} ${text(e.item.title)}${where(e.item)} | ${e.item.priority} | ${text(e.item.milestone ?? '—', 60)} | ${e.phase} |`),
        ].join('\n'));
    parts.push('## In progress');
    parts.push(view.inProgress.length === 0
        ? '_Nothing is in progress._'
        : [
            ...view.inProgress.slice(0, limits.rows).map((i) => `- ${ref(i)} ${text(i.title)}`),
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
                    return `${item ? ref(item) : text(x.id, 40)} (${x.status.replace('_', ' ')})`;
                });
                const extra = b.blockers.length > 10 ? ` and ${b.blockers.length - 10} more` : '';
                return `- ${ref(b.item)} ${text(b.item.title)}: waiting for ${by.join(', ')}${extra}`;
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
            ...done.slice(0, recent).map((i) => `- ${ref(i)} ${text(i.title)}`),
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
                return `| ${ref(item)} ${text(item.title, 60)} | ${u.tokens.toLocaleString('en-US')} | $${u.costUsd.toFixed(2)} |`;
            }),
            `| **total** | **${total.tokens.toLocaleString('en-US')}** | **$${total.costUsd.toFixed(2)}** |`,
        ].join('\n'));
    }
    if (limits.nodes > 0 && dag.items.size > 0) {
        const chart = (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMermaid */ .m)(dag, view, { maxNodes: limits.nodes });
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3382);
/* harmony import */ var _dag_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8111);
/* harmony import */ var _docs_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94);





/** Files read at once: enough to keep the disk busy, well under the usual 1,024 open files. */
const READ_CONCURRENCY = 64;
/** The paths the globs match, sorted so that every run sees the files in the same order. */
async function findDocsFiles(dir, globs) {
    const options = { cwd: dir, onlyFiles: true, expandDirectories: false };
    const [issues, milestones] = await Promise.all([
        (0,tinyglobby__WEBPACK_IMPORTED_MODULE_4__/* .glob */ .TI)(globs.issues, options),
        (0,tinyglobby__WEBPACK_IMPORTED_MODULE_4__/* .glob */ .TI)(globs.milestones, options),
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
            files[i] = { path, text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, path), 'utf8') };
        }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, worker));
    return files;
}
/** Finds, reads and checks the docs backlog under `dir` (the repository's root). */
async function loadDocsBacklog(dir, globs) {
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
        const result = (0,_docs_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMilestoneFile */ .QX)(f.path, f.text);
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
    const parsed = issueFiles.map((f) => (0,_docs_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseIssueFile */ .TP)(f.path, f.text));
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
    const dag = (0,_dag_js__WEBPACK_IMPORTED_MODULE_2__/* .buildDag */ .z)(items);
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

/***/ 1932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ labelSignals),
/* harmony export */   TT: () => (/* binding */ loadGitHubBacklog)
/* harmony export */ });
/* unused harmony exports issueId, parseBlockerRefs, priorityFromLabels, isOptedIn, statusFromIssue, issueToItem, rankGitHubMilestones */
/* harmony import */ var _dag_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8111);
/* harmony import */ var _docs_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4730);



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
    let best = _model_js__WEBPACK_IMPORTED_MODULE_2__/* .PRIORITIES */ .BE.indexOf(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_PRIORITY */ .PC);
    let found = false;
    for (const label of labels) {
        const text = label.trim().toLowerCase();
        const p = /^p([0-3])$/.exec(text)?.[1];
        const named = /^priority[ \t]*:[ \t]*(critical|high|medium|low)$/.exec(text)?.[1];
        const rank = p !== undefined ? Number(p) : named ? _model_js__WEBPACK_IMPORTED_MODULE_2__/* .PRIORITIES */ .BE.indexOf(named) : -1;
        if (rank < 0)
            continue;
        best = found ? Math.min(best, rank) : rank;
        found = true;
    }
    return _model_js__WEBPACK_IMPORTED_MODULE_2__/* .PRIORITIES */ .BE[best];
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
        acceptanceCriteria: (0,_docs_file_js__WEBPACK_IMPORTED_MODULE_1__/* .acceptanceCriteria */ .Dc)(issue.body),
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
/** Reads the backlog with the given operations and builds its DAG. */
async function loadGitHubBacklog(reads, options) {
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
    const dag = (0,_dag_js__WEBPACK_IMPORTED_MODULE_0__/* .buildDag */ .z)(items, external);
    const problems = dag.cycles.map((path) => ({ kind: 'cycle', path, files: [] }));
    const warnings = dag.unknown.map((u) => `${u.from} names ${u.id} as a blocker, but there is no such issue.`);
    return { items, milestones: rankGitHubMilestones(listed), dag, problems, warnings };
}


/***/ }),

/***/ 1896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ renderMermaid)
/* harmony export */ });
/* unused harmony export mermaidLabel */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4730);
/* harmony import */ var _queue_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3176);


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
        shown = [...all, ...[...externalIds].sort(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .compareIds */ .q3)];
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
        for (const b of (0,_queue_js__WEBPACK_IMPORTED_MODULE_1__/* .blockersOf */ .be)(dag, id))
            if (b.external && !(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isResolved */ .ZY)(b.status))
                outside.add(b.id);
    return [...levelZero, ...next, ...outside];
}


/***/ }),

/***/ 2771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ describeProblem),
/* harmony export */   dS: () => (/* binding */ sortProblems)
/* harmony export */ });
/* unused harmony export renderProblems */
/**
 * What makes a backlog unusable. The docs source fails fast: every problem is collected and
 * reported together, and while there is one nothing is dispatched or written (DESIGN §6).
 */
const where = (p) => `${p.file}:${p.line}`;
/** One line per problem, each starting with `file:line`, as people read them beside the files. */
function describeProblem(problem) {
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
function sortProblems(problems) {
    const key = (p) => 'file' in p ? [p.file, p.line] : [`\uffff${p.kind}`, 0];
    return [...problems].sort((a, b) => {
        const [fa, la] = key(a);
        const [fb, lb] = key(b);
        return fa < fb ? -1 : fa > fb ? 1 : la - lb;
    });
}
/** The whole report, ready to print: a count, then one problem per line. */
function renderProblems(problems) {
    if (problems.length === 0)
        return 'No problems found.';
    const lines = sortProblems(problems).map((p) => `  - ${describeProblem(p)}`);
    const noun = problems.length === 1 ? 'problem' : 'problems';
    return `The backlog has ${problems.length} ${noun}; nothing is dispatched until they are fixed:\n${lines.join('\n')}`;
}


/***/ }),

/***/ 3176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ combineSignals),
/* harmony export */   R6: () => (/* binding */ computeQueue),
/* harmony export */   be: () => (/* binding */ blockersOf)
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
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isResolved */ .ZY)(item.status))
        return { state: 'done' };
    if (signals.stopped(item))
        return { state: 'stopped' };
    const waiting = signals.waitingForHuman(item);
    if (waiting !== undefined)
        return { state: 'waiting', reason: waiting };
    if (signals.claimed(item) || item.status === 'in_progress' || item.status === 'in_review')
        return { state: 'in_progress' };
    const open = blockersOf(dag, item.id).filter((b) => !(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isResolved */ .ZY)(b.status));
    if (open.length > 0) {
        const reason = `waiting for ${open.map((b) => `${b.id} (${b.status.replace('_', ' ')})`).join(', ')}`;
        return { state: 'blocked', blockers: open, reason };
    }
    if (item.status === 'blocked')
        return { state: 'blocked', blockers: [], reason: 'marked blocked' };
    return { state: 'ready' };
}


/***/ }),

/***/ 4516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   backlogReads: () => (/* binding */ backlogReads)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _issues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5039);


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
        ...(0,_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .issueBasics */ .R7)(i),
        createdAt: i.created_at,
        updatedAt: i.updated_at,
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


/***/ })

};
