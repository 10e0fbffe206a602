import * as core from '../log.js';
import type { BlockKey } from '../safety/block-mac.js';
import type { GitHubClient } from './client.js';

/** The account the action writes as: only its comments are trusted as state (DESIGN §3). */
export interface ActionIdentity {
  /** The login as REST reports comment authors, e.g. `github-actions[bot]` or `octocat`. */
  login: string;
  type: 'Bot' | 'User';
  /**
   * The key the hidden blocks of its comments are authenticated with (src/safety/block-mac.ts),
   * from a secret the job holds; undefined without one. Every workflow of a repository posts as
   * `github-actions[bot]` with the default token, so the login alone does not make a block the
   * action's: with a key, only a block whose MAC verifies is read (src/item/store.ts,
   * src/review/stored.ts). Set by openItemJob; never compared by isIdentity.
   */
  key?: BlockKey;
}

/** Thrown when no way of asking GitHub who the token belongs to worked. */
export class IdentityError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IdentityError';
  }
}

/** The identity behind `GITHUB_TOKEN` (an installation token of the GitHub Actions app). */
export const GITHUB_ACTIONS_BOT: ActionIdentity = { login: 'github-actions[bot]', type: 'Bot' };

/**
 * True when the action acts as `GITHUB_TOKEN`. What it pushes and opens then starts no workflow
 * (GitHub's rule against recursive runs), so a repository's CI never runs on its pull requests; a
 * GitHub App token (`<app-slug>[bot]`) or a user's token does not have that limit.
 */
export function isGitHubToken(identity: ActionIdentity): boolean {
  return identity.type === 'Bot' && identity.login.toLowerCase() === GITHUB_ACTIONS_BOT.login;
}

/** The app slug of a bot identity (`my-app[bot]` → `my-app`); undefined for a user. */
export function appSlugOf(identity: ActionIdentity): string | undefined {
  return identity.type === 'Bot' ? identity.login.replace(/\[bot\]$/i, '').toLowerCase() : undefined;
}

const cache = new WeakMap<GitHubClient, Promise<ActionIdentity>>();

/**
 * Who the action's own comments are written by, asked once per client.
 *
 * 1. GraphQL `viewer` answers for every kind of token: a personal access token (a `User`), and
 *    installation tokens — `GITHUB_TOKEN` and GitHub App tokens alike (`<slug>[bot]`, e.g.
 *    `github-actions[bot]`). One call, which is why it comes first.
 * 2. `GET /user` works for user tokens only; installation tokens get 403 "Resource not accessible by
 *    integration". It is the fallback for a host whose GraphQL endpoint is unreachable.
 * 3. If both fail and the token is an installation token (`ghs_…`), the action assumes
 *    `github-actions[bot]` with a warning: that is `GITHUB_TOKEN`, the default. A GitHub App's slug
 *    cannot be read with its installation token (`GET /app` needs the app's JWT).
 */
export function actionIdentity(client: GitHubClient): Promise<ActionIdentity> {
  let identity = cache.get(client);
  if (!identity) {
    identity = resolveIdentity(client);
    cache.set(client, identity);
    // A failure is not cached: the next caller may try again.
    identity.catch(() => cache.delete(client));
  }
  return identity;
}

/**
 * Records an identity learnt from another query that asked for `viewer` (the policy read at the
 * start of every job does), so the first phase that needs it makes no request of its own.
 */
export function primeIdentity(client: GitHubClient, viewerLogin: string): ActionIdentity {
  const identity = fromViewer({ login: viewerLogin });
  cache.set(client, Promise.resolve(identity));
  return identity;
}

async function resolveIdentity(client: GitHubClient): Promise<ActionIdentity> {
  let viewerError: unknown;
  try {
    const { viewer } = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    const identity = fromViewer(viewer);
    core.debug(`Action identity (GraphQL viewer): ${identity.login} (${identity.type})`);
    return identity;
  } catch (error) {
    viewerError = error;
  }
  let userError: unknown;
  try {
    const { data } = await client.rest.users.getAuthenticated();
    const identity: ActionIdentity = { login: data.login, type: data.type === 'Bot' ? 'Bot' : 'User' };
    core.debug(`Action identity (GET /user): ${identity.login} (${identity.type})`);
    return identity;
  } catch (error) {
    userError = error;
  }
  const auth = (await client.auth()) as { tokenType?: string };
  if (auth.tokenType === 'installation') {
    core.warning(
      `Could not ask GitHub who the token belongs to (GraphQL viewer: ${message(viewerError)}; GET /user: ${message(userError)}). ` +
        `Assuming ${GITHUB_ACTIONS_BOT.login}, the GITHUB_TOKEN identity; with a GitHub App token, comments the action wrote earlier will not be recognised.`,
    );
    return GITHUB_ACTIONS_BOT;
  }
  throw new IdentityError(
    `Could not determine who the github-token belongs to (GraphQL viewer: ${message(viewerError)}; GET /user: ${message(userError)}). ` +
      'The action needs it to recognise its own comments. Check that the token is valid and that the GitHub API (GITHUB_API_URL, GITHUB_GRAPHQL_URL) is reachable.',
    { cause: userError ?? viewerError },
  );
}

/**
 * `viewer` is typed `User!` even for an installation token, so `__typename` cannot tell a bot; GitHub
 * names an installation's viewer `<app-slug>[bot]`, and a user login cannot contain `[`, so the
 * suffix is a safe tell for the token's own account.
 */
function fromViewer(viewer: { login: string }): ActionIdentity {
  return { login: viewer.login, type: viewer.login.endsWith('[bot]') ? 'Bot' : 'User' };
}

/** True when a REST user object (a comment's author) is the given identity. */
export function isIdentity(
  user: { login: string; type?: string } | null | undefined,
  identity: ActionIdentity,
): boolean {
  if (!user) return false;
  // Logins are case-insensitive on GitHub; the type check keeps a user from standing in for a bot.
  return user.login.toLowerCase() === identity.login.toLowerCase() && (user.type ?? 'User') === identity.type;
}

function message(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const status = (error as { status?: number }).status;
  const text = (error.message.split('\n')[0] ?? error.name).replace(/ - https:\/\/docs\.github\.com\S*$/, '');
  return status ? `${status} ${text}` : text;
}
