import { type Config, defaultConfig } from '../../config.js';
import type { GitHubClient, RepoRef } from '../../github/client.js';
import { findMarkedComment, upsertMarkedComment } from '../../github/comments.js';
import type { ActionIdentity } from '../../github/identity.js';
import * as core from '../../log.js';
import { fitBody, MAX_COMMENT_BODY } from '../../report/limits.js';
import { renderStatusVisible } from '../../report/status.js';
import { bindKey, blockContext } from '../../safety/block-mac.js';
import {
  decodeState,
  encodeState,
  STATUS_MARKER,
  type StateAuth,
  StateError,
  UntrustedStateError,
} from '../../state/codec.js';
import { type ItemState, newItemState } from '../../state/schema.js';
import { noteEvent } from '../../state/transitions.js';

/** GitHub refuses comment bodies above 65,536 characters. */
const MAX_BODY = MAX_COMMENT_BODY;

/** The item's state and the status comment it was read from. */
export interface LoadedItemState {
  state: ItemState;
  commentId: number;
  /** Set when the comment's state did not authenticate and a fresh state stands in: why. */
  untrusted?: string;
}

/** The item's state MAC: the identity's key bound to this repository and item; none without a key. */
export function stateAuth(repo: RepoRef, issue: number, identity: ActionIdentity): StateAuth | undefined {
  return identity.key && bindKey(identity.key, blockContext('state', repo, { item: issue }));
}

/**
 * Reads the item's state from its status comment. Only a comment written by the action's own
 * identity counts (findMarkedComment filters by author): a state marker in anyone else's comment
 * is ignored, so nobody can feed state to the action. When the job holds a key, the state must
 * also authenticate under it (other workflows post as the same bot): one that does not is not
 * read, and the item starts from a fresh state, with a warning and a timeline note saying why
 * (the next save overwrites the untrusted block). Undefined when the item has no status comment
 * yet. Throws StateError for a corrupt state or one written by a newer release.
 */
export async function loadItemState(
  client: GitHubClient,
  repo: RepoRef,
  issue: number,
  identity: ActionIdentity,
): Promise<LoadedItemState | undefined> {
  const comment = await findMarkedComment(client, repo, issue, STATUS_MARKER, identity);
  if (!comment) return undefined;
  let state: ItemState | undefined;
  try {
    state = decodeState(
      comment.body,
      `the status comment of #${issue} (${comment.htmlUrl})`,
      stateAuth(repo, issue, identity),
    );
  } catch (error) {
    if (!(error instanceof UntrustedStateError)) throw error;
    const why = `${error.message} It is not read: the item starts from a fresh state.`;
    core.warning(why);
    return {
      state: noteEvent(
        newItemState(issue),
        `State not trusted, started fresh: ${error.message}`.slice(0, 500),
      ),
      commentId: comment.id,
      untrusted: why,
    };
  }
  if (!state) return { state: newItemState(issue), commentId: comment.id };
  if (state.item !== issue) {
    throw new StateError(
      `The status comment ${comment.htmlUrl} on #${issue} holds the state of #${state.item}. ` +
        'Delete that comment to start the item over.',
    );
  }
  return { state, commentId: comment.id };
}

export interface SaveOptions {
  /** Print the comment instead of writing it. */
  dryRun: boolean;
  /** This run's link, shown as "last run". */
  runUrl?: string;
  /** Prices for the cost estimate; the defaults when omitted. */
  pricing?: Config['pricing'];
}

/** What saveItemState wrote (`commentId` is 0 for a comment a dry run would have created). */
export interface SavedItemState {
  commentId: number;
  body: string;
  written: boolean;
}

/**
 * Renders the state (visible progress + hidden JSON) into the item's status comment, creating it
 * or editing it in place: one status comment per item, however often a job re-runs.
 */
export async function saveItemState(
  client: GitHubClient,
  repo: RepoRef,
  issue: number,
  identity: ActionIdentity,
  state: ItemState,
  options: SaveOptions,
): Promise<SavedItemState> {
  const body = renderWithinLimit(state, { ...options, auth: stateAuth(repo, issue, identity) });
  if (options.dryRun) core.info(`[dry-run] Status comment of #${issue}:\n${body}`);
  const result = await upsertMarkedComment(client, repo, issue, STATUS_MARKER, body, identity, {
    dryRun: options.dryRun,
  });
  return { commentId: result.id, body, written: result.written };
}

/**
 * The hidden state gets at most this much of the comment, so that the visible part keeps room for
 * the status, the next action and the criteria (the rest of it is cut to fit by fitBody).
 */
const MAX_STATE = 50_000;

/**
 * Renders the comment within GitHub's limit. The hidden state must stay whole (it is the item's
 * only storage), so when it alone is too long its texts are clipped, the display-only ones first
 * (the plan's summary and risks, the questions, timeline notes, the verification output), then the
 * acceptance criteria; the visible part is then cut to what is left, with a line saying so. The
 * full plan is in the plan job's summary and its events artifact.
 */
export function renderWithinLimit(
  state: ItemState,
  options: Pick<SaveOptions, 'runUrl' | 'pricing'> & { auth: StateAuth | undefined },
): string {
  const fitted = fitState(state);
  const notice =
    fitted.clippedTo === undefined
      ? undefined
      : `> ✂️ The plan's texts were too long for this comment: each is clipped to ${fitted.clippedTo.toLocaleString('en-US')} characters${fitted.criteria ? ', the acceptance criteria included' : ''}. The full plan is in the plan job's summary and its events artifact.`;
  const pricing = options.pricing ?? defaultConfig().pricing;
  const visible = renderStatusVisible(fitted.state, { runUrl: options.runUrl, pricing, notice });
  return fitBody(visible, { max: MAX_BODY, hidden: encodeState(fitted.state, options.auth) });
}

/** The state with its texts clipped until its hidden block takes at most MAX_STATE characters. */
function fitState(state: ItemState): { state: ItemState; clippedTo?: number; criteria?: boolean } {
  if (encodeState(state).length <= MAX_STATE) return { state };
  const verify = state.dev.verifyOutput;
  const base: ItemState = {
    ...state,
    timeline: state.timeline.slice(-5),
    dev: { ...state.dev, verifyOutput: verify && verify.length > 2000 ? `…${verify.slice(-2000)}` : verify },
  };
  if (encodeState(base).length <= MAX_STATE) return { state: base };
  for (const criteria of [false, true]) {
    const at = (limit: number) => clipTexts(base, limit, criteria);
    if (encodeState(at(MIN_TEXT)).length > MAX_STATE) continue;
    // The longest clip that fits: binary search between MIN_TEXT (fits) and the longest text.
    let lo = MIN_TEXT;
    let hi = Math.max(MIN_TEXT, ...texts(base).map((t) => t.length));
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (encodeState(at(mid)).length <= MAX_STATE) lo = mid;
      else hi = mid - 1;
    }
    return { state: at(lo), clippedTo: lo, criteria };
  }
  throw new StateError(
    `The status comment of #${state.item} cannot hold its state even with every text clipped to ${MIN_TEXT} characters; ` +
      'GitHub allows 65,536 characters. Split the issue into smaller issues.',
  );
}

/** The shortest a text is clipped to. */
const MIN_TEXT = 200;

const clipped = (text: string, limit: number) =>
  text.length > limit ? `${text.slice(0, limit)}… [clipped]` : text;

function texts(state: ItemState): string[] {
  return [
    state.plan?.summary ?? '',
    ...(state.plan?.risks ?? []),
    ...(state.clarification?.questions ?? []),
    ...state.criteria.map((c) => c.text),
    ...state.timeline.map((e) => e.note ?? ''),
    state.nextAction ?? '',
  ];
}

function clipTexts(state: ItemState, limit: number, criteria: boolean): ItemState {
  const clip = (text: string) => clipped(text, limit);
  return {
    ...state,
    plan: state.plan && {
      ...state.plan,
      summary: clip(state.plan.summary),
      risks: state.plan.risks.map(clip),
    },
    clarification: state.clarification && {
      ...state.clarification,
      questions: state.clarification.questions.map(clip),
    },
    timeline: state.timeline.map((e) => ({ ...e, note: e.note === null ? null : clip(e.note) })),
    nextAction: state.nextAction === null ? null : clip(state.nextAction),
    criteria: criteria ? state.criteria.map((c) => ({ ...c, text: clip(c.text) })) : state.criteria,
  };
}
