/**
 * Real parts for tests that run the pinned `claude` binary: temp folders (a HOME, a git workspace,
 * an events file), the native binary from node_modules, and a ClaudeRunner pointed at a scripted
 * Anthropic Messages API (anthropic-server.ts). The counterpart of codex-env.ts.
 *
 * @example
 * ```ts
 * const { env, server } = await claudeAndModel();
 * server.enqueue(claudeStep.structured({ verdict: 'pass' }));
 * const { runner } = testClaudeRunner(server, env);
 * const result = await runner.run({ prompt: 'Review', cwd: env.workspace, sandbox: 'read-only', outputSchema });
 * await closeClaudeAndModel({ env, server });
 * ```
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClaudeRunner, type ClaudeRunnerOptions } from '../../src/agent/claude/runner.js';
import { type ClaudeBinary, claudeCacheDir } from '../../src/agent/install/claude.js';
import { INSTALL_MARKER } from '../../src/agent/install/tool-cache.js';
import { type AnthropicServer, startAnthropicServer } from './anthropic-server.js';
import { REPO_ROOT, recordingLog } from './codex-env.js';

/** The Anthropic key tests hand to Claude Code: the only secret it may see. */
export const TEST_ANTHROPIC_KEY = 'sk-ant-test-orchestrator-9d2e41c7a0';

/** Secrets of the action's environment that must reach neither Claude Code nor the model. */
export const PARENT_SECRETS = {
  GITHUB_TOKEN: 'ghs_claudeTestTokenMustNotLeak01',
  INPUT_GITHUB_TOKEN: 'ghs_claudeTestInputMustNotLeak02',
  OPENAI_API_KEY: 'sk-openai-claudeTestMustNotLeak03',
  ACTIONS_RUNTIME_TOKEN: 'actions-runtime-claudeTestMustNotLeak04',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'actions-oidc-claudeTestMustNotLeak05',
} as const;

/**
 * The pinned native binary: the platform package's `claude`, not the wrapper's `bin/claude.exe`
 * (a stub until its postinstall has run).
 */
export function pinnedClaude(): ClaudeBinary {
  return {
    path: join(
      REPO_ROOT,
      'node_modules',
      '@anthropic-ai',
      `claude-code-${process.platform}-${process.arch}`,
      'claude',
    ),
  };
}

/**
 * Puts the pinned binary into `toolCache` the way the installer leaves it (src/agent/install/
 * claude.ts: `bin/claude` and the completion marker), so a job finds it there and installs nothing.
 */
export async function seedClaudeToolCache(toolCache: string, version: string): Promise<string> {
  const dir = claudeCacheDir(toolCache, version);
  await mkdir(join(dir, 'bin'), { recursive: true });
  await symlink(pinnedClaude().path, join(dir, 'bin', 'claude'));
  await writeFile(join(dir, INSTALL_MARKER), `${version}\n`);
  return dir;
}

/** Temp folders for one test: a git workspace, Claude Code's HOME, an events file. */
export interface ClaudeTestEnv {
  root: string;
  workspace: string;
  home: string;
  eventsFile: string;
  cleanup(): Promise<void>;
}

/** Creates the folders; the workspace is a real git repository with one commit. */
export async function claudeTestEnv(): Promise<ClaudeTestEnv> {
  const root = await mkdtemp(join(tmpdir(), 'claude-e2e-'));
  const workspace = join(root, 'workspace');
  const home = join(root, 'claude-home');
  await mkdir(workspace);
  await mkdir(home);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'init');
  return {
    root,
    workspace,
    home,
    eventsFile: join(root, 'events.jsonl'),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** A ClaudeRunner on the pinned binary against `server`, with secrets in the parent environment. */
export function testClaudeRunner(
  server: AnthropicServer,
  env: ClaudeTestEnv,
  overrides: Partial<ClaudeRunnerOptions> = {},
): { runner: ClaudeRunner; log: ReturnType<typeof recordingLog> } {
  const log = recordingLog();
  const runner = new ClaudeRunner({
    claude: pinnedClaude(),
    home: env.home,
    eventsFile: env.eventsFile,
    apiKey: TEST_ANTHROPIC_KEY,
    baseUrl: server.url,
    model: 'claude-opus-5-5',
    log,
    killGraceMs: 1000,
    env: { ...process.env, ...PARENT_SECRETS },
    ...overrides,
  });
  return { runner, log };
}

/** A fresh Claude Code environment and scripted Anthropic API, for one test. */
export async function claudeAndModel(): Promise<{ env: ClaudeTestEnv; server: AnthropicServer }> {
  return { env: await claudeTestEnv(), server: await startAnthropicServer() };
}

/** Closes what {@link claudeAndModel} started. */
export async function closeClaudeAndModel(parts: {
  env: ClaudeTestEnv;
  server: AnthropicServer;
}): Promise<void> {
  await parts.server.close();
  await parts.env.cleanup();
}
