import { z } from 'zod';
import { PRIORITIES, parsePriority } from '../backlog/model.js';
import { NEW_ITEM_TYPES } from '../backlog/new-item.js';

/**
 * The five tools' contract (seeds/003, "MCP Tools Reference"): their names, parameters, defaults
 * and result shapes are kept, so a prompt written for them works unchanged; fields of ours are
 * added beside them, never instead. The SDK turns these into the JSON schemas clients see, checks
 * every call's arguments against them (a bad one is an error naming it) and every result against
 * its output schema.
 */

const repoPath = z
  .string()
  .min(1)
  .max(4096)
  .describe(
    "The repository's root (a git checkout inside a folder the server was started with, --root): absolute, or relative to the first root.",
  );
const seconds = (max: number, fallback: number, what: string) =>
  z.number().int().min(1).max(max).default(fallback).describe(what);
const itemId = (what: string) =>
  z
    .string()
    .min(1)
    .max(100)
    .describe(`${what}: the front matter id of a docs backlog file, such as TASK-001.`);

export const scanInput = z.strictObject({
  repo_path: repoPath,
  sync_remote: z
    .boolean()
    .default(true)
    .describe(
      'Fetch origin and fast-forward the default branch first; only when the checkout is clean and on its default branch (else the result says why and the scan reads what is there).',
    ),
  timeout: seconds(3600, 120, 'Seconds the scan (with the fetch) may take.'),
  max_items: z
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(100)
    .describe(
      'At most this many queue entries and human actions (the ready items first); the summary counts all.',
    ),
});

const queueStatus = z.enum(['ready', 'blocked', 'waiting', 'in_progress', 'stopped']);

export const scanOutput = z.object({
  success: z.boolean(),
  priority_queue: z
    .array(
      z.object({
        item_id: z.string(),
        title: z.string(),
        priority: z.enum(PRIORITIES),
        status: queueStatus,
        /** Why it is not ready; null when it is. */
        reason: z.string().nullable(),
        milestone: z.string().nullable(),
        file: z.string().nullable(),
      }),
    )
    .describe('The open items, the ready ones first in the order to work them, up to max_items.'),
  human_actions_required: z.array(
    z.object({ item_id: z.string().nullable(), action: z.string(), reason: z.string() }),
  ),
  summary: z.object({
    total: z.number().int(),
    ready: z.number().int(),
    blocked: z.number().int(),
    waiting: z.number().int(),
    in_progress: z.number().int(),
    done: z.number().int(),
  }),
  next_action: z.object({ item_id: z.string().nullable(), reason: z.string() }),
  sync: z.object({
    status: z.enum(['fast_forwarded', 'up_to_date', 'skipped', 'failed', 'off']),
    reason: z.string(),
  }),
  problems: z
    .array(z.string())
    .describe('Problems of the backlog files; no item is worked while there are any.'),
  truncated: z
    .number()
    .int()
    .describe('Entries left out of priority_queue and human_actions_required by max_items.'),
});

export const processInput = z.strictObject({
  item_id: itemId('The item to work'),
  repo_path: repoPath,
  max_iterations: z
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .describe('At most this many developer runs for the item (the config max-iterations).'),
  timeout_per_section: seconds(21_600, 300, 'Seconds one acceptance criterion may take.'),
});

const failure = z.object({
  command: z.string(),
  exit_code: z.number().int().nullable(),
  timed_out: z.boolean(),
  /** The end of its output, secrets redacted. */
  output: z.string(),
});
const testSummary = z.object({
  commands: z.number().int(),
  passed: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
});

export const processOutput = z.object({
  status: z.enum(['complete', 'tests_failed', 'needs_decomposition', 'error']),
  sections_completed: z.array(z.string()).describe('The acceptance criteria done, in order.'),
  test_result: z
    .object({ passed: z.boolean(), summary: testSummary, failures: z.array(failure) })
    .nullable()
    .describe('The verification after the criteria; null when it did not run.'),
  /** Why it ended, in a sentence. */
  reason: z.string(),
  /** The engine's own status when it says more than `status` (blocked, stopped, needs_clarification). */
  outcome: z.string(),
  /** What a person does next; empty when nothing. */
  next: z.string(),
  branch: z.string().nullable(),
  commits: z.number().int(),
  state_dir: z.string(),
});

export const testsInput = z.strictObject({
  work_item_id: itemId('The item whose branch to verify (its default branch when it has none)'),
  repo_path: repoPath,
  create_bugs: z
    .boolean()
    .default(false)
    .describe('File one bug item per failing command, unless an open item already says the same.'),
  timeout: seconds(7200, 300, 'Seconds the verification may take.'),
});

export const testsOutput = z.object({
  success: z.boolean(),
  passed: z.boolean(),
  overall_status: z.enum(['passed', 'failed', 'not_configured']),
  summary: testSummary.extend({ duration_ms: z.number().int() }),
  failures: z.array(failure),
  issues_created: z.array(z.object({ item_id: z.string(), title: z.string(), location: z.string() })),
  duplicates: z.array(z.object({ item_id: z.string(), title: z.string() })),
  tested: z.object({ ref: z.string(), commit: z.string() }),
  issues_branch: z.string().nullable(),
});

export const createInput = z.strictObject({
  item_type: z.enum(NEW_ITEM_TYPES).describe('bug, feature, or human_action (a step for a person).'),
  title: z.string().trim().min(1).max(200).describe('A short title, one line.'),
  description: z.string().max(20_000).describe('The full description (markdown).'),
  repo_path: repoPath,
  component: z
    .string()
    .regex(/^[\w.:/-]{1,50}$/, { error: 'a component name: letters, digits, and . : / - _' })
    .default('unknown')
    .describe('The system component it is about.'),
  priority: z
    .string()
    .default('P2')
    .refine((p) => parsePriority(p) !== undefined, { error: 'expected critical, high, medium, low or P0–P3' })
    .describe('critical, high, medium, low, or P0–P3.'),
  auto_commit: z.boolean().default(true).describe('Commit the new file (never on the default branch).'),
  timeout: seconds(3600, 120, 'Seconds it may take.'),
});

export const createOutput = z.object({
  success: z.boolean(),
  /** False when an open item with the same title exists: that one is the item. */
  created: z.boolean(),
  item_id: z.string(),
  location: z.string(),
  files_created: z.array(z.string()),
  duplicate_warning: z
    .object({
      item_id: z.string(),
      title: z.string(),
      location: z.string().nullable(),
      match: z.enum(['same', 'similar']),
    })
    .nullable(),
  branch: z.string().nullable(),
  commit: z.string().nullable(),
  note: z.string(),
});

export const retroInput = z.strictObject({
  repo_path: repoPath,
  session_id: z
    .string()
    .max(100)
    .nullable()
    .default(null)
    .describe("The session to look back on (the session file's session_id); null: the current one."),
  dry_run: z.boolean().default(false).describe('Recommend only: change no file.'),
  timeout: seconds(7200, 300, 'Seconds the retrospective may take.'),
});

const change = z.object({ kind: z.string(), item: z.string(), detail: z.string() });

export const retroOutput = z.object({
  success: z.boolean(),
  summary: z.string(),
  deprecations: z.array(z.string()),
  merges: z.array(z.object({ source: z.string(), target: z.string() })),
  priority_changes: z.array(
    z.object({ item_id: z.string(), old: z.enum(PRIORITIES), new: z.enum(PRIORITIES) }),
  ),
  recommendations: z.array(z.string()),
  next_priority_item: z.object({ item_id: z.string(), reason: z.string() }).nullable(),
  new_items: z.array(z.object({ title: z.string(), priority: z.enum(PRIORITIES) })),
  dropped: z.array(z.string()),
  applied: z.array(change),
  skipped: z.array(change),
  branch: z.string().nullable(),
  commit: z.string().nullable(),
  dry_run: z.boolean(),
  session_id: z.string().nullable(),
  session_ended: z.boolean(),
});

export type ScanOutput = z.infer<typeof scanOutput>;
export type ProcessOutput = z.infer<typeof processOutput>;
export type TestsOutput = z.infer<typeof testsOutput>;
export type CreateOutput = z.infer<typeof createOutput>;
export type RetroOutput = z.infer<typeof retroOutput>;
