export const id = 873;
export const ids = [873];
export const modules = {

/***/ 6163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ runWithSchemaRetry)
/* harmony export */ });
/* unused harmony export schemaRetryPrompt */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16);


/** Asks again in the same thread after an answer that broke the output schema. */
function schemaRetryPrompt(problem) {
    return ('Your previous answer was not valid for the output schema: ' +
        `${problem.slice(0, 2000)}\n\nAnswer again with one JSON object that follows the output schema exactly, and nothing else.`);
}
/**
 * One run with an output schema. An answer that breaks the schema is asked for once more in the
 * same thread, which tells the model what was wrong; `usage` is what both runs spent.
 */
async function runWithSchemaRetry(agent, request) {
    const first = await agent.run(request);
    if (first.ok || first.kind !== 'invalid_output' || !first.threadId)
        return { result: first, usage: first.usage };
    _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`The ${request.label} answer broke the output schema (${first.message}); asking once more in the same thread.`);
    const second = await agent.run({
        ...request,
        prompt: schemaRetryPrompt(first.message),
        resumeThreadId: first.threadId,
        label: `${request.label} (retry)`,
    });
    return { result: second, usage: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .addUsage */ .v)(first.usage, second.usage) };
}


/***/ }),

/***/ 6649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ holdForApproval),
/* harmony export */   r: () => (/* binding */ releaseApproved)
/* harmony export */ });
/* harmony import */ var _git_commit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5895);
/* harmony import */ var _git_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9395);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5625);
/* harmony import */ var _safety_audit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4382);
/* harmony import */ var _state_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2341);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1632);






/**
 * Stops the work on an escalation: the commits since the last push are kept in the tracker's hold
 * (nothing is pushed), and the state lists what needs approval. `criterion` is the index of the
 * criterion the run worked on, null for the verification fix run (and for a fix round, whose
 * `phase` is then `fix`: the phase that runs again once approved).
 */
async function holdForApproval(session, report, criterion, phase = 'dev') {
    const { git, wt, tracker } = session;
    const lines = (0,_safety_audit_js__WEBPACK_IMPORTED_MODULE_3__/* .escalationLines */ .p$)(report);
    const head = await (0,_git_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .headSha */ .xF)(git, wt.dir);
    const reason = [
        lines.commands.length > 0 ? `${lines.commands.length} command(s) outside commands.allow` : '',
        lines.paths.length > 0 ? `${lines.paths.length} protected path(s) changed` : '',
    ]
        .filter(Boolean)
        .join(' and ');
    let held = 'no commits';
    if (head !== session.pushed) {
        const subjects = (await (0,_git_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .commitsBetween */ .$q)(git, wt.dir, session.pushed, head)).reverse();
        const mbox = await (0,_git_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPatch */ .Gu)(git, wt.dir, session.pushed, head);
        const diff = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .gitOk */ .Tt)(git, ['diff', '--no-color', session.pushed, head], { cwd: wt.dir });
        const saved = await tracker.holds.save({ criterion, base: session.pushed, subjects, mbox, diff, reason });
        if (saved.kind === 'too_large')
            return { reason: `${reason}. ${saved.reason}` };
        held = `${subjects.length} commit(s) held for approval`;
    }
    (0,_session_js__WEBPACK_IMPORTED_MODULE_5__/* .update */ .yo)(session, {
        ...session.state,
        escalation: {
            commands: lines.commands,
            paths: lines.paths,
            phase,
            raisedAt: new Date().toISOString(),
            approvedBy: null,
            approvedAt: null,
        },
        dev: { ...session.state.dev, current: criterion },
    });
    _log_js__WEBPACK_IMPORTED_MODULE_2__.info(`Escalation: ${reason}; ${held}, nothing pushed.`);
    return {
        reason: `Escalation: ${reason}. Nothing was pushed (${held}); a person with write access must ${tracker.say.approve}.`,
    };
}
/**
 * Releases an approved escalation: applies the held commits (checksum verified) on the branch and
 * pushes them, without running the model again; the criterion they belong to is marked done.
 */
async function releaseApproved(session) {
    const { tracker, git, wt } = session;
    const escalation = session.state.escalation;
    const hold = await tracker.holds.read();
    const criterion = hold ? hold.criterion : session.state.dev.current;
    let sha = null;
    if (hold) {
        sha = await (0,_git_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .applyPatches */ .$i)(git, wt.dir, hold.mbox, session.author);
        await (0,_session_js__WEBPACK_IMPORTED_MODULE_5__/* .push */ .VC)(session);
    }
    const criteria = session.state.criteria.map((c, i) => i === criterion ? { ...c, done: true, commit: sha ?? c.commit } : c);
    const by = escalation.approvedBy ?? 'unknown';
    (0,_session_js__WEBPACK_IMPORTED_MODULE_5__/* .update */ .yo)(session, (0,_state_index_js__WEBPACK_IMPORTED_MODULE_4__/* .noteEvent */ .Rh)({ ...session.state, criteria, escalation: null, dev: { ...session.state.dev, current: null } }, `released ${hold ? `${hold.subjects.length} held commit(s)` : 'the escalation'} approved by ${by}`, tracker.runUrl ?? undefined));
    if (hold)
        await tracker.holds.released(hold, by, sha ?? '');
    _log_js__WEBPACK_IMPORTED_MODULE_2__.info(`Released the escalation approved by ${by}${sha ? `: pushed ${sha}` : ''}.`);
}


/***/ }),

/***/ 99:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ restoreLastThread),
/* harmony export */   w: () => (/* binding */ saveLastThread)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);

// How dev and fix use the tracker's session store: dev saves the thread of its last run, fix
// restores it before its run and saves again after. A session that cannot be saved or restored
// costs context, never the job: every failure is a log line.
/**
 * Saves the thread's session after a run and records it as the item's last thread. The state is
 * returned with `session` set (stored or not): fix resumes that thread either way when it can.
 */
async function saveLastThread(options) {
    const { store, agent, state, threadId, phase } = options;
    let stored = false;
    if (!options.writes)
        _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`[dry-run] Would store the Codex session of thread ${threadId}.`);
    else if (!agent.stateDir)
        _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`The ${agent.name} runner keeps no sessions; none is stored.`);
    else {
        const saved = await store.saveSession({ item: state.item, threadId, codexHome: agent.stateDir });
        if (saved.kind === 'kept') {
            stored = true;
            _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`The Codex session of thread ${threadId} stays in ${saved.where}.`);
        }
        else if (saved.kind === 'saved') {
            stored = true;
            _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`Stored the Codex session of thread ${threadId} in ${saved.ref} (${saved.files} file(s), ${saved.storedBytes} bytes encrypted, ${saved.ms} ms).`);
        }
        else
            _log_js__WEBPACK_IMPORTED_MODULE_0__.warning(`The Codex session of thread ${threadId} was not stored: ${saved.reason}.`);
    }
    return { ...state, session: { threadId, phase, stored, at: new Date().toISOString() } };
}
/** Restores the item's last thread into the runner's CODEX_HOME, when there is one to restore. */
async function restoreLastThread(store, agent, state) {
    const last = state.session;
    if (!last)
        return { kind: 'fresh', reason: 'the item has no earlier Codex thread on record' };
    if (!agent.stateDir)
        return { kind: 'fresh', reason: `the ${agent.name} runner keeps no sessions` };
    const restored = await store.restoreSession({
        item: state.item,
        threadId: last.threadId,
        codexHome: agent.stateDir,
    });
    if (restored.kind === 'restored') {
        _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`Restored the Codex session of thread ${last.threadId} (${last.phase}): ${restored.files.length} file(s), ${restored.ms} ms.`);
        return { kind: 'resume', threadId: last.threadId };
    }
    const reason = `the session of thread ${last.threadId} could not be restored (${restored.kind}: ${restored.reason})`;
    _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`A fresh Codex thread with the same context: ${reason}.`);
    return { kind: 'fresh', reason };
}


/***/ }),

/***/ 4724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ runStep)
});

// EXTERNAL MODULE: ./src/agent/retry.ts
var retry = __webpack_require__(6163);
// EXTERNAL MODULE: ./src/git/commit.ts
var commit = __webpack_require__(5895);
// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(9395);
// EXTERNAL MODULE: ./src/safety/audit.ts + 1 modules
var audit = __webpack_require__(4382);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/engine/schema.ts

/** The developer's answer after one run: done, or too big for one change. */
const devAnswerSchema = schemas/* object */.Ikc({
    status: schemas/* enum */.k5n(['done', 'needs_decomposition']),
    summary: schemas/* string */.YjP().trim().min(1).max(4000),
});
/** Sent with `--output-schema` (OpenAI's strict subset: closed object, every property required). */
const DEV_OUTPUT_SCHEMA = {
    json: {
        type: 'object',
        additionalProperties: false,
        required: ['status', 'summary'],
        properties: {
            status: {
                type: 'string',
                enum: ['done', 'needs_decomposition'],
                description: 'done: the task is done; needs_decomposition: far too big for one change.',
            },
            summary: { type: 'string', description: 'What changed and how it was tested, for the pull request.' },
        },
    },
    zod: devAnswerSchema,
};

;// CONCATENATED MODULE: ./src/engine/step.ts





/**
 * One developer run in a fresh thread (sandbox workspace-write, cwd the worktree), then the audit
 * and the commit. An answer that breaks the schema is asked for again once in the same thread.
 * Every command the agent attempted (from its rollout) is checked against the allow-list and every
 * changed path against the protected globs; the commit is made either way, and the caller decides
 * whether it may be pushed.
 */
async function runStep(request) {
    const { agent, git, dir } = request;
    const before = await (0,commit/* headSha */.xF)(git, dir);
    // A resumed thread's rollout holds the earlier jobs' commands, audited then: only this run's count.
    const earlier = request.resumeThreadId && agent.attemptedCommands
        ? (await agent.attemptedCommands(request.resumeThreadId)).filter((c) => !c.tampered).length
        : 0;
    const { result, usage } = await (0,retry/* runWithSchemaRetry */.P)(agent, {
        prompt: request.prompt,
        label: request.label,
        cwd: dir,
        sandbox: 'workspace-write',
        timeoutMs: request.timeoutMs,
        deniedCommands: request.deniedCommands,
        networkAccess: request.networkAccess,
        outputSchema: request.outputSchema ?? DEV_OUTPUT_SCHEMA,
        resumeThreadId: request.resumeThreadId,
    });
    const threadId = result.threadId;
    if (!result.ok) {
        return {
            kind: 'failed',
            failure: result.kind,
            threadId,
            usage,
            message: `${request.label}: ${result.message}`,
        };
    }
    const answer = result.output;
    if (answer.status === 'needs_decomposition') {
        return { kind: 'needs_decomposition', threadId, usage, summary: answer.summary };
    }
    // The sandbox keeps .git read-only, but should a commit slip through, fold it into ours so that
    // every pushed commit is the action's.
    if ((await (0,commit/* headSha */.xF)(git, dir)) !== before)
        await (0,exec/* gitOk */.Tt)(git, ['reset', '--soft', before], { cwd: dir });
    const changedPaths = await (0,commit/* stageAndListChanges */.vq)(git, dir, before);
    const all = agent.attemptedCommands ? await agent.attemptedCommands(result.threadId) : undefined;
    const attempted = all && sinceEarlier(all, result.threadId === request.resumeThreadId ? earlier : 0);
    const report = (0,audit/* audit */.sb)({
        commands: attempted ?? [],
        changedPaths,
        allow: request.allow,
        deny: request.deniedCommands,
        protectedPaths: request.protectedPaths,
    });
    if (!attempted) {
        report.commands.push({
            command: '(all commands of this run)',
            reason: `the ${agent.name} runner cannot list the commands it attempted, so they cannot be checked`,
        });
    }
    const sha = await (0,commit/* commitStaged */.u$)(git, dir, request.message(answer.summary, result.threadId), request.author);
    if ((0,audit/* needsEscalation */.rU)(report))
        return { kind: 'escalated', threadId, usage, sha, summary: answer.summary, report, answer };
    return { kind: 'committed', threadId, usage, sha, summary: answer.summary, answer };
}
/** The commands after the first `earlier` rollout entries, and every tampering finding. */
function sinceEarlier(commands, earlier) {
    const recorded = commands.filter((c) => !c.tampered);
    return [...recorded.slice(earlier), ...commands.filter((c) => c.tampered)];
}


/***/ }),

/***/ 2935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ sessionVerifier)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _verify_isolate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(935);
/* harmony import */ var _verify_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7760);



async function sessionVerifier(session) {
    const { env } = session;
    const commands = env.config.verify.commands;
    if (commands.length === 0)
        return { kind: 'none' };
    const isolation = await (0,_verify_isolate_js__WEBPACK_IMPORTED_MODULE_1__/* .jobIsolation */ ._O)({
        codexPaths: [...env.codexPaths],
        log: _log_js__WEBPACK_IMPORTED_MODULE_0__.info,
    });
    if (!isolation.available)
        return { kind: 'refused', reason: isolation.reason };
    return {
        kind: 'ready',
        run: () => _log_js__WEBPACK_IMPORTED_MODULE_0__.group('Verification', () => (0,_verify_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runVerification */ .tM)({
            commands,
            cwd: session.wt.dir,
            timeoutMs: env.config.verify['timeout-minutes'] * 60_000,
            network: env.config.sandbox.network,
            isolation,
        })),
    };
}


/***/ }),

/***/ 6184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ clip),
/* harmony export */   N: () => (/* binding */ issueBlock)
/* harmony export */ });
/* harmony import */ var _safety_sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1947);

/** The most of an issue's text a prompt carries: one long issue must not crowd out the rest. */
const MAX_ISSUE_CHARS = 30_000;
/** Cuts text at `max` characters, saying so, so that the model knows it did not see everything. */
const clip = (text, max) => text.length > max ? `${text.slice(0, max)}\n[… clipped]` : text;
/** The issue as the plan and dev prompts show it: title and body, clipped, sanitised and delimited. */
const issueBlock = (issue) => (0,_safety_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .untrustedBlock */ .C9)('issue', clip(`# ${issue.title}\n\n${issue.body}`, MAX_ISSUE_CHARS));


/***/ }),

/***/ 4382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sb: () => (/* binding */ audit),
  p$: () => (/* binding */ escalationLines),
  rU: () => (/* binding */ needsEscalation)
});

// UNUSED EXPORTS: allowedBy, auditCommand

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/safety/glob.ts

/**
 * Glob matching for protected paths, with picomatch. For a protection rule missing a file is the
 * costly mistake, so the options differ from most glob defaults:
 * - `dot`: `*` and `**` match dot-files and dot-directories (`**\/AGENTS.md` finds `.codex/AGENTS.md`).
 * - `nocase`: a checkout on macOS or Windows treats `.GitHub` as `.github`.
 * - Every pattern is anchored at the repository root (a leading `/` or `./` is dropped); a trailing
 *   `/` means everything below the directory, and `dir/**` matches `dir` itself too (a symlink or
 *   submodule named like the folder).
 * - `noextglob`: `file(1).txt` is a file name, not an extglob; `[!a-z]` negates as in a shell.
 */
const OPTIONS = { dot: true, nocase: true, noextglob: true };
/** The pattern as picomatch reads it, for one glob as people write it in the config. */
function normaliseGlob(glob) {
    let pattern = glob.trim().replace(/^\.?\//, '');
    if (pattern.endsWith('/'))
        pattern += '**';
    // picomatch keeps a parenthesis as a regex group even without extglobs: escape it.
    return pattern.replace(/\[!/g, '[^').replace(/[()]/g, '\\$&');
}
/** The regular expression of one glob (case-insensitive, anchored). */
function globToRegExp(glob) {
    const pattern = normaliseGlob(glob);
    const regex = picomatch_default().makeRe(pattern, OPTIONS);
    if (!pattern.endsWith('/**'))
        return regex;
    // `dir/**` also matches `dir`.
    const dir = picomatch_default().makeRe(pattern.slice(0, -3), OPTIONS);
    return new RegExp(`(?:${regex.source})|(?:${dir.source})`, regex.flags);
}
/** The globs in `globs` that `path` (repository-relative, `/`-separated) matches. */
function matchingGlobs(path, globs) {
    const normalised = path.replace(/\\/g, '/').replace(/^\.\//, '');
    return globs.filter((glob) => globToRegExp(glob).test(normalised));
}

// EXTERNAL MODULE: ./src/safety/inline.ts + 1 modules
var safety_inline = __webpack_require__(3377);
// EXTERNAL MODULE: ./src/safety/normalize.ts
var normalize = __webpack_require__(9229);
// EXTERNAL MODULE: ./src/safety/shell.ts
var shell = __webpack_require__(4008);
;// CONCATENATED MODULE: ./src/safety/audit.ts




const clip = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const SHELL_TOOLS = new Set(['exec_command', 'shell_command', 'write_stdin', 'shell', 'local_shell']);
const MAX_DEPTH = 4;
/**
 * Always allowed, whatever the configured list says: builtins that run nothing and change no file,
 * and `apply_patch`, which Codex intercepts and applies itself (the files it changes are audited as
 * changed paths).
 */
const ALWAYS_ALLOWED = [
    'cd',
    'pushd',
    'popd',
    'pwd',
    'true',
    'false',
    ':',
    'exit',
    'set -e',
    'set -u',
    'set -x',
    'set -eu',
    'set -o pipefail',
    'set -euo pipefail',
    'apply_patch',
    'applypatch',
];
/** True when argv starts with every token of one allow-list entry ("git status" allows `git status -s`). */
function allowedBy(argv, allow) {
    return allow.find((entry) => {
        const tokens = entry.trim().split(/\s+/).filter(Boolean);
        return tokens.length > 0 && tokens.every((token, k) => argv[k] === token);
    });
}
/** Commands that run another command: `env X=1 curl`, `timeout 5 curl`, `find . -exec curl {} ;`. */
function wrappedCommands(argv) {
    if ((0,normalize/* programName */.kX)(argv[0] ?? '') === 'find') {
        const rest = argv.slice(1);
        const found = [];
        for (let k = 0; k < rest.length; k++) {
            if (['-exec', '-execdir', '-ok', '-okdir'].includes(rest[k])) {
                const end = rest.findIndex((arg, j) => j > k && (arg === ';' || arg === '+'));
                found.push(rest.slice(k + 1, end < 0 ? rest.length : end));
                k = end < 0 ? rest.length : end;
            }
        }
        return found;
    }
    const inner = (0,normalize/* launched */.ZZ)(argv);
    return inner ? [inner] : [];
}
/** True when an allow entry names the inline form itself (`node -e` for `node -e '…'`). */
const allowsInline = (argv, at, allow) => allow.some((entry) => {
    const tokens = entry.trim().split(/\s+/).filter(Boolean);
    return tokens.length > at && tokens.every((token, k) => argv[k] === token);
});
/**
 * Why argv (one simple command) needs a person, or undefined when it is allowed. The deny-list is
 * matched under every spelling (paths, launchers, git's global options), the allow-list only as
 * written; inline code escalates even under an allowed prefix.
 */
function checkArgv(argv, lists, depth) {
    if (depth > MAX_DEPTH)
        return 'cannot be checked: nested too deeply';
    const script = (0,shell/* shellScriptOf */.J)(argv);
    if (script !== undefined)
        return checkScript(script, lists, depth + 1);
    const denied = (0,normalize/* deniedBy */.ny)(argv, lists.deny);
    if (denied)
        return `'${denied.entry}' is in commands.deny (spelled '${clip(denied.spelled, 80)}')`;
    const alias = (0,normalize/* gitCommandLineAlias */.yl)(argv);
    if (alias)
        return `defines the git alias '${alias}' on the command line, which commands.deny cannot be checked against`;
    const inline = (0,safety_inline/* inlineCode */.t)(argv);
    if (inline && !allowsInline(argv, inline.at, lists.allow))
        return inline.reason;
    if (!allowedBy(argv, lists.allow) && !allowedBy(argv, ALWAYS_ALLOWED))
        return `'${argv.slice(0, 3).join(' ')}' is not in commands.allow`;
    for (const inner of wrappedCommands(argv)) {
        if (inner.length === 0)
            continue;
        const why = checkArgv(inner, lists, depth + 1);
        if (why)
            return `runs another command: ${why}`;
    }
    return undefined;
}
function checkScript(script, lists, depth) {
    const parsed = (0,shell/* parseShell */.a)(script);
    if (!parsed.ok)
        return parsed.reason;
    for (const argv of parsed.commands) {
        const why = checkArgv(argv, lists, depth);
        if (why)
            return why;
    }
    return undefined;
}
/**
 * Why one attempted command needs a person, or undefined when every simple command in it is
 * allowed. Compound scripts are split (`&&`, `||`, `;`, `|`, newlines) and each part checked;
 * `bash -lc '...'` is unwrapped; what cannot be parsed is an escalation, never a pass. Each part
 * is checked against `deny` under any spelling (normalize.ts), for inline code (inline.ts), then
 * against `allow` as written. A record marked `tampered` is a finding whatever it holds.
 */
function auditCommand(attempt, allow, deny = []) {
    if (attempt.tampered)
        return attempt.tampered;
    if (!SHELL_TOOLS.has(attempt.tool))
        return `the tool '${attempt.tool}' runs something the allow-list cannot vouch for`;
    if (attempt.escalated)
        return 'asked to run outside the sandbox';
    const lists = { allow, deny };
    if (attempt.argv && attempt.argv.length > 0)
        return checkArgv(attempt.argv, lists, 0);
    return checkScript(attempt.command, lists, 0);
}
/** Checks every attempted command against the allow-list and every changed path against the protected globs. */
function audit(input) {
    const commands = [];
    const seen = new Set();
    for (const attempt of input.commands) {
        const reason = auditCommand(attempt, input.allow, input.deny);
        const key = `${attempt.command}\0${reason}`;
        if (reason && !seen.has(key)) {
            seen.add(key);
            commands.push({ command: attempt.command, reason });
        }
    }
    const paths = input.changedPaths
        .map((path) => ({ path, globs: matchingGlobs(path, input.protectedPaths) }))
        .filter((finding) => finding.globs.length > 0);
    return { commands, paths };
}
const needsEscalation = (report) => report.commands.length > 0 || report.paths.length > 0;
/** The report as the one-line entries stored in the item state (`escalation.commands`/`paths`). */
function escalationLines(report) {
    return {
        commands: report.commands.map((f) => `${clip(f.command.replace(/\s+/g, ' ').trim(), 200)} — ${f.reason}`),
        paths: report.paths.map((f) => `${f.path} (protected by ${f.globs.join(', ')})`),
    };
}


/***/ })

};
