export const id = 981;
export const ids = [981];
export const modules = {

/***/ 539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Co: () => (/* binding */ buildClaudeEnv),
/* harmony export */   HL: () => (/* binding */ claudeModelOf),
/* harmony export */   I1: () => (/* binding */ buildClaudeArgs),
/* harmony export */   QD: () => (/* binding */ CLAUDE_DEFAULT_MODELS),
/* harmony export */   Wo: () => (/* binding */ READ_ONLY_TOOLS),
/* harmony export */   yK: () => (/* binding */ DEFAULT_MAX_TURNS),
/* harmony export */   zz: () => (/* binding */ STRUCTURED_OUTPUT_TOOL)
/* harmony export */ });
/* unused harmony export NO_MCP_SERVERS */
/* harmony import */ var _safety_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4821);

/**
 * The tools a Claude Code reviewer may have: reading and searching files, nothing that runs a
 * command, edits, or reaches the network. Under `--bare` (2.1.332) only `Read` exists of these:
 * `Grep` and `Glob` are asked for but not offered (seen in `system/init`). The runner checks the
 * offered tools against this list and refuses a run that was given any other.
 */
const READ_ONLY_TOOLS = ['Read', 'Grep', 'Glob'];
/** The client-side tool Claude Code adds for `--json-schema`; its input is the structured answer. */
const STRUCTURED_OUTPUT_TOOL = 'StructuredOutput';
/** Model turns (API requests) per run, `--max-turns`: a reviewer reads a few files, then answers. */
const DEFAULT_MAX_TURNS = 40;
/**
 * The default model of each pinned Claude Code version (observed in `system/init`), so that a run
 * without `claude-model` is priced before it starts.
 */
const CLAUDE_DEFAULT_MODELS = { '2.1.332': 'claude-opus-5-5' };
/** The model a Claude Code run will use: the `claude-model` input, else the pinned CLI's default. */
const claudeModelOf = (inputs) => inputs.claudeModel || CLAUDE_DEFAULT_MODELS[inputs.claudeCodeVersion];
/** No MCP server at all: with `--strict-mcp-config`, nothing from the user's or the project's files. */
const NO_MCP_SERVERS = '{"mcpServers":{}}';
/**
 * The argv after the binary. The prompt comes from stdin. Each flag is there for least privilege:
 * - `--bare`: no CLAUDE.md, no hooks, no plugins, no keychain, only `ANTHROPIC_API_KEY`: the
 *   checkout may be a pull request, whose `CLAUDE.md` and `.claude/settings.json` (a SessionStart
 *   hook runs a command) are code under review, never instructions (without it both load);
 * - `--restricted`: no user, project or local settings files, file tools confined to the cwd;
 * - `--tools`: only the read-only tools; `--permission-mode default` with `--permission-prompts
 *   none`: anything that would ask is refused, nothing is allowed by a rule of ours;
 * - `--strict-mcp-config` with an empty `--mcp-config`: no MCP server from any file.
 */
function buildClaudeArgs(o) {
    return [
        '-p',
        '--output-format',
        'stream-json',
        '--verbose',
        '--bare',
        '--restricted',
        '--tools',
        READ_ONLY_TOOLS.join(','),
        '--permission-mode',
        'default',
        '--permission-prompts',
        'none',
        '--strict-mcp-config',
        '--mcp-config',
        NO_MCP_SERVERS,
        '--max-turns',
        String(o.maxTurns),
        ...(o.session.kind === 'new' ? ['--session-id', o.session.id] : ['--resume', o.session.id]),
        ...(o.model ? ['--model', o.model] : []),
        ...(o.jsonSchema ? ['--json-schema', JSON.stringify(o.jsonSchema)] : []),
    ];
}
/** Kept from the action's environment for Claude Code; everything else (GITHUB_*, INPUT_*, ...) is dropped. */
const CLAUDE_ENV_ALLOW = [
    ..._safety_env_js__WEBPACK_IMPORTED_MODULE_0__/* .BASE_ENV */ .Mz.filter((name) => name !== 'HOME' && name !== 'TMPDIR'),
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'NODE_EXTRA_CA_CERTS',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
];
/**
 * Claude Code's environment, built from an allow-list: the GitHub token, the OpenAI key and the
 * action's inputs never reach it. HOME is the job's own folder (sessions, Claude Code's state), so
 * nothing of the runner's user configuration loads; traffic other than the model's is turned off.
 */
function buildClaudeEnv(o) {
    const env = (0,_safety_env_js__WEBPACK_IMPORTED_MODULE_0__/* .pickEnv */ .Bh)(o.source, CLAUDE_ENV_ALLOW);
    env.PATH ??= '/usr/local/bin:/usr/bin:/bin';
    env.HOME = o.home;
    env.TMPDIR = o.tmpDir;
    env.ANTHROPIC_API_KEY = o.apiKey;
    if (o.baseUrl)
        env.ANTHROPIC_BASE_URL = o.baseUrl;
    env.CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC = '1';
    env.DISABLE_AUTOUPDATER = '1';
    env.DISABLE_TELEMETRY = '1';
    env.DISABLE_ERROR_REPORTING = '1';
    // Belt and braces over --bare: no project memory, nothing remembered between runs.
    env.CLAUDE_CODE_DISABLE_CLAUDE_MDS = '1';
    env.CLAUDE_CODE_DISABLE_AUTO_MEMORY = '1';
    return env;
}


/***/ }),

/***/ 9012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pd: () => (/* binding */ buildCodexEnv),
/* harmony export */   Ql: () => (/* binding */ DEFAULT_BASE_URL),
/* harmony export */   bk: () => (/* binding */ buildExecArgs),
/* harmony export */   oT: () => (/* binding */ codexModelOf)
/* harmony export */ });
/* unused harmony exports PROVIDER_ID, KEY_ENV_VAR, CODEX_DEFAULT_MODELS, tomlString */
/* harmony import */ var _safety_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4821);

/** The provider id every run uses, so the model key can only travel through its `env_key`. */
const PROVIDER_ID = 'codex-orchestrator';
/** The variable holding the model key, set in Codex's own environment and nowhere else. */
const KEY_ENV_VAR = 'CODEX_ORCHESTRATOR_API_KEY';
const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/**
 * The default model of each pinned Codex version (the request's `model` and the rollout's
 * `turn_context` without `-m`), so that a run without the `model` input is priced in advance.
 */
const CODEX_DEFAULT_MODELS = { '0.171.0': 'gpt-6.2-sol' };
/**
 * The model a Codex run will use: the `model` input, else the default of the pinned CLI (unknown
 * for a `codex-path` binary, whose version the inputs do not say).
 */
const codexModelOf = (inputs) => inputs.model || (inputs.codexPath ? undefined : CODEX_DEFAULT_MODELS[inputs.codexVersion]);
/** Kept from the action's environment for Codex itself; everything else (GITHUB_*, INPUT_*, ...) is dropped. */
const CODEX_ENV_ALLOW = [
    ..._safety_env_js__WEBPACK_IMPORTED_MODULE_0__/* .BASE_ENV */ .Mz,
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
];
/**
 * Never handed to the commands Codex runs, on top of `inherit=core` (which already keeps only
 * HOME, PATH, SHELL, USER, TMPDIR and a few more): belt and braces if a later CLI widens "core".
 */
const COMMAND_ENV_EXCLUDE = [KEY_ENV_VAR, 'GITHUB_TOKEN', 'GH_TOKEN', 'ACTIONS_*', 'INPUT_*', 'OPENAI_*'];
/**
 * A read-only run judges (plan, review): what it is told to do comes from the prompt, which the
 * action builds from the default branch. Its checkout may be the pull request under judgement, so
 * Codex must not load that checkout's `AGENTS.md` / `AGENTS.override.md` (`project_doc_max_bytes=0`
 * turns project docs off, fallback names included) nor list its `.codex/skills` and
 * `.agents/skills` (seen in 0.171: listed even for an untrusted project; `include_instructions`
 * drops the list). The checkout's `.codex/config.toml` and `.codex/rules` load only for a trusted
 * project, and nothing marks one trusted: CODEX_HOME is the action's own and `-c` cannot set trust.
 */
const JUDGING_CONFIG = ['project_doc_max_bytes=0', 'skills.include_instructions=false'];
/** A TOML string literal (JSON's escapes are a subset of TOML basic strings'). */
const tomlString = (value) => JSON.stringify(value);
const tomlArray = (values) => `[${values.map(tomlString).join(',')}]`;
/**
 * The argv after the binary. The prompt always comes from stdin (`-`); for a resume every flag
 * goes before the `resume` subcommand, because `exec resume` has no `-s` and the sandbox is not
 * restored from the session.
 */
function buildExecArgs(o) {
    const p = `model_providers.${PROVIDER_ID}`;
    const config = [
        `model_provider=${tomlString(PROVIDER_ID)}`,
        `${p}.name=${tomlString(PROVIDER_ID)}`,
        `${p}.base_url=${tomlString(o.provider.baseUrl)}`,
        `${p}.wire_api="responses"`,
        ...(o.provider.apiKey ? [`${p}.env_key=${tomlString(KEY_ENV_VAR)}`] : []),
        ...(o.provider.requestMaxRetries === undefined
            ? []
            : [`${p}.request_max_retries=${o.provider.requestMaxRetries}`]),
        ...(o.provider.streamMaxRetries === undefined
            ? []
            : [`${p}.stream_max_retries=${o.provider.streamMaxRetries}`]),
        ...(o.provider.streamIdleTimeoutMs === undefined
            ? []
            : [`${p}.stream_idle_timeout_ms=${o.provider.streamIdleTimeoutMs}`]),
        `shell_environment_policy.inherit="core"`,
        `shell_environment_policy.exclude=${tomlArray(COMMAND_ENV_EXCLUDE)}`,
        ...Object.entries(o.commandEnv ?? {})
            .filter(([name]) => /^[A-Za-z_]\w*$/.test(name))
            .map(([name, value]) => `shell_environment_policy.set.${name}=${tomlString(value)}`),
        `sandbox_workspace_write.network_access=${o.networkAccess === true}`,
        // Hosted web search would bring outside text into the run even with the sandbox's network off.
        ...(o.networkAccess === true ? [] : ['web_search="disabled"']),
        ...(o.effort ? [`model_reasoning_effort=${tomlString(o.effort)}`] : []),
        ...(o.sandbox === 'read-only' ? JUDGING_CONFIG : []),
        ...(o.extraConfig ?? []),
    ];
    return [
        'exec',
        '--json',
        '--cd',
        o.cwd,
        '--sandbox',
        o.sandbox,
        // The action picks the cwd itself (a worktree, the workspace); a folder that is not a git
        // repository must not stop a run with "Not inside a trusted directory".
        '--skip-git-repo-check',
        ...(o.model ? ['--model', o.model] : []),
        ...config.flatMap((entry) => ['-c', entry]),
        ...(o.outputSchemaFile ? ['--output-schema', o.outputSchemaFile] : []),
        ...(o.resumeThreadId ? ['resume', o.resumeThreadId] : []),
        '-',
    ];
}
/**
 * Codex's own environment, built from an allow-list: the GitHub token and the action's inputs never
 * reach it. The model key is added under `KEY_ENV_VAR` only.
 */
function buildCodexEnv(o) {
    const env = (0,_safety_env_js__WEBPACK_IMPORTED_MODULE_0__/* .pickEnv */ .Bh)(o.source, CODEX_ENV_ALLOW);
    env.PATH = [o.extraPath, env.PATH ?? '/usr/local/bin:/usr/bin:/bin'].filter(Boolean).join(':');
    env.CODEX_HOME = o.codexHome;
    if (o.tmpDir)
        env.TMPDIR = o.tmpDir;
    if (o.apiKey)
        env[KEY_ENV_VAR] = o.apiKey;
    return env;
}


/***/ }),

/***/ 3111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ flatPrice),
/* harmony export */   K4: () => (/* binding */ withCost),
/* harmony export */   O4: () => (/* binding */ costUsd),
/* harmony export */   hf: () => (/* binding */ unpricedRefusal),
/* harmony export */   oH: () => (/* binding */ LEGACY_PRICE),
/* harmony export */   xx: () => (/* binding */ priceOf)
/* harmony export */ });
/* unused harmony exports PRICE_TABLE, baseModelId, billedFromUsage */
/**
 * Standard (short-context, not batch, not fast-mode) list prices of the models the two runtimes use,
 * from the providers' pricing pages as of 2026-12. A model that is not here is unpriced (its cost is
 * unknown, not 0) unless the config prices it (`pricing.models`). Long-context surcharges (OpenAI
 * above 272K input tokens, Haiku 5.5 above 100K) are not modelled: such runs are underestimated.
 */
const PRICE_TABLE = {
    openai: {
        'gpt-6.2-sol': { input: 2, cachedInput: 0.1, output: 10 },
        'gpt-6.1-sol': { input: 2, cachedInput: 0.1, output: 10 },
        'gpt-6-sol': { input: 2, cachedInput: 0.2, output: 10 },
        'gpt-6-luna': { input: 0.1, cachedInput: 0.01, output: 0.5 },
        'gpt-5.6-sol': { input: 5, cachedInput: 0.5, output: 30 },
        'gpt-5.6-terra': { input: 2.5, cachedInput: 0.25, output: 15 },
        'gpt-5.6-luna': { input: 1, cachedInput: 0.1, output: 6 },
        'gpt-5.5': { input: 5, cachedInput: 0.5, output: 30 },
    },
    anthropic: {
        'claude-fable-5-1': { input: 10, cachedInput: 0.25, cacheWrite: 12.5, cacheWrite1h: 20, output: 50 },
        'claude-opus-5-5': { input: 4, cachedInput: 0.2, cacheWrite: 5, cacheWrite1h: 8, output: 20 },
        'claude-opus-5': { input: 5, cachedInput: 0.5, cacheWrite: 6.25, cacheWrite1h: 10, output: 25 },
        'claude-sonnet-5-5': { input: 2, cachedInput: 0.1, cacheWrite: 2.5, cacheWrite1h: 4, output: 10 },
        'claude-sonnet-5': { input: 2, cachedInput: 0.2, cacheWrite: 2.5, cacheWrite1h: 4, output: 10 },
        'claude-haiku-5-5': { input: 0.1, cachedInput: 0.01, cacheWrite: 0.125, cacheWrite1h: 0.2, output: 0.5 },
    },
};
/** The price of every Codex run before models were priced one by one (the old `pricing` default). */
const LEGACY_PRICE = { input: 1.25, cachedInput: 0.125, output: 10 };
/** A model's id without what gateways and snapshots add: `openai/`, `-2026-10-01`, `-20261001`, `[1m]`. */
function baseModelId(model) {
    return model
        .trim()
        .toLowerCase()
        .replace(/^[a-z0-9-]+\//, '')
        .replace(/\[[^\]]*\]$/, '')
        .replace(/-(\d{4}-\d{2}-\d{2}|\d{8})$/, '');
}
/**
 * The price of a model, in this order: `pricing.models.<model>` of the config, then (Codex only)
 * the config's flat `pricing`, then the price table. Undefined: the model is unpriced.
 */
function priceOf(provider, model, config) {
    const named = model === undefined ? undefined : lookup(config?.models ?? {}, model);
    if (named) {
        return {
            price: {
                input: named.input,
                cachedInput: named['cached-input'],
                cacheWrite: named['cache-write'],
                cacheWrite1h: named['cache-write-1h'],
                output: named.output,
            },
            source: 'config pricing.models',
        };
    }
    const flat = flatPrice(config);
    if (provider === 'openai' && flat)
        return { price: flat, source: 'config pricing' };
    const listed = model === undefined ? undefined : lookup(PRICE_TABLE[provider], model);
    return listed ? { price: listed, source: 'price table' } : undefined;
}
/** The config's flat price, when it sets one. */
function flatPrice(config) {
    if (config?.input === undefined || config.output === undefined)
        return undefined;
    return { input: config.input, cachedInput: config['cached-input'] ?? config.input, output: config.output };
}
function lookup(prices, model) {
    if (Object.hasOwn(prices, model))
        return prices[model];
    const base = baseModelId(model);
    const key = Object.keys(prices).find((k) => baseModelId(k) === base);
    return key === undefined ? undefined : prices[key];
}
/** The cost in USD of `tokens` at `price`. */
function costUsd(price, tokens) {
    const write = price.cacheWrite ?? price.input;
    return ((tokens.input * price.input +
        tokens.cacheRead * price.cachedInput +
        tokens.cacheWrite * write +
        tokens.cacheWrite1h * (price.cacheWrite1h ?? write) +
        tokens.output * price.output) /
        1_000_000);
}
/** A usage in OpenAI's terms (cached tokens are part of the input) as bill classes. */
const billedFromUsage = (u) => ({
    input: Math.max(0, u.inputTokens - u.cachedInputTokens),
    cacheRead: u.cachedInputTokens,
    cacheWrite: 0,
    cacheWrite1h: 0,
    output: u.outputTokens,
});
/**
 * `usage` with its cost: priced at `price`, or, without one, cost 0 plus every token counted as
 * unpriced (so a sum shows the cost as unknown rather than as $0).
 */
function withCost(usage, price, tokens = billedFromUsage(usage)) {
    const { costUsd: _cost, unpricedTokens: _unpriced, ...counts } = usage;
    if (price)
        return { ...counts, costUsd: costUsd(price, tokens) };
    const unpriced = usage.inputTokens + usage.outputTokens;
    return unpriced > 0 ? { ...counts, costUsd: 0, unpricedTokens: unpriced } : { ...counts, costUsd: 0 };
}
/** Why a run may not start: a cost cap is set and the model has no price (fail closed). */
function unpricedRefusal(runtime, model, costCapUsd, priced) {
    if (costCapUsd === null || costCapUsd === undefined || priced)
        return undefined;
    const which = model === undefined
        ? `the ${runtime} runtime's model is not known in advance (no model input, and no default known for this CLI version)`
        : `the model '${model}' (${runtime}) has no price`;
    return (`budgets.item-cost-cap-usd ($${costCapUsd}) is set, but ${which}, so the cap could not be kept: the run was not started. ` +
        `Fix: price it in the config (pricing.models.${model ?? '<model>'}: { input, cached-input, output } in USD per million tokens), ` +
        'choose a model of the price table (README, Runtimes), or remove the cost cap.');
}


/***/ }),

/***/ 3981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRuntime: () => (/* binding */ createRuntime),
/* harmony export */   modelOf: () => (/* binding */ modelOf),
/* harmony export */   plannedRuns: () => (/* binding */ plannedRuns),
/* harmony export */   runtimeCache: () => (/* binding */ runtimeCache),
/* harmony export */   runtimesFor: () => (/* binding */ runtimesFor)
/* harmony export */ });
/* harmony import */ var _claude_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(539);
/* harmony import */ var _codex_args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9012);
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3111);



/** The phases that call a model, each with its `runtimes` key. */
const MODEL_PHASES = ['plan', 'review', 'retro', 'dev', 'fix'];
const PROVIDER = { codex: 'openai', claude: 'anthropic' };
/**
 * The runtimes a phase runs on, in order (config `runtimes`; `codex` by default). review may list
 * two for a second opinion; every other phase has one.
 */
function runtimesFor(config, phase) {
    if (!MODEL_PHASES.includes(phase))
        return ['codex'];
    const chosen = config.runtimes[phase];
    return Array.isArray(chosen) ? [...chosen] : [chosen];
}
/** The model a runtime's runs will use, as far as the inputs tell before any run. */
function modelOf(name, inputs) {
    return name === 'claude' ? (0,_claude_args_js__WEBPACK_IMPORTED_MODULE_0__/* .claudeModelOf */ .HL)(inputs) : (0,_codex_args_js__WEBPACK_IMPORTED_MODULE_1__/* .codexModelOf */ .oT)(inputs);
}
/**
 * The models a phase would run, each with whether it has a price, for the cost-cap check before a
 * run (src/state/budget.ts `itemCapReached`). Cheap: nothing is installed.
 */
function plannedRuns(ctx) {
    return runtimesFor(ctx.config, ctx.phase).map((runtime) => {
        const model = modelOf(runtime, ctx.inputs);
        return { runtime, model, priced: (0,_pricing_js__WEBPACK_IMPORTED_MODULE_2__/* .priceOf */ .xx)(PROVIDER[runtime], model, ctx.config.pricing) !== undefined };
    });
}
/**
 * Creates a runtime's runner for this job (installing its CLI on first use). A new runtime is a
 * folder under src/agent/ with a runner implementing AgentRunner, a case here, a `RUNTIMES` entry
 * in src/config.ts and a provider for its prices (README, Runtimes).
 */
async function createRuntime(name, deps) {
    switch (name) {
        case 'codex': {
            const { createCodexRunnerForJob } = await Promise.all(/* import() */[__webpack_require__.e(993), __webpack_require__.e(697), __webpack_require__.e(8), __webpack_require__.e(578), __webpack_require__.e(685)]).then(__webpack_require__.bind(__webpack_require__, 5685));
            return createCodexRunnerForJob(deps);
        }
        case 'claude': {
            const { createClaudeRunnerForJob } = await Promise.all(/* import() */[__webpack_require__.e(993), __webpack_require__.e(697), __webpack_require__.e(578), __webpack_require__.e(16)]).then(__webpack_require__.bind(__webpack_require__, 1016));
            return createClaudeRunnerForJob(deps);
        }
    }
}
/**
 * The runtimes of one job (or one item's loop), each created on first use and shared after: one
 * runner per runtime name. A runtime that could not start (no key, no binary) is tried again when
 * next asked, and fails again, visibly. `wrap` decorates each runner once (a log line per run).
 */
function runtimeCache(deps, wrap = (runner) => runner) {
    const runners = new Map();
    return (name) => {
        let runner = runners.get(name);
        if (!runner) {
            runner = createRuntime(name, deps).then(wrap);
            runner.catch(() => runners.delete(name));
            runners.set(name, runner);
        }
        return runner;
    };
}


/***/ }),

/***/ 4821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ pickEnv),
/* harmony export */   Mz: () => (/* binding */ BASE_ENV),
/* harmony export */   oN: () => (/* binding */ TRACKING_ENV)
/* harmony export */ });
/**
 * Variables that carry no secret and that almost every program needs. Each minimal environment
 * the action builds (Codex's own process, the verification commands) starts from these and adds
 * its own; tokens are never on any list, so they reach neither. `RUNNER_TRACKING_ID` is how the
 * runner's orphan clean-up finds what a job left running, so every child must carry it.
 */
const BASE_ENV = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TMPDIR',
    'RUNNER_TRACKING_ID',
];
/** The variable the runner's orphan clean-up looks for in every process's environment. */
const TRACKING_ENV = 'RUNNER_TRACKING_ID';
/**
 * The variables of `source` named in `allow`, and the locale's `LC_*`: the start of every minimal
 * environment the action gives a child (a runtime's CLI, a verification command).
 */
function pickEnv(source, allow) {
    const env = {};
    for (const name of allow) {
        const value = source[name];
        if (value !== undefined)
            env[name] = value;
    }
    for (const [name, value] of Object.entries(source)) {
        if (name.startsWith('LC_') && value !== undefined)
            env[name] = value;
    }
    return env;
}


/***/ })

};
