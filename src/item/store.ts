import type { Config } from '../config.js';
import { defaultConfig } from '../config.js';
import type { GitHubClient, RepoRef } from '../github/client.js';
import { findMarkedComment, upsertMarkedComment } from '../github/comments.js';
import type { ActionIdentity } from '../github/identity.js';
import * as core from '../log.js';
import { renderStatusComment } from '../report/status.js';
import { decodeState, STATUS_MARKER, StateError } from '../state/codec.js';
import { type ItemState, newItemState } from '../state/schema.js';

/** GitHub refuses comment bodies above 65,536 characters; stay clear of it. */
const MAX_BODY = 60_000;

/** The item's state and the status comment it was read from. */
export interface LoadedItemState {
  state: ItemState;
  commentId: number;
}

/**
 * Reads the item's state from its status comment. Only a comment written by the action's own
 * identity counts (findMarkedComment filters by author): a state marker in anyone else's comment
 * is ignored, so nobody can feed state to the action. Undefined when the item has no status
 * comment yet. Throws StateError for a corrupt state or one written by a newer release.
 */
export async function loadItemState(
  client: GitHubClient,
  repo: RepoRef,
  issue: number,
  identity: ActionIdentity,
): Promise<LoadedItemState | undefined> {
  const comment = await findMarkedComment(client, repo, issue, STATUS_MARKER, identity);
  if (!comment) return undefined;
  const state = decodeState(comment.body, `the status comment of #${issue} (${comment.htmlUrl})`);
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
  const body = renderWithinLimit(state, options);
  if (options.dryRun) core.info(`[dry-run] Status comment of #${issue}:\n${body}`);
  const result = await upsertMarkedComment(client, repo, issue, STATUS_MARKER, body, identity, {
    dryRun: options.dryRun,
  });
  return { commentId: result.id, body, written: result.written };
}

/** Renders the comment; when too long, drops old timeline lines and clips the verification output. */
export function renderWithinLimit(
  state: ItemState,
  options: Pick<SaveOptions, 'runUrl' | 'pricing'>,
): string {
  const render = (s: ItemState) =>
    renderStatusComment(s, { runUrl: options.runUrl, pricing: options.pricing ?? defaultConfig().pricing });
  let body = render(state);
  if (body.length <= MAX_BODY) return body;
  const verify = state.dev.verifyOutput;
  const smaller: ItemState = {
    ...state,
    timeline: state.timeline.slice(-5),
    dev: { ...state.dev, verifyOutput: verify && verify.length > 2000 ? `…${verify.slice(-2000)}` : verify },
  };
  body = render(smaller);
  if (body.length <= MAX_BODY) return body;
  throw new StateError(
    `The status comment of #${state.item} would be ${body.length} characters; GitHub allows 65,536. ` +
      'The plan or its criteria are too long: shorten the issue, or split it into smaller issues.',
  );
}
