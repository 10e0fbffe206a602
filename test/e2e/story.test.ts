/**
 * The whole story of one work item, job by job, the way GitHub runs the example workflow
 * (examples/workflows/issue-to-pr.yml): each job is a fresh checkout of origin, `phase` is
 * `inputs.phase || 'auto'` and `target` is `inputs.target`, the event is a real webhook payload,
 * and every workflow_dispatch job is built from the dispatch the previous job actually sent to the
 * loopback GitHub API. Real parts throughout: the pinned codex binary against the scripted model,
 * git with a bare origin served over smart HTTP (the action's token required), the loopback GitHub
 * API validating every request against GitHub's OpenAPI description.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { QUESTIONS_MARKER } from '../../src/phases/plan/index.js';
import { STATUS_MARKER } from '../../src/state/index.js';
import { CHECK_NAME } from '../../src/tracker/github/review/payloads.js';
import { step, userTexts } from '../harness/responses-server.js';
import type { Payload } from '../harness/scenario.js';
import { webhookPayload } from '../harness/webhooks.js';
import {
  BRANCH,
  criterionSteps,
  type DevScenario,
  devScenario,
  ISSUE_TITLE,
  type RunOutcome,
  threadStarts,
} from './dev-env.js';

const BOT = 'github-actions[bot]';
const CRITERIA = ['Add hello.txt saying hello', 'Add bye.txt saying bye', 'Add hi.txt saying hi'];
const VERIFY = 'test "$(cat hello.txt bye.txt hi.txt)" = "$(printf \'hello\\nbye\\nhi\')"';

const questions = {
  status: 'needs_clarification',
  summary: 'Which greetings, and where, is not said.',
  acceptance_criteria: [],
  questions: ['Which greetings do you need?', 'One file per greeting, or one file?'],
  subtasks: [],
  risks: [],
};
const ready = {
  status: 'ready',
  summary: 'One text file per greeting at the repository root.',
  acceptance_criteria: CRITERIA,
  questions: [],
  subtasks: [],
  risks: ['Nothing reads the files yet.'],
};
const pass = {
  status: 'pass',
  summary: 'The three greeting files exist with the right text.',
  findings: [],
  criteria: CRITERIA.map((criterion) => ({ criterion, met: true, evidence: 'the file exists' })),
  blocked_reason: null,
};

let s: DevScenario | undefined;
afterAll(async () => {
  await s?.close();
});

/** What every job of the example workflow passes besides phase and target. */
const WORKFLOW_INPUTS = { dispatch: 'workflow' };

/** A job that GitHub starts for an event (not a dispatch): `phase: auto`, the actor the sender. */
async function job(name: string, payload: Payload): Promise<RunOutcome> {
  const out = await s!.run({
    event: { name, payload },
    actor: String(payload.sender.login),
    inputs: { phase: 'auto', target: '', ...WORKFLOW_INPUTS },
  });
  return checked(out);
}

/** The job GitHub starts for the next workflow_dispatch the action sent. */
async function dispatchedJob(): Promise<RunOutcome> {
  return checked(await s!.runDispatched({ inputs: WORKFLOW_INPUTS }));
}

function checked(out: RunOutcome): RunOutcome {
  expect(out.exitCode, out.stdout).toBeUndefined();
  s!.gh.assertNoViolations();
  return out;
}

/** A comment the maintainer writes on the issue (through the API, as GitHub's web page does), and its event. */
async function comment(body: string): Promise<Payload> {
  const author = 'maintainer';
  const issue = s!.issueNumber;
  const { data } = await s!.gh
    .client('ghp_maintainer')
    .rest.issues.createComment({ ...s!.gh.repoRef, issue_number: issue, body });
  expect(data.user?.login).toBe(author);
  return webhookPayload('issue_comment.created', {
    github: s!.gh,
    sender: author,
    issue: s!.gh.issue(issue)!,
    comment: { body, author, id: data.id },
  });
}

const statusComment = () => {
  const found = s!.gh.comments(s!.issueNumber).filter((c) => c.body.includes(STATUS_MARKER));
  expect(found).toHaveLength(1);
  expect(found[0]!.author).toBe(BOT);
  return found[0]!.body;
};
/** What a person reads: the status comment without the hidden state. */
const visible = () => statusComment().replace(/<!--[\s\S]*?-->/g, '');
const nextAction = () => /\*\*What a human must do next:\*\* (.*)/.exec(visible())?.[1];
const labels = () => s!.gh.labelsOn(s!.issueNumber);

describe('the whole story: labelled issue → questions → answer → plan → approve → dev → review → merged by a human → done', () => {
  it('hands off from job to job the way GitHub runs them', { timeout: 180_000 }, async () => {
    s = await devScenario({
      planned: false,
      labels: [],
      http: true,
      verify: [VERIFY],
    });
    const issue = s.issueNumber;
    const maintainer = s.gh.client('ghp_maintainer');

    // 1. A maintainer labels the issue `codex`: plan asks questions (the first human gate).
    await maintainer.rest.issues.addLabels({ ...s.gh.repoRef, issue_number: issue, labels: ['codex'] });
    s.model.enqueue(step.json(questions));
    const planned1 = await job(
      'issues',
      webhookPayload('issues.labeled', {
        github: s.gh,
        sender: 'maintainer',
        issue: s.gh.issue(issue)!,
        label: 'codex',
      }),
    );
    expect(planned1.outputs).toMatchObject({ phase: 'plan', status: 'needs_clarification' });
    expect(s.model.requests).toHaveLength(1);
    expect(s.model.requests[0]!.headers['x-codex-turn-metadata']).toContain('read-only');
    const prompt1 = userTexts(s.model.requests[0]!).at(-1)!;
    expect(prompt1).toContain('We need greeting helpers.');
    expect(prompt1).not.toContain('ignore previous instructions');
    expect(labels()).toEqual(['codex', 'codex:needs-clarification']);
    const asked = s.gh.comments(issue).filter((c) => c.body.includes(QUESTIONS_MARKER));
    expect(asked).toHaveLength(1);
    expect(asked[0]!.body).toContain(
      '1. Which greetings do you need?\n2. One file per greeting, or one file?',
    );
    expect(visible()).toContain('**Status:** ❓ `needs_clarification` after `plan`');
    expect(visible()).toContain('### Open questions (round 1)');
    expect(nextAction()).toMatch(/^Answer the questions in a comment/);
    expect(s.gh.dispatches).toEqual([]);

    // 2. The maintainer answers in a comment: plan runs again with the answer and is ready.
    s.model.enqueue(step.json(ready));
    const planned2 = await job(
      'issue_comment',
      await comment('Hello, bye and hi, one file each, at the root.'),
    );
    expect(planned2.outputs).toMatchObject({ phase: 'plan', status: 'complete', 'next-phase': '' });
    const prompt2 = userTexts(s.model.requests[1]!).at(-1)!;
    expect(prompt2).toContain('Which greetings do you need?');
    expect(prompt2).toMatch(/Answers since then[\s\S]*Hello, bye and hi, one file each, at the root\./);
    expect(labels()).toEqual(['codex', 'codex:ready']);
    expect(visible()).toContain('**Status:** ✅ `complete` after `plan` (attempt 2)');
    expect(visible()).toContain('### Plan\nOne text file per greeting at the repository root.');
    expect(visible()).toContain(
      `### Acceptance criteria — 0/3 done\n${CRITERIA.map((c) => `- [ ] ${c}`).join('\n')}`,
    );
    expect(visible()).not.toContain('### Open questions');
    expect(s.gh.comments(issue).filter((c) => c.body.includes(QUESTIONS_MARKER))).toMatchObject([
      { id: asked[0]!.id, body: expect.stringContaining('### ✅ Questions answered (#1, round 1)') },
    ]);
    expect(nextAction()).toMatch(/^Review the plan, then comment `\/codex approve` to start development/);
    // Autonomy draft: nothing starts until a person approves.
    expect(s.gh.dispatches).toEqual([]);

    // 3. `/codex approve`: bookkeeping only (no model), and dev is dispatched.
    const approved = await job('issue_comment', await comment('/codex approve'));
    expect(approved.outputs).toMatchObject({ phase: 'control', status: 'complete', 'next-phase': 'dev' });
    expect(s.model.requests).toHaveLength(2);
    expect(s.gh.dispatches).toEqual([
      { workflowId: 'codex.yml', ref: 'main', inputs: { phase: 'dev', target: String(issue) }, by: BOT },
    ]);
    expect(labels()).toEqual(['codex', 'codex:ready']);
    expect(visible()).toMatch(
      /\| control \| ✅ complete \| \[run\]\([^)]+\) \| plan approved by maintainer \|/,
    );
    expect(nextAction()).toBe('nothing for now.');

    // 4. The dispatched dev job: one commit per criterion on the branch, verified, a draft PR.
    s.model.enqueue(
      ...criterionSteps('hello.txt', 'hello'),
      ...criterionSteps('bye.txt', 'bye'),
      ...criterionSteps('hi.txt', 'hi'),
    );
    const dev = await dispatchedJob();
    expect(dev.outputs).toMatchObject({
      phase: 'dev',
      status: 'complete',
      branch: BRANCH,
      'next-phase': 'review',
    });
    const devPrompts = threadStarts(s.model).slice(2);
    expect(devPrompts).toHaveLength(3);
    expect(devPrompts[2]).toContain('Meet acceptance criterion 3 of 3:\n\n> Add hi.txt saying hi');
    expect(devPrompts[2]).toContain('One text file per greeting at the repository root.');

    // Origin: the branch with exactly one commit per criterion, by the action, over main.
    const log = s.repos.log(BRANCH);
    expect(log.map((l) => l.slice(41))).toEqual([
      'Criterion 3/3: Add hi.txt saying hi',
      'Criterion 2/3: Add bye.txt saying bye',
      'Criterion 1/3: Add hello.txt saying hello',
      'Initial commit',
    ]);
    expect(log[3]!.slice(0, 40)).toBe(s.repos.log('main')[0]!.slice(0, 40));
    expect(s.repos.authors(BRANCH).slice(0, 3)).toEqual(
      Array(3).fill(`${BOT} <41898282+${BOT}@users.noreply.github.com>`),
    );
    expect(s.repos.git(['show', `${BRANCH}:bye.txt`], s.repos.origin)).toBe('bye');
    expect(s.repos.branches().sort()).toEqual([BRANCH, 'main']);
    // Every git request carried the action's token (and nothing reached origin without it).
    expect(s.http!.authorizations.length).toBeGreaterThan(0);
    expect(s.http!.authorizations.every((a) => a !== undefined)).toBe(true);

    // The draft PR a person finds.
    const pulls = s.gh.state.issues.filter((i) => i.pull);
    expect(pulls).toHaveLength(1);
    const pr = pulls[0]!;
    expect(dev.outputs['pr-number']).toBe(String(pr.number));
    expect(pr).toMatchObject({ title: ISSUE_TITLE, author: BOT, state: 'open' });
    expect(pr.pull).toMatchObject({ draft: true, head: { ref: BRANCH, sha: log[0]!.slice(0, 40) } });
    expect(pr.pull!.base.ref).toBe('main');
    expect(pr.body).toMatch(new RegExp(`^Closes #${issue}\\n`));
    for (const [i, c] of CRITERIA.entries()) {
      expect(pr.body).toContain(`- [x] ${c} (${log[2 - i]!.slice(0, 7)})`);
    }
    expect(pr.body).toContain(`✅ \`${VERIFY}\` — passed`);
    expect(pr.body).toMatch(/## Usage\n[\d,]+ tokens in/);

    // The issue: in progress, the status comment with the finished checklist, the branch and PR.
    expect(labels()).toEqual(['codex', 'codex:in-progress']);
    expect(visible()).toContain('**Status:** ✅ `complete` after `dev`');
    expect(visible()).toContain('### Acceptance criteria — 3/3 done');
    for (const [i, c] of CRITERIA.entries()) {
      expect(visible()).toContain(`- [x] ${c} (\`${log[2 - i]!.slice(0, 7)}\`)`);
    }
    expect(visible()).toContain(`branch \`${BRANCH}\` · PR #${pr.number}`);
    expect(visible()).toMatch(/\*\*Usage so far:\*\* [\d,]+ tokens in/);
    expect(nextAction()).toBe('nothing for now.');
    expect(s.gh.dispatches).toHaveLength(2);
    expect(s.gh.dispatches[1]).toEqual({
      workflowId: 'codex.yml',
      ref: 'main',
      inputs: { phase: 'review', target: String(pr.number) },
      by: BOT,
    });

    // 5. The dispatched review job: it reviews the PR's head, passes, and hands it to a person.
    s.model.enqueue(step.json(pass));
    const review = await dispatchedJob();
    expect(review.outputs).toMatchObject({ phase: 'review', status: 'pass', 'pr-number': String(pr.number) });
    expect(s.model.requests.at(-1)!.headers['x-codex-turn-metadata']).toContain('read-only');
    const reviewPrompt = userTexts(s.model.requests.at(-1)!).at(-1)!;
    expect(reviewPrompt).toContain(`at the pull request's head commit ${log[0]!.slice(0, 40)}`);
    expect(reviewPrompt).toContain('+hi');
    // The reviewer checks the criteria the maintainer approved (the plan's, from the status comment).
    expect(reviewPrompt).toMatch(
      new RegExp(
        `From the plan of issue #${issue}[^\\n]*\\n\\n<untrusted-[^>]+>\\n1\\. ${CRITERIA[0]}\\n2\\. ${CRITERIA[1]}\\n3\\. ${CRITERIA[2]}\\n`,
      ),
    );

    expect(pr.pull!.draft).toBe(false);
    expect(pr.labels).toContain('codex:in-review');
    expect(s.gh.checkRuns({ name: CHECK_NAME, headSha: log[0]!.slice(0, 40) })).toMatchObject([
      { status: 'completed', conclusion: 'success' },
    ]);
    const reviewComments = s.gh.comments(pr.number);
    expect(reviewComments).toHaveLength(1);
    expect(reviewComments[0]).toMatchObject({ author: BOT });
    expect(reviewComments[0]!.body).toContain('<!-- codex-orchestrator:review cycle=1 -->');
    // The action never approves or merges: the merge is the second human gate.
    expect(s.gh.state.reviews.filter((r) => r.state === 'APPROVED')).toEqual([]);
    expect(pr.pull!.merged).toBe(false);
    expect(s.gh.dispatches).toHaveLength(2);

    // The issue shows the same: in review, and the merge is a person's to make.
    expect(labels()).toEqual(['codex', 'codex:in-review']);
    expect(visible()).toContain('**Status:** ✅ `pass` after `review`');
    expect(visible()).toContain('### Acceptance criteria — 3/3 done');
    expect(nextAction()).toMatch(new RegExp(`^Review and merge PR #${pr.number}\\b`));

    // 6. The maintainer merges the PR (the second human gate). GitHub merges the branch into main,
    // closes the PR and the issue it closes, and sends pull_request.closed with merged: true.
    const merger = await s.repos.clone('merge');
    s.repos.git(
      ['merge', '--no-ff', '-q', '-m', `Merge pull request #${pr.number}`, `origin/${BRANCH}`],
      merger,
    );
    s.repos.git(['push', '-q', 'origin', 'HEAD:main'], merger);
    s.gh.closePullRequest(pr.number, { mergedBy: 'maintainer' });
    expect(s.gh.issue(issue)!.state).toBe('closed');
    const requestsBefore = s.model.requests.length;
    const closedEvent = webhookPayload('pull_request.closed', {
      github: s.gh,
      sender: 'maintainer',
      pull: pr,
    });
    expect(closedEvent.pull_request).toMatchObject({ merged: true, state: 'closed', head: { ref: BRANCH } });
    const merged = await job('pull_request', closedEvent);
    expect(merged.outputs).toMatchObject({
      phase: 'control',
      status: 'complete',
      item: String(issue),
      'pr-number': String(pr.number),
    });
    // Bookkeeping only: no model call, nothing dispatched.
    expect(s.model.requests).toHaveLength(requestsBefore);
    expect(s.gh.dispatches).toHaveLength(2);
    expect(labels()).toEqual(['codex', 'codex:done']);
    expect(visible()).toContain(`**Status:** ✅ done: PR #${pr.number} merged by @\u200Dmaintainer`);
    expect(visible()).toMatch(
      new RegExp(
        `\\| control \\| ✅ complete \\| \\[run\\]\\([^)]+/runs/\\d+\\) \\| PR #${pr.number} merged by maintainer: done \\|`,
      ),
    );
    expect(nextAction()).toBe('nothing for now.');
    expect(s.model.unexpected).toEqual([]);
    s.gh.assertNoViolations();
  });
});
