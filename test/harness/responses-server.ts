/**
 * A scripted OpenAI Responses API on 127.0.0.1 for end-to-end tests with the real `codex` binary.
 *
 * Every `POST /v1/responses` consumes the next scripted step and is recorded, so a test can both
 * drive the model's side of a turn and assert what Codex sent. Steps speak SSE the way Codex 0.169
 * reads it: `response.created`, one `response.output_item.done` per output item,
 * `response.completed` with usage (Codex sums the usage of every request of a thread).
 *
 * @example
 * ```ts
 * import { codexTestEnv, testRunner } from './codex-env.js';
 * const env = await codexTestEnv();           // temp git workspace, CODEX_HOME, events file
 * const server = await startResponsesServer();
 * server.enqueue(
 *   step.exec('npm test', { callId: 'test' }),     // the model runs a command...
 *   step.json({ status: 'pass', summary: 'ok' }),  // ...then answers (with --output-schema)
 * );
 * const { runner } = testRunner(server, env);   // a CodexRunner on the pinned binary
 * const result = await runner.run({ prompt: 'Review', cwd: env.workspace, sandbox: 'read-only', outputSchema });
 * expect(outputSchemaOf(server.requests[0]!)).toEqual(outputSchema.json);
 * expect(toolOutput(server.requests[1]!, 'test')).toContain('Process exited with code 0');
 * await server.close();
 * await env.cleanup();
 * ```
 *
 * To drive the action itself instead, give it `codex-path` = `pinnedCodex().path`,
 * `responses-api-endpoint` = `server.url` and `openai-api-key` = `TEST_API_KEY` (codex-env.ts);
 * to run the CLI by hand, add `cliFlags(server)` to `codex exec`.
 *
 * When the script runs out, the request gets HTTP 400 ("no scripted step left"), which Codex does
 * not retry: the turn fails with that message, and the request is in `server.unexpected`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Responses API output item, as `response.output_item.done` carries it. */
export type OutputItem = Record<string, unknown>;

/** Token counts one scripted response reports (Codex adds them up per thread). */
export interface StepUsage {
  input: number;
  cached?: number;
  output: number;
  reasoning?: number;
}

/** What the server does with one incoming request. */
type StepKind =
  /** A complete streamed response: the items, then `response.completed` with the usage. */
  | { kind: 'response'; items: OutputItem[]; usage: StepUsage }
  /** A plain HTTP error with an OpenAI-style JSON body (401, 429, 500, ...). */
  | { kind: 'http_error'; status: number; message: string; headers?: Record<string, string> }
  /** Headers and the given items are sent, then nothing until the server closes. */
  | { kind: 'stall'; items: OutputItem[] }
  /** The stream ends without `response.completed` (Codex retries it as a stream error). */
  | { kind: 'disconnect'; items: OutputItem[] }
  /** `response.failed` with this message. */
  | { kind: 'failed'; message: string; code: string };

/**
 * One scripted answer. `onServe` runs just before it is sent: a test changes the world while the
 * model "thinks" (a person edits an issue in the meantime); the answer waits for its promise.
 */
export type Step = StepKind & { onServe?: () => void | Promise<void> };

export const DEFAULT_USAGE: StepUsage = { input: 100, cached: 0, output: 10, reasoning: 0 };

let callCounter = 0;
/** A fresh tool call id (`call_1`, `call_2`, ... per test process) unless one is given. */
const nextCallId = (): string => `call_${++callCounter}`;

/** Builders for output items; combine several in one response with `step.items`. */
export const item = {
  message: (text: string): OutputItem => ({
    type: 'message',
    role: 'assistant',
    id: `msg_${++callCounter}`,
    content: [{ type: 'output_text', text }],
  }),
  reasoning: (text: string): OutputItem => ({
    type: 'reasoning',
    id: `rs_${++callCounter}`,
    summary: [{ type: 'summary_text', text }],
  }),
  /** Any function tool Codex offered (see `toolNames`), arguments as an object. */
  functionCall: (name: string, args: Record<string, unknown>, callId = nextCallId()): OutputItem => ({
    type: 'function_call',
    name,
    arguments: JSON.stringify(args),
    call_id: callId,
  }),
  /** The `exec_command` tool (unified exec, the shell tool of gpt-5.5 in Codex 0.169). */
  exec: (
    cmd: string,
    options: { callId?: string; workdir?: string; yieldTimeMs?: number; escalate?: string } = {},
  ): OutputItem =>
    item.functionCall(
      'exec_command',
      {
        cmd,
        ...(options.workdir ? { workdir: options.workdir } : {}),
        ...(options.yieldTimeMs ? { yield_time_ms: options.yieldTimeMs } : {}),
        ...(options.escalate
          ? { sandbox_permissions: 'require_escalated', justification: options.escalate }
          : {}),
      },
      options.callId,
    ),
  /** The freeform `apply_patch` tool; `patch` is the `*** Begin Patch ... *** End Patch` text. */
  applyPatch: (patch: string, callId = nextCallId()): OutputItem => ({
    type: 'custom_tool_call',
    name: 'apply_patch',
    input: patch,
    call_id: callId,
  }),
};

/** Builders for steps. Each takes an optional usage (default `DEFAULT_USAGE`). */
export const step = {
  items: (items: OutputItem[], usage: StepUsage = DEFAULT_USAGE): Step => ({
    kind: 'response',
    items,
    usage,
  }),
  message: (text: string, usage?: StepUsage): Step => step.items([item.message(text)], usage),
  /** An assistant message holding `JSON.stringify(value)` (a structured answer). */
  json: (value: unknown, usage?: StepUsage): Step => step.message(JSON.stringify(value), usage),
  exec: (cmd: string, options?: Parameters<typeof item.exec>[1], usage?: StepUsage): Step =>
    step.items([item.exec(cmd, options)], usage),
  functionCall: (name: string, args: Record<string, unknown>, usage?: StepUsage): Step =>
    step.items([item.functionCall(name, args)], usage),
  applyPatch: (patch: string, usage?: StepUsage): Step => step.items([item.applyPatch(patch)], usage),
  httpError: (
    status: number,
    message = `scripted HTTP ${status}`,
    headers?: Record<string, string>,
  ): Step => ({
    kind: 'http_error',
    status,
    message,
    headers,
  }),
  stall: (items: OutputItem[] = []): Step => ({ kind: 'stall', items }),
  disconnect: (items: OutputItem[] = []): Step => ({ kind: 'disconnect', items }),
  failed: (message: string, code = 'server_error'): Step => ({ kind: 'failed', message, code }),
};

/** One request as the server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** The parsed JSON body (undefined when it was not JSON). */
  body: Record<string, unknown> | undefined;
  /** The step that answered it; undefined when the script had run out. */
  step: Step | undefined;
}

/** A running scripted server; see the module comment. */
export interface ResponsesServer {
  /** The base URL to give Codex (`model_providers.<id>.base_url`), ending in `/v1`. */
  readonly url: string;
  /** Every request to `/v1/responses`, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** Requests that arrived after the script ran out. */
  readonly unexpected: readonly RecordedRequest[];
  /** Steps not consumed yet. */
  readonly pending: number;
  /** Appends steps to the script. */
  enqueue(...steps: Step[]): void;
  /** Drops the remaining steps and the recorded requests (to reuse one server across tests). */
  reset(): void;
  /** Ends stalled streams and stops listening. */
  close(): Promise<void>;
}

const sse = (res: ServerResponse, event: Record<string, unknown>): void => {
  res.write(`event: ${String(event.type)}\ndata: ${JSON.stringify(event)}\n\n`);
};

const usageBody = (u: StepUsage) => ({
  input_tokens: u.input,
  input_tokens_details: { cached_tokens: u.cached ?? 0 },
  output_tokens: u.output,
  output_tokens_details: { reasoning_tokens: u.reasoning ?? 0 },
  total_tokens: u.input + u.output,
});

function answer(res: ServerResponse, s: Step, responseId: string): void {
  if (s.kind === 'http_error') {
    res.writeHead(s.status, { 'content-type': 'application/json', ...s.headers });
    res.end(JSON.stringify({ error: { message: s.message, type: 'scripted_error', code: null } }));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  sse(res, { type: 'response.created', response: { id: responseId } });
  if (s.kind === 'failed') {
    sse(res, {
      type: 'response.failed',
      response: { id: responseId, error: { code: s.code, message: s.message } },
    });
    res.end();
    return;
  }
  s.items.forEach((it, index) => {
    sse(res, { type: 'response.output_item.done', output_index: index, item: it });
  });
  if (s.kind === 'stall') return; // left open: close() ends it
  if (s.kind === 'response') {
    sse(res, { type: 'response.completed', response: { id: responseId, usage: usageBody(s.usage) } });
  }
  res.end();
}

/** Starts a scripted server on 127.0.0.1 (a free port), optionally with a first script. */
export async function startResponsesServer(steps: Step[] = []): Promise<ResponsesServer> {
  const script = [...steps];
  const requests: RecordedRequest[] = [];
  const unexpected: RecordedRequest[] = [];
  let responseCount = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (req.method !== 'POST' || !path.endsWith('/responses')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ error: { message: `responses-server: no route for ${req.method} ${path}` } }),
        );
        return;
      }
      let body: Record<string, unknown> | undefined;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        body = undefined;
      }
      const next = script.shift();
      const recorded: RecordedRequest = { method: req.method, path, headers: req.headers, body, step: next };
      requests.push(recorded);
      if (!next) {
        unexpected.push(recorded);
        answer(
          res,
          step.httpError(400, `responses-server: no scripted step left for request #${requests.length}`),
          '',
        );
        return;
      }
      const id = `resp_${++responseCount}`;
      void Promise.resolve(next.onServe?.()).then(() => answer(res, next, id));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    unexpected,
    get pending() {
      return script.length;
    },
    enqueue: (...more) => {
      script.push(...more);
    },
    reset: () => {
      script.length = 0;
      requests.length = 0;
      unexpected.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type InputItem = { type?: string; role?: string; content?: unknown; call_id?: string; output?: unknown };
const inputOf = (req: RecordedRequest): InputItem[] =>
  Array.isArray(req.body?.input) ? (req.body.input as InputItem[]) : [];

/** The text of every user message in the request's input (the prompt is the last one of a turn). */
export function userTexts(req: RecordedRequest): string[] {
  return inputOf(req)
    .filter((i) => i.type === 'message' && i.role === 'user' && Array.isArray(i.content))
    .map((i) =>
      (i.content as { type?: string; text?: string }[])
        .filter((c) => c.type === 'input_text')
        .map((c) => c.text ?? '')
        .join(''),
    );
}

/** What Codex sent back for a tool call (`function_call_output` / `custom_tool_call_output`). */
export function toolOutput(req: RecordedRequest, callId: string): string | undefined {
  const found = inputOf(req).find(
    (i) =>
      (i.type === 'function_call_output' || i.type === 'custom_tool_call_output') && i.call_id === callId,
  );
  if (!found) return undefined;
  return typeof found.output === 'string' ? found.output : JSON.stringify(found.output);
}

/** The JSON schema Codex forwarded from `--output-schema` (`text.format.schema`), if any. */
export function outputSchemaOf(req: RecordedRequest): unknown {
  const format = (req.body?.text as { format?: { schema?: unknown } } | undefined)?.format;
  return format?.schema;
}

/** The names of the tools Codex offered in this request (e.g. `exec_command`, `apply_patch`). */
export function toolNames(req: RecordedRequest): string[] {
  const tools = Array.isArray(req.body?.tools) ? (req.body.tools as { name?: string; type?: string }[]) : [];
  return tools.map((t) => t.name ?? t.type ?? '');
}

/** The id of the provider `cliFlags` defines. */
export const SCRIPTED_PROVIDER = 'scripted';
/** The variable `cliFlags` reads the key from. */
export const SCRIPTED_KEY_VAR = 'SCRIPTED_RESPONSES_KEY';

/**
 * `-c` flags (and the environment they need) that point a bare `codex exec` at this server:
 * a provider `scripted` with no request-level retries, so an HTTP error reaches the stream at once.
 */
export function cliFlags(
  server: ResponsesServer,
  key = 'sk-scripted',
): { flags: string[]; env: Record<string, string> } {
  const p = `model_providers.${SCRIPTED_PROVIDER}`;
  const config = [
    `model_provider="${SCRIPTED_PROVIDER}"`,
    `${p}.name="${SCRIPTED_PROVIDER}"`,
    `${p}.base_url=${JSON.stringify(server.url)}`,
    `${p}.wire_api="responses"`,
    `${p}.env_key="${SCRIPTED_KEY_VAR}"`,
    `${p}.request_max_retries=0`,
    `${p}.stream_max_retries=1`,
  ];
  return { flags: config.flatMap((c) => ['-c', c]), env: { [SCRIPTED_KEY_VAR]: key } };
}
