import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { CommandRecord, DeniedCall, FileChangeRecord, ToolCallRecord, Usage } from '../types.js';
import type { CodexEvent, CodexItem, CodexUsage } from './events.js';

/** A line for the job log: `info` tells the story, `debug` carries the rest. */
export interface LogLine {
  level: 'info' | 'debug';
  text: string;
}

/** A path with `.`/`..` segments or doubled separators needs the full `path.relative`. */
const NOT_PLAIN = /\/\.{1,2}(\/|$)|\/\/|\\/;
const RETRY_NOTICE = /^Reconnecting\.\.\. \d+\/\d+/;
const MAX_LOGGED_MESSAGE = 2000;

/** Converts Codex's cumulative usage into ours (the cache-write count has no place in `Usage`). */
export const toUsage = (u: CodexUsage): Usage => ({
  inputTokens: u.input_tokens,
  cachedInputTokens: u.cached_input_tokens,
  outputTokens: u.output_tokens,
  reasoningOutputTokens: u.reasoning_output_tokens,
});

/** `now - before`, per field, never below zero (a thread whose earlier total we misjudged). */
export const usageDelta = (now: Usage, before: Usage): Usage => ({
  inputTokens: Math.max(0, now.inputTokens - before.inputTokens),
  cachedInputTokens: Math.max(0, now.cachedInputTokens - before.cachedInputTokens),
  outputTokens: Math.max(0, now.outputTokens - before.outputTokens),
  reasoningOutputTokens: Math.max(0, now.reasoningOutputTokens - before.reasoningOutputTokens),
});

const clip = (text: string, max = MAX_LOGGED_MESSAGE): string =>
  text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;

/**
 * Folds the events of one `codex exec` run into what the result needs, and turns each event into
 * a readable log line. Holds only the summary (commands, changed paths, last message), never the
 * stream itself.
 */
export class RunCollector {
  threadId: string | undefined;
  /** Set when a resume's `thread.started` names another thread. */
  mismatchedThreadId: string | undefined;
  finalMessage: string | undefined;
  /** The thread's cumulative usage from the last `turn.completed`. */
  cumulativeUsage: Usage | undefined;
  turnCompleted = false;
  turnFailure: string | undefined;
  /** Non-fatal `error` events (retry notices, warnings), for the failure message if the run fails. */
  readonly notices: string[] = [];
  private readonly commands = new Map<string, CommandRecord>();
  private readonly changes = new Map<string, FileChangeRecord['kind']>();
  private readonly tools: ToolCallRecord[] = [];

  private readonly cwdPrefix: string;

  constructor(
    private readonly cwd: string,
    private readonly expectedThreadId?: string,
  ) {
    this.cwdPrefix = resolve(cwd) + sep;
  }

  /** Commands in the order they started; one still running when the run ended keeps `exitCode: null`. */
  get commandRecords(): CommandRecord[] {
    return [...this.commands.values()];
  }

  /** MCP tool calls and web searches, in the order they completed. */
  get toolCallRecords(): ToolCallRecord[] {
    return [...this.tools];
  }

  /**
   * Commands Codex declined (`status: declined`). Codex refuses some commands without any event
   * (execpolicy, escalation): the rollout has those, and the command audit reads it.
   */
  get deniedRecords(): DeniedCall[] {
    return this.commandRecords
      .filter((c) => c.status === 'declined')
      .map((c) => ({ tool: 'shell', input: c.command, reason: 'declined by Codex' }));
  }

  get fileChangeRecords(): FileChangeRecord[] {
    return [...this.changes].map(([path, kind]) => ({ path, kind }));
  }

  apply(event: CodexEvent): LogLine | undefined {
    switch (event.type) {
      case 'thread.started':
        this.threadId = event.thread_id;
        if (this.expectedThreadId && event.thread_id !== this.expectedThreadId) {
          this.mismatchedThreadId = event.thread_id;
          return {
            level: 'info',
            text: `Asked to resume thread ${this.expectedThreadId}, but Codex started ${event.thread_id}.`,
          };
        }
        return {
          level: 'info',
          text: `Thread ${event.thread_id}${this.expectedThreadId ? ' (resumed)' : ''}`,
        };
      case 'turn.started':
        return { level: 'debug', text: 'Turn started' };
      case 'turn.completed': {
        this.turnCompleted = true;
        const usage = toUsage(event.usage);
        this.cumulativeUsage = usage;
        return {
          level: 'info',
          text: `Turn completed (thread total: ${usage.inputTokens} input tokens, ${usage.cachedInputTokens} cached, ${usage.outputTokens} output, ${usage.reasoningOutputTokens} reasoning)`,
        };
      }
      case 'turn.failed':
        this.turnFailure = event.error.message;
        return { level: 'info', text: `Turn failed: ${event.error.message}` };
      case 'error':
        this.notices.push(event.message);
        return {
          level: 'info',
          text: RETRY_NOTICE.test(event.message)
            ? `Codex retrying: ${event.message}`
            : `Codex: ${event.message}`,
        };
      case 'item.started':
      case 'item.updated':
      case 'item.completed':
        return this.applyItem(event.type, event.item);
      case 'other':
        return {
          level: 'debug',
          text: `Event ${event.originalType}${event.problem ? ` ignored (${event.problem})` : ''}`,
        };
    }
  }

  private applyItem(
    phase: 'item.started' | 'item.updated' | 'item.completed',
    item: CodexItem,
  ): LogLine | undefined {
    const done = phase === 'item.completed';
    switch (item.type) {
      case 'command_execution':
        this.commands.set(item.id, { command: item.command, exitCode: item.exit_code, status: item.status });
        if (!done) return { level: 'debug', text: `$ ${item.command} (running)` };
        return {
          level: 'info',
          text: `$ ${item.command} → ${item.exit_code === null ? item.status : `exit ${item.exit_code}`}`,
        };
      case 'file_change':
        if (!done) return undefined;
        if (item.status !== 'completed') {
          return {
            level: 'info',
            text: `File change ${item.status}: ${item.changes.map((c) => c.path).join(', ')}`,
          };
        }
        for (const change of item.changes) this.recordChange(change.path, change.kind);
        return {
          level: 'info',
          text: item.changes.map((c) => `${c.kind} ${this.relativePath(c.path)}`).join(', '),
        };
      case 'agent_message':
        this.finalMessage = item.text;
        return { level: 'info', text: `Message: ${clip(item.text)}` };
      case 'error':
        this.notices.push(item.message);
        return { level: 'info', text: `Codex: ${item.message}` };
      case 'reasoning':
        return done ? { level: 'debug', text: `Reasoning: ${clip(item.text, 500)}` } : undefined;
      case 'mcp_tool_call':
        if (!done) return undefined;
        this.tools.push({
          tool: `mcp:${item.server}.${item.tool}`,
          input: '',
          ok: item.error === null && item.status === 'completed',
        });
        return {
          level: 'info',
          text: `MCP ${item.server}.${item.tool}: ${item.error?.message ?? item.status}`,
        };
      case 'web_search':
        if (!done) return undefined;
        this.tools.push({ tool: 'web_search', input: clip(item.query, 300), ok: true });
        return { level: 'info', text: `Web search: ${item.query}` };
      case 'todo_list':
        return {
          level: 'debug',
          text: `Plan: ${item.items.map((t) => `${t.completed ? '[x]' : '[ ]'} ${t.text}`).join('; ')}`,
        };
      case 'other':
        return { level: 'debug', text: `${phase} ${item.originalType}` };
    }
  }

  /** Paths inside the cwd become relative to it; others stay absolute so nothing is hidden. */
  private relativePath(path: string): string {
    // Fast path for the usual normalized absolute path (path.relative resolves both sides, ~4 µs).
    if (!NOT_PLAIN.test(path)) {
      if (path.startsWith(this.cwdPrefix)) return path.slice(this.cwdPrefix.length);
      if (isAbsolute(path) && path !== this.cwdPrefix.slice(0, -1)) return path;
    }
    const rel = relative(this.cwd, path);
    return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? path : rel;
  }

  private recordChange(absolute: string, kind: FileChangeRecord['kind']): void {
    const path = this.relativePath(absolute);
    const before = this.changes.get(path);
    // A file added in this run and then edited is still new; one deleted after being added is gone.
    if (before === 'add' && kind === 'update') return;
    if (before === 'add' && kind === 'delete') {
      this.changes.delete(path);
      return;
    }
    this.changes.set(path, kind);
  }
}
