import type { GitHubClient, RepoRef } from '../github/client.js';
import { accountType, collaboratorRole, WRITE_ROLES } from '../github/permissions.js';

/** The outcome of the actor gate (DESIGN §8.1). */
export type ActorCheck = { allowed: true; permission: string } | { allowed: false; reason: string };

/** Who triggered the run, and the lists from the `allowed-users` / `allowed-bots` inputs. */
export interface ActorGate {
  actor: string;
  /** The account type from the event (`sender.type`, `comment.user.type`); looked up when absent. */
  actorType?: 'User' | 'Bot' | 'Organization';
  /** Logins allowed without write access; `*` allows everyone. */
  allowedUsers: readonly string[];
  /** Bots allowed to trigger, with or without the `[bot]` suffix; `*` allows every bot. */
  allowedBots: readonly string[];
}

/** Whether the login has write, maintain or admin on the repository. */
export async function hasWriteAccess(client: GitHubClient, repo: RepoRef, login: string): Promise<boolean> {
  return (WRITE_ROLES as readonly string[]).includes(await collaboratorRole(client, repo, login));
}

/**
 * The actor gate: a user needs write, maintain or admin, or a place in `allowed-users`; a bot only
 * passes when listed in `allowed-bots`. Whether the actor is a bot comes from the account type (the
 * event's, else GitHub's), never from the login: a user cannot pass as a bot by a name ending in
 * `[bot]`, and a bot cannot pass as a user.
 */
export async function checkActor(client: GitHubClient, repo: RepoRef, gate: ActorGate): Promise<ActorCheck> {
  const actor = gate.actor.trim();
  if (actor === '') {
    return { allowed: false, reason: 'The event names no actor, so nobody can be checked for permission.' };
  }
  const type = gate.actorType ?? (await accountType(client, actor));
  if (type === undefined) {
    return { allowed: false, reason: `The actor '${actor}' is not a GitHub account.` };
  }
  if (type === 'Bot') {
    const slug = botSlug(actor);
    const listed = gate.allowedBots.some((entry) => entry.trim() === '*' || botSlug(entry.trim()) === slug);
    if (listed) return { allowed: true, permission: 'allowed-bot' };
    return {
      allowed: false,
      reason: `The actor '${actor}' is a bot that is not in allowed-bots. Add '${slug}' to the allowed-bots input to let it trigger the action.`,
    };
  }
  if (type === 'Organization') {
    return { allowed: false, reason: `The actor '${actor}' is an organization, not a user.` };
  }
  if (gate.allowedUsers.some((entry) => entry.trim() === '*' || sameLogin(entry.trim(), actor))) {
    return { allowed: true, permission: 'allowed-user' };
  }
  const role = await collaboratorRole(client, repo, actor);
  if ((WRITE_ROLES as readonly string[]).includes(role)) return { allowed: true, permission: role };
  return {
    allowed: false,
    reason:
      `The actor '${actor}' has ${role === 'none' ? 'no' : `'${role}'`} access to ${repo.owner}/${repo.repo}; ` +
      'write, maintain or admin is required (or add them to the allowed-users input).',
  };
}

/** `dependabot[bot]` and `dependabot` name the same app. */
function botSlug(login: string): string {
  return login.replace(/\[bot\]$/i, '').toLowerCase();
}

function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
