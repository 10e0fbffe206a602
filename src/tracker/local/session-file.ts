import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { readJson, type StateFolder, writeAtomic } from './folder.js';

/**
 * The run's counters, in the shape of the session file the autonomous workflow prompt reads
 * (`.agent-state.json`, seeds/003): which items were processed, completed and blocked, the current
 * one, consecutive failures and the early exit. The CLI's `run` and every MCP tool update it; a
 * session lasts until a run ends cleanly (or the MCP server's retrospective ends it), so a killed
 * run continues the same one.
 */
export const agentSessionSchema = z.object({
  session_id: z.string().min(1),
  started_at: z.string(),
  updated_at: z.string(),
  /** Set when the session ended (a run that finished or stopped cleanly); null while it lasts. */
  ended_at: z.string().nullable().default(null),
  tasks_processed: z.array(z.string()),
  tasks_completed: z.array(z.string()),
  tasks_blocked: z.array(z.string()),
  current_task: z.string().nullable(),
  consecutive_failures: z.number().int().nonnegative(),
  early_exit_triggered: z.boolean(),
  early_exit_reason: z.string().nullable(),
  /** Each item's last result in this session, with why (ours; the seed's fields stay as they are). */
  results: z
    .record(z.string(), z.object({ status: z.string(), reason: z.string(), at: z.string() }))
    .default({}),
  /** The last MCP tool call of the session and how it ended (ours, like `results`). */
  last_tool: z
    .object({ name: z.string(), at: z.string(), ok: z.boolean(), note: z.string() })
    .nullable()
    .default(null),
});
export type AgentSession = z.infer<typeof agentSessionSchema>;

/** Results that count as a failure for the early exit (a human gate is no failure). */
const FAILURES = new Set(['blocked', 'error', 'tests_failed']);
/** Results that reset the count (the work moved forward). */
const SUCCESSES = new Set(['pass', 'complete']);

export function newSession(now = new Date()): AgentSession {
  const at = now.toISOString();
  return {
    session_id: randomUUID(),
    started_at: at,
    updated_at: at,
    ended_at: null,
    tasks_processed: [],
    tasks_completed: [],
    tasks_blocked: [],
    current_task: null,
    consecutive_failures: 0,
    early_exit_triggered: false,
    early_exit_reason: null,
    results: {},
    last_tool: null,
  };
}

/** Records a tool call of the MCP server (what it did, in one line). */
export const noteTool = (
  session: AgentSession,
  name: string,
  outcome: { ok: boolean; note: string },
): AgentSession => ({
  ...session,
  last_tool: { name, at: new Date().toISOString(), ok: outcome.ok, note: outcome.note.slice(0, 300) },
});

/** The session file as it is, or undefined; a damaged file is an error naming it and the fix. */
export async function readSession(folder: StateFolder): Promise<AgentSession | undefined> {
  const raw = await readJson(folder.sessionFile);
  if (raw === undefined) return undefined;
  const parsed = agentSessionSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `${folder.sessionFile} is damaged (${parsed.error.issues[0]?.path.join('.') || '(root)'}: ${parsed.error.issues[0]?.message}). Delete it to start a new session.`,
    );
  return parsed.data;
}

/** The session to continue: the current one, or a new one when there is none or it ended. */
export async function openSession(folder: StateFolder): Promise<AgentSession> {
  const current = await readSession(folder);
  return current && current.ended_at === null ? current : newSession();
}

export const saveSession = (folder: StateFolder, session: AgentSession): Promise<void> =>
  writeAtomic(
    folder.sessionFile,
    `${JSON.stringify({ ...session, updated_at: new Date().toISOString() }, null, 2)}\n`,
  );

/**
 * Records an item's result: processed, completed or blocked, and the failure count; after `limit`
 * failures in a row the early exit is triggered with the items that failed.
 */
export function recordResult(
  session: AgentSession,
  item: string,
  result: { status: string; reason: string },
  limit: number,
): AgentSession {
  const add = (list: string[]) => (list.includes(item) ? list : [...list, item]);
  const failed = FAILURES.has(result.status);
  const next: AgentSession = {
    ...session,
    current_task: null,
    tasks_processed: add(session.tasks_processed),
    tasks_completed: SUCCESSES.has(result.status) ? add(session.tasks_completed) : session.tasks_completed,
    tasks_blocked: failed ? add(session.tasks_blocked) : session.tasks_blocked.filter((i) => i !== item),
    consecutive_failures: failed
      ? session.consecutive_failures + 1
      : SUCCESSES.has(result.status)
        ? 0
        : session.consecutive_failures,
    results: { ...session.results, [item]: { ...result, at: new Date().toISOString() } },
  };
  if (failed && next.consecutive_failures >= limit && !next.early_exit_triggered) {
    const recent = Object.entries(next.results)
      .filter(([, r]) => FAILURES.has(r.status))
      .slice(-limit)
      .map(([id, r]) => `${id} (${r.status})`);
    next.early_exit_triggered = true;
    next.early_exit_reason = `${next.consecutive_failures} items in a row failed (consecutive-failure-limit ${limit}): ${recent.join(', ')}.`;
  }
  return next;
}
