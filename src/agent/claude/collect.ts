import type { DeniedCall, ToolCallRecord } from '../types.js';
import { READ_ONLY_TOOLS, STRUCTURED_OUTPUT_TOOL } from './args.js';
import { type ClaudeEvent, type ClaudeResult, type ClaudeToolUse, resultText } from './events.js';

/** A line for the job log: `info` tells the story, `debug` carries the rest. */
export interface LogLine {
  level: 'info' | 'debug';
  text: string;
}

const MAX_LOGGED = 2000;
const clip = (text: string, max = MAX_LOGGED): string =>
  text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;

/** The tools a run may be offered: the read-only ones and the structured answer. */
const ALLOWED_TOOLS = new Set<string>([...READ_ONLY_TOOLS, STRUCTURED_OUTPUT_TOOL]);

/** A tool call's input in one short line: the path or pattern it names, else its JSON. */
export function summarizeInput(input: unknown): string {
  if (typeof input !== 'object' || input === null) return clip(JSON.stringify(input) ?? '', 300);
  const o = input as Record<string, unknown>;
  for (const key of ['file_path', 'path', 'pattern', 'command', 'url', 'query']) {
    if (typeof o[key] === 'string') return clip(o[key] as string, 300);
  }
  return clip(JSON.stringify(input), 300);
}

/**
 * Folds the events of one `claude -p` run into what the result needs (the session, the offered
 * tools, each tool call with its outcome, every refusal, the final result event) and turns each
 * event into a readable log line. Holds only the summary, never the stream.
 */
export class ClaudeCollector {
  sessionId: string | undefined;
  /** The model `system/init` names (an alias resolved to its full id). */
  model: string | undefined;
  /** What `system/init` offered; set once it arrived. */
  offeredTools: string[] | undefined;
  mcpServers: string[] = [];
  result: ClaudeResult | undefined;
  /** The last assistant text (the answer of a run without a schema). */
  lastText: string | undefined;
  private readonly uses = new Map<string, ClaudeToolUse>();
  private readonly calls = new Map<string, ToolCallRecord>();
  private readonly refusals = new Map<string, DeniedCall>();

  /** Calls of tools other than the structured answer, in order. */
  get toolCalls(): ToolCallRecord[] {
    return [...this.calls.values()];
  }

  /** Refused calls, once each: permission denials, and calls of tools the run was not offered. */
  get denied(): DeniedCall[] {
    const fromResult = (this.result?.permission_denials ?? []).flatMap((d) =>
      d.tool_use_id && this.refusals.has(d.tool_use_id)
        ? []
        : [{ tool: d.tool_name, input: summarizeInput(d.tool_input), reason: 'permission denied' }],
    );
    return [...this.refusals.values(), ...fromResult];
  }

  /** Tools the run was offered that a reviewer must not have (empty when all is as asked). */
  get unexpectedTools(): string[] {
    return (this.offeredTools ?? []).filter((t) => !ALLOWED_TOOLS.has(t));
  }

  apply(event: ClaudeEvent): LogLine | undefined {
    switch (event.type) {
      case 'system':
        if (event.subtype === 'init') {
          this.sessionId = event.session_id;
          this.model = event.model;
          this.offeredTools = event.tools;
          this.mcpServers = event.mcp_servers.map((s) => s.name);
          return {
            level: 'info',
            text: `Session ${event.session_id} (Claude Code ${event.claude_code_version ?? '?'}, ${event.model ?? 'default model'}, tools: ${event.tools.join(', ') || 'none'})`,
          };
        }
        this.refuse(
          event.tool_use_id,
          event.tool_name,
          event.message ?? event.decision_reason ?? 'permission denied',
        );
        return {
          level: 'info',
          text: `Denied ${event.tool_name}: ${event.message ?? event.decision_reason ?? ''}`,
        };
      case 'assistant': {
        if (event.model) this.model ??= event.model;
        const lines: string[] = [];
        for (const text of event.text) {
          this.lastText = text;
          lines.push(`Message: ${clip(text)}`);
        }
        for (const use of event.toolUses) {
          this.uses.set(use.id, use);
          lines.push(
            use.name === STRUCTURED_OUTPUT_TOOL
              ? 'Structured answer given'
              : `Tool ${use.name}: ${summarizeInput(use.input)}`,
          );
        }
        return lines.length > 0 ? { level: 'info', text: lines.join('\n') } : undefined;
      }
      case 'user': {
        const lines: string[] = [];
        for (const r of event.toolResults)
          lines.push(this.settle(r.tool_use_id, resultText(r.content), r.is_error === true));
        return lines.length > 0 ? { level: 'debug', text: lines.join('\n') } : undefined;
      }
      case 'result':
        this.result = event;
        this.sessionId ??= event.session_id;
        return {
          level: 'info',
          text: `Result: ${event.subtype}${event.is_error ? ' (error)' : ''}, ${event.num_turns ?? '?'} turn(s)${event.terminal_reason ? `, ${event.terminal_reason}` : ''}`,
        };
      case 'other':
        return {
          level: 'debug',
          text: `Event ${event.originalType}${event.problem ? ` ignored (${event.problem})` : ''}`,
        };
    }
  }

  /** Records a tool's outcome; a call of a tool the run was not offered is a refusal. */
  private settle(id: string, text: string, isError: boolean): string {
    const use = this.uses.get(id);
    const tool = use?.name ?? '(unknown tool)';
    if (tool === STRUCTURED_OUTPUT_TOOL)
      return isError ? `Structured answer refused: ${clip(text, 500)}` : 'Structured answer accepted';
    const input = summarizeInput(use?.input);
    const offered = this.offeredTools === undefined || this.offeredTools.includes(tool);
    if (isError && (!offered || this.refusals.has(id))) {
      this.refuse(id, tool, text, input);
      return `Refused ${tool}: ${clip(text, 500)}`;
    }
    this.calls.set(id, { tool, input, ok: !isError });
    return `${tool} ${isError ? 'failed' : 'ok'}: ${clip(text, 500)}`;
  }

  private refuse(id: string | undefined, tool: string, reason: string, input?: string): void {
    const key = id ?? `denied-${this.refusals.size}`;
    const before = this.refusals.get(key);
    this.refusals.set(key, {
      tool,
      input: input ?? before?.input ?? summarizeInput(id ? this.uses.get(id)?.input : undefined),
      reason: before?.reason ?? reason,
    });
  }
}
