/**
 * The e2e scenario scaffold, with real parts: a bare `origin` seeded with files, the loopback GitHub
 * API reading branches and diffs from it (every request checked against GitHub's OpenAPI
 * description), the scripted Responses API and the pinned `codex` binary. Each `run(job)` is one job
 * on a fresh GitHub-hosted runner: a new checkout of origin as GITHUB_WORKSPACE, new RUNNER_TEMP and
 * tool cache, the event file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, and the action driven through
 * `run()` with INPUT_* and GITHUB_* variables. `runDispatched()` runs the next job the action itself
 * started with workflow_dispatch, as GitHub would start it. A phase's env file adds only its
 * fixtures and scripted answers.
 *
 *   const s = await createScenario({ files: { 'README.md': '# demo\n' }, inputs: { phase: 'auto' } });
 *   const issue = s.gh.addIssue({ title: 'Export reports', labels: ['codex'] });
 *   s.model.enqueue(step.json(plan));
 *   const out = await s.run({ event: 'issues', payload: s.labeledEvent(issue.number, 'codex') });
 *   const next = await s.runDispatched();
 *   await s.close();
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type RunOutcome, runAction } from './action.js';
import { pinnedCodex, TEST_API_KEY } from './codex-env.js';
import { createRepos, type GitHttpServer, serveGitOverHttp, type TempRepos } from './git.js';
import type { FakeDispatch } from './github/state.js';
import { type FakeGitHub, type FakeGitHubOptions, startGitHubServer } from './github-server.js';
import { type ResponsesServer, startResponsesServer } from './responses-server.js';
import { runnerEnv, webhookPayload } from './webhooks.js';

export type { RunOutcome };

// biome-ignore lint/suspicious/noExplicitAny: webhook payloads are edited deep inside.
export type Payload = Record<string, any>;

/** The account GITHUB_TOKEN acts as. */
export const ACTION_BOT = 'github-actions[bot]';

export interface ScenarioOptions {
  /** The files of origin's `main`. */
  files: Record<string, string>;
  github?: Omit<FakeGitHubOptions, 'gitDir'>;
  /** Serve origin over smart HTTP, requiring the action's token (each checkout's origin is that URL). */
  http?: boolean;
  /** Inputs of every job by action.yml name, under the job's own (the model and codex are set already). */
  inputs?: Record<string, string>;
  /** GITHUB_ACTOR of a job that names none; default the event's sender, as GitHub sets it. */
  actor?: string;
  /** The workflow file the jobs run in (GITHUB_WORKFLOW_REF), where the action dispatches to. */
  workflow?: string;
  /** GITHUB_RUN_ID of the first job is this plus one. */
  runIdBase?: number;
  /** What actions/checkout leaves in a job's workspace beyond a clone of main (e.g. the PR's head). */
  checkout?: (workspace: string) => void | Promise<void>;
}

/** One job: the event that started it and what the workflow passes. */
export interface Job {
  /** GITHUB_EVENT_NAME. */
  event: string;
  payload: Payload;
  actor?: string;
  /** Extra or changed inputs by action.yml name. */
  inputs?: Record<string, string>;
  /** Extra environment of the job (e.g. a GITHUB_TOKEN the agent must not see). */
  env?: Record<string, string>;
  /** Changes this job's checkout before the action runs (files the checkout holds, another HEAD). */
  prepare?: (workspace: string) => void | Promise<void>;
  /** Print what the action prints instead of keeping it quiet. */
  echo?: boolean;
}

/** The runner folders of one job. */
export interface JobFolders {
  dir: string;
  workspace: string;
  runnerTemp: string;
}

export interface Scenario {
  gh: FakeGitHub;
  model: ResponsesServer;
  repos: TempRepos;
  /** The git HTTP server in front of origin (with `http: true`). */
  http: GitHttpServer | undefined;
  /** The folders of the last job. */
  last: JobFolders | undefined;
  run(job: Job): Promise<RunOutcome>;
  /**
   * Runs the oldest workflow_dispatch the action sent that has not run yet, in fresh folders, the
   * way the example workflow passes it on (`phase: inputs.phase || 'auto'`, `target: inputs.target`).
   * Throws when there is none.
   */
  runDispatched(job?: Omit<Job, 'event' | 'payload'>): Promise<RunOutcome>;
  /** The dispatches the action sent that have not run yet. */
  pendingDispatches(): FakeDispatch[];
  /** issues.labeled for issue `number`, the label added by `sender`. */
  labeledEvent(number: number, label: string, sender?: string): Payload;
  /**
   * issue_comment.created on issue or PR `number`. With `post`, the comment is added to the fake
   * too, as GitHub would hold it.
   */
  commentEvent(number: number, body: string, author?: string, options?: { post?: boolean }): Payload;
  /** workflow_dispatch of the scenario's workflow with `inputs`, started by `by`. */
  dispatchEvent(inputs: Record<string, string>, by?: string): Payload;
  /** Requests that wrote something (every REST call but GET; GraphQL reads excluded). */
  writes(): { method: string; operation: string }[];
  close(): Promise<void>;
}

export async function createScenario(options: ScenarioOptions): Promise<Scenario> {
  const repos = await createRepos(options.files);
  const gh = await startGitHubServer({ gitDir: repos.origin, ...options.github });
  const model = await startResponsesServer();
  const http = options.http ? await serveGitOverHttp(repos.root, 'ghs_action') : undefined;
  const workflow = options.workflow ?? 'codex.yml';
  const repo = `${gh.state.repo.owner}/${gh.state.repo.name}`;
  let jobs = 0;
  let dispatched = 0;

  // The type the fake holds for a seeded account; else webhookPayload's (a `[bot]` login is a Bot).
  const account = (login: string) => ({ login, type: gh.state.user(login)?.type });

  /** A fresh checkout of origin, as actions/checkout (persist-credentials: false) leaves it. */
  async function folders(): Promise<JobFolders> {
    jobs += 1;
    const dir = join(repos.root, 'jobs', `job-${jobs}`);
    const runnerTemp = join(dir, 'temp');
    await mkdir(runnerTemp, { recursive: true });
    const workspace = await repos.clone(`jobs/job-${jobs}/workspace`);
    if (http) repos.git(['remote', 'set-url', 'origin', `${http.url}/origin.git`], workspace);
    await options.checkout?.(workspace);
    return { dir, workspace, runnerTemp };
  }

  // Not `scenario.run`: a phase's env file may wrap that one with its own defaults.
  async function runJob(job: Job): Promise<RunOutcome> {
    const where = await folders();
    scenario.last = where;
    await job.prepare?.(where.workspace);
    const files = {
      event: join(where.dir, 'event.json'),
      output: join(where.dir, 'output.txt'),
      summary: join(where.dir, 'summary.md'),
    };
    await writeFile(files.event, JSON.stringify(job.payload));
    await writeFile(files.output, '');
    await writeFile(files.summary, '');
    const inputs: Record<string, string> = {
      'github-token': 'ghs_action',
      'openai-api-key': TEST_API_KEY,
      'responses-api-endpoint': model.url,
      model: 'gpt-5.5',
      'codex-path': pinnedCodex().path,
      ...options.inputs,
      ...job.inputs,
    };
    const pull = Number(job.payload?.pull_request?.number ?? 0);
    const env: Record<string, string> = {
      ...runnerEnv(gh, job.event, files.event, job.payload, {
        GITHUB_ACTOR: job.actor ?? options.actor ?? String(job.payload?.sender?.login ?? 'maintainer'),
        GITHUB_SHA: repos.git(['rev-parse', 'HEAD'], where.workspace),
        GITHUB_REF: pull
          ? `refs/pull/${pull}/merge`
          : String(job.payload?.ref ?? `refs/heads/${gh.state.repo.defaultBranch}`),
        GITHUB_WORKFLOW_REF: `${repo}/.github/workflows/${workflow}@refs/heads/${gh.state.repo.defaultBranch}`,
        GITHUB_RUN_ID: String((options.runIdBase ?? 2000) + jobs),
      }),
      GITHUB_WORKSPACE: where.workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: where.runnerTemp,
      RUNNER_TOOL_CACHE: join(where.dir, 'tool-cache'),
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ...job.env,
    };
    return runAction(env, files, { echo: job.echo ?? false });
  }

  const scenario: Scenario = {
    gh,
    model,
    repos,
    http,
    last: undefined,
    run: runJob,
    runDispatched(job = {}) {
      const next = gh.dispatches[dispatched];
      if (!next) throw new Error(`The action dispatched ${dispatched} job(s), and all of them ran.`);
      dispatched += 1;
      const payload = webhookPayload('workflow_dispatch', {
        github: gh,
        sender: account(next.by),
        inputs: next.inputs,
        ref: `refs/heads/${next.ref}`,
        workflow: `.github/workflows/${next.workflowId}`,
      });
      return runJob({
        ...job,
        event: 'workflow_dispatch',
        payload,
        actor: job.actor ?? next.by,
        inputs: { phase: next.inputs.phase || 'auto', target: next.inputs.target ?? '', ...job.inputs },
      });
    },
    pendingDispatches() {
      return gh.dispatches.slice(dispatched);
    },
    labeledEvent(number, label, sender = 'maintainer') {
      return webhookPayload('issues.labeled', {
        github: gh,
        sender: account(sender),
        issue: gh.issue(number)!,
        label,
      });
    },
    commentEvent(number, body, author = 'maintainer', { post = false } = {}) {
      const id = post ? gh.addComment(number, body, author).id : undefined;
      return webhookPayload('issue_comment.created', {
        github: gh,
        sender: account(author),
        issue: gh.issue(number)!,
        comment: { body, author: account(author), id },
      });
    },
    dispatchEvent(inputs, by = ACTION_BOT) {
      return webhookPayload('workflow_dispatch', {
        github: gh,
        sender: account(by),
        inputs,
        workflow: `.github/workflows/${workflow}`,
      });
    },
    writes() {
      return gh.requests
        .filter((r) => r.method !== 'GET' && !r.operation.startsWith('graphql'))
        .map((r) => ({ method: r.method, operation: r.operation }));
    },
    async close() {
      await http?.close();
      await model.close();
      await gh.close();
      await repos.cleanup();
    },
  };
  return scenario;
}
