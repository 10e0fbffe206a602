export const id = 119;
export const ids = [119];
export const modules = {

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ upsertCheckRun)
/* harmony export */ });
/* unused harmony export ANNOTATIONS_PER_REQUEST */
/** GitHub accepts at most 50 annotations per request; later requests append to the run. */
const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for `output.summary` and `output.text`. */
const MAX_OUTPUT_CHARS = 65_535;
/** Tags our runs, so a workflow job that happens to have the same name is not taken for ours. */
const EXTERNAL_ID = 'codex-orchestrator';
/**
 * Creates the check run, or updates the one of that name on that commit (a re-run does not add a
 * second run). Annotations are sent in batches of 50; those the run already carries are not sent
 * again, because GitHub appends annotations and never replaces them.
 */
async function upsertCheckRun(client, repo, spec) {
    if (spec.status === 'completed' && !spec.conclusion) {
        throw new Error(`Check run '${spec.name}' is completed without a conclusion. Expected one of success, failure, neutral, cancelled, skipped, timed_out, action_required.`);
    }
    const existing = await findCheckRun(client, repo, spec.name, spec.headSha);
    let annotations = (spec.annotations ?? []).map(toApiAnnotation);
    if (existing && annotations.length > 0) {
        const present = new Set((await client.paginate(client.rest.checks.listAnnotations, {
            ...repo,
            check_run_id: existing.id,
            per_page: 100,
        })).map(annotationKey));
        annotations = annotations.filter((a) => !present.has(annotationKey(a)));
    }
    const batches = [];
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    }
    const output = (batch) => ({
        title: spec.title,
        summary: limit(spec.summary),
        ...(spec.text !== undefined ? { text: limit(spec.text) } : {}),
        ...(batch && batch.length > 0 ? { annotations: batch } : {}),
    });
    const fields = {
        status: spec.status,
        ...(spec.conclusion ? { conclusion: spec.conclusion } : {}),
        ...(spec.status === 'completed' ? { completed_at: new Date().toISOString() } : {}),
        ...(spec.detailsUrl ? { details_url: spec.detailsUrl } : {}),
        external_id: EXTERNAL_ID,
    };
    let id;
    let htmlUrl;
    if (existing) {
        const { data } = await client.rest.checks.update({
            ...repo,
            check_run_id: existing.id,
            ...fields,
            output: output(batches[0]),
        });
        id = data.id;
        htmlUrl = data.html_url ?? existing.htmlUrl;
    }
    else {
        const { data } = await client.rest.checks.create({
            ...repo,
            name: spec.name,
            head_sha: spec.headSha,
            ...fields,
            output: output(batches[0]),
        });
        id = data.id;
        htmlUrl = data.html_url ?? '';
    }
    for (const batch of batches.slice(1)) {
        await client.rest.checks.update({ ...repo, check_run_id: id, output: output(batch) });
    }
    return { id, htmlUrl };
}
/** The newest check run of that name on the commit that this action created. */
async function findCheckRun(client, repo, name, headSha) {
    const { data } = await client.rest.checks.listForRef({
        ...repo,
        ref: headSha,
        check_name: name,
        // `latest` keeps one run per name, which may be a workflow job's: look at all of them.
        filter: 'all',
        per_page: 100,
    });
    // Only runs this action created (a workflow job with the same name is someone else's); the newest.
    const run = data.check_runs
        .filter((r) => r.name === name && r.head_sha === headSha && r.external_id === EXTERNAL_ID)
        .sort((a, b) => b.id - a.id)[0];
    return run ? { id: run.id, htmlUrl: run.html_url ?? '' } : undefined;
}
function toApiAnnotation(a) {
    return {
        path: a.path,
        start_line: a.startLine,
        end_line: a.endLine ?? a.startLine,
        annotation_level: a.level,
        message: a.message,
        ...(a.title !== undefined ? { title: a.title } : {}),
        ...(a.rawDetails !== undefined ? { raw_details: a.rawDetails } : {}),
    };
}
function annotationKey(a) {
    return JSON.stringify([a.path, a.start_line, a.end_line, a.annotation_level, a.message, a.title ?? null]);
}
function limit(text) {
    if (text.length <= MAX_OUTPUT_CHARS)
        return text;
    const note = '\n\n… (cut: GitHub allows 65 535 characters here)';
    return text.slice(0, MAX_OUTPUT_CHARS - note.length) + note;
}


/***/ }),

/***/ 4119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERIFY_CHECK: () => (/* binding */ VERIFY_CHECK),
/* harmony export */   verifyPhase: () => (/* binding */ verifyPhase)
/* harmony export */ });
/* harmony import */ var _git_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9395);
/* harmony import */ var _git_remote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(668);
/* harmony import */ var _git_worktree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5847);
/* harmony import */ var _github_checks_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6250);
/* harmony import */ var _github_content_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1842);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5625);
/* harmony import */ var _state_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9774);
/* harmony import */ var _verify_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2566);
/* harmony import */ var _verify_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7760);
/* harmony import */ var _work_item_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7529);










/** The check run the verification reports to. */
const VERIFY_CHECK = 'codex-orchestrator / verify';
const skipped = (reason) => ({ status: 'skipped', reason });
/** The pull request to verify: the target itself, or the PR recorded in an issue's state. */
async function pullOf(job, target) {
    const get = (n) => job.client.rest.pulls.get({ ...job.repo, pull_number: n }).then(({ data }) => data, (error) => {
        if (error.status === 404)
            return undefined;
        throw error;
    });
    const direct = await get(target);
    if (direct)
        return direct;
    const state = (await (0,_state_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadItemState */ .JR)(job.client, job.repo, target, job.identity))?.state;
    return state?.pr ? get(state.pr) : undefined;
}
/**
 * The tester as a phase of its own (DESIGN §1): runs `verify.commands` outside the model, with a
 * minimal environment and a timeout, on a PR's head (target: the PR, or an issue whose PR the state
 * records) or on the checked-out commit; reports a check run. `pass` or `tests_failed`.
 */
const verifyPhase = async (ctx) => {
    const commands = ctx.config.verify.commands;
    if (commands.length === 0) {
        return skipped(`No verify.commands in ${ctx.inputs.configFile}; there is nothing to verify.`);
    }
    const job = await (0,_work_item_js__WEBPACK_IMPORTED_MODULE_7__/* .openItemJob */ .p4)(ctx);
    const gate = await (0,_work_item_js__WEBPACK_IMPORTED_MODULE_7__/* .gateTrigger */ .yL)(job);
    if (!gate.allowed)
        return skipped(gate.reason);
    const git = (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .createGitExec */ .ON)();
    const repoDir = ctx.context.workspace;
    const leaked = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_1__/* .persistedCredentials */ .Oo)(git, repoDir);
    if (leaked.length > 0) {
        return {
            status: 'blocked',
            reason: `The checkout left credentials in .git/config (${leaked.join(', ')}), where the verified code could read ` +
                'them. Set `persist-credentials: false` on actions/checkout.',
        };
    }
    let wt;
    let prNumber;
    let dir = repoDir;
    try {
        if (ctx.target) {
            const pr = await pullOf(job, ctx.target);
            if (!pr)
                return skipped(`#${ctx.target} is not a pull request and records none; there is nothing to verify.`);
            prNumber = pr.number;
            const sameRepo = pr.head.repo?.full_name?.toLowerCase() === `${job.repo.owner}/${job.repo.repo}`.toLowerCase();
            if (!sameRepo) {
                return skipped(`PR #${pr.number} comes from a fork; verify runs only branches of this repository.`);
            }
            const remote = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_1__/* .originRemote */ .lY)(git, repoDir, ctx.inputs.githubToken);
            wt = await (0,_git_worktree_js__WEBPACK_IMPORTED_MODULE_2__/* .openWorktree */ .G)(git, {
                repoDir,
                parentDir: ctx.context.runnerTemp,
                branch: pr.head.ref,
                defaultBranch: await (0,_github_content_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultBranch */ .O)(job.client, job.repo),
                remote,
            });
            dir = wt.dir;
        }
        const sha = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitOk */ .Tt)(git, ['rev-parse', 'HEAD'], { cwd: dir });
        _log_js__WEBPACK_IMPORTED_MODULE_4__.info(`Verifying ${sha}${prNumber ? ` (PR #${prNumber})` : ''}: ${commands.join(' && ')}`);
        const report = await _log_js__WEBPACK_IMPORTED_MODULE_4__.group('Verification', () => (0,_verify_run_js__WEBPACK_IMPORTED_MODULE_6__/* .runVerification */ .tM)({ commands, cwd: dir, timeoutMs: ctx.config.verify['timeout-minutes'] * 60_000 }));
        const markdown = (0,_verify_format_js__WEBPACK_IMPORTED_MODULE_8__/* .verifyMarkdown */ .vB)(report);
        const title = report.ok ? 'Verification passed' : 'Verification failed';
        if (job.writes) {
            await (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_9__/* .upsertCheckRun */ .B)(job.client, job.repo, {
                name: VERIFY_CHECK,
                headSha: sha,
                status: 'completed',
                conclusion: report.ok ? 'success' : 'failure',
                title,
                summary: markdown,
                detailsUrl: job.runUrl,
            });
        }
        else {
            _log_js__WEBPACK_IMPORTED_MODULE_4__.info(`[dry-run] Would report the check run '${VERIFY_CHECK}' on ${sha}: ${title}\n${markdown}`);
        }
        const failed = report.results.find((r) => r.exitCode !== 0);
        return {
            status: report.ok ? 'pass' : 'tests_failed',
            reason: failed
                ? `\`${failed.command}\` ${failed.timedOut ? 'timed out' : `failed with exit code ${failed.exitCode}`}.`
                : `${report.results.length} verification command(s) passed.`,
            item: ctx.target,
            prNumber,
            summary: markdown,
        };
    }
    finally {
        if (wt)
            await (0,_git_worktree_js__WEBPACK_IMPORTED_MODULE_2__/* .removeWorktree */ .I)(git, repoDir, wt.dir);
    }
};


/***/ })

};
