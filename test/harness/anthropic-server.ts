/**
 * A scripted Anthropic Messages API on 127.0.0.1 for end-to-end tests with the real `claude`
 * binary, the counterpart of responses-server.ts (which drives Codex).
 *
 * Every `POST /v1/messages` consumes the next scripted step and is recorded (headers and body),
 * so a test both plays the model and asserts what Claude Code sent. A step streams as the real API
 * does: `message_start` (with the input usage), per content block `content_block_start`, its
 * deltas (`text_delta`, or `input_json_delta` in pieces for a `tool_use`) and `content_block_stop`,
 * then `message_delta` with the stop reason and the output usage, and `message_stop`. A request
 * with `stream: false` gets the whole message as one JSON body.
 *
 * @example
 * ```ts
 * const server = await startAnthropicServer();
 * server.enqueue(
 *   claudeStep.toolUse('Read', { file_path: `${cwd}/README.md` }),  // the model reads a file...
 *   claudeStep.structured({ verdict: 'pass' }),                     // ...then answers the schema
 * );
 * // run claude with ANTHROPIC_BASE_URL = server.url
 * expect(toolResultOf(server.requests[1]!, server.requests[0]!.answeredToolIds[0]!)).toContain('# readme');
 * ```
 *
 * When the script runs out, the request gets HTTP 400 (`invalid_request_error`), which Claude Code
 * does not retry, and it is kept in `server.unexpected`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The tool Claude Code adds for `--json-schema`; its input is the structured answer. */
export const STRUCTURED_OUTPUT_TOOL = 'StructuredOutput';

/** Token counts one scripted message reports (the API's usage of that one request). */
export interface ClaudeUsage {
  input: number;
  cacheRead?: number;
  cacheWrite?: number;
  output: number;
}

export const DEFAULT_CLAUDE_USAGE: ClaudeUsage = { input: 100, cacheRead: 0, cacheWrite: 0, output: 10 };

/** One content block of an assistant message. */
export type ContentBlock =
  | { type: 'text'; text: string }
  | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> };

type StepKind =
  | {
      kind: 'message';
      blocks: ContentBlock[];
      stopReason: 'end_turn' | 'tool_use' | 'max_tokens';
      usage: ClaudeUsage;
    }
  /** A plain HTTP error with an Anthropic-style JSON body. */
  | { kind: 'http_error'; status: number; errorType: string; message: string }
  /** `message_start`, then nothing until the server closes (a model that hangs). */
  | { kind: 'stall' };

/** One scripted answer; `onServe` runs just before it is sent (the answer waits for its promise). */
export type ClaudeStep = StepKind & { onServe?: (request: RecordedClaudeRequest) => void | Promise<void> };

let idCounter = 0;
const nextToolId = (): string => `toolu_scripted_${++idCounter}`;

/** Builders for content blocks, to combine several in one message with `claudeStep.blocks`. */
export const block = {
  text: (text: string): ContentBlock => ({ type: 'text', text }),
  toolUse: (name: string, input: Record<string, unknown>, id = nextToolId()): ContentBlock => ({
    type: 'tool_use',
    id,
    name,
    input,
  }),
};

/** Builders for steps; each takes an optional usage (default `DEFAULT_CLAUDE_USAGE`). */
export const claudeStep = {
  blocks: (blocks: ContentBlock[], usage: ClaudeUsage = DEFAULT_CLAUDE_USAGE): ClaudeStep => ({
    kind: 'message',
    blocks,
    stopReason: blocks.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn',
    usage,
  }),
  /** The model answers with text only (no tool call: under `--json-schema`, no structured answer). */
  text: (text: string, usage?: ClaudeUsage): ClaudeStep => claudeStep.blocks([block.text(text)], usage),
  /** The model calls a tool (`Read`, `Bash`, `Write`, ...) with this input. */
  toolUse: (name: string, input: Record<string, unknown>, usage?: ClaudeUsage, id?: string): ClaudeStep =>
    claudeStep.blocks([block.toolUse(name, input, id)], usage),
  /** The model gives its structured answer (the `StructuredOutput` tool with `value` as input). */
  structured: (value: Record<string, unknown>, usage?: ClaudeUsage): ClaudeStep =>
    claudeStep.toolUse(STRUCTURED_OUTPUT_TOOL, value, usage),
  stall: (): ClaudeStep => ({ kind: 'stall' }),
  httpError: (status: number, message = `scripted HTTP ${status}`, errorType = 'api_error'): ClaudeStep => ({
    kind: 'http_error',
    status,
    errorType,
    message,
  }),
};

/** One request as the server received it. */
export interface RecordedClaudeRequest {
  method: string;
  /** The path with its query (`/v1/messages?beta=true`). */
  url: string;
  headers: IncomingMessage['headers'];
  /** The raw body, for "this text appears nowhere" assertions. */
  raw: string;
  /** The parsed JSON body (undefined when it was not JSON). */
  body: Record<string, unknown> | undefined;
  /** The step that answered it; undefined when the script had run out. */
  step: ClaudeStep | undefined;
}

/** A running scripted server; see the module comment. */
export interface AnthropicServer {
  /** The base URL to give Claude Code (`ANTHROPIC_BASE_URL`), without `/v1`. */
  readonly url: string;
  /** Every request to `/v1/messages`, in arrival order. */
  readonly requests: readonly RecordedClaudeRequest[];
  /** Requests to any other path (there should be none). */
  readonly otherRequests: readonly RecordedClaudeRequest[];
  /** Requests that arrived after the script ran out. */
  readonly unexpected: readonly RecordedClaudeRequest[];
  readonly pending: number;
  enqueue(...steps: ClaudeStep[]): void;
  reset(): void;
  close(): Promise<void>;
}

const sse = (res: ServerResponse, event: Record<string, unknown>): void => {
  res.write(`event: ${String(event.type)}\ndata: ${JSON.stringify(event)}\n\n`);
};

/** A tool input cut into a few pieces, as the API streams `input_json_delta`s. */
function pieces(json: string): string[] {
  const size = Math.max(8, Math.ceil(json.length / 3));
  const out: string[] = [];
  for (let at = 0; at < json.length; at += size) out.push(json.slice(at, at + size));
  return out.length > 0 ? out : [''];
}

function messageBody(s: Extract<ClaudeStep, { kind: 'message' }>, id: string, model: string) {
  return {
    id,
    type: 'message',
    role: 'assistant',
    model,
    content: s.blocks,
    stop_reason: s.stopReason,
    stop_sequence: null,
    usage: {
      input_tokens: s.usage.input,
      cache_creation_input_tokens: s.usage.cacheWrite ?? 0,
      cache_read_input_tokens: s.usage.cacheRead ?? 0,
      output_tokens: s.usage.output,
    },
  };
}

function answer(res: ServerResponse, s: ClaudeStep, id: string, model: string, stream: boolean): void {
  if (s.kind === 'http_error') {
    res.writeHead(s.status, { 'content-type': 'application/json', 'request-id': `req_${id}` });
    res.end(JSON.stringify({ type: 'error', error: { type: s.errorType, message: s.message } }));
    return;
  }
  if (s.kind === 'stall') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    sse(res, { type: 'message_start', message: messageBody(claudeStep.text('') as never, id, model) });
    return; // left open: close() ends it
  }
  const message = messageBody(s, id, model);
  if (!stream) {
    res.writeHead(200, { 'content-type': 'application/json', 'request-id': `req_${id}` });
    res.end(JSON.stringify(message));
    return;
  }
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    'request-id': `req_${id}`,
  });
  sse(res, {
    type: 'message_start',
    message: { ...message, content: [], stop_reason: null, usage: { ...message.usage, output_tokens: 1 } },
  });
  sse(res, { type: 'ping' });
  s.blocks.forEach((b, index) => {
    if (b.type === 'text') {
      sse(res, { type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
      sse(res, { type: 'content_block_delta', index, delta: { type: 'text_delta', text: b.text } });
    } else {
      sse(res, {
        type: 'content_block_start',
        index,
        content_block: { type: 'tool_use', id: b.id, name: b.name, input: {} },
      });
      for (const partial of pieces(JSON.stringify(b.input))) {
        sse(res, {
          type: 'content_block_delta',
          index,
          delta: { type: 'input_json_delta', partial_json: partial },
        });
      }
    }
    sse(res, { type: 'content_block_stop', index });
  });
  sse(res, {
    type: 'message_delta',
    delta: { stop_reason: s.stopReason, stop_sequence: null },
    usage: { output_tokens: s.usage.output },
  });
  sse(res, { type: 'message_stop' });
  res.end();
}

/** Starts a scripted server on 127.0.0.1 (a free port), optionally with a first script. */
export async function startAnthropicServer(steps: ClaudeStep[] = []): Promise<AnthropicServer> {
  const script = [...steps];
  const requests: RecordedClaudeRequest[] = [];
  const otherRequests: RecordedClaudeRequest[] = [];
  const unexpected: RecordedClaudeRequest[] = [];
  let count = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '';
      const path = url.split('?')[0] ?? '';
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, unknown> | undefined;
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        body = undefined;
      }
      const recorded: RecordedClaudeRequest = {
        method: req.method ?? '',
        url,
        headers: req.headers,
        raw,
        body,
        step: undefined,
      };
      if (req.method !== 'POST' || path !== '/v1/messages') {
        otherRequests.push(recorded);
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            type: 'error',
            error: {
              type: 'not_found_error',
              message: `anthropic-server: no route for ${req.method} ${path}`,
            },
          }),
        );
        return;
      }
      const next = script.shift();
      recorded.step = next;
      requests.push(recorded);
      const model = typeof body?.model === 'string' ? body.model : 'claude-scripted';
      if (!next) {
        unexpected.push(recorded);
        answer(
          res,
          claudeStep.httpError(
            400,
            `anthropic-server: no scripted step left for request #${requests.length}`,
            'invalid_request_error',
          ),
          '',
          model,
          false,
        );
        return;
      }
      const id = `msg_scripted_${++count}`;
      void Promise.resolve(next.onServe?.(recorded)).then(() =>
        answer(res, next, id, model, body?.stream !== false),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    otherRequests,
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
      otherRequests.length = 0;
      unexpected.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type MessageParam = { role?: string; content?: unknown };
type ContentParam = {
  type?: string;
  text?: string;
  tool_use_id?: string;
  content?: unknown;
  is_error?: boolean;
};

const messagesOf = (req: RecordedClaudeRequest): MessageParam[] =>
  Array.isArray(req.body?.messages) ? (req.body.messages as MessageParam[]) : [];

const contentOf = (m: MessageParam): ContentParam[] =>
  typeof m.content === 'string'
    ? [{ type: 'text', text: m.content }]
    : Array.isArray(m.content)
      ? m.content
      : [];

const textOf = (content: unknown): string =>
  typeof content === 'string'
    ? content
    : Array.isArray(content)
      ? (content as ContentParam[]).map((c) => (c.type === 'text' ? (c.text ?? '') : '')).join('')
      : '';

/** The text of every user message of the request (tool results left out). */
export function userTexts(req: RecordedClaudeRequest): string[] {
  return messagesOf(req)
    .filter((m) => m.role === 'user')
    .map((m) =>
      contentOf(m)
        .filter((c) => c.type === 'text')
        .map((c) => c.text ?? '')
        .join(''),
    )
    .filter((t) => t !== '');
}

/** What Claude Code sent back for a tool call, and whether it marked it as an error. */
export function toolResultOf(
  req: RecordedClaudeRequest,
  toolUseId: string,
): { text: string; isError: boolean } | undefined {
  for (const m of messagesOf(req)) {
    for (const c of contentOf(m)) {
      if (c.type === 'tool_result' && c.tool_use_id === toolUseId)
        return { text: textOf(c.content), isError: c.is_error === true };
    }
  }
  return undefined;
}

/** The ids of the tool calls the scripted step of this request made. */
export function toolUseIds(req: RecordedClaudeRequest): string[] {
  const s = req.step;
  return s?.kind === 'message' ? s.blocks.flatMap((b) => (b.type === 'tool_use' ? [b.id] : [])) : [];
}

/** The names of the tools Claude Code offered in this request. */
export function toolNames(req: RecordedClaudeRequest): string[] {
  const tools = Array.isArray(req.body?.tools) ? (req.body.tools as { name?: string }[]) : [];
  return tools.map((t) => t.name ?? '');
}

/** The system prompt as one text. */
export function systemText(req: RecordedClaudeRequest): string {
  return textOf(req.body?.system);
}
