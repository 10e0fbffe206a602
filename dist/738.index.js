export const id = 738;
export const ids = [738];
export const modules = {

/***/ 5738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recordCancellation: () => (/* binding */ recordCancellation)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _state_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2341);
/* harmony import */ var _tracker_github_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2762);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9869);





/**
 * After the runner cancelled the job: the item this job worked on says `cancelled`, not `running`
 * (or the result the phase wrote while it was being stopped), so a person sees what happened and a
 * re-run continues from the saved state. Only an entry of this run is rewritten; a failure here is
 * logged, never thrown — the job is failing already, and the runner kills it within seconds.
 */
async function recordCancellation(ctx, message) {
    if (!ctx.target || ctx.phase === 'setup' || ctx.phase === 'control')
        return;
    try {
        const job = await (0,_job_js__WEBPACK_IMPORTED_MODULE_3__/* .openItemJob */ .p4)(ctx);
        if (!job.writes)
            return;
        const item = await (0,_job_js__WEBPACK_IMPORTED_MODULE_3__/* .workItemOf */ .wy)(job, ctx.target);
        const state = (await (0,_tracker_github_store_js__WEBPACK_IMPORTED_MODULE_2__/* .loadItemState */ .JR)(job.client, job.repo, item, job.identity))?.state;
        const last = state?.timeline.at(-1);
        if (!state || !last || (state.status !== 'running' && last.runUrl !== job.runUrl))
            return;
        const phase = last.phase;
        await (0,_job_js__WEBPACK_IMPORTED_MODULE_3__/* .saveState */ .LZ)(job, (0,_state_index_js__WEBPACK_IMPORTED_MODULE_1__/* .finishPhase */ .Ng)(state, phase, 'cancelled', {
            note: message,
            runUrl: job.runUrl,
            nextAction: `The run was cancelled while ${phase} ran. Comment /codex retry (or re-run the job) to continue where it stopped.`,
        }));
        _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`Recorded the cancellation in the status comment of #${item}.`);
    }
    catch (error) {
        _log_js__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not record the cancellation in the status comment: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error)}`);
    }
}


/***/ })

};
