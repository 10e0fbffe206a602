export const id = 994;
export const ids = [994];
export const modules = {

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeJobSummary: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* harmony import */ var _safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1373);
/* harmony import */ var _icons_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3216);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5356);



/**
 * GitHub drops a step summary over 1 MiB. Counted in UTF-16 code units, which can be fewer than
 * the bytes, so a margin is left for text beyond ASCII.
 */
const MAX_SUMMARY = 700_000;
/** Writes the job summary of a phase: status, reason, and the phase's own markdown. */
async function writeJobSummary({ phase, result, }) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    // Loaded here, at the end of the job, so its HTTP client does not weigh on the cold start.
    const core = await __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 6421));
    core.summary.addHeading(`codex-orchestrator · ${phase}`, 2);
    core.summary.addRaw(
    // A reason can quote the model (a blocked review's reason): rendered like any model text.
    `${_icons_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_ICON */ .t[result.status]} **${result.status}**${result.reason ? ` — ${(0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderModelLine */ .G)(result.reason)}` : ''}`, true);
    if (result.summary)
        core.summary.addBreak().addRaw((0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .capMarkdown */ .y3)(result.summary, MAX_SUMMARY, 'the events artifact'), true);
    await core.summary.write();
}


/***/ })

};
