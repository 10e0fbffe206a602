import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatchPhase } from '../../src/github/dispatch.js';
import { type FakeGitHub, startGitHubServer } from '../harness/github-server.js';

let gh: FakeGitHub;
let printed: string[];
beforeEach(async () => {
  gh = await startGitHubServer();
  printed = [];
  // core.warning writes a workflow command to stdout; keep it out of the test log.
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk));
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await gh.close();
});

const request = {
  mode: 'workflow' as const,
  workflowFile: 'codex.yml',
  ref: 'main',
  phase: 'dev',
  target: 7,
  dryRun: false,
};

describe('dispatchPhase (chaining, DESIGN §2)', () => {
  it('starts the next phase with workflow_dispatch inputs phase and target', async () => {
    const outcome = await dispatchPhase(gh.client(), gh.repoRef, request);
    expect(outcome).toEqual({
      dispatched: true,
      workflowFile: 'codex.yml',
      inputs: { phase: 'dev', target: '7' },
    });
    expect(gh.dispatches).toEqual([
      {
        workflowId: 'codex.yml',
        ref: 'main',
        inputs: { phase: 'dev', target: '7' },
        by: 'github-actions[bot]',
      },
    ]);
    gh.assertNoViolations();
  });

  it('does nothing with dispatch none', async () => {
    const outcome = await dispatchPhase(gh.client(), gh.repoRef, { ...request, mode: 'none' });
    expect(outcome).toEqual({ dispatched: false, reason: "dispatch is 'none'; start dev for #7 yourself." });
    expect(gh.requests).toEqual([]);
  });

  it('warns and skips when the workflow file is unknown', async () => {
    const outcome = await dispatchPhase(gh.client(), gh.repoRef, { ...request, workflowFile: undefined });
    expect(outcome.dispatched).toBe(false);
    expect(gh.requests).toEqual([]);
    expect(printed.join('')).toContain(
      '::warning::Cannot start dev for #7: the workflow file of this run is unknown (GITHUB_WORKFLOW_REF is not set).',
    );
  });

  it('explains a missing actions: write permission', async () => {
    gh.failNext({
      path: 'actions/create-workflow-dispatch',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    await expect(dispatchPhase(gh.client(), gh.repoRef, request)).rejects.toThrow(
      /Could not start dev for #7 with workflow_dispatch of codex\.yml on main: Resource not accessible by integration.*Give the workflow `permissions: actions: write`, or set dispatch: none\./,
    );
  });
});
