import { errorMessage } from '../errors.js';
import * as core from '../log.js';
import type { GitHubClient, RepoRef } from './client.js';
import { defaultBranch } from './content.js';
import type { ActionIdentity } from './identity.js';

/** What the API said; `undefined` fields were unreadable (403) and `null` means "not configured" (404). */
export interface GateFacts {
  branch: string;
  /** Identity the action acts as (its approvals must not count, and it must not bypass). */
  identity: ActionIdentity;
  protection: BranchProtection | null | undefined;
  /** Active rules on the branch (`GET /rules/branches/{branch}`); undefined when unreadable. */
  rules: BranchRule[] | undefined;
  /** Bypass actors of the rulesets that hold those rules; undefined when unreadable. */
  rulesetBypass: { rulesetId: number; actors: BypassActor[] | undefined }[];
  /** `GET /actions/permissions/workflow` → can_approve_pull_request_reviews; undefined when unreadable. */
  actionsCanApprove: boolean | undefined;
}

/** The parts of `GET /branches/{branch}/protection` the gate reads. */
export interface BranchProtection {
  required_status_checks?: {
    contexts?: string[];
    /** `app_id`: the app that must set the check; null or -1 for any source. */
    checks?: { context: string; app_id?: number | null }[];
  } | null;
  required_pull_request_reviews?: {
    required_approving_review_count?: number;
    dismiss_stale_reviews?: boolean;
    require_code_owner_reviews?: boolean;
    bypass_pull_request_allowances?: {
      users?: { login: string }[];
      apps?: { slug?: string | null; name?: string }[];
    };
  } | null;
}

/** One rule of `GET /rules/branches/{branch}`. */
export interface BranchRule {
  type: string;
  ruleset_id?: number;
  parameters?: Record<string, unknown>;
}

/** One bypass actor of a ruleset. */
export interface BypassActor {
  actor_id?: number | null;
  actor_type: string;
  bypass_mode?: string;
}

/** Reads what the gate analysis needs. Unreadable (403) becomes `undefined`, absent (404) `null`: findings, not crashes. */
export async function readGateFacts(
  client: GitHubClient,
  repo: RepoRef,
  identity: ActionIdentity,
  payload: Record<string, unknown>,
): Promise<GateFacts> {
  const branch = await defaultBranch(client, repo, payload);
  const protection = await tolerate(
    async () => (await client.rest.repos.getBranchProtection({ ...repo, branch })).data as BranchProtection,
    'branch protection',
  );
  const rules = await tolerate(
    async () =>
      (await client.paginate(client.rest.repos.getBranchRules, {
        ...repo,
        branch,
        per_page: 100,
      })) as BranchRule[],
    'rules of the branch',
  );
  const rulesetIds = [
    ...new Set((rules ?? []).map((r) => r.ruleset_id).filter((id): id is number => typeof id === 'number')),
  ];
  const rulesetBypass: GateFacts['rulesetBypass'] = [];
  for (const id of rulesetIds) {
    const ruleset = await tolerate(
      async () => (await client.rest.repos.getRepoRuleset({ ...repo, ruleset_id: id })).data,
      `ruleset ${id}`,
    );
    // GitHub leaves bypass_actors out for tokens that may not administer the ruleset.
    rulesetBypass.push({
      rulesetId: id,
      actors: (ruleset?.bypass_actors as BypassActor[] | undefined) ?? undefined,
    });
  }
  const workflow = await tolerate(
    async () =>
      (await client.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({ ...repo })).data,
    'workflow permissions',
  );
  return {
    branch,
    identity,
    protection: protection === null ? null : protection,
    rules: rules === null ? [] : rules,
    rulesetBypass,
    actionsCanApprove: workflow?.can_approve_pull_request_reviews ?? undefined,
  };
}

/**
 * Runs one read: 404 → null (not configured), 403 → undefined (this token may not read it, e.g.
 * GITHUB_TOKEN has no administration scope). Anything else is a real failure and is thrown.
 */
async function tolerate<T>(read: () => Promise<T>, what: string): Promise<T | null | undefined> {
  try {
    return await read();
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404) {
      core.info(`No ${what} (404).`);
      return null;
    }
    if (status === 403) {
      core.info(`Cannot read the ${what} with this token (403): ${errorMessage(error)}`);
      return undefined;
    }
    throw error;
  }
}
