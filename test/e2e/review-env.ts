/**
 * A review scenario with real parts, shared by the review e2e tests, the benchmark and the demo:
 * a real git repository with a sample change on a branch, the loopback GitHub API serving that
 * pull request (its diff from git), the scripted Responses API, the pinned `codex` binary, and the
 * action driven through `run()` the way the runner drives it (INPUT_* and GITHUB_* variables, the
 * event file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files).
 *
 *   const s = await reviewScenario();
 *   s.model.enqueue(step.json(passReview));
 *   const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });
 *   expect(out.outputs.status).toBe('pass');
 *   s.gh.assertNoViolations();
 *   await s.close();
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type RunOutcome, runAction } from '../harness/action.js';
import { pinnedCodex, TEST_API_KEY } from '../harness/codex-env.js';
import { createRepos, type TempRepos } from '../harness/git.js';
import { type FakeGitHub, type FakeGitHubOptions, startGitHubServer } from '../harness/github-server.js';
import { type ResponsesServer, startResponsesServer } from '../harness/responses-server.js';
import { webhookPayload } from '../harness/webhooks.js';

// biome-ignore lint/suspicious/noExplicitAny: webhook payloads are edited deep inside.
export type Payload = Record<string, any>;

const definitions = JSON.parse(
  readFileSync(
    createRequire(import.meta.url).resolve('@octokit/webhooks-examples/api.github.com/index.json'),
    'utf8',
  ),
) as { name: string; examples: Payload[] }[];

/** A copy of GitHub's documented example payload for an event (and action). */
export function webhookExample(event: string, action?: string): Payload {
  const found = definitions
    .find((d) => d.name === event)
    ?.examples.find((e) => action === undefined || e.action === action);
  if (!found) throw new Error(`No webhook example for ${event}${action ? `.${action}` : ''}`);
  return structuredClone(found);
}

/** The sample project: a slug helper. */
export const BASE_FILES: Record<string, string> = {
  'README.md': '# slugs\n\nTurns titles into URL slugs.\n',
  'src/slug.ts': [
    '/** Turns a title into a URL slug: lower case, words joined by dashes. */',
    'export function slugify(title: string): string {',
    '  return title',
    '    .toLowerCase()',
    "    .replace(/[^a-z0-9]+/g, '-')",
    "    .replace(/^-+|-+$/g, '');",
    '}',
    '',
  ].join('\n'),
};

/** The pull request's change: a length limit, with an off-by-one and no test. */
export const CHANGE_FILES: Record<string, string> = {
  'src/slug.ts': [
    '/** Turns a title into a URL slug: lower case, words joined by dashes, at most maxLength characters. */',
    'export function slugify(title: string, maxLength = 60): string {',
    '  const slug = title',
    '    .toLowerCase()',
    "    .replace(/[^a-z0-9]+/g, '-')",
    "    .replace(/^-+|-+$/g, '');",
    '  return slug.slice(0, maxLength - 1);',
    '}',
    '',
  ].join('\n'),
};

export const ISSUE_BODY = [
  'Long titles make unwieldy URLs.',
  '',
  '## Acceptance criteria',
  '- [ ] `slugify` takes a `maxLength` (default 60) and never returns a longer slug',
  '- [ ] A slug is never cut in the middle of a word',
  '',
].join('\n');

export const HEAD_BRANCH = 'codex/1-slug-max-length';

export interface RunOptions {
  event: string;
  payload: Payload;
  /** GITHUB_ACTOR (default `maintainer`, an admin of the fake repository). */
  actor?: string;
  /** Extra or changed inputs by action.yml name (`dry-run`, `target`, `phase`, ...). */
  inputs?: Record<string, string>;
  /** Print what the action prints instead of keeping it quiet (the demo shows some of it). */
  echo?: boolean;
}

export interface ReviewScenario {
  gh: FakeGitHub;
  model: ResponsesServer;
  repos: TempRepos;
  workspace: string;
  issueNumber: number;
  prNumber: number;
  headSha: string;
  /** A pull_request webhook payload for the sample PR (a real example, adapted). */
  pullRequestEvent(action: string): Payload;
  /** An issue_comment.created payload on the sample PR. */
  commentEvent(body: string, author?: string): Payload;
  /** Pushes another commit to the PR's branch (a new head: the next review cycle). */
  push(files: Record<string, string>, message: string): Promise<string>;
  run(options: RunOptions): Promise<RunOutcome>;
  close(): Promise<void>;
}

/** Builds the scenario: issue #1 with acceptance criteria, draft PR #2 "Closes #1" from a real branch. */
export async function reviewScenario(
  options: { draft?: boolean; fork?: boolean; github?: FakeGitHubOptions } = {},
): Promise<ReviewScenario> {
  const repos = await createRepos(BASE_FILES);
  let headSha = await repos.commitOnOrigin(HEAD_BRANCH, CHANGE_FILES, 'Limit slug length');
  const gh = await startGitHubServer({ gitDir: repos.origin, ...options.github });
  const model = await startResponsesServer();
  const issue = gh.addIssue({ title: 'Limit the length of slugs', body: ISSUE_BODY, labels: ['codex'] });
  const diffOf = () => repos.git(['diff', `main...${HEAD_BRANCH}`], repos.origin);
  const pr = gh.addPullRequest({
    title: 'Limit slug length',
    body: `Adds a maxLength option to slugify.\n\nCloses #${issue.number}`,
    head: HEAD_BRANCH,
    headSha,
    draft: options.draft ?? true,
    diff: diffOf(),
    fork: options.fork,
  });
  const workspace = await repos.clone('workspace');
  repos.git(['checkout', '-q', '--detach', headSha], workspace);
  const runnerTemp = join(repos.root, 'runner-temp');
  await mkdir(runnerTemp, { recursive: true });
  let runs = 0;

  const scenario: ReviewScenario = {
    gh,
    model,
    repos,
    workspace,
    issueNumber: issue.number,
    prNumber: pr.number,
    get headSha() {
      return headSha;
    },
    pullRequestEvent(action) {
      // GitHub's example payload, adapted to the sample PR as it is now (head, draft, body).
      return webhookPayload(`pull_request.${action}`, { github: gh, pull: pr, sender: 'maintainer' });
    },
    commentEvent(body, author = 'maintainer') {
      return webhookPayload('issue_comment.created', {
        github: gh,
        issue: pr,
        comment: { body, author },
        sender: author,
      });
    },
    async push(files, message) {
      headSha = await repos.commitOnOrigin(HEAD_BRANCH, files, message);
      pr.pull.head.sha = headSha;
      gh.setBranch(HEAD_BRANCH, headSha);
      const { filesFromDiff } = await import('../harness/github/diff.js');
      pr.pull.files = filesFromDiff(diffOf());
      repos.git(['fetch', '-q', 'origin'], workspace);
      repos.git(['checkout', '-q', '--detach', headSha], workspace);
      return headSha;
    },
    async run(opts) {
      runs += 1;
      const dir = join(runnerTemp, `run-${runs}`);
      await mkdir(dir, { recursive: true });
      const files = {
        event: join(dir, 'event.json'),
        output: join(dir, 'output.txt'),
        summary: join(dir, 'summary.md'),
      };
      await writeFile(files.event, JSON.stringify(opts.payload));
      await writeFile(files.output, '');
      await writeFile(files.summary, '');
      const inputs: Record<string, string> = {
        phase: 'review',
        'github-token': 'ghs_action',
        'openai-api-key': TEST_API_KEY,
        'responses-api-endpoint': model.url,
        model: 'gpt-5.5',
        'codex-path': pinnedCodex().path,
        ...opts.inputs,
      };
      const env: Record<string, string> = {
        ...gh.env(),
        GITHUB_EVENT_NAME: opts.event,
        GITHUB_EVENT_PATH: files.event,
        GITHUB_ACTOR: opts.actor ?? 'maintainer',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_RUN_ID: String(1000 + runs),
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_SHA: headSha,
        GITHUB_REF: `refs/pull/${pr.number}/merge`,
        GITHUB_WORKFLOW_REF: `${gh.state.repo.owner}/${gh.state.repo.name}/.github/workflows/codex-review.yml@refs/heads/main`,
        RUNNER_TEMP: dir,
        RUNNER_TOOL_CACHE: join(runnerTemp, 'tool-cache'),
        ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      };
      return runAction(env, files, { echo: opts.echo ?? false });
    },
    async close() {
      await model.close();
      await gh.close();
      await repos.cleanup();
    },
  };
  return scenario;
}

/** Review JSON answers for scripted models. */
export const reviews = {
  pass: {
    status: 'pass',
    summary: 'maxLength is applied and the criteria are met.',
    findings: [],
    criteria: [
      {
        criterion: '`slugify` takes a `maxLength` (default 60) and never returns a longer slug',
        met: true,
        evidence: 'src/slug.ts:7',
      },
      { criterion: 'A slug is never cut in the middle of a word', met: true, evidence: 'src/slug.ts:7' },
    ],
    blocked_reason: null,
  },
  changes: {
    status: 'changes_required',
    summary: 'The slug is one character too short, and a word can be cut in half.',
    findings: [
      {
        id: 'slug-off-by-one',
        severity: 'major',
        file: 'src/slug.ts',
        line: 7,
        end_line: null,
        title: 'Slugs are cut one character short',
        body: '`slice(0, maxLength - 1)` returns at most `maxLength - 1` characters.',
        suggestion: '  return slug.slice(0, maxLength);',
      },
      {
        id: 'slug-no-test',
        severity: 'minor',
        file: 'test/slug.test.ts',
        line: null,
        end_line: null,
        title: 'No test covers maxLength',
        body: 'Add a test for a title longer than maxLength.',
        suggestion: null,
      },
      {
        id: 'readme-option',
        severity: 'nit',
        file: 'README.md',
        line: 3,
        end_line: null,
        title: 'Document the maxLength option',
        body: 'The README does not mention the new option.',
        suggestion: null,
      },
    ],
    criteria: [
      {
        criterion: '`slugify` takes a `maxLength` (default 60) and never returns a longer slug',
        met: true,
        evidence: 'src/slug.ts:2',
      },
      {
        criterion: 'A slug is never cut in the middle of a word',
        met: false,
        evidence: 'src/slug.ts:7 cuts at a fixed index',
      },
    ],
    blocked_reason: null,
  },
  blocked: {
    status: 'blocked',
    summary: 'The change cannot be judged.',
    findings: [],
    criteria: [],
    blocked_reason: 'The diff references src/words.ts, which is not in the repository.',
  },
};

export { parseOutputFile, type RunOutcome } from '../harness/action.js';
