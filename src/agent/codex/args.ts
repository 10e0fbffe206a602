import type { Effort, Inputs } from '../../inputs.js';
import { BASE_ENV, pickEnv } from '../../safety/env.js';
import type { SandboxMode } from '../types.js';

/** The provider id every run uses, so the model key can only travel through its `env_key`. */
export const PROVIDER_ID = 'codex-orchestrator';
/** The variable holding the model key, set in Codex's own environment and nowhere else. */
export const KEY_ENV_VAR = 'CODEX_ORCHESTRATOR_API_KEY';
export const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/**
 * The default model of each pinned Codex version (the request's `model` and the rollout's
 * `turn_context` without `-m`), so that a run without the `model` input is priced in advance.
 */
export const CODEX_DEFAULT_MODELS: Readonly<Record<string, string>> = { '0.171.0': 'gpt-6.2-sol' };

/**
 * The model a Codex run will use: the `model` input, else the default of the pinned CLI (unknown
 * for a `codex-path` binary, whose version the inputs do not say).
 */
export const codexModelOf = (
  inputs: Pick<Inputs, 'model' | 'codexPath' | 'codexVersion'>,
): string | undefined =>
  inputs.model || (inputs.codexPath ? undefined : CODEX_DEFAULT_MODELS[inputs.codexVersion]);

/** Kept from the action's environment for Codex itself; everything else (GITHUB_*, INPUT_*, ...) is dropped. */
const CODEX_ENV_ALLOW = [
  ...BASE_ENV,
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

/** How Codex reaches the model; the retry and idle knobs exist so tests can fail fast. */
export interface ProviderSettings {
  baseUrl: string;
  /** Empty means no `env_key` (a gateway that needs no key). */
  apiKey: string;
  requestMaxRetries?: number;
  streamMaxRetries?: number;
  streamIdleTimeoutMs?: number;
}

/** Everything that decides one `codex exec` command line. */
export interface ExecArgsOptions {
  cwd: string;
  sandbox: SandboxMode;
  provider: ProviderSettings;
  model?: string;
  effort?: Effort;
  networkAccess?: boolean;
  outputSchemaFile?: string;
  resumeThreadId?: string;
  /** Further `-c key=value` overrides (TOML values), after ours. */
  extraConfig?: readonly string[];
  /**
   * Variables set for every command Codex runs, on top of `inherit=core` (RUNNER_TRACKING_ID, so
   * the runner's orphan clean-up finds them). Names must be plain identifiers.
   */
  commandEnv?: Readonly<Record<string, string>>;
}

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
export const tomlString = (value: string): string => JSON.stringify(value);
const tomlArray = (values: readonly string[]): string => `[${values.map(tomlString).join(',')}]`;

/**
 * The argv after the binary. The prompt always comes from stdin (`-`); for a resume every flag
 * goes before the `resume` subcommand, because `exec resume` has no `-s` and the sandbox is not
 * restored from the session.
 */
export function buildExecArgs(o: ExecArgsOptions): string[] {
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
export function buildCodexEnv(o: {
  source: NodeJS.ProcessEnv;
  codexHome: string;
  apiKey: string;
  /** Prepended to PATH (the CLI's bundled `rg`). */
  extraPath?: string;
  /** TMPDIR of Codex and its commands (the sandbox's private temporary directory). */
  tmpDir?: string;
}): Record<string, string> {
  const env = pickEnv(o.source, CODEX_ENV_ALLOW);
  env.PATH = [o.extraPath, env.PATH ?? '/usr/local/bin:/usr/bin:/bin'].filter(Boolean).join(':');
  env.CODEX_HOME = o.codexHome;
  if (o.tmpDir) env.TMPDIR = o.tmpDir;
  if (o.apiKey) env[KEY_ENV_VAR] = o.apiKey;
  return env;
}
