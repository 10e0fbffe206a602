import { z } from 'zod';

// The JSONL events of `codex exec --json` (0.169 and 0.171, whose streams are the same; codex-rs/exec/src/exec_events.rs). Every schema is
// loose on purpose: a newer CLI may add fields, event types and item types, and none of that may
// break a run. Unknown types fall through as `other`.

const usageSchema = z.object({
  input_tokens: z.number(),
  cached_input_tokens: z.number().default(0),
  cache_write_input_tokens: z.number().default(0),
  output_tokens: z.number(),
  reasoning_output_tokens: z.number().default(0),
});

/** Token counts as Codex reports them: cumulative for the thread, not per turn. */
export type CodexUsage = z.infer<typeof usageSchema>;

const agentMessage = z.object({ id: z.string(), type: z.literal('agent_message'), text: z.string() });
const reasoning = z.object({ id: z.string(), type: z.literal('reasoning'), text: z.string().default('') });
const commandExecution = z.object({
  id: z.string(),
  type: z.literal('command_execution'),
  command: z.string(),
  aggregated_output: z.string().default(''),
  exit_code: z.number().nullable().default(null),
  status: z.string(),
});
const fileChange = z.object({
  id: z.string(),
  type: z.literal('file_change'),
  changes: z.array(z.object({ path: z.string(), kind: z.enum(['add', 'delete', 'update']) })),
  status: z.string(),
});
const mcpToolCall = z.object({
  id: z.string(),
  type: z.literal('mcp_tool_call'),
  server: z.string(),
  tool: z.string(),
  status: z.string(),
  error: z.object({ message: z.string() }).nullable().default(null),
});
const webSearch = z.object({ id: z.string(), type: z.literal('web_search'), query: z.string().default('') });
const todoList = z.object({
  id: z.string(),
  type: z.literal('todo_list'),
  items: z.array(z.object({ text: z.string(), completed: z.boolean() })),
});
const errorItem = z.object({ id: z.string(), type: z.literal('error'), message: z.string() });

const ITEM_SCHEMAS = new Map<string, z.ZodType>([
  ['agent_message', agentMessage],
  ['reasoning', reasoning],
  ['command_execution', commandExecution],
  ['file_change', fileChange],
  ['mcp_tool_call', mcpToolCall],
  ['web_search', webSearch],
  ['todo_list', todoList],
  ['error', errorItem],
]);

/** An item type this version does not model (e.g. `collab_tool_call`); kept by name only. */
export interface OtherItem {
  id: string;
  type: 'other';
  originalType: string;
}

/** One item of a turn: a message, a command, a file change, ... */
export type CodexItem =
  | z.infer<typeof agentMessage>
  | z.infer<typeof reasoning>
  | z.infer<typeof commandExecution>
  | z.infer<typeof fileChange>
  | z.infer<typeof mcpToolCall>
  | z.infer<typeof webSearch>
  | z.infer<typeof todoList>
  | z.infer<typeof errorItem>
  | OtherItem;

/** One parsed line of `codex exec --json`. */
export type CodexEvent =
  | { type: 'thread.started'; thread_id: string }
  | { type: 'turn.started' }
  | { type: 'turn.completed'; usage: CodexUsage }
  | { type: 'turn.failed'; error: { message: string } }
  | { type: 'item.started' | 'item.updated' | 'item.completed'; item: CodexItem }
  /** Not necessarily fatal: retry notices ("Reconnecting... 1/5") arrive as `error` too. */
  | { type: 'error'; message: string }
  /** An event type this version does not model, or a known one that failed validation. */
  | { type: 'other'; originalType: string; problem?: string };

const threadStarted = z.object({ type: z.literal('thread.started'), thread_id: z.string().min(1) });
const turnStarted = z.object({ type: z.literal('turn.started') });
const turnCompleted = z.object({ type: z.literal('turn.completed'), usage: usageSchema });
const turnFailed = z.object({ type: z.literal('turn.failed'), error: z.object({ message: z.string() }) });
const errorEvent = z.object({ type: z.literal('error'), message: z.string() });

const EVENT_SCHEMAS = new Map<string, z.ZodType>([
  ['thread.started', threadStarted],
  ['turn.started', turnStarted],
  ['turn.completed', turnCompleted],
  ['turn.failed', turnFailed],
  ['error', errorEvent],
]);
const ITEM_EVENTS = new Set(['item.started', 'item.updated', 'item.completed']);

const describe = (error: z.ZodError): string =>
  error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');

/**
 * Parses one line of Codex's JSONL. The type is looked up before zod runs, so each line pays for
 * one schema, not a union. Returns undefined for a blank line; a line that is not JSON, or a known
 * event that fails validation, comes back as `other` with the problem (never a throw).
 */
export function parseCodexEvent(line: string): CodexEvent | undefined {
  if (line.trim() === '') return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { type: 'other', originalType: '(not JSON)', problem: `not JSON: ${line.slice(0, 200)}` };
  }
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string') return { type: 'other', originalType: '(no type)', problem: 'no type field' };
  if (ITEM_EVENTS.has(type)) return parseItemEvent(type as ItemEventType, (raw as { item?: unknown }).item);
  const schema = EVENT_SCHEMAS.get(type);
  if (!schema) return { type: 'other', originalType: type };
  const parsed = schema.safeParse(raw);
  return parsed.success
    ? (parsed.data as CodexEvent)
    : { type: 'other', originalType: type, problem: describe(parsed.error) };
}

type ItemEventType = 'item.started' | 'item.updated' | 'item.completed';

// Item events are most of a stream; the envelope is checked by hand so each pays for one schema.
function parseItemEvent(type: ItemEventType, item: unknown): CodexEvent {
  const head = (typeof item === 'object' && item !== null ? item : {}) as { id?: unknown; type?: unknown };
  if (typeof head.id !== 'string' || typeof head.type !== 'string') {
    return { type: 'other', originalType: type, problem: 'item: expected an object with string id and type' };
  }
  const schema = ITEM_SCHEMAS.get(head.type);
  if (!schema) return { type, item: { id: head.id, type: 'other', originalType: head.type } };
  const parsed = schema.safeParse(item);
  if (!parsed.success) {
    return { type: 'other', originalType: `${type}/${head.type}`, problem: describe(parsed.error) };
  }
  return { type, item: parsed.data as CodexItem };
}
