import type { GitHubClient, RepoRef } from '../github/client.js';
import { type ActionIdentity, isIdentity } from '../github/identity.js';
import * as core from '../log.js';
import { type Obj, obj } from '../payload.js';
import { checkActor } from './actor.js';

type AccountType = 'User' | 'Bot' | 'Organization';
const accountType = (v: unknown): AccountType | undefined =>
  v === 'Bot' || v === 'User' || v === 'Organization' ? v : undefined;

/** Who asked for this job: the workflow's actor and, for a comment, the comment's author. */
export interface TriggerSource {
  /** `GITHUB_ACTOR`. */
  actor: string;
  /** The event payload (its `sender` gives the actor's account type, its `comment` the author). */
  payload: Obj;
  allowedUsers: readonly string[];
  allowedBots: readonly string[];
}

/** The author of the comment that triggered the job (issue_comment events), if any. */
export function commenterOf(payload: Obj): { login: string; type?: AccountType } | undefined {
  const user = obj(obj(payload.comment).user);
  return typeof user.login === 'string' ? { login: user.login, type: accountType(user.type) } : undefined;
}

/**
 * The actor gate of every phase (DESIGN §8.1), run before any model call or write. It checks the
 * workflow's actor and, for a comment, its author too: a comment by someone without write access
 * must not act through a maintainer's re-run. The action's own identity passes: it is the actor of
 * the workflow_dispatch runs it chains itself (DESIGN §2), whose first run was gated, and of label
 * events a GitHub App token causes.
 */
export async function gateTrigger(
  client: GitHubClient,
  repo: RepoRef,
  identity: ActionIdentity,
  source: TriggerSource,
): Promise<{ allowed: true } | { allowed: false; reason: string }> {
  const sender = obj(source.payload.sender);
  const actor = source.actor || (typeof sender.login === 'string' ? sender.login : '');
  const actors: { login: string; type?: AccountType }[] = [{ login: actor, type: accountType(sender.type) }];
  const commenter = commenterOf(source.payload);
  // The action's own comments (status, questions, reviews) start nothing: with an App token their
  // events do start workflows, and a line of model text beginning with /codex would act.
  if (commenter && isIdentity({ login: commenter.login, type: commenter.type ?? 'User' }, identity)) {
    return {
      allowed: false,
      reason: `The comment was written by the action itself (${commenter.login}); its own comments start nothing.`,
    };
  }
  if (commenter && commenter.login.toLowerCase() !== actor.toLowerCase()) actors.push(commenter);
  for (const { login, type } of actors) {
    if (isIdentity({ login, type: type ?? 'User' }, identity)) {
      core.info(`${login}: the action's own identity.`);
      continue;
    }
    const check = await checkActor(client, repo, {
      actor: login,
      actorType: type,
      allowedUsers: source.allowedUsers,
      allowedBots: source.allowedBots,
    });
    if (!check.allowed) return check;
    core.info(`${login}: ${check.permission}`);
  }
  return { allowed: true };
}
