import { mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeIssue } from './github/state.js';
import type { FakeGitHub } from './github-server.js';

/**
 * Real webhook payloads (npm `@octokit/webhooks-examples`, the examples GitHub's docs show) adapted
 * to the test repository, for `GITHUB_EVENT_PATH`. Only the fields a test names are changed; the
 * rest of the payload stays as GitHub sends it.
 */

// biome-ignore lint/suspicious/noExplicitAny: webhook payloads are deep, loosely typed JSON.
type Json = Record<string, any>;

/** An account in a payload: a login, or a login with its type (bots default to `Bot` by their `[bot]` suffix). */
export type Account = string | { login: string; type?: 'User' | 'Bot' | 'Organization' };

/** What to change in the example. Defaults: repository of `github` (else `acme/widgets`), sender `maintainer`. */
export interface WebhookOptions {
  /** Takes owner, repository, default branch and urls from the loopback server. */
  github?: FakeGitHub;
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  sender?: Account;
  /** The issue (issues.*, issue_comment.*): a seeded one, or fields. */
  issue?:
    | FakeIssue
    | Partial<{
        number: number;
        title: string;
        body: string;
        labels: string[];
        author: Account;
        pullRequest: boolean;
      }>;
  /** The pull request (pull_request.*, pull_request_review.*): a seeded one, or fields. */
  pull?:
    | FakeIssue
    | Partial<{
        number: number;
        title: string;
        body: string;
        labels: string[];
        author: Account;
        draft: boolean;
        head: { ref: string; sha: string; fork?: boolean };
        base: { ref: string; sha: string };
      }>;
  /** issue_comment: the comment. */
  comment?: { body: string; author?: Account; id?: number };
  /** issues.labeled / pull_request.labeled: the label added. */
  label?: string;
  /** pull_request_review.submitted: the review. */
  review?: { state: 'approved' | 'changes_requested' | 'commented'; body?: string; author?: Account };
  /** workflow_dispatch */
  inputs?: Record<string, string>;
  ref?: string;
  workflow?: string;
  /** schedule: the cron line. */
  schedule?: string;
}

const require = createRequire(import.meta.url);
let examples: { name: string; examples: Json[] }[] | undefined;

function example(name: string, action: string | undefined): Json {
  examples ??= require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: Json[];
  }[];
  const found = examples.find((e) => e.name === name)?.examples.find((e) => !action || e.action === action);
  if (!found)
    throw new Error(
      `No webhook example for '${name}${action ? `.${action}` : ''}' in @octokit/webhooks-examples.`,
    );
  return structuredClone(found);
}

const accountOf = (a: Account): { login: string; type: 'User' | 'Bot' | 'Organization' } =>
  typeof a === 'string'
    ? { login: a, type: a.endsWith('[bot]') ? 'Bot' : 'User' }
    : { login: a.login, type: a.type ?? (a.login.endsWith('[bot]') ? 'Bot' : 'User') };

const isFake = (v: unknown): v is FakeIssue =>
  typeof v === 'object' && v !== null && 'nodeId' in v && 'subIssueIds' in v;

/**
 * The payload of `event` (`pull_request.opened`, `issue_comment.created`, `issues.labeled`,
 * `pull_request_review.submitted`, `workflow_dispatch`, `schedule`, …) for the test repository.
 */
export function webhookPayload(event: string, opts: WebhookOptions = {}): Json {
  const [name = '', action] = event.split('.');
  const gh = opts.github;
  const owner = opts.owner ?? gh?.state.repo.owner ?? 'acme';
  const repo = opts.repo ?? gh?.state.repo.name ?? 'widgets';
  const defaultBranch = opts.defaultBranch ?? gh?.state.repo.defaultBranch ?? 'main';
  const apiUrl = gh?.url ?? 'https://api.github.com';
  const serverUrl = gh?.serverUrl ?? 'https://github.com';

  const base = name === 'schedule' ? example('workflow_dispatch', undefined) : example(name, action);
  const sourceRepo = String(base.repository?.full_name ?? 'Codertocat/Hello-World');
  const sample = structuredClone(base.sender ?? {});
  const rewrite = (json: Json): Json =>
    JSON.parse(
      JSON.stringify(json)
        .replaceAll(sourceRepo, `${owner}/${repo}`)
        .replaceAll('https://api.github.com', apiUrl)
        .replaceAll('https://github.com', serverUrl),
    );
  const payload = rewrite(base);
  const user = (a: Account, id = 1000): Json => {
    const { login, type } = accountOf(a);
    const seeded = gh?.state.user(login);
    const text = JSON.stringify(rewrite(sample)).replaceAll(String(sample.login), login);
    return {
      ...JSON.parse(text),
      login,
      type,
      id: seeded?.id ?? id,
      node_id: Buffer.from(`04:${type}${login}`).toString('base64'),
    };
  };

  payload.repository.name = repo;
  payload.repository.full_name = `${owner}/${repo}`;
  payload.repository.owner = { ...user({ login: owner, type: 'Organization' }, 9000) };
  payload.repository.default_branch = defaultBranch;
  payload.repository.master_branch = defaultBranch;
  if (gh) {
    payload.repository.private = gh.state.repo.visibility !== 'public';
    payload.repository.visibility = gh.state.repo.visibility;
    payload.repository.id = gh.state.repo.id;
  }
  payload.sender = user(opts.sender ?? 'maintainer');

  if (name === 'schedule') {
    // GitHub's schedule payload is the cron line plus the repository; no example is published.
    return { schedule: opts.schedule ?? '0 3 * * *', repository: payload.repository, sender: payload.sender };
  }
  if (name === 'workflow_dispatch') {
    payload.inputs = opts.inputs ?? {};
    payload.ref = opts.ref ?? `refs/heads/${defaultBranch}`;
    payload.workflow = opts.workflow ?? '.github/workflows/codex.yml';
  }
  if (payload.issue && opts.issue)
    applyIssue(
      payload.issue,
      opts.issue,
      user,
      `${apiUrl}/repos/${owner}/${repo}`,
      `${serverUrl}/${owner}/${repo}`,
    );
  if (payload.pull_request && opts.pull) applyPull(payload, opts.pull, user, owner, repo);
  if (opts.comment && payload.comment) {
    payload.comment.body = opts.comment.body;
    payload.comment.user = user(opts.comment.author ?? opts.sender ?? 'maintainer');
    if (opts.comment.id) payload.comment.id = opts.comment.id;
    if (payload.issue) {
      payload.comment.issue_url = payload.issue.url;
      payload.comment.html_url = `${payload.issue.html_url}#issuecomment-${payload.comment.id}`;
    }
  }
  if (opts.label && payload.label) payload.label.name = opts.label;
  if (opts.review && payload.review) {
    payload.review.state = opts.review.state;
    payload.review.body = opts.review.body ?? null;
    payload.review.user = user(opts.review.author ?? opts.sender ?? 'maintainer');
    if (payload.pull_request) payload.review.commit_id = payload.pull_request.head.sha;
  }
  return payload;
}

function applyIssue(
  issue: Json,
  from: NonNullable<WebhookOptions['issue']>,
  user: (a: Account) => Json,
  api: string,
  web: string,
): void {
  const fields = isFake(from)
    ? {
        number: from.number,
        title: from.title,
        body: from.body ?? '',
        labels: from.labels,
        author: from.author,
        pullRequest: Boolean(from.pull),
      }
    : from;
  if (fields.number !== undefined) {
    issue.number = fields.number;
    issue.url = `${api}/issues/${fields.number}`;
    issue.html_url = `${web}/${fields.pullRequest ? 'pull' : 'issues'}/${fields.number}`;
    issue.comments_url = `${issue.url}/comments`;
    issue.labels_url = `${issue.url}/labels{/name}`;
    issue.events_url = `${issue.url}/events`;
  }
  if (fields.title !== undefined) issue.title = fields.title;
  if (fields.body !== undefined) issue.body = fields.body;
  if (fields.author !== undefined) issue.user = user(fields.author);
  if (fields.labels)
    issue.labels = fields.labels.map((name, i) => ({
      id: 7000 + i,
      node_id: `LA_${i}`,
      url: `${api}/labels/${encodeURIComponent(name)}`,
      name,
      color: 'ededed',
      default: false,
      description: null,
    }));
  if (fields.pullRequest) {
    issue.pull_request = {
      url: `${api}/pulls/${issue.number}`,
      html_url: `${web}/pull/${issue.number}`,
      diff_url: `${web}/pull/${issue.number}.diff`,
      patch_url: `${web}/pull/${issue.number}.patch`,
      merged_at: null,
    };
  } else {
    delete issue.pull_request;
  }
}

function applyPull(
  payload: Json,
  from: NonNullable<WebhookOptions['pull']>,
  user: (a: Account) => Json,
  owner: string,
  repo: string,
): void {
  const pr = payload.pull_request;
  const fields = isFake(from)
    ? {
        number: from.number,
        title: from.title,
        body: from.body ?? '',
        labels: from.labels,
        author: from.author,
        draft: from.pull?.draft,
        head: from.pull
          ? {
              ref: from.pull.head.ref,
              sha: from.pull.head.sha,
              fork: from.pull.head.owner !== owner,
              owner: from.pull.head.owner,
            }
          : undefined,
        base: from.pull?.base,
      }
    : {
        ...from,
        head: from.head ? { ...from.head, owner: from.head.fork ? 'fork-owner' : owner } : undefined,
      };
  if (fields.number !== undefined) {
    for (const key of [
      'url',
      'html_url',
      'diff_url',
      'patch_url',
      'issue_url',
      'commits_url',
      'review_comments_url',
      'comments_url',
    ]) {
      if (typeof pr[key] === 'string')
        pr[key] = pr[key].replace(/\/(pulls|pull|issues)\/\d+/, `/$1/${fields.number}`);
    }
    pr.number = fields.number;
    if ('number' in payload) payload.number = fields.number;
  }
  if (fields.title !== undefined) pr.title = fields.title;
  if (fields.body !== undefined) pr.body = fields.body;
  if (fields.author !== undefined) pr.user = user(fields.author);
  if (fields.draft !== undefined) pr.draft = fields.draft;
  if (isFake(from) && from.pull) {
    // Open, closed or merged as the fake holds it (a test closes or merges a PR there first).
    pr.state = from.state;
    pr.closed_at = from.closedAt;
    pr.merged = from.pull.merged;
    pr.merged_at = from.pull.mergedAt;
  }
  if (fields.labels)
    pr.labels = fields.labels.map((name, i) => ({
      id: 7000 + i,
      node_id: `LA_${i}`,
      url: '',
      name,
      color: 'ededed',
      default: false,
      description: null,
    }));
  if (fields.head) {
    const headOwner = fields.head.owner ?? owner;
    pr.head.ref = fields.head.ref;
    pr.head.sha = fields.head.sha;
    pr.head.label = `${headOwner}:${fields.head.ref}`;
    pr.head.user = user({ login: headOwner, type: headOwner === owner ? 'Organization' : 'User' });
    pr.head.repo = {
      ...payload.repository,
      fork: headOwner !== owner,
      full_name: `${headOwner}/${repo}`,
      owner: pr.head.user,
    };
  }
  if (fields.base) {
    pr.base.ref = fields.base.ref;
    pr.base.sha = fields.base.sha;
    pr.base.label = `${owner}:${fields.base.ref}`;
    pr.base.repo = payload.repository;
  }
}

/** Writes the payload to a file for `GITHUB_EVENT_PATH`; returns its path. */
export async function writeEventFile(payload: Json, dir?: string): Promise<string> {
  const folder = dir ?? (await mkdtemp(join(tmpdir(), 'codex-event-')));
  const path = join(folder, 'event.json');
  await writeFile(path, `${JSON.stringify(payload, null, 2)}\n`);
  return path;
}

/**
 * The runner variables for an event against the loopback server: `GITHUB_EVENT_NAME`,
 * `GITHUB_EVENT_PATH`, `GITHUB_ACTOR` (the sender), the API urls and the repository.
 */
export function runnerEnv(
  github: FakeGitHub,
  event: string,
  eventPath: string,
  payload: Json,
  extra: Record<string, string> = {},
): Record<string, string> {
  const name = event.split('.')[0] ?? event;
  const repo = `${github.state.repo.owner}/${github.state.repo.name}`;
  return {
    ...github.env(),
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_ACTOR: String(payload?.sender?.login ?? 'maintainer'),
    GITHUB_SHA: String(
      payload?.pull_request?.head?.sha ?? github.state.branches.get(github.state.repo.defaultBranch) ?? '',
    ),
    GITHUB_REF: String(payload?.ref ?? `refs/heads/${github.state.repo.defaultBranch}`),
    GITHUB_WORKFLOW_REF: `${repo}/.github/workflows/codex.yml@refs/heads/${github.state.repo.defaultBranch}`,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    ...extra,
  };
}
