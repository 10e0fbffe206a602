// The second half of `npm run demo`: the whole loop of one work item, job by job, the way GitHub
// runs examples/workflows/codex.yml — issue → plan → dev → review (changes required) → fix →
// review (pass) → waiting for a human. Every workflow_dispatch job is built from the dispatch the
// previous job really sent; each job runs on a fresh runner (new checkout, RUNNER_TEMP, CODEX_HOME),
// and fix resumes dev's Codex thread from the encrypted session store on origin.
import {
  BRANCH,
  criterionSteps,
  type DevScenario,
  devScenario,
  type RunOutcome,
} from '../test/e2e/dev-env.js';
import { filesFromDiff } from '../test/harness/github/diff.js';
import { step } from '../test/harness/responses-server.js';
import { webhookPayload } from '../test/harness/webhooks.js';

type Print = (text?: string) => void;

const CRITERION = 'Add greet.txt saying hello';
const plan = {
  status: 'ready',
  summary: 'One text file with the greeting at the repository root.',
  acceptance_criteria: [CRITERION],
  questions: [],
  subtasks: [],
  risks: [],
};
const typo = {
  id: 'greet-typo',
  severity: 'major',
  file: 'greet.txt',
  line: 1,
  end_line: null,
  title: 'greet.txt says "helo"',
  body: 'The greeting is misspelt.',
  suggestion: 'hello',
};
const changes = {
  status: 'changes_required',
  summary: 'The greeting is misspelt.',
  findings: [typo],
  criteria: [{ criterion: CRITERION, met: false, evidence: 'greet.txt:1 says helo' }],
  blocked_reason: null,
};
const pass = {
  status: 'pass',
  summary: 'greet.txt says hello.',
  findings: [],
  criteria: [{ criterion: CRITERION, met: true, evidence: 'greet.txt:1' }],
  blocked_reason: null,
};

/** What GitHub does on a push to a pull request's branch: its head and files follow. */
function syncPulls(s: DevScenario): void {
  for (const issue of s.gh.state.issues) {
    const pull = issue.pull;
    if (!pull || issue.state !== 'open') continue;
    const sha = s.repos.git(['rev-parse', `refs/heads/${pull.head.ref}`], s.repos.origin);
    if (sha === pull.head.sha) continue;
    pull.head.sha = sha;
    pull.files = filesFromDiff(s.repos.git(['diff', `${pull.base.ref}...${pull.head.ref}`], s.repos.origin));
  }
}

/** Runs the loop and prints one line per job, then the final pull request. Returns false on a surprise. */
export async function demoLoop(out: Print, rule: (title: string) => void): Promise<boolean> {
  const s = await devScenario({ planned: false, labels: [], http: true });
  try {
    let jobs = 0;
    let ok = true;
    const job = async (label: string, name: string, payload: Record<string, unknown>, expect: string) => {
      jobs += 1;
      const inputs = (payload.inputs ?? {}) as Record<string, string>;
      const sender = String((payload.sender as { login: string }).login);
      const result: RunOutcome = await s.run({
        event: { name, payload: payload as never },
        actor: sender,
        inputs: { phase: inputs.phase || 'auto', target: inputs.target ?? '', dispatch: 'workflow' },
      });
      syncPulls(s);
      const o = result.outputs;
      const why = /^Result: [a-z_]+ \((.*)\)$/m.exec(result.stdout)?.[1] ?? '';
      out(
        `Job ${jobs}  ${label.padEnd(34)} → ${o.phase}: ${o.status}${o['next-phase'] ? ` → next ${o['next-phase']}` : ''}`,
      );
      if (why) out(`        ${why}`);
      if (o.status !== expect || result.exitCode !== undefined) ok = false;
      return result;
    };
    const dispatched = (expect: string) => {
      const d = s.gh.dispatches.at(-1)!;
      return job(
        `workflow_dispatch ${d.inputs.phase} #${d.inputs.target}`,
        'workflow_dispatch',
        webhookPayload('workflow_dispatch', {
          github: s.gh,
          sender: d.by,
          inputs: d.inputs,
          ref: `refs/heads/${d.ref}`,
          workflow: `.github/workflows/${d.workflowId}`,
        }),
        expect,
      );
    };
    const issue = s.issueNumber;
    const maintainer = s.gh.client('ghp_maintainer');

    rule('The whole loop, job by job (examples/workflows/codex.yml)');
    await maintainer.rest.issues.addLabels({ ...s.gh.repoRef, issue_number: issue, labels: ['codex'] });
    s.model.enqueue(step.json(plan));
    await job(
      `issues.labeled codex #${issue}`,
      'issues',
      webhookPayload('issues.labeled', {
        github: s.gh,
        sender: 'maintainer',
        issue: s.gh.issue(issue)!,
        label: 'codex',
      }),
      'complete',
    );
    const { data } = await maintainer.rest.issues.createComment({
      ...s.gh.repoRef,
      issue_number: issue,
      body: '/codex approve',
    });
    await job(
      `/codex approve on #${issue}`,
      'issue_comment',
      webhookPayload('issue_comment.created', {
        github: s.gh,
        sender: 'maintainer',
        issue: s.gh.issue(issue)!,
        comment: { body: '/codex approve', author: 'maintainer', id: data.id },
      }),
      'complete',
    );
    s.model.enqueue(...criterionSteps('greet.txt', 'helo', 'Added greet.txt with the greeting.'));
    await dispatched('complete');
    s.model.enqueue(step.json(changes));
    await dispatched('changes_required');
    s.model.enqueue(
      step.applyPatch('*** Begin Patch\n*** Update File: greet.txt\n@@\n-helo\n+hello\n*** End Patch\n'),
      step.json({
        summary: 'Fixed the greeting typo.',
        fixed_findings: ['greet-typo'],
        fixed_threads: [],
        not_fixed: [],
      }),
    );
    const fix = await dispatched('complete');
    const resumed = /resuming (\S+)\)/.exec(fix.stdout)?.[1];
    out(
      `        Codex resumed dev's thread ${resumed ?? '(not resumed!)'} from refs/codex-orchestrator/sessions/${issue}`,
    );
    if (!resumed) ok = false;
    s.model.enqueue(step.json(pass));
    await dispatched('pass');

    const pr = s.gh.state.issues.find((i) => i.pull)!;
    rule(`The final pull request #${pr.number}, waiting for a human`);
    out(
      `"${pr.title}" ${pr.pull!.draft ? '(draft)' : '(ready for review)'}, labels [${pr.labels.join(', ')}]`,
    );
    out(`Branch ${BRANCH}:`);
    for (const line of s.repos.log(BRANCH)) out(`  ${line.slice(0, 7)} ${line.slice(41)}`);
    out(`greet.txt: ${s.repos.git(['show', `${BRANCH}:greet.txt`], s.repos.origin)}`);
    for (const c of s.gh.comments(pr.number)) {
      const heading = /^### (.*)$/m.exec(c.body)?.[1] ?? c.body.split('\n')[0];
      out(`Comment by ${c.author}: ${heading}`);
    }
    const status = s.gh.comments(issue).find((c) => c.body.includes('codex-orchestrator:status'))!.body;
    out(`Issue #${issue} labels [${s.gh.labelsOn(issue).join(', ')}]`);
    out(/\*\*What a human must do next:\*\* .*/.exec(status)?.[0] ?? '(no next action)');
    out(`Dispatches the action sent: ${s.gh.dispatches.map((d) => d.inputs.phase).join(' → ')}`);
    out(`OpenAPI and GraphQL schema violations: ${s.gh.violations.length}`);
    return ok && s.gh.violations.length === 0 && !pr.pull!.draft;
  } finally {
    await s.close();
  }
}
