import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { actionIdentity } from '../../src/github/identity.js';
import { readPolicyFile } from '../../src/github/policy.js';
import { startGitHubServer } from '../harness/github-server.js';
import { step } from '../harness/responses-server.js';
import { type ReviewScenario, reviewScenario, reviews } from './review-env.js';

let s: ReviewScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('policy file from the default branch (DESIGN §8.10)', () => {
  it('reads the file and the identity in one request, and needs no second one for the identity', async () => {
    const gh = await startGitHubServer();
    try {
      gh.addFile('.github/codex-orchestrator.yml', 'labels:\n  prefix: bot\n');
      const client = gh.client();
      const file = await readPolicyFile(client, gh.repoRef, '.github/codex-orchestrator.yml');
      expect(file).toEqual({
        text: 'labels:\n  prefix: bot\n',
        source: '.github/codex-orchestrator.yml@main',
      });
      expect(await actionIdentity(client)).toEqual({ login: 'github-actions[bot]', type: 'Bot' });
      expect(gh.calls()).toHaveLength(1);
      expect(await readPolicyFile(gh.client(), gh.repoRef, '.github/missing.yml')).toEqual({
        text: undefined,
        source: '.github/missing.yml@main',
      });
      gh.assertNoViolations();
    } finally {
      await gh.close();
    }
  });

  it('falls back to the REST contents API when GraphQL does not answer', async () => {
    const gh = await startGitHubServer();
    try {
      gh.addFile('.github/codex-orchestrator.yml', 'max-parallel: 2\n');
      gh.failNext({ path: '/graphql', status: 404 });
      const file = await readPolicyFile(gh.client(), gh.repoRef, '.github/codex-orchestrator.yml');
      expect(file.text).toBe('max-parallel: 2\n');
      expect(gh.calls('repos/get-content')).toHaveLength(1);
    } finally {
      await gh.close();
    }
  });

  it("uses the default branch's config, not the pull request's checkout", async () => {
    s = await reviewScenario();
    s.gh.addFile('.github/codex-orchestrator.yml', 'review:\n  allow-forks: false\n');
    // The PR's checkout tries to loosen the rules it is reviewed by.
    const prepare = async (workspace: string) => {
      await mkdir(join(workspace, '.github'), { recursive: true });
      await writeFile(join(workspace, '.github/codex-orchestrator.yml'), 'review:\n  runner: claude\n');
    };
    s.model.enqueue(step.json(reviews.pass));
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened'), prepare });
    expect(out.outputs.status).toBe('pass');
    expect(out.stdout).toContain('Configuration: .github/codex-orchestrator.yml@main');
    s.gh.assertNoViolations();
  });

  it('fails clearly, naming the file on the default branch and the line, when the config is malformed', async () => {
    s = await reviewScenario();
    s.gh.addFile('.github/codex-orchestrator.yml', 'review:\n  diff-budget-bytes: lots\n');
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });
    expect(out.exitCode).toBe(1);
    expect(out.outputs.status).toBe('error');
    expect(out.stdout).toContain('.github/codex-orchestrator.yml@main:2: review.diff-budget-bytes');
    expect(s.model.requests).toHaveLength(0);
    s.gh.assertNoViolations();
  });
});
