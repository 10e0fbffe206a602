import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { errorMessage } from '../errors.js';
import { createGitExec } from '../git/exec.js';
import { parseFlags } from '../local/command.js';
import { userToolCache } from '../local/engine.js';
import { inputFlagOptions, inputFlagUsage, inputsFromFlags } from '../local/inputs.js';
import { redirectLog } from '../log.js';
import { setJobSecrets } from '../safety/secrets.js';
import { allowedRoots } from './confine.js';
import { orchestratorServer } from './server.js';

const USAGE = `Usage: codex-orchestrator mcp [--root DIR]... [options]

Serves the backlog's tools to an MCP client over stdio: scan_prioritize, process_bug, run_tests,
create_work_item and run_retrospective, over the local engine (the same as \`codex-orchestrator run\`).
Each call names a repository (repo_path) that must lie inside a --root folder; nothing is pushed and
the default branch is never written.

  --root DIR                a folder the tools may work in (repeatable; default: the current directory)
${inputFlagUsage()}

Keys come from the environment: OPENAI_API_KEY (ANTHROPIC_API_KEY for a claude runtime). Log lines
go to stderr; stdout carries the protocol.`;

/** The server's process: stdio, signals, and where its lines go; tests pass their own streams. */
export interface McpIo {
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The protocol's streams (default this process's stdin and stdout). */
  stdin?: NodeJS.ReadableStream;
  stdout?: NodeJS.WritableStream;
}

const VERSION = '0.1.0';

/** `codex-orchestrator mcp`: serves until the client closes stdin or a signal; resolves to the exit code. */
export async function mcpCommand(argv: readonly string[], io: McpIo): Promise<number> {
  // stdout is the protocol: the usage goes to stderr.
  const values = parseFlags(() => parse(argv), USAGE, { stderr: io.stderr, help: io.stderr });
  if (typeof values === 'number') return values;
  let roots: string[];
  let inputs: ReturnType<typeof inputsFromFlags>;
  try {
    inputs = inputsFromFlags(values, io.env);
    roots = await allowedRoots(values.root ?? [], io.cwd);
  } catch (error) {
    // Bad flags (InputError names each) or a --root that is no folder.
    io.stderr(`${errorMessage(error)}\n`);
    return 2;
  }
  // stdout is the protocol's: every line of the engine goes to stderr (or an item's log).
  const log = (line: string) => io.stderr(`${line}\n`);
  redirectLog(log);
  setJobSecrets([
    { name: 'the model key', value: inputs.openaiApiKey },
    { name: 'the anthropic-api-key', value: inputs.anthropicApiKey },
    { name: 'the session key', value: inputs.sessionKey },
  ]);
  const scratch = await mkdtemp(join(tmpdir(), 'codex-orchestrator-mcp-'));
  const shutdown = new AbortController();
  const { server, idle } = orchestratorServer({
    roots,
    inputs,
    toolCache: userToolCache(io.env),
    scratch,
    git: createGitExec(),
    env: io.env,
    version: VERSION,
    log,
    shutdown: shutdown.signal,
  });
  const stdin = io.stdin ?? process.stdin;
  const transport = new StdioServerTransport(stdin as never, (io.stdout ?? process.stdout) as never);
  let stop: (why: string) => void = () => {};
  const ended = new Promise<string>((resolve) => {
    stop = resolve;
  });
  const closed = () => stop('the client closed stdin');
  const onInt = () => stop('SIGINT');
  const onTerm = () => stop('SIGTERM');
  stdin.once('end', closed);
  stdin.once('close', closed);
  transport.onclose = () => stop('the transport closed');
  process.once('SIGINT', onInt);
  process.once('SIGTERM', onTerm);
  try {
    await server.connect(transport);
    log(`codex-orchestrator mcp: serving ${roots.join(', ')}`);
    const why = await ended;
    log(`codex-orchestrator mcp: stopping (${why}); running calls save their state first.`);
    shutdown.abort(new Error(why));
    await idle();
    await server.close().catch(() => undefined);
    return 0;
  } finally {
    stdin.off('end', closed);
    stdin.off('close', closed);
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    redirectLog(undefined);
    await rm(scratch, { recursive: true, force: true });
  }
}

function parse(argv: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      root: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
      ...inputFlagOptions,
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new Error(`Unexpected argument '${positionals[0]}'.`);
  return values;
}
