import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { ServerNotification, ServerRequest, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import { errorMessage } from '../errors.js';
import type { LogSink } from '../log.js';
import { noteTool } from '../tracker/local/session-file.js';
import { ToolError } from './errors.js';
import {
  createInput,
  createOutput,
  processInput,
  processOutput,
  retroInput,
  retroOutput,
  scanInput,
  scanOutput,
  testsInput,
  testsOutput,
} from './schemas.js';
import { createWorkItem } from './tools/create.js';
import { processBug } from './tools/process.js';
import { runRetrospective } from './tools/retro.js';
import { scanPrioritize } from './tools/scan.js';
import { runTests } from './tools/tests.js';
import { openWorkspace, type ServerOptions, updateSession, type Workspace } from './workspace.js';

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** What a tool's run gets beside its arguments. */
interface Call {
  /** Aborted when the client cancels, the call's `timeout` passes, or the server stops. */
  signal: AbortSignal;
  /** A progress notification, when the client asked for them (a progress token). */
  progress(done: number, total: number, message: string): void;
}

interface ToolSpec<I extends z.ZodObject, O extends z.ZodObject> {
  title: string;
  description: string;
  input: I;
  output: O;
  annotations: ToolAnnotations;
  /** One line for the session file's `last_tool`. */
  note(result: z.output<O>): string;
  run(ws: Workspace, args: z.output<I>, call: Call): Promise<z.output<O>>;
}

/**
 * The MCP server of codex-orchestrator (DESIGN §12): the five tools of the autonomous workflow
 * (seeds/003) over the local engine, the local tracker and the docs backlog. Each call is confined
 * to a repository under the server's roots; whatever goes wrong in one is that call's MCP tool
 * error with the reason, and the server goes on.
 */
export function orchestratorServer(
  options: ServerOptions & { version: string; log: LogSink; shutdown?: AbortSignal },
): { server: McpServer; idle(): Promise<void> } {
  const inflight = new Set<Promise<unknown>>();
  const server = new McpServer(
    { name: 'codex-orchestrator', version: options.version },
    {
      instructions:
        'Works a docs backlog (markdown items with front matter) with the local codex-orchestrator engine. ' +
        'scan_prioritize first; process_bug works one item to a verified branch in fresh contexts; ' +
        'run_retrospective at the end. Nothing is pushed and the default branch is never written: a person merges the branches.',
    },
  );
  const register = <I extends z.ZodObject, O extends z.ZodObject>(name: string, spec: ToolSpec<I, O>) => {
    const handler = async (args: z.output<I>, extra: Extra) => {
      let ws: Workspace | undefined;
      const timeout =
        typeof (args as { timeout?: unknown }).timeout === 'number'
          ? (args as { timeout: number }).timeout
          : undefined;
      const signals = [extra.signal, ...(options.shutdown ? [options.shutdown] : [])];
      if (timeout !== undefined) signals.push(AbortSignal.timeout(timeout * 1000));
      const signal = AbortSignal.any(signals);
      try {
        ws = await openWorkspace(options, (args as { repo_path: string }).repo_path);
        const opened = ws;
        const result = await whileNotAborted(signal, name, timeout, () =>
          spec.run(opened, args, { signal, progress: progressOf(extra) }),
        );
        await updateSession(opened, (s) => noteTool(s, name, { ok: true, note: spec.note(result) }), {
          ended: 'keep',
        });
        return {
          content: [{ type: 'text' as const, text: JSON.stringify(result) }],
          structuredContent: result as Record<string, unknown>,
        };
      } catch (error) {
        const message = error instanceof ToolError ? error.message : `${name} failed: ${errorMessage(error)}`;
        if (!(error instanceof ToolError))
          options.log(`${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
        const opened = ws;
        if (opened)
          await updateSession(opened, (s) => noteTool(s, name, { ok: false, note: message })).catch(
            () => undefined,
          );
        return { content: [{ type: 'text' as const, text: message }], isError: true };
      }
    };
    const tracked = (args: z.output<I>, extra: Extra) => {
      const call = handler(args, extra);
      inflight.add(call);
      void call.finally(() => inflight.delete(call));
      return call;
    };
    server.registerTool(
      name,
      {
        title: spec.title,
        description: spec.description,
        inputSchema: spec.input,
        outputSchema: spec.output,
        annotations: spec.annotations,
      },
      tracked as never,
    );
  };

  register('scan_prioritize', {
    title: 'Scan and prioritise the backlog',
    description:
      'Scan the docs backlog (work items, tasks, bugs as markdown files) and build the priority queue: the ready items in the order to work them, every blocked or waiting item with why, the human actions required (approvals, merges, backlog problems, an early exit), a summary and the next action. Read-only; with sync_remote it first fetches and fast-forwards a clean default-branch checkout.',
    input: scanInput,
    output: scanOutput,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    note: (r) => `${r.summary.ready} ready of ${r.summary.total}; next ${r.next_action.item_id ?? 'none'}`,
    run: (ws, args) => scanPrioritize(ws, args),
  });
  register('process_bug', {
    title: 'Work one backlog item to a verified branch',
    description:
      'Process one work item (bug, task or feature) to completion: each acceptance criterion in a fresh Codex context with one commit each on the item branch codex/<id>-<slug>, then the verification (tests). Invoke once per item; it loops over the criteria itself, reports progress per criterion, and returns complete, tests_failed, needs_decomposition or error with the sections completed and the test result. Cancelling it stops the runtime; calling it again continues. Never pushes, never writes the default branch.',
    input: processInput,
    output: processOutput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    note: (r) => `${r.status}${r.outcome !== r.status ? ` (${r.outcome})` : ''}: ${r.reason}`,
    run: (ws, args, call) => processBug(ws, args, { ...call, log: options.log }),
  });
  register('run_tests', {
    title: 'Run the verification (tests)',
    description:
      "Run the repository's configured verification commands (tests, build, lint) sandboxed, on a work item's branch (or the default branch when it has none), never in your working tree. Returns passed or failed with each failure's output; create_bugs files a bug item for a failure unless one is open already. Usually not needed after process_bug, which verifies itself.",
    input: testsInput,
    output: testsOutput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    note: (r) =>
      `${r.overall_status}${r.issues_created.length > 0 ? `, filed ${r.issues_created.map((i) => i.item_id).join(', ')}` : ''}`,
    run: (ws, args, call) => runTests(ws, args, call.signal),
  });
  register('create_work_item', {
    title: 'Create a backlog item',
    description:
      'Create a work item (bug, feature or human_action) in the docs backlog: a markdown file with the next free id and valid front matter, committed on its own (on the checked-out branch when it is not the default branch, else on a branch codex/backlog-<date>). Detects duplicates: an open item with the same title is returned instead, a similar one is named in duplicate_warning.',
    input: createInput,
    output: createOutput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
    note: (r) => (r.created ? `created ${r.item_id} (${r.location})` : `${r.item_id} exists with that title`),
    run: (ws, args) => createWorkItem(ws, args),
  });
  register('run_retrospective', {
    title: 'Retrospective over the session and the backlog',
    description:
      'Run the retrospective: analyse the session (items processed, completed, blocked) and the whole backlog, and recommend deprecations, merges of duplicates, priority changes and the next item. Applies them to the item files in one commit (never on the default branch) unless dry_run, and ends the session. Call it last.',
    input: retroInput,
    output: retroOutput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    note: (r) =>
      `${r.applied.length} applied, ${r.skipped.length} left alone${r.dry_run ? ' (dry run)' : ''}`,
    run: (ws, args, call) => runRetrospective(ws, args, call.signal),
  });
  return {
    server,
    // Every call that started has ended (the engine saved its state): safe to exit.
    idle: async () => {
      while (inflight.size > 0) await Promise.allSettled([...inflight]);
    },
  };
}

/** Progress notifications for the call's token; progress only ever grows, as the protocol asks. */
function progressOf(extra: Extra): Call['progress'] {
  const token = extra._meta?.progressToken;
  let last = Number.NEGATIVE_INFINITY;
  return (done, total, message) => {
    if (token === undefined || done <= last) return;
    last = done;
    void extra
      .sendNotification({
        method: 'notifications/progress',
        params: { progressToken: token, progress: done, total, message },
      })
      .catch(() => undefined);
  };
}

/**
 * The run's result, or a ToolError as soon as the call's `timeout` passes or it is cancelled; what
 * the run started stops on the same signal. Without a timeout (process_bug) the run is awaited: it
 * honours the signal itself and saves its state before it returns.
 */
async function whileNotAborted<T>(
  signal: AbortSignal,
  name: string,
  timeout: number | undefined,
  run: () => Promise<T>,
): Promise<T> {
  if (timeout === undefined) return run();
  const why = () =>
    signal.reason instanceof DOMException && signal.reason.name === 'TimeoutError'
      ? `${name} did not finish within timeout=${timeout} seconds.`
      : `${name} was cancelled.`;
  if (signal.aborted) throw new ToolError(why());
  let stop: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    stop = () => reject(new ToolError(why()));
    signal.addEventListener('abort', stop, { once: true });
  });
  aborted.catch(() => undefined);
  try {
    return await Promise.race([run(), aborted]);
  } finally {
    if (stop) signal.removeEventListener('abort', stop);
  }
}
