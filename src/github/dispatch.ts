import { errorMessage } from '../errors.js';
import * as core from '../log.js';
import type { GitHubClient, RepoRef } from './client.js';

/** How a phase starts the next one (input `dispatch`). */
export type DispatchMode = 'workflow' | 'none';

export interface DispatchRequest {
  mode: DispatchMode;
  /** The workflow file to run (`codex.yml`); from GITHUB_WORKFLOW_REF. Undefined: cannot dispatch. */
  workflowFile: string | undefined;
  /** The branch whose workflow file runs: the default branch (config and prompts come from there). */
  ref: string;
  phase: string;
  target: number | undefined;
  dryRun: boolean;
}

/** What dispatchPhase did, for logs, summaries and tests. */
export type DispatchOutcome =
  | { dispatched: true; workflowFile: string; inputs: Record<string, string> }
  | { dispatched: false; reason: string };

/**
 * Starts the next phase with `workflow_dispatch` (DESIGN §2): events caused by GITHUB_TOKEN start
 * no workflow runs, but this one does. Needs `actions: write`.
 */
export async function dispatchPhase(
  client: GitHubClient,
  repo: RepoRef,
  request: DispatchRequest,
): Promise<DispatchOutcome> {
  const next = `${request.phase}${request.target ? ` for #${request.target}` : ''}`;
  if (request.mode === 'none') {
    core.info(`Not starting ${next}: dispatch is 'none'.`);
    return { dispatched: false, reason: `dispatch is 'none'; start ${next} yourself.` };
  }
  if (!request.workflowFile) {
    const reason =
      `Cannot start ${next}: the workflow file of this run is unknown (GITHUB_WORKFLOW_REF is not set). ` +
      'Run the action from a workflow file under .github/workflows, or set dispatch: none.';
    core.warning(reason);
    return { dispatched: false, reason };
  }
  const inputs: Record<string, string> = { phase: request.phase };
  if (request.target) inputs.target = String(request.target);
  const payload = { workflow_id: request.workflowFile, ref: request.ref, inputs };
  if (request.dryRun) {
    core.info(`[dry-run] Would dispatch ${request.workflowFile}: ${JSON.stringify(payload)}`);
    return { dispatched: false, reason: `dry run: ${next} not dispatched.` };
  }
  try {
    await client.rest.actions.createWorkflowDispatch({ ...repo, ...payload });
  } catch (error) {
    throw new Error(
      `Could not start ${next} with workflow_dispatch of ${request.workflowFile} on ${request.ref}: ` +
        `${errorMessage(error)}. ${dispatchFix((error as { status?: number }).status)}`,
      { cause: error },
    );
  }
  core.info(`Dispatched ${next} (${request.workflowFile} on ${request.ref}).`);
  return { dispatched: true, workflowFile: request.workflowFile, inputs };
}

function dispatchFix(status: number | undefined): string {
  switch (status) {
    case 403:
      return 'Give the workflow `permissions: actions: write`, or set dispatch: none.';
    case 404:
    case 422:
      return (
        'The workflow file must exist on the default branch and declare `workflow_dispatch` with the ' +
        'inputs `phase` and `target` (see examples/workflows/issue-to-pr.yml).'
      );
    default:
      return 'Start the phase by hand with the workflow_dispatch inputs phase and target, or set dispatch: none.';
  }
}
