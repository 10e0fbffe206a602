export const id = 13;
export const ids = [13];
export const modules = {

/***/ 2013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCodexRunnerForJob: () => (/* binding */ createCodexRunnerForJob)
/* harmony export */ });
// Placeholder: the Codex CLI runner lands with the foundation's runner work.
async function createCodexRunnerForJob(_) {
    throw new Error('The Codex runner is not available yet.');
}


/***/ })

};
