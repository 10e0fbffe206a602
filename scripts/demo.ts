// `npm run demo`: reviews a sample pull request offline, end to end, and prints what a person would
// see on GitHub; then runs the whole loop of one work item job by job (scripts/demo-loop.ts). The parts are real — the pinned `codex` binary (from node_modules), a git
// repository holding the sample change, the action's own code driven through run() as the runner
// drives it — and two stand-ins run on 127.0.0.1: a scripted model (Responses API) and a GitHub API
// that checks every request against GitHub's OpenAPI description. No token, no network.
import { type ReviewScenario, reviewScenario, reviews } from '../test/e2e/review-env.js';
import { item, step } from '../test/harness/responses-server.js';
import { demoLoop } from './demo-loop.js';

const out = (text = '') => process.stdout.write(`${text}\n`);
const rule = (title: string) => out(`\n━━━━ ${title} ${'━'.repeat(Math.max(4, 88 - title.length))}\n`);
const indent = (text: string, by = '    ') =>
  text
    .split('\n')
    .map((line) => (line ? `${by}${line}` : line))
    .join('\n');

/** The action's log as a person reads it in the Actions UI: groups as headings, no workflow commands. */
function readableLog(stdout: string): string {
  return stdout
    .split('\n')
    .flatMap((line) => {
      if (line.startsWith('::group::')) return [`▶ ${line.slice('::group::'.length)}`];
      if (line.startsWith('::')) return [];
      return [`  ${line}`];
    })
    .join('\n')
    .trimEnd();
}

async function main(): Promise<void> {
  let s: ReviewScenario | undefined;
  try {
    s = await reviewScenario();
    const { owner, name } = s.gh.state.repo;
    const issue = s.gh.state.issue(s.issueNumber)!;
    const pr = s.gh.state.issue(s.prNumber)!;
    // The scripted model reads the changed file with a real command in Codex's read-only sandbox,
    // then answers with review JSON: one bug on a changed line, a missing test, a README nit.
    s.model.enqueue(
      step.items([item.reasoning('Reading the change.'), item.exec("sed -n '1,20p' src/slug.ts")]),
      step.json(reviews.changes),
    );

    rule('codex-orchestrator demo: a pull request review, offline');
    out(`Repository   ${owner}/${name} (a real git repository in a temp folder)`);
    out(`Issue #${issue.number}     "${issue.title}" with an "Acceptance criteria" checklist`);
    out(
      `PR #${pr.number}        "${pr.title}" (draft, ${pr.body?.split('\n').at(-1)}), branch ${pr.pull!.head.ref}`,
    );
    out(`Model        scripted Responses API on ${s.model.url} (the real codex binary talks to it)`);
    out(`GitHub API   loopback on ${s.gh.url}, every request checked against GitHub's OpenAPI description`);

    const result = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });

    rule("The action's log");
    out(readableLog(result.stdout));

    const comment = s.gh.state.comments.find(
      (c) => c.issueNumber === s!.prNumber && c.author === 'github-actions[bot]',
    );
    rule(`PR comment by ${comment?.author ?? '(none)'} (markdown; GitHub hides the <!-- --> markers)`);
    out(comment ? comment.body : '(no comment was written)');

    const review = s.gh.state.reviews[0];
    rule(`PR review by ${review?.author ?? '(none)'} — ${review ? review.state : '(none)'}, never approved`);
    if (review) {
      out(review.body);
      for (const c of s.gh.state.reviewComments.filter((rc) => rc.reviewId === review.id)) {
        const where = c.startLine ? `${c.path}:${c.startLine}-${c.line}` : `${c.path}:${c.line}`;
        out(`\nInline comment on ${where} (${c.side}):`);
        out(indent(c.body));
      }
    }

    const check = s.gh.state.checkRuns[0];
    rule(`Check run ${check?.name ?? '(none)'} → ${check?.conclusion ?? '(none)'}`);
    if (check) {
      out(`Title: ${check.output.title}`);
      out(`Summary: ${check.output.summary}`);
      out('Annotations:');
      for (const a of check.annotations) {
        const lines = a.end_line !== a.start_line ? `${a.start_line}-${a.end_line}` : `${a.start_line}`;
        out(`  [${a.annotation_level}] ${a.path}:${lines}  ${a.title ?? ''}`);
      }
    }

    rule('Job summary');
    out(result.summary.trimEnd());

    rule('Outputs and what GitHub saw');
    out(
      `status=${result.outputs.status}  next-phase=${result.outputs['next-phase']}  pr-number=${result.outputs['pr-number']}`,
    );
    out(`usage=${result.outputs.usage}`);
    const calls = s.gh.calls();
    out(`${calls.length} GitHub API requests: ${calls.map((c) => c.operation).join(', ')}`);
    out(`OpenAPI violations: ${s.gh.violations.length}`);
    out(`Model requests: ${s.model.requests.length} (Codex ran a command, then answered)`);
    if (s.gh.violations.length > 0 || result.outputs.status !== 'changes_required') process.exitCode = 1;
  } finally {
    await s?.close();
  }
  if (!(await demoLoop(out, rule))) process.exitCode = 1;
}

await main();
