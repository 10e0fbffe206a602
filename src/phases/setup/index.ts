import { gateTrigger, openItemJob } from '../../action/job.js';
import { ensureLabels } from '../../github/labels.js';
import { readGateFacts } from '../../github/protection.js';
import * as core from '../../log.js';
import type { PhaseHandler } from '../../phase.js';
import { analyseGate, CI_REQUIREMENT, renderGate } from './gate.js';

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
  // The one finding that stalls every pull request the action opens, so it shows on the run too.
  const ci = checks.find((c) => c.requirement === CI_REQUIREMENT && c.state === 'missing');
  if (ci) core.warning(`${ci.requirement}: ${ci.detail}. ${ci.fix}`);
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
