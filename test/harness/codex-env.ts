/**
 * Real parts for tests that run the pinned `codex` binary: temp folders (a CODEX_HOME, a git
 * workspace, an events file), the binary from node_modules, and a CodexRunner pointed at a
 * scripted Responses server.
 *
 * @example
 * ```ts
 * const env = await codexTestEnv();
 * const server = await startResponsesServer([step.message('hi')]);
 * const { runner, log } = testRunner(server, env);
 * const result = await runner.run({ prompt: 'Say hi', cwd: env.workspace, sandbox: 'read-only' });
 * await server.close(); await env.cleanup();
 * ```
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodexBinary } from '../../src/agent/codex/install.js';
import { CodexRunner, type CodexRunnerOptions, type RunnerLog } from '../../src/agent/codex/runner.js';
import type { AgentRunResult } from '../../src/agent/types.js';
import { type ResponsesServer, startResponsesServer } from './responses-server.js';

/** The model key tests hand to Codex; a command the agent runs must never see it. */
export const TEST_API_KEY = 'sk-test-orchestrator-5f3a9c1e7b2d';

/** The repository root (where node_modules holds the pinned @openai/codex). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const TRIPLE: Record<string, string> = {
  x64: 'x86_64-unknown-linux-musl',
  arm64: 'aarch64-unknown-linux-musl',
};

/** The pinned native binary from node_modules (what `codex-path` would point at on a runner). */
export function pinnedCodex(): CodexBinary {
  const triple = TRIPLE[process.arch] ?? 'x86_64-unknown-linux-musl';
  const vendor = join(REPO_ROOT, 'node_modules', '@openai', `codex-linux-${process.arch}`, 'vendor', triple);
  return { path: join(vendor, 'bin', 'codex'), extraPath: join(vendor, 'codex-path') };
}

/** Temp folders for one test: a git workspace, a CODEX_HOME, an events file. */
export interface CodexTestEnv {
  root: string;
  workspace: string;
  codexHome: string;
  eventsFile: string;
  cleanup(): Promise<void>;
}

/** Creates the folders; the workspace is a real git repository with one commit. */
export async function codexTestEnv(): Promise<CodexTestEnv> {
  const root = await mkdtemp(join(tmpdir(), 'codex-e2e-'));
  const workspace = join(root, 'workspace');
  const codexHome = join(root, 'codex-home');
  await mkdir(workspace);
  await mkdir(codexHome);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'init');
  return {
    root,
    workspace,
    codexHome,
    eventsFile: join(root, 'events.jsonl'),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** A RunnerLog that keeps every line (and no stdout noise). */
export function recordingLog(): RunnerLog & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (t) => lines.push(t),
    debug: (t) => lines.push(`[debug] ${t}`),
    startGroup: (n) => lines.push(`[group] ${n}`),
    endGroup: () => lines.push('[endgroup]'),
  };
}

/**
 * Runner options aimed at a scripted server: the test key, a model with bundled metadata
 * (`gpt-5.5` offers `exec_command` and the freeform `apply_patch`), and no request-level retries
 * so an HTTP error reaches the stream at once.
 */
export function runnerOptionsFor(
  server: ResponsesServer,
): Pick<CodexRunnerOptions, 'provider' | 'model' | 'codex'> {
  return {
    codex: pinnedCodex(),
    model: 'gpt-5.5',
    provider: {
      baseUrl: server.url,
      apiKey: TEST_API_KEY,
      requestMaxRetries: 0,
      streamMaxRetries: 1,
      streamIdleTimeoutMs: 60_000,
    },
  };
}

/** A CodexRunner on the pinned binary against `server`, logging into `log.lines`. */
export function testRunner(
  server: ResponsesServer,
  env: CodexTestEnv,
  overrides: Partial<CodexRunnerOptions> = {},
): { runner: CodexRunner; log: ReturnType<typeof recordingLog> } {
  const log = recordingLog();
  const runner = new CodexRunner({
    ...runnerOptionsFor(server),
    codexHome: env.codexHome,
    eventsFile: env.eventsFile,
    log,
    killGraceMs: 1000,
    // A secret in the action's environment that must reach neither Codex nor its commands.
    env: {
      ...process.env,
      GITHUB_TOKEN: 'ghs_test_token_must_not_leak',
      INPUT_GITHUB_TOKEN: 'ghs_input_leak',
    },
    ...overrides,
  });
  return { runner, log };
}

/** A fresh Codex environment and scripted Responses server, for one test. */
export async function codexAndModel(): Promise<{ env: CodexTestEnv; server: ResponsesServer }> {
  return { env: await codexTestEnv(), server: await startResponsesServer() };
}

/** Closes what {@link codexAndModel} started. */
export async function closeCodexAndModel(parts: {
  env: CodexTestEnv;
  server: ResponsesServer;
}): Promise<void> {
  await parts.server.close();
  await parts.env.cleanup();
}

/** The run's result, or a failure that names why it did not succeed. */
export function succeeded<T>(result: AgentRunResult<T>) {
  if (!result.ok)
    throw new Error(`Expected success, got ${result.kind}: ${result.message}\n${result.stderrTail}`);
  return result;
}
