import type { Inputs } from '../../inputs.js';
import { BASE_ENV, pickEnv } from '../../safety/env.js';

/**
 * The tools a Claude Code reviewer may have: reading and searching files, nothing that runs a
 * command, edits, or reaches the network. Under `--bare` (2.1.332) only `Read` exists of these:
 * `Grep` and `Glob` are asked for but not offered (seen in `system/init`). The runner checks the
 * offered tools against this list and refuses a run that was given any other.
 */
export const READ_ONLY_TOOLS = ['Read', 'Grep', 'Glob'] as const;

/** The client-side tool Claude Code adds for `--json-schema`; its input is the structured answer. */
export const STRUCTURED_OUTPUT_TOOL = 'StructuredOutput';

/** Model turns (API requests) per run, `--max-turns`: a reviewer reads a few files, then answers. */
export const DEFAULT_MAX_TURNS = 40;

/**
 * The default model of each pinned Claude Code version (observed in `system/init`), so that a run
 * without `claude-model` is priced before it starts.
 */
export const CLAUDE_DEFAULT_MODELS: Readonly<Record<string, string>> = { '2.1.332': 'claude-opus-5-5' };

/** The model a Claude Code run will use: the `claude-model` input, else the pinned CLI's default. */
export const claudeModelOf = (
  inputs: Pick<Inputs, 'claudeModel' | 'claudeCodeVersion'>,
): string | undefined => inputs.claudeModel || CLAUDE_DEFAULT_MODELS[inputs.claudeCodeVersion];

/** No MCP server at all: with `--strict-mcp-config`, nothing from the user's or the project's files. */
export const NO_MCP_SERVERS = '{"mcpServers":{}}';

/** Everything that decides one `claude -p` command line. */
export interface ClaudeArgsOptions {
  /** The JSON schema of the structured answer, if any (`--json-schema`). */
  jsonSchema?: Record<string, unknown>;
  model?: string;
  maxTurns: number;
  /** A new session's id (`--session-id`), or the session to continue (`--resume`). */
  session: { kind: 'new'; id: string } | { kind: 'resume'; id: string };
}

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
export function buildClaudeArgs(o: ClaudeArgsOptions): string[] {
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
  ...BASE_ENV.filter((name) => name !== 'HOME' && name !== 'TMPDIR'),
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
export function buildClaudeEnv(o: {
  source: NodeJS.ProcessEnv;
  home: string;
  tmpDir: string;
  apiKey: string;
  baseUrl?: string;
}): Record<string, string> {
  const env = pickEnv(o.source, CLAUDE_ENV_ALLOW);
  env.PATH ??= '/usr/local/bin:/usr/bin:/bin';
  env.HOME = o.home;
  env.TMPDIR = o.tmpDir;
  env.ANTHROPIC_API_KEY = o.apiKey;
  if (o.baseUrl) env.ANTHROPIC_BASE_URL = o.baseUrl;
  env.CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC = '1';
  env.DISABLE_AUTOUPDATER = '1';
  env.DISABLE_TELEMETRY = '1';
  env.DISABLE_ERROR_REPORTING = '1';
  // Belt and braces over --bare: no project memory, nothing remembered between runs.
  env.CLAUDE_CODE_DISABLE_CLAUDE_MDS = '1';
  env.CLAUDE_CODE_DISABLE_AUTO_MEMORY = '1';
  return env;
}
