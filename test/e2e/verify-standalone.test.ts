import { afterEach, describe, expect, it } from 'vitest';
import { VERIFY_CHECK } from '../../src/phases/verify/index.js';
import { webhookPayload } from '../harness/webhooks.js';
import { type DevScenario, devScenario } from './dev-env.js';

let s: DevScenario;
afterEach(async () => {
  await s?.close();
});

/** A PR from a real branch on origin whose tree has `files`. */
async function pullWith(s: DevScenario, branch: string, files: Record<string, string>) {
  const sha = await s.repos.commitOnOrigin(branch, files, `Change on ${branch}`);
  return { sha, pr: s.gh.addPullRequest({ title: branch, head: branch, headSha: sha }) };
}

describe('verify as a phase of its own', () => {
  it('passes on a PR whose head satisfies the commands, and reports a successful check run on that head', async () => {
    s = await devScenario({ verify: ['test -f ok.txt', 'grep -q yes ok.txt'] });
    const { sha, pr } = await pullWith(s, 'codex/5-good', { 'ok.txt': 'yes\n' });
    const out = await s.run({ inputs: { phase: 'verify', target: String(pr.number) } });
    expect(out.outputs.status, out.stdout).toBe('pass');
    expect(out.outputs['pr-number']).toBe(String(pr.number));
    // A PR target names no work item.
    expect(out.outputs.item).toBe('');
    expect(s.model.requests).toHaveLength(0);
    const [check] = s.gh.checkRuns({ name: VERIFY_CHECK, headSha: sha });
    expect(check).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(check!.output.title).toBe('Verification passed');
    expect(check!.output.summary).toContain('✅ `grep -q yes ok.txt` — passed');
    expect(out.summary).toContain('✅ `test -f ok.txt` — passed');
    s.gh.assertNoViolations();
  });

  it('fails with tests_failed, the failing output in the check run, and the later commands skipped', async () => {
    s = await devScenario({ verify: ['echo "expected ok.txt" >&2 && test -f ok.txt', 'echo never'] });
    const { sha, pr } = await pullWith(s, 'codex/6-bad', { 'other.txt': 'x\n' });
    // The issue's state names the PR; verify finds it from the issue number too.
    await s.setState({ ...(await s.state()), pr: pr.number });
    const out = await s.run({ inputs: { phase: 'verify', target: String(s.issueNumber) } });
    expect(out.outputs.status, out.stdout).toBe('tests_failed');
    expect(out.outputs.item).toBe(String(s.issueNumber));
    expect(out.outputs['pr-number']).toBe(String(pr.number));
    expect(out.exitCode).toBeUndefined();
    const [check] = s.gh.checkRuns({ name: VERIFY_CHECK, headSha: sha });
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(check!.output.summary).toContain(
      '❌ `echo "expected ok.txt" >&2 && test -f ok.txt` — exit code 1',
    );
    expect(check!.output.summary).toContain('expected ok.txt');
    expect(check!.output.summary).toContain('⏭️ `echo never` — not run');
    // A re-run updates the same check run rather than adding one.
    await s.run({ inputs: { phase: 'verify', target: String(pr.number) } });
    expect(s.gh.checkRuns({ name: VERIFY_CHECK, headSha: sha })).toHaveLength(1);
    s.gh.assertNoViolations();
  });

  it('is skipped, with the reason, when no verify.commands are configured', async () => {
    s = await devScenario({ verify: [] });
    const out = await s.run({ inputs: { phase: 'verify', target: '' } });
    expect(out.outputs.status).toBe('skipped');
    expect(out.stdout).toMatch(/No verify\.commands in \.github\/codex-orchestrator\.yml/);
  });

  it('without a target verifies the checked-out commit; a dry run reports no check run', async () => {
    s = await devScenario({ verify: ['test -f README.md'] });
    const from = s.gh.requests.length;
    // A push names no issue or pull request (a dispatch would name its inputs.target).
    const push = { name: 'push', payload: webhookPayload('push', { github: s.gh }) };
    const out = await s.run({ event: push, inputs: { phase: 'verify', target: '', 'dry-run': 'true' } });
    expect(out.outputs.status, out.stdout).toBe('pass');
    expect(s.gh.checkRuns()).toHaveLength(0);
    expect(
      s.gh.requests.slice(from).filter((r) => r.method !== 'GET' && !r.operation.startsWith('graphql query')),
    ).toEqual([]);
    expect(out.stdout).toMatch(/\[dry-run\] Would report the check run 'codex-orchestrator\/verify'/);
  });
});
