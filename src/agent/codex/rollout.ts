import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readLines } from '../jsonl.js';
import type { Usage } from '../types.js';

// A thread's session file, `$CODEX_HOME/sessions/YYYY/MM/DD/rollout-<local time>-<thread id>.jsonl`.
// Each line is `{timestamp, type, payload}`; the model's tool calls are `response_item` lines
// (recorded before Codex decides to run or refuse them), the totals are `event_msg/token_count`.

/** A command the agent asked to run, whether or not Codex ran it. */
export interface RolloutCommand {
  /** The tool that carried it: `exec_command`, `write_stdin`, `shell`, `local_shell`, or a custom tool. */
  tool: string;
  /** The command line or script as the model wrote it (for `write_stdin`, the characters sent). */
  command: string;
  /** The argument vector, for tools that take one (`shell`, `local_shell`). */
  argv: string[] | undefined;
  /** The working directory the model asked for, if any. */
  workdir: string | undefined;
  /** The model asked to run it outside the sandbox (`sandbox_permissions: "require_escalated"`). */
  escalated: boolean;
  callId: string;
}

/** Finds the rollout file of a thread, or undefined when this CODEX_HOME has none. */
export async function findRolloutFile(codexHome: string, threadId: string): Promise<string | undefined> {
  const suffix = `-${threadId}.jsonl`;
  const sessions = join(codexHome, 'sessions');
  // Newest first: a resumed thread is usually recent, and the tree is YYYY/MM/DD.
  for (const year of await listDesc(sessions)) {
    for (const month of await listDesc(join(sessions, year))) {
      for (const day of await listDesc(join(sessions, year, month))) {
        const dir = join(sessions, year, month, day);
        const hit = (await listDesc(dir)).find(
          (name) => name.startsWith('rollout-') && name.endsWith(suffix),
        );
        if (hit) return join(dir, hit);
      }
    }
  }
  return undefined;
}

async function listDesc(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort().reverse();
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === 'ENOENT' ||
      (error as NodeJS.ErrnoException).code === 'ENOTDIR'
    )
      return [];
    throw error;
  }
}

/** Streams the `{type, payload}` records of a rollout whose raw line contains `marker`. */
async function scanRollout(
  file: string,
  marker: string,
  onRecord: (type: string, payload: Record<string, unknown>) => void,
) {
  await readLines(createReadStream(file), (line) => {
    if (!line.includes(marker)) return;
    try {
      const record = JSON.parse(line) as { type?: unknown; payload?: unknown };
      if (typeof record.type === 'string' && typeof record.payload === 'object' && record.payload !== null) {
        onRecord(record.type, record.payload as Record<string, unknown>);
      }
    } catch {
      // A torn last line (Codex killed mid-write) is not worth failing over.
    }
  });
}

/**
 * The thread's cumulative usage as of its last `token_count`, or undefined when the thread has no
 * rollout here or no usage yet. This is how a thread resumed in a new job knows its earlier total.
 */
export async function readRolloutUsage(codexHome: string, threadId: string): Promise<Usage | undefined> {
  const file = await findRolloutFile(codexHome, threadId);
  if (!file) return undefined;
  let last: Usage | undefined;
  await scanRollout(file, '"token_count"', (type, payload) => {
    if (type !== 'event_msg' || payload.type !== 'token_count') return;
    const total = (payload.info as { total_token_usage?: Record<string, unknown> } | null)?.total_token_usage;
    if (!total) return;
    const n = (key: string) => (typeof total[key] === 'number' ? (total[key] as number) : 0);
    last = {
      inputTokens: n('input_tokens'),
      cachedInputTokens: n('cached_input_tokens'),
      outputTokens: n('output_tokens'),
      reasoningOutputTokens: n('reasoning_output_tokens'),
    };
  });
  return last;
}

/** The model of the thread's last turn (`turn_context.model`): the CLI's default when none was asked for. */
export async function readRolloutModel(codexHome: string, threadId: string): Promise<string | undefined> {
  const file = await findRolloutFile(codexHome, threadId);
  if (!file) return undefined;
  let model: string | undefined;
  await scanRollout(file, '"turn_context"', (type, payload) => {
    if (type === 'turn_context' && typeof payload.model === 'string') model = payload.model;
  });
  return model;
}

const parseArgs = (text: unknown): Record<string, unknown> => {
  if (typeof text !== 'string') return {};
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const strArray = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
const quote = (arg: string): string =>
  /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;

/** The command carried by one tool call, or undefined when the call runs nothing. */
function commandOf(payload: Record<string, unknown>): Omit<RolloutCommand, 'callId'> | undefined {
  const base = { argv: undefined, workdir: undefined, escalated: false };
  if (payload.type === 'custom_tool_call') {
    // apply_patch edits files (the file-change audit covers it); any other freeform tool may run code.
    const name = str(payload.name) ?? '';
    return name === 'apply_patch' ? undefined : { ...base, tool: name, command: str(payload.input) ?? '' };
  }
  if (payload.type === 'local_shell_call') {
    const action = (payload.action ?? {}) as Record<string, unknown>;
    const argv = strArray(action.command) ?? [];
    return {
      ...base,
      tool: 'local_shell',
      command: argv.map(quote).join(' '),
      argv,
      workdir: str(action.working_directory),
    };
  }
  if (payload.type !== 'function_call') return undefined;
  const args = parseArgs(payload.arguments);
  const common = { workdir: str(args.workdir), escalated: args.sandbox_permissions === 'require_escalated' };
  switch (payload.name) {
    case 'exec_command':
      return { ...common, tool: 'exec_command', command: str(args.cmd) ?? '', argv: undefined };
    case 'write_stdin': {
      // Characters typed into a running session are commands too when that session is a shell.
      const chars = str(args.chars) ?? '';
      return chars === '' ? undefined : { ...common, tool: 'write_stdin', command: chars, argv: undefined };
    }
    case 'shell': {
      const argv = strArray(args.command) ?? [];
      return { ...common, tool: 'shell', command: argv.map(quote).join(' '), argv };
    }
    case 'shell_command':
      return { ...common, tool: 'shell_command', command: str(args.command) ?? '', argv: undefined };
    default:
      return undefined;
  }
}

/**
 * Every command the agent attempted in a thread, in order, from its rollout file — including the
 * ones Codex refused (execpolicy, escalation) which never appear in the JSONL events. Returns []
 * when the thread has no rollout in this CODEX_HOME.
 */
export async function readRolloutCommands(codexHome: string, threadId: string): Promise<RolloutCommand[]> {
  const file = await findRolloutFile(codexHome, threadId);
  if (!file) return [];
  const commands: RolloutCommand[] = [];
  await scanRollout(file, '"response_item"', (type, payload) => {
    if (type !== 'response_item') return;
    const found = commandOf(payload);
    if (found) commands.push({ ...found, callId: str(payload.call_id) ?? '' });
  });
  return commands;
}
