import { z } from 'zod';

// The events of `claude -p --output-format stream-json --verbose` (Claude Code 2.1.332). Every
// schema is loose on purpose: a newer CLI adds fields, subtypes and event types (`system/
// ui_invalidate` appeared under --bare), and none of that may break a run. Unknown types and
// subtypes fall through as `other`.

const count = z.number().nonnegative().catch(0);

/** Token counts of one API request or of one run, as Claude Code reports them. */
const usageSchema = z.object({
  /** Input neither read from nor written to the cache. */
  input_tokens: count.default(0),
  cache_read_input_tokens: count.default(0),
  cache_creation_input_tokens: count.default(0),
  output_tokens: count.default(0),
  output_tokens_details: z
    .object({ thinking_tokens: count.default(0) })
    .partial()
    .optional()
    .catch(undefined),
  cache_creation: z
    .object({ ephemeral_5m_input_tokens: count.default(0), ephemeral_1h_input_tokens: count.default(0) })
    .optional()
    .catch(undefined),
});
export type ClaudeUsage = z.infer<typeof usageSchema>;

/** A session's running totals per model (`result.modelUsage`): cumulative over resumes. */
const modelUsageSchema = z.object({
  inputTokens: count.default(0),
  outputTokens: count.default(0),
  cacheReadInputTokens: count.default(0),
  cacheCreationInputTokens: count.default(0),
  cacheCreationEphemeral5mInputTokens: count.default(0),
  cacheCreationEphemeral1hInputTokens: count.default(0),
  thinkingTokens: count.default(0),
  costUSD: count.default(0),
});
export type ClaudeModelUsage = z.infer<typeof modelUsageSchema>;

const contentBlock = z.looseObject({ type: z.string() });
const toolUse = z.object({
  type: z.literal('tool_use'),
  id: z.string(),
  name: z.string(),
  input: z.unknown(),
});
const toolResult = z.object({
  type: z.literal('tool_result'),
  tool_use_id: z.string(),
  content: z.unknown(),
  is_error: z.boolean().optional(),
});

const init = z.object({
  type: z.literal('system'),
  subtype: z.literal('init'),
  session_id: z.string().min(1),
  tools: z.array(z.string()).catch([]),
  mcp_servers: z.array(z.looseObject({ name: z.string() })).catch([]),
  model: z.string().optional().catch(undefined),
  permissionMode: z.string().optional().catch(undefined),
  claude_code_version: z.string().optional().catch(undefined),
});
const permissionDenied = z.object({
  type: z.literal('system'),
  subtype: z.literal('permission_denied'),
  tool_name: z.string().catch('(unknown)'),
  tool_use_id: z.string().optional().catch(undefined),
  decision_reason: z.string().optional().catch(undefined),
  message: z.string().optional().catch(undefined),
});
const assistant = z.object({
  type: z.literal('assistant'),
  session_id: z.string().optional(),
  message: z.object({
    model: z.string().optional().catch(undefined),
    content: z.array(contentBlock).catch([]),
  }),
});
const user = z.object({
  type: z.literal('user'),
  message: z.object({ content: z.union([z.string(), z.array(contentBlock)]).catch([]) }),
});
const result = z.object({
  type: z.literal('result'),
  subtype: z.string(),
  is_error: z.boolean().catch(true),
  session_id: z.string().optional().catch(undefined),
  num_turns: count.optional(),
  result: z.string().optional().catch(undefined),
  structured_output: z.unknown().optional(),
  usage: usageSchema.optional().catch(undefined),
  modelUsage: z.record(z.string(), modelUsageSchema).catch({}).default({}),
  total_cost_usd: count.optional(),
  permission_denials: z
    .array(
      z.object({
        tool_name: z.string().catch('(unknown)'),
        tool_use_id: z.string().optional(),
        tool_input: z.unknown(),
      }),
    )
    .catch([])
    .default([]),
  terminal_reason: z.string().optional().catch(undefined),
  errors: z.array(z.string()).catch([]).default([]),
});

export type ClaudeToolUse = z.infer<typeof toolUse>;
export type ClaudeToolResult = z.infer<typeof toolResult>;
export type ClaudeResult = z.infer<typeof result>;

/** One parsed line of Claude Code's stream-json. */
export type ClaudeEvent =
  | z.infer<typeof init>
  | z.infer<typeof permissionDenied>
  | { type: 'assistant'; model: string | undefined; text: string[]; toolUses: ClaudeToolUse[] }
  | { type: 'user'; toolResults: ClaudeToolResult[]; text: string[] }
  | ClaudeResult
  /** An event this version does not model, or a known one that failed validation. */
  | { type: 'other'; originalType: string; problem?: string };

const describe = (error: z.ZodError): string =>
  error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');

const SYSTEM_SCHEMAS = new Map<string, z.ZodType>([
  ['init', init],
  ['permission_denied', permissionDenied],
]);

/**
 * Parses one line of Claude Code's stream-json. Returns undefined for a blank line; a line that is
 * not JSON, an unknown type or subtype, or a known event that fails validation comes back as
 * `other` (never a throw).
 */
export function parseClaudeEvent(line: string): ClaudeEvent | undefined {
  if (line.trim() === '') return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { type: 'other', originalType: '(not JSON)', problem: `not JSON: ${line.slice(0, 200)}` };
  }
  const head = (typeof raw === 'object' && raw !== null ? raw : {}) as { type?: unknown; subtype?: unknown };
  if (typeof head.type !== 'string')
    return { type: 'other', originalType: '(no type)', problem: 'no type field' };
  const name = typeof head.subtype === 'string' ? `${head.type}/${head.subtype}` : head.type;
  const schema =
    head.type === 'system'
      ? SYSTEM_SCHEMAS.get(String(head.subtype))
      : head.type === 'assistant'
        ? assistant
        : head.type === 'user'
          ? user
          : head.type === 'result'
            ? result
            : undefined;
  if (!schema) return { type: 'other', originalType: name };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { type: 'other', originalType: name, problem: describe(parsed.error) };
  const event = parsed.data as z.infer<
    typeof init | typeof permissionDenied | typeof assistant | typeof user | typeof result
  >;
  if (event.type === 'assistant') {
    return {
      type: 'assistant',
      model: event.message.model,
      text: event.message.content.flatMap((b) =>
        b.type === 'text' && typeof b.text === 'string' ? [b.text] : [],
      ),
      toolUses: event.message.content.flatMap((b) => {
        const use = toolUse.safeParse(b);
        return use.success ? [use.data] : [];
      }),
    };
  }
  if (event.type === 'user') {
    const content = typeof event.message.content === 'string' ? [] : event.message.content;
    return {
      type: 'user',
      text: content.flatMap((b) => (b.type === 'text' && typeof b.text === 'string' ? [b.text] : [])),
      toolResults: content.flatMap((b) => {
        const r = toolResult.safeParse(b);
        return r.success ? [r.data] : [];
      }),
    };
  }
  return event as ClaudeEvent;
}

/** A tool result's content as text (a string, or the text blocks of a list). */
export function resultText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((c) =>
      typeof c === 'object' && c !== null && (c as { type?: unknown }).type === 'text'
        ? String((c as { text?: unknown }).text ?? '')
        : '',
    )
    .join('');
}
