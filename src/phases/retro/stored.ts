import { createHash } from 'node:crypto';
import { z } from 'zod';
import { retroAnswerSchema } from '../../engine/retro/schema.js';

/**
 * A retro report's hidden state: when it read the repository, its figures (the next retro's
 * trend), the abandoned work it knew of, the answer it acted on and what it applied. Stored like
 * the review JSON (src/review/stored.ts): base64url JSON with its checksum in one hidden block, read
 * only from the action's own report, only when the block is there exactly once and intact. Model
 * text in the report is rendered with renderModelMarkdown, which cannot write `<!--`.
 */

/** Marks a retro report; `run=<id>` names the workflow run, so a re-run edits its own report. */
export const RETRO_MARKER = '<!-- codex-orchestrator:retro';
export const retroMarker = (runId: string) => `${RETRO_MARKER} run=${runId} -->`;

const PREFIX = 'codex-orchestrator:retro-state';
const OPENER = /<!--\s*codex-orchestrator:retro-state/gi;
const BLOCK = /<!-- codex-orchestrator:retro-state sha256=([0-9a-f]{64}) ([A-Za-z0-9_-]+) -->/;

const figures = z.object({
  attempted: z.number(),
  done: z.number(),
  blocked: z.number(),
  medianReviewCycles: z.number().nullable(),
  merged: z.number(),
  closedUnmerged: z.number(),
  reworkRate: z.number().nullable(),
  tokens: z.number(),
  costUsd: z.number(),
  unpricedTokens: z.number().optional(),
  tokensPerDone: z.number().nullable(),
  costPerDoneUsd: z.number().nullable(),
});

const change = z.object({ kind: z.string(), item: z.string(), detail: z.string() });

export const retroStateSchema = z.object({
  version: z.literal(1),
  runId: z.string(),
  /** ISO time this retro read the repository: the next one looks at what happened after it. */
  at: z.string(),
  figures,
  /** Items whose newest pull request was closed unmerged (issue number → pull request). */
  abandoned: z.array(z.tuple([z.number().int().positive(), z.number().int().positive()])),
  /** The screened answer the report shows, so a re-run of the run acts on the same one. */
  answer: retroAnswerSchema.nullable(),
  /** The notes on what screening dropped from the model's answer. */
  dropped: z.array(z.string()),
  applied: z.array(change),
  skipped: z.array(change),
});

export type RetroState = z.infer<typeof retroStateSchema>;
export type AppliedChange = z.infer<typeof change>;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function encodeRetroState(state: RetroState): string {
  const json = JSON.stringify(state);
  return `<!-- ${PREFIX} sha256=${sha256(json)} ${Buffer.from(json, 'utf8').toString('base64url')} -->`;
}

/** The state of a report body, or undefined when absent, repeated, altered or invalid. */
export function decodeRetroState(body: string): RetroState | undefined {
  if ((body.match(OPENER)?.length ?? 0) !== 1) return undefined;
  const block = BLOCK.exec(body);
  if (!block) return undefined;
  const [, checksum, encoded] = block as unknown as [string, string, string];
  const json = Buffer.from(encoded, 'base64url').toString('utf8');
  if (sha256(json) !== checksum) return undefined;
  try {
    const parsed = retroStateSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The run id a report body names (`<!-- codex-orchestrator:retro run=… -->`), if any. */
export function reportRunId(body: string): string | undefined {
  return /<!-- codex-orchestrator:retro run=([\w.-]+) -->/.exec(body)?.[1];
}
