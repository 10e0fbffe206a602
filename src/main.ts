import { join } from 'node:path';
import type { RuntimeDeps } from './agent/runtime.js';
import type { AgentRunner } from './agent/types.js';
import { type Config, defaultConfig, loadConfig, parseConfig } from './config.js';
import { type ActionContext, readContext } from './context.js';
import { errorMessage } from './errors.js';
import type { GitHubClient } from './github/client.js';
import { type Inputs, readInputs } from './inputs.js';
import * as core from './log.js';
import { applyResult, emptyOutputs, setOutputs } from './outputs.js';
import type { PhaseContext } from './phase.js';
import { handlerFor } from './phases/index.js';
import { installCancellation } from './process/cancel.js';
import { resolveRoute } from './route.js';
import { setJobSecrets } from './safety/secrets.js';
import type { PhaseResult } from './status.js';

/**
 * The action's one error boundary: inputs → context → phase → outputs. Every failure, thrown as
 * anything at all, ends in exactly one `core.setFailed`.
 */
export async function run(): Promise<void> {
  let outputs = emptyOutputs();
  const cancellation = installCancellation({ log: (line) => core.info(line) });
  try {
    const inputs = readInputs();
    // Every log line, events-file line and model-bound output is redacted of these, in any
    // encoding, and no push carries them (src/git/outgoing.ts).
    setJobSecrets([
      { name: 'the github-token', value: inputs.githubToken },
      { name: 'the model key', value: inputs.openaiApiKey },
      { name: 'the session key', value: inputs.sessionKey },
      { name: 'the anthropic-api-key', value: inputs.anthropicApiKey },
    ]);
    const context = readContext();
    const github = await gitHubPort(inputs, context);
    const config = await readPolicy(inputs, context, github);
    const eventsFile = join(
      context.runnerTemp,
      `codex-orchestrator-${context.runId}-${context.runAttempt}.jsonl`,
    );
    outputs['events-file'] = eventsFile;

    const routed = resolveRoute(inputs.phase, inputs.target, context, config.labels.prefix);
    if (routed.kind === 'skip') {
      outputs.phase = inputs.phase;
      outputs = applyResult(outputs, { status: 'skipped', reason: routed.reason });
      core.info(`Skipped: ${routed.reason}`);
      await writeJobSummary({ phase: inputs.phase, result: { status: 'skipped', reason: routed.reason } });
      return;
    }
    outputs.phase = routed.phase;
    core.info(`Phase: ${routed.phase}${routed.target ? ` (target #${routed.target})` : ''}`);

    const handler = await handlerFor(routed.phase);
    const agents = lazyAgents(
      { inputs, config, context, eventsFile, signal: cancellation.signal },
      routed.phase,
    );
    const ctx: PhaseContext = {
      phase: routed.phase,
      inputs,
      config,
      context,
      target: routed.target,
      command: routed.command,
      github,
      agent: async () => (await agents())[0]!,
      agents,
      signal: cancellation.signal,
      eventsFile,
    };
    const result: PhaseResult = await handler(ctx);
    if (cancellation.message) {
      const { recordCancellation } = await import('./action/cancel.js');
      await recordCancellation(ctx, cancellation.message);
    }
    outputs = applyResult(outputs, result);
    await writeJobSummary({ phase: routed.phase, result });
    if (cancellation.message) core.setFailed(cancellation.message);
    else if (result.status === 'error' || result.fail) core.setFailed(result.reason);
    else core.info(`Result: ${result.status}${result.reason ? ` (${result.reason})` : ''}`);
  } catch (error) {
    outputs.status = 'error';
    const message = errorMessage(error);
    core.setFailed(message);
    // The job summary says why too; a summary that cannot be written must not hide the failure.
    await writeJobSummary({
      phase: outputs.phase || 'action',
      result: { status: 'error', reason: message },
    }).catch((summaryError: unknown) =>
      core.debug(`The job summary could not be written: ${errorMessage(summaryError)}`),
    );
  } finally {
    cancellation.dispose();
    setOutputs(outputs);
  }
}

/**
 * The job's one GitHub client. Octokit and its plugins are loaded only when there is a token, so a
 * job that needs no GitHub (a local run) does not pay for them at start-up.
 */
async function gitHubPort(inputs: Inputs, context: ActionContext): Promise<() => GitHubClient> {
  if (!inputs.githubToken) {
    return () => {
      throw new Error(
        "The input 'github-token' is empty. Expected a token with access to the repository: the default (the workflow's GITHUB_TOKEN) works when the workflow grants the permissions in the README.",
      );
    };
  }
  const { createGitHubClient } = await import('./github/client.js');
  const client = createGitHubClient({
    token: inputs.githubToken,
    baseUrl: context.apiUrl,
    graphqlUrl: context.graphqlUrl,
    jobScoped: true,
    secrets: [
      { name: 'the model key', value: inputs.openaiApiKey },
      { name: 'the session key', value: inputs.sessionKey },
      { name: 'the anthropic-api-key', value: inputs.anthropicApiKey },
    ],
  });
  return () => client;
}

/**
 * The policy file, from the default branch (DESIGN §8.10): a pull request's checkout must not be
 * able to change the rules it is reviewed by. Without a token (a local run) the workspace's copy
 * is the only one there is.
 */
async function readPolicy(
  inputs: Inputs,
  context: ActionContext,
  github: () => GitHubClient,
): Promise<Config> {
  if (!inputs.githubToken || !context.owner) {
    core.debug(`No github-token or repository: reading ${inputs.configFile} from the workspace.`);
    return loadConfig(join(context.workspace, inputs.configFile));
  }
  const { readPolicyFile } = await import('./github/policy.js');
  const file = await readPolicyFile(
    github(),
    { owner: context.owner, repo: context.repo },
    inputs.configFile,
  );
  if (file.text === undefined) {
    core.info(`No ${file.source}: using the default configuration.`);
    return defaultConfig();
  }
  core.info(`Configuration: ${file.source}`);
  return parseConfig(file.text, file.source);
}

/**
 * The runners of the runtimes the config gives this phase (`runtimes`), built on first use, so
 * phases that call no model install nothing. Phases never name a runtime.
 */
function lazyAgents(deps: RuntimeDeps, phase: string): () => Promise<AgentRunner[]> {
  let runners: Promise<AgentRunner[]> | undefined;
  return () => {
    runners ??= import('./agent/runtime.js').then((runtime) =>
      Promise.all(runtime.runtimesFor(deps.config, phase).map((name) => runtime.createRuntime(name, deps))),
    );
    return runners;
  };
}

/**
 * The job summary, loaded when the job ends: it renders model text and caps sizes (and loads
 * @actions/core), none of which the start of a job needs.
 */
async function writeJobSummary(summary: Parameters<typeof import('./report/summary.js').writeJobSummary>[0]) {
  const { writeJobSummary: write } = await import('./report/summary.js');
  return write(summary);
}
