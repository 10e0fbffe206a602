import { errorMessage } from '../../errors.js';
import type { GitHubClient, RepoRef } from '../../github/client.js';
import { defaultBranch } from '../../github/content.js';
import type { ActionIdentity } from '../../github/identity.js';
import { ensureLabels } from '../../github/labels.js';
import { gateTrigger, openItemJob } from '../../item/job.js';
import * as core from '../../log.js';
import type { PhaseHandler } from '../../phase.js';
import {
  analyseGate,
  type BranchProtection,
  type BranchRule,
  type BypassActor,
  type GateFacts,
  renderGate,
} from './gate.js';

/**
 * The setup phase (no model): creates the lifecycle labels and reports what the default branch's
 * protection and rulesets lack for the human merge gate. Run it once, by hand; it changes nothing
 * but labels, and in a dry run not even those.
 */
export const setupPhase: PhaseHandler = async (ctx) => {
  const job = await openItemJob(ctx);
  const { client, repo } = job;
  const gate = await gateTrigger(job);
  if (!gate.allowed) return { status: 'skipped', reason: gate.reason };

  const dryRun = !job.writes;
  const prefix = ctx.config.labels.prefix;
  const labels = await core.group('Labels', async () => {
    const result = await ensureLabels(client, repo, prefix, { dryRun });
    core.info(
      dryRun
        ? `Dry run: would create ${result.missing.length > 0 ? result.missing.join(', ') : 'no labels'}.`
        : `Labels present: ${result.existing.length}; created: ${result.created.join(', ') || 'none'}.`,
    );
    return result;
  });

  const facts = await core.group('Branch protection and rulesets', () =>
    readGateFacts(client, repo, job.identity, ctx.context.payload),
  );
  const checks = analyseGate(facts);
  const report = renderGate(checks, facts.branch);
  core.info(report);
  const missing = checks.filter((c) => c.state === 'missing').length;
  const unknown = checks.filter((c) => c.state === 'unknown').length;
  const labelLine = dryRun
    ? `Dry run: ${labels.missing.length > 0 ? `would create the labels ${labels.missing.join(', ')}` : 'every label exists'}.`
    : labels.created.length > 0
      ? `Created the labels ${labels.created.join(', ')}.`
      : 'Every label exists.';
  return {
    status: 'complete',
    reason:
      missing + unknown === 0
        ? `Labels ready; the human merge gate on '${facts.branch}' is complete.`
        : `Labels ready; the human merge gate on '${facts.branch}' lacks ${missing} requirement(s)${unknown > 0 ? ` and ${unknown} could not be checked with this token` : ''}: see the summary.`,
    summary: [`#### Labels`, labelLine, report].join('\n\n'),
  };
};

/** Reads what the gate analysis needs. Unreadable (403) becomes `undefined`, absent (404) `null`: findings, not crashes. */
async function readGateFacts(
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
