/**
 * The review tests' scenario, shared with the benchmark and the demo (test/harness/scenario.ts:
 * real git, the loopback GitHub, the scripted model, a fresh runner per job): a sample change on a
 * branch of origin and its pull request (the diff from git), each job's checkout at its head.
 *
 *   const s = await reviewScenario();
 *   s.model.enqueue(step.json(passReview));
 *   const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });
 *   expect(out.outputs.status).toBe('pass');
 *   s.gh.assertNoViolations();
 *   await s.close();
 */
import { filesFromDiff } from '../harness/github/diff.js';
import type { FakeGitHubOptions } from '../harness/github-server.js';
import { createScenario, type Payload, type RunOutcome, type Scenario } from '../harness/scenario.js';
import { webhookPayload } from '../harness/webhooks.js';

export type { Payload };

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

export type RunOptions = Parameters<Scenario['run']>[0];

export interface ReviewScenario extends Omit<Scenario, 'commentEvent'> {
  issueNumber: number;
  prNumber: number;
  headSha: string;
  /** A pull_request webhook payload for the sample PR (a real example, adapted). */
  pullRequestEvent(action: string): Payload;
  /** An issue_comment.created payload on the sample PR. */
  commentEvent(body: string, author?: string): Payload;
  /** Pushes another commit to the PR's branch (a new head: the next review cycle). */
  push(files: Record<string, string>, message: string): Promise<string>;
}

/** Builds the scenario: issue #1 with acceptance criteria, draft PR #2 "Closes #1" from a real branch. */
export async function reviewScenario(
  options: { draft?: boolean; fork?: boolean; github?: FakeGitHubOptions } = {},
): Promise<ReviewScenario> {
  let headSha = '';
  const base = await createScenario({
    files: BASE_FILES,
    github: options.github,
    inputs: { phase: 'review' },
    actor: 'maintainer',
    workflow: 'codex-review.yml',
    runIdBase: 1000,
    // actions/checkout of a pull_request event: the PR's head.
    checkout: (workspace) => {
      base.repos.git(['checkout', '-q', '--detach', headSha], workspace);
    },
  });
  const { gh, repos } = base;
  headSha = await repos.commitOnOrigin(HEAD_BRANCH, CHANGE_FILES, 'Limit slug length');
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
  const { commentEvent } = base;

  // A getter, which Object.assign would read once: the head moves with each push.
  Object.defineProperty(base, 'headSha', { get: () => headSha, enumerable: true });
  return Object.assign(base as Scenario & { readonly headSha: string }, {
    issueNumber: issue.number,
    prNumber: pr.number,
    pullRequestEvent(action: string) {
      // GitHub's example payload, adapted to the sample PR as it is now (head, draft, body).
      return webhookPayload(`pull_request.${action}`, { github: gh, pull: pr, sender: 'maintainer' });
    },
    commentEvent: (body: string, author = 'maintainer') => commentEvent(pr.number, body, author),
    async push(files: Record<string, string>, message: string) {
      headSha = await repos.commitOnOrigin(HEAD_BRANCH, files, message);
      pr.pull.head.sha = headSha;
      gh.setBranch(HEAD_BRANCH, headSha);
      pr.pull.files = filesFromDiff(diffOf());
      return headSha;
    },
  });
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

export { parseOutputFile } from '../harness/action.js';
export type { RunOutcome };
