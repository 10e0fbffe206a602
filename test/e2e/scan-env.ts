/**
 * A backlog scenario for the scan tests: the loopback GitHub API (every REST request checked
 * against GitHub's OpenAPI description, GraphQL against its schema), a workspace directory for a
 * docs backlog, and the action driven through `run()` the way the runner drives it (INPUT_* and
 * GITHUB_* variables, a schedule payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files). No model:
 * the scan calls none.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DASHBOARD_MARKER } from '../../src/backlog/dashboard.js';
import { decodeState, encodeState, STATUS_MARKER } from '../../src/state/codec.js';
import { type ItemState, newItemState } from '../../src/state/schema.js';
import { type RunOutcome, runAction } from '../harness/action.js';
import type { FakeIssue } from '../harness/github/state.js';
import { type FakeGitHub, startGitHubServer } from '../harness/github-server.js';
import { webhookPayload } from '../harness/webhooks.js';

export const WORKFLOW_FILE = 'nightly-backlog.yml';
export const BOT = 'github-actions[bot]';

export interface ScanScenario {
  gh: FakeGitHub;
  workspace: string;
  /** Writes the policy file on the default branch (where the action reads it). */
  config(yaml: string): void;
  /** Writes files into the workspace (the checkout a docs backlog is read from). */
  files(files: Record<string, string>): Promise<void>;
  /** Gives the issue a status comment by the action holding `state` (replacing an earlier one). */
  setState(issue: number, state: Partial<ItemState>): void;
  /** The state in the action's status comment of the issue, if any. */
  state(issue: number): ItemState | undefined;
  /** Issues the action opened whose body starts with the marker (where the action writes it). */
  ownIssues(marker: string): FakeIssue[];
  dashboard(): FakeIssue | undefined;
  run(options?: {
    inputs?: Record<string, string>;
    event?: 'schedule' | 'workflow_dispatch';
  }): Promise<RunOutcome>;
  /** Requests that wrote something (every REST call but GET; GraphQL reads excluded), since `from`. */
  writes(from?: number): string[];
  close(): Promise<void>;
}

export async function scanScenario(): Promise<ScanScenario> {
  const gh = await startGitHubServer();
  const root = await mkdtemp(join(tmpdir(), 'scan-'));
  const workspace = join(root, 'workspace');
  await mkdir(workspace, { recursive: true });
  let runs = 0;
  const statusOf = (issue: number) =>
    gh.comments(issue).find((c) => c.author === BOT && c.body.includes(STATUS_MARKER));

  const scenario: ScanScenario = {
    gh,
    workspace,
    config(yaml) {
      gh.addFile('.github/codex-orchestrator.yml', yaml);
    },
    async files(files) {
      for (const [path, text] of Object.entries(files)) {
        await mkdir(dirname(join(workspace, path)), { recursive: true });
        await writeFile(join(workspace, path), text);
      }
    },
    setState(issue, partial) {
      const state = { ...newItemState(issue), ...partial };
      const body = `${STATUS_MARKER}\nstatus\n${encodeState(state)}`;
      const existing = statusOf(issue);
      if (existing) existing.body = body;
      else gh.addComment(issue, body, BOT);
    },
    state(issue) {
      const comment = statusOf(issue);
      return comment ? decodeState(comment.body, `#${issue}`) : undefined;
    },
    ownIssues(marker) {
      return gh.state.issues.filter((i) => i.author === BOT && !i.pull && (i.body ?? '').startsWith(marker));
    },
    dashboard() {
      const [first, ...more] = scenario.ownIssues(DASHBOARD_MARKER);
      if (more.length > 0) throw new Error(`Expected one dashboard, found ${more.length + 1}.`);
      return first;
    },
    async run(opts = {}) {
      runs += 1;
      const dir = join(root, `run-${runs}`);
      await mkdir(dir, { recursive: true });
      const files = {
        event: join(dir, 'event.json'),
        output: join(dir, 'output.txt'),
        summary: join(dir, 'summary.md'),
      };
      const event = opts.event ?? 'schedule';
      const payload =
        event === 'schedule'
          ? webhookPayload('schedule', { github: gh, sender: 'maintainer' })
          : webhookPayload('workflow_dispatch', {
              github: gh,
              sender: 'maintainer',
              inputs: { phase: 'scan' },
              workflow: `.github/workflows/${WORKFLOW_FILE}`,
            });
      await writeFile(files.event, JSON.stringify(payload));
      await writeFile(files.output, '');
      await writeFile(files.summary, '');
      const inputs: Record<string, string> = {
        phase: 'auto',
        'github-token': 'ghs_action',
        ...opts.inputs,
      };
      const env: Record<string, string> = {
        ...gh.env(),
        GITHUB_EVENT_NAME: event,
        GITHUB_EVENT_PATH: files.event,
        GITHUB_ACTOR: 'maintainer',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_RUN_ID: String(5000 + runs),
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_WORKFLOW_REF: `${gh.state.repo.owner}/${gh.state.repo.name}/.github/workflows/${WORKFLOW_FILE}@refs/heads/main`,
        RUNNER_TEMP: dir,
        RUNNER_TOOL_CACHE: join(root, 'tool-cache'),
        ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      };
      return runAction(env, files);
    },
    writes(from = 0) {
      return gh.requests
        .slice(from)
        .filter((r) => r.method !== 'GET' && !r.operation.startsWith('graphql'))
        .map((r) => r.operation);
    },
    async close() {
      await gh.close();
      await rm(root, { recursive: true, force: true });
    },
  };
  return scenario;
}

/** A docs issue file. */
export function docsItem(fields: Record<string, string | string[]>, body = ''): string {
  const lines = Object.entries(fields).map(([k, v]) =>
    Array.isArray(v) ? `${k}: [${v.join(', ')}]` : `${k}: ${v}`,
  );
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

/** An ISO time `minutes` before now. */
export const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

export type { RunOutcome } from '../harness/action.js';
