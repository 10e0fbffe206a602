import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** What the runner tells the action about the job: the event, the repository, where to write. */
export interface ActionContext {
  eventName: string;
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  actor: string;
  sha: string;
  ref: string;
  runId: string;
  runAttempt: string;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  workspace: string;
  runnerTemp: string;
  toolCache: string;
  /** The workflow file of this run (for dispatching the next phase), e.g. `codex.yml`. */
  workflowFile: string | undefined;
}

/** The event payload file: a JSON object, as the runner writes it, or a clear error. */
function readPayload(path: string): Record<string, unknown> {
  const where = `the event payload at GITHUB_EVENT_PATH=${path}`;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${where}`, { cause: error });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    throw new Error(
      `The event payload at GITHUB_EVENT_PATH=${path} holds ${got}, not a JSON object (the event's webhook payload). Point GITHUB_EVENT_PATH at the runner's event file, or at a file holding {} for no payload.`,
    );
  }
  return value as Record<string, unknown>;
}

/** Reads the job's context from the runner's environment (`GITHUB_*`, `RUNNER_*`). */
export function readContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const payload = env.GITHUB_EVENT_PATH ? readPayload(env.GITHUB_EVENT_PATH) : {};
  const workflowRef = env.GITHUB_WORKFLOW_REF ?? '';
  const workflowFile = /\/\.github\/workflows\/([^@]+)@/.exec(workflowRef)?.[1];
  const runnerTemp = env.RUNNER_TEMP || tmpdir();
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    actor: env.GITHUB_ACTOR ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    runId: env.GITHUB_RUN_ID ?? '0',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    graphqlUrl: (env.GITHUB_GRAPHQL_URL || 'https://api.github.com/graphql').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp,
    toolCache: env.RUNNER_TOOL_CACHE || `${runnerTemp}/tool-cache`,
    workflowFile,
  };
}
