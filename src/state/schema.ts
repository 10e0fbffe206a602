import { z } from 'zod';
import { PHASES } from '../inputs.js';
import { type ConcretePhase, PHASE_STATUSES } from '../status.js';

/**
 * Version of the hidden state JSON. Bump it when a field changes meaning; a newer version than
 * this code knows is refused with a clear error rather than half-read.
 */
export const STATE_VERSION = 1;

const count = z.number().int().nonnegative();
const iso = z.string().min(1);
const login = z.string().min(1);

/** A phase that can appear in the state: a concrete phase, or `control` for slash-command bookkeeping. */
export type StatePhase = ConcretePhase | 'control';
const STATE_PHASES: [StatePhase, ...StatePhase[]] = [
  'control',
  ...PHASES.filter((p): p is ConcretePhase => p !== 'auto'),
];
export const statePhaseSchema = z.enum(STATE_PHASES);

/** `new` before any phase ran, `running` while one runs, else the last phase's result. */
/** `cancelled`: the job was cancelled while the phase ran; a re-run continues from the state. */
export const itemStatusSchema = z.enum(['new', 'running', 'cancelled', ...PHASE_STATUSES]);

export const usageSchema = z.object({
  inputTokens: count,
  cachedInputTokens: count,
  outputTokens: count,
  reasoningOutputTokens: count,
  /** USD of the priced runs (src/agent/pricing.ts); absent from states written before runs were priced. */
  costUsd: z.number().nonnegative().optional(),
  /** Tokens of runs on a model without a price: the item's cost is then unknown, never shown as 0. */
  unpricedTokens: count.optional(),
});

/**
 * A work item's key: the issue number on GitHub, the docs file's `id` in the local tracker. Docs ids
 * are checked when the backlog is read; here a string key is one line of printable characters, safe
 * in a file name, a branch name and a code span.
 */
export const itemKeySchema = z.union([
  z.number().int().positive(),
  z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an item id of letters, digits, dot, underscore and hyphen'),
]);
export type ItemKey = z.infer<typeof itemKeySchema>;

/** How people read an item's key: `#12` for an issue, the id itself for a docs item. */
export const itemRef = (item: ItemKey): string => (typeof item === 'number' ? `#${item}` : item);

/**
 * The issue number of an item the GitHub tracker works on. Its states are read only from status
 * comments, whose item is the issue they sit on, so a docs id here is a bug, not an input.
 */
export function issueOf(state: { item: ItemKey }): number {
  if (typeof state.item !== 'number')
    throw new TypeError(`Expected an issue number, got the docs id '${state.item}'.`);
  return state.item;
}

/** One line of the phase timeline shown in the status comment. */
export const timelineEntrySchema = z.object({
  phase: statePhaseSchema,
  status: itemStatusSchema,
  /** ISO time the entry was written. */
  at: iso,
  runUrl: z.string().nullable(),
  /** Short reason for people (why skipped/blocked, what happened). */
  note: z.string().nullable(),
});

/** One acceptance criterion and its progress. `commit` is the sha of the commit that met it. */
export const criterionSchema = z.object({
  text: z.string().min(1),
  done: z.boolean(),
  commit: z.string().nullable(),
});

export const planStateSchema = z.object({
  summary: z.string(),
  risks: z.array(z.string()),
  /** ISO time the plan was accepted (status `ready`). */
  plannedAt: iso,
});

export const clarificationSchema = z.object({
  /** 1 for the first round of questions, +1 for each re-plan that asked again. */
  round: z.number().int().positive(),
  questions: z.array(z.string()),
  /** ISO time the questions were posted (shown to people). */
  askedAt: iso,
  /**
   * The newest comment id on the issue once the questions were posted: later comments are the
   * answers. Ids, not times: GitHub's comment ids only grow, and the runner's clock is not GitHub's.
   */
  afterCommentId: count,
});

export const escalationSchema = z.object({
  /** Commands the agent ran (or tried) outside the allow-list. */
  commands: z.array(z.string()),
  /** Changed paths that match a protected-path glob. */
  paths: z.array(z.string()),
  /** The phase that escalated and must run again once approved (`dev` or `fix`). */
  phase: statePhaseSchema,
  raisedAt: iso,
  /** Set by `/codex approve` from a write-access user: the escalation above may go through. */
  approvedBy: login.nullable(),
  approvedAt: iso.nullable(),
});

/** Where dev stopped, so that a re-run continues rather than starts over. */
export const devProgressSchema = z.object({
  /** Model runs spent on this item so far (bounded by `max-iterations`). */
  iterations: count,
  /** Index into `criteria` of the criterion in progress, or null between criteria. */
  current: count.nullable(),
  /** The last dev result: complete | tests_failed | needs_decomposition | error. */
  result: z.enum(['complete', 'tests_failed', 'needs_decomposition', 'error']).nullable(),
  /** Tail of the last verification output (shown to people, given back to Codex). */
  verifyOutput: z.string().nullable(),
});

export const itemStateSchema = z.object({
  version: z.literal(STATE_VERSION),
  /** The work item: its issue number (GitHub), or its docs id (the local tracker). */
  item: itemKeySchema,
  /** The last phase that started (null before any). */
  phase: statePhaseSchema.nullable(),
  status: itemStatusSchema,
  /** How many times `phase` has started in a row (1 on its first run). */
  attempt: count,
  reviewCycle: count,
  branch: z.string().nullable(),
  pr: z.number().int().positive().nullable(),
  headSha: z.string().nullable(),
  /** Codex thread ids by role, e.g. `plan`, `dev:2` (criterion index), `review`, `fix`. */
  threads: z.record(z.string(), z.string()),
  consecutiveFailures: count,
  /** Tokens spent on this item across all phases. */
  usage: usageSchema,
  /** Fingerprints (`finding.id`) of the last review's findings, to notice when they come back. */
  reviewFingerprints: z.array(z.string()),
  plan: planStateSchema.nullable(),
  /** Acceptance criteria from the plan, with per-criterion progress. */
  criteria: z.array(criterionSchema),
  clarification: clarificationSchema.nullable(),
  /** Sub-issues created when the item was decomposed. */
  subIssues: z.array(z.number().int().positive()),
  /** `/codex approve` of the plan (plan → dev). */
  approval: z.object({ by: login, at: iso }).nullable(),
  escalation: escalationSchema.nullable(),
  dev: devProgressSchema,
  /** Set by `/codex stop`; cleared by `/codex resume`. Phases skip a stopped item. */
  stopped: z.object({ by: login, at: iso }).nullable(),
  /**
   * Set when a person merged the item's pull request: the item is done (`<prefix>:done`). Absent
   * from states written before it existed, hence the default.
   */
  merged: z.object({ pr: z.number().int().positive(), by: login, at: iso }).nullable().default(null),
  /**
   * Set by the scan when it claims the item and dispatches `phase`: while no newer timeline entry
   * shows a run behind it, the item counts as in progress; a claim older than the phase timeout
   * is released by the next scan. Absent from states written before it existed.
   */
  claim: z.object({ runUrl: z.string(), at: iso, phase: statePhaseSchema }).nullable().default(null),
  /**
   * The item's last Codex thread (the last dev or fix run), which fix resumes, and whether its
   * session went to the encrypted store (src/work/sessions.ts). Absent from older states.
   */
  session: z
    .object({ threadId: z.string().min(1), phase: statePhaseSchema, stored: z.boolean(), at: iso })
    .nullable()
    .default(null),
  /**
   * The last fix round: the review cycle it answered, the findings it claimed to fix (to notice
   * them coming back), its summary (given to the next round), its commit. Absent from older states.
   */
  fix: z
    .object({
      cycle: count,
      rounds: count,
      claimed: z.array(z.string()),
      summary: z.string().nullable(),
      commit: z.string().nullable(),
    })
    .nullable()
    .default(null),
  /** What a human must do next; null when nothing is needed. Shown in bold in the comment. */
  nextAction: z.string().nullable(),
  /** Newest last; capped so the comment stays below GitHub's size limit. */
  timeline: z.array(timelineEntrySchema),
});

/** The versioned state of one work item, stored hidden in its status comment (DESIGN §3). */
export type ItemState = z.infer<typeof itemStateSchema>;
export type ItemStatus = z.infer<typeof itemStatusSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type Escalation = z.infer<typeof escalationSchema>;
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** The state of an item no phase has touched yet. */
export function newItemState(item: ItemKey): ItemState {
  return {
    version: STATE_VERSION,
    item,
    phase: null,
    status: 'new',
    attempt: 0,
    reviewCycle: 0,
    branch: null,
    pr: null,
    headSha: null,
    threads: {},
    consecutiveFailures: 0,
    usage: { inputTokens: 0, cachedInputTokens: 0, outputTokens: 0, reasoningOutputTokens: 0 },
    reviewFingerprints: [],
    plan: null,
    criteria: [],
    clarification: null,
    subIssues: [],
    approval: null,
    escalation: null,
    dev: { iterations: 0, current: null, result: null, verifyOutput: null },
    stopped: null,
    merged: null,
    claim: null,
    session: null,
    fix: null,
    nextAction: null,
    timeline: [],
  };
}
