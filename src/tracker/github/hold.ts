import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fenceFor, safeLine } from '../../report/markdown.js';
import type { BoundKey } from '../../safety/block-mac.js';
import { renderModelCode } from '../../safety/markdown.js';

/**
 * Commits held back by an escalation. Nothing is pushed until a person approves, and the next job
 * runs on a fresh runner, so the commits travel in a comment of the action's own: a readable diff
 * for the person approving, and the exact patch series (gzip, base64) that the release applies.
 * The sha256 of the patch is checked before it is applied.
 */
export const HOLD_MARKER = '<!-- codex-orchestrator:held-commits -->';
const DATA_OPEN = '<!-- codex-orchestrator:held ';
const DATA_CLOSE = ' -->';

/** GitHub refuses comment bodies over 65,536 characters. */
export const MAX_HOLD_BODY = 64_000;

/** What a hold carries besides the patch. */
export interface HoldInfo {
  /** The acceptance criterion (index) the commits meet; null for the verification fix run. */
  criterion: number | null;
  /** The commit the patches apply on: the branch's last push (the default branch's tip before the first). */
  base: string;
  /** The held commits' one-line subjects, oldest first. */
  subjects: string[];
}

export interface Hold extends HoldInfo {
  /** `git format-patch --stdout` of the held commits. */
  mbox: string;
  sha256: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Thrown when the held commits do not fit in one comment. */
export class HoldTooLargeError extends Error {
  constructor(readonly size: number) {
    super(
      `The held commits are too large to keep for approval (${size} characters compressed; a comment holds ` +
        `${MAX_HOLD_BODY}). Split the work item into smaller ones, or make this change by hand.`,
    );
    this.name = 'HoldTooLargeError';
  }
}

/**
 * The hold comment: the escalation's subjects, the diff (clipped to what fits), and the hidden patch.
 * `diff` is `git diff` of the held commits, `reason` the escalation in one line.
 */
export function renderHold(
  item: number,
  info: HoldInfo,
  mbox: string,
  diff: string,
  reason: string,
  auth?: BoundKey,
): string {
  const payload = {
    v: 1,
    criterion: info.criterion,
    base: info.base,
    subjects: info.subjects,
    sha256: sha256(mbox),
    patch: gzipSync(Buffer.from(mbox, 'utf8'), { level: 9 }).toString('base64'),
  };
  // The subjects are the agent's text: a subject holding `-->` ended the comment early, and one
  // holding the block's opener was where parseHold (lastIndexOf) started reading, so the hold could
  // not be released. `<`, `>` and each `-` of a `--` are JSON escapes here (as in the state
  // block), so the data holds neither.
  // The MAC covers the payload as written (before the escapes below): another workflow posting as
  // the same bot cannot plant a patch that `/codex approve` would then push (src/safety/block-mac.ts).
  const signed = auth ? { ...payload, mac: auth.sign(JSON.stringify(payload)) } : payload;
  const json = JSON.stringify(signed)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/-(?=-)/g, '\\u002d');
  const data = `${DATA_OPEN}${json}${DATA_CLOSE}`;
  const head = [
    HOLD_MARKER,
    `### Commits held for approval (#${item})`,
    `Codex made these commits, but nothing was pushed: ${escapeText(reason)}`,
    'A user with write access can review the diff below and comment `/codex approve` to push exactly these commits.',
    '',
    ...info.subjects.map((s) => `- ${escapeText(s)}`),
  ].join('\n');
  const room = MAX_HOLD_BODY - head.length - data.length - 200;
  if (room < 0) throw new HoldTooLargeError(data.length);
  // The diff is the agent's code: shown as written, but for the action's marker prefix.
  const code = renderModelCode(diff);
  const shown = code.length > room ? `${code.slice(0, Math.max(0, room - 40))}\n[… diff clipped]` : code;
  const f = fenceFor(shown);
  return [
    head,
    '',
    '<details><summary>Diff</summary>',
    '',
    `${f}diff`,
    shown,
    f,
    '',
    '</details>',
    '',
    data,
  ].join('\n');
}

/**
 * Reads the hold out of the action's own comment body; undefined when the body holds no patch (a
 * released hold). Throws when the data is damaged: the patch is then not applied.
 */
export function parseHold(body: string, auth?: BoundKey): Hold | undefined {
  const start = body.lastIndexOf(DATA_OPEN);
  if (start < 0) return undefined;
  const end = body.indexOf(DATA_CLOSE, start + DATA_OPEN.length);
  if (end < 0) throw new Error('The held-commits comment is damaged (its data is not closed).');
  const { mac, ...raw } = JSON.parse(body.slice(start + DATA_OPEN.length, end)) as Record<string, unknown>;
  if (auth && (typeof mac !== 'string' || !auth.verify(JSON.stringify(raw), mac))) {
    throw new Error(
      "The held-commits comment does not authenticate: it was not written by this action with this repository's key (or was edited), so its commits were not applied. Re-run the item with /codex retry.",
    );
  }
  if (
    raw.v !== 1 ||
    typeof raw.patch !== 'string' ||
    typeof raw.sha256 !== 'string' ||
    typeof raw.base !== 'string'
  ) {
    throw new Error(
      'The held-commits comment is damaged (unexpected data). Re-run the item with /codex retry.',
    );
  }
  const mbox = gunzipSync(Buffer.from(raw.patch, 'base64')).toString('utf8');
  if (sha256(mbox) !== raw.sha256) {
    throw new Error(
      'The held commits do not match their checksum; they were changed after the hold. Nothing was applied.',
    );
  }
  return {
    criterion: typeof raw.criterion === 'number' ? raw.criterion : null,
    base: raw.base,
    subjects: Array.isArray(raw.subjects) ? raw.subjects.map(String) : [],
    mbox,
    sha256: raw.sha256,
  };
}

/** The comment after the release: what was pushed and who approved it, without the patch. */
export function renderReleased(item: number, hold: HoldInfo, by: string, pushed: string): string {
  return [
    HOLD_MARKER,
    `### Held commits released (#${item})`,
    `Approved by ${escapeText(by)}; pushed as \`${pushed.slice(0, 12)}\`.`,
    '',
    ...hold.subjects.map((s) => `- ${escapeText(s)}`),
  ].join('\n');
}

/**
 * Rendered like the status comment (no hidden blocks, images or mentions), but never clipped: the
 * person approving reads each line whole (the comment as a whole is bounded by MAX_HOLD_BODY).
 */
const escapeText = (text: string): string => safeLine(text, Number.POSITIVE_INFINITY);
