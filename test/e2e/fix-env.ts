/**
 * The review → fix loop with real parts, job by job: the dev scenario (origin served over smart
 * HTTP, the loopback GitHub reading branches and diffs from it, the real codex binary against the
 * scripted model), driven the way GitHub runs the example workflow: every workflow_dispatch job is
 * built from the dispatch the previous job really sent, each job on a fresh runner (new checkout,
 * new RUNNER_TEMP, new CODEX_HOME).
 *
 *   const l = await loopScenario();
 *   l.s.model.enqueue(...criterionSteps('greet.txt', 'helo'));
 *   await l.job('workflow_dispatch', l.dispatchPayload('dev', l.s.issueNumber));   // dev
 *   l.s.model.enqueue(step.json(l.review.changes));
 *   await l.next();                                                               // review
 */
import { expect } from 'vitest';
import { STATUS_MARKER } from '../../src/state/index.js';
import { filesFromDiff } from '../harness/github/diff.js';
import type { FakeDispatch } from '../harness/github/state.js';
import { step } from '../harness/responses-server.js';
import { webhookPayload } from '../harness/webhooks.js';
import { BRANCH, criterionSteps, type DevScenario, devScenario, type RunOutcome } from './dev-env.js';
import type { Payload } from './review-env.js';

export { BRANCH, criterionSteps, step };
export const BOT = 'github-actions[bot]';
export const CRITERION = 'Add greet.txt saying hello';

/** A finding on greet.txt line 1, the one the first review asks to fix. */
export const TYPO = {
  id: 'greet-typo',
  severity: 'major',
  file: 'greet.txt',
  line: 1,
  end_line: null,
  title: 'greet.txt says "helo"',
  body: 'The greeting is misspelt.',
  suggestion: 'hello',
};

export const reviews = {
  changes: (findings: unknown[] = [TYPO]) => ({
    status: 'changes_required',
    summary: 'The greeting is misspelt.',
    findings,
    criteria: [{ criterion: CRITERION, met: false, evidence: 'greet.txt:1 says helo' }],
    blocked_reason: null,
  }),
  pass: {
    status: 'pass',
    summary: 'greet.txt says hello.',
    findings: [],
    criteria: [{ criterion: CRITERION, met: true, evidence: 'greet.txt:1' }],
    blocked_reason: null,
  },
};

/** The fixer's answer. */
export const fixAnswer = (
  fixed: string[] = ['greet-typo'],
  threads: string[] = [],
  summary = 'Fixed the greeting typo.',
) => ({
  summary,
  fixed_findings: fixed,
  fixed_threads: threads,
  not_fixed: [],
});

/** The scripted model's side of one fix round: rewrite greet.txt, then answer. */
export function fixSteps(from: string, to: string, answer = fixAnswer()) {
  return [
    step.applyPatch(`*** Begin Patch\n*** Update File: greet.txt\n@@\n-${from}\n+${to}\n*** End Patch\n`),
    step.json(answer),
  ];
}

export interface Loop {
  s: DevScenario;
  /** One job for the event; checks it did not fail and sent nothing GitHub would refuse. */
  job(name: string, payload: Payload, inputs?: Record<string, string>, actor?: string): Promise<RunOutcome>;
  /** The job GitHub starts for the newest dispatch the action sent (asserting it is `phase`). */
  next(phase: string, inputs?: Record<string, string>): Promise<RunOutcome>;
  dispatchPayload(phase: string, target: number): Payload;
  /** The PR of the item (after dev). */
  pr(): NonNullable<ReturnType<DevScenario['gh']['issue']>>;
  /** The status comment as a person reads it (hidden parts removed). */
  visible(): string;
  dispatches(): FakeDispatch[];
  close(): Promise<void>;
}

export async function loopScenario(options: { verify?: string[]; config?: string } = {}): Promise<Loop> {
  const s = await devScenario({
    criteria: [CRITERION],
    http: true,
    verify: options.verify ?? ['test -s greet.txt'],
    config: options.config,
  });
  let consumed = 0;
  const loop: Loop = {
    s,
    async job(name, payload, inputs = {}, actor) {
      const given = (payload.inputs ?? {}) as Record<string, string>;
      const out = await s.run({
        event: { name, payload },
        actor: actor ?? String(payload.sender.login),
        inputs: { phase: given.phase || 'auto', target: given.target ?? '', dispatch: 'workflow', ...inputs },
      });
      expect(out.exitCode, out.stdout).toBeUndefined();
      s.gh.assertNoViolations();
      syncPulls(s);
      return out;
    },
    async next(phase, inputs) {
      const all = s.gh.dispatches;
      expect(all.length, 'a dispatch to follow').toBeGreaterThan(consumed);
      const dispatch = all[all.length - 1]!;
      consumed = all.length;
      expect(dispatch.inputs.phase).toBe(phase);
      return loop.job(
        'workflow_dispatch',
        webhookPayload('workflow_dispatch', {
          github: s.gh,
          sender: dispatch.by,
          inputs: dispatch.inputs,
          ref: `refs/heads/${dispatch.ref}`,
          workflow: `.github/workflows/${dispatch.workflowId}`,
        }),
        inputs,
      );
    },
    dispatchPayload(phase, target) {
      return webhookPayload('workflow_dispatch', {
        github: s.gh,
        sender: 'maintainer',
        inputs: { phase, target: String(target) },
        ref: 'refs/heads/main',
        workflow: '.github/workflows/codex.yml',
      });
    },
    pr() {
      const pulls = s.gh.state.issues.filter((i) => i.pull);
      expect(pulls).toHaveLength(1);
      return pulls[0]!;
    },
    visible() {
      const found = s.gh.comments(s.issueNumber).filter((c) => c.body.includes(STATUS_MARKER));
      expect(found).toHaveLength(1);
      return found[0]!.body.replace(/<!--[\s\S]*?-->/g, '');
    },
    dispatches: () => s.gh.dispatches,
    close: () => s.close(),
  };
  return loop;
}

/**
 * What GitHub does on a push to a pull request's branch: the PR's head and files follow it. The
 * loopback GitHub reads branches from git but keeps a PR's head as it was opened.
 */
export function syncPulls(s: DevScenario): void {
  for (const issue of s.gh.state.issues) {
    const pull = issue.pull;
    if (!pull || issue.state !== 'open') continue;
    const sha = s.repos.git(['rev-parse', `refs/heads/${pull.head.ref}`], s.repos.origin);
    if (sha === pull.head.sha) continue;
    pull.head.sha = sha;
    pull.files = filesFromDiff(s.repos.git(['diff', `${pull.base.ref}...${pull.head.ref}`], s.repos.origin));
  }
}

/** A commit a person pushes to the PR's branch (from their own clone), and the PR follows it. */
export async function humanPush(
  s: DevScenario,
  files: Record<string, string>,
  message: string,
): Promise<string> {
  const sha = await s.repos.commitOnOrigin(BRANCH, files, message);
  syncPulls(s);
  return sha;
}

/** Runs dev for the item (dispatched by a maintainer) and the review it dispatches. */
export async function devThenReview(loop: Loop, review: unknown, content = 'helo'): Promise<RunOutcome> {
  loop.s.model.enqueue(...criterionSteps('greet.txt', content));
  const dev = await loop.job('workflow_dispatch', loop.dispatchPayload('dev', loop.s.issueNumber));
  expect(dev.outputs).toMatchObject({ phase: 'dev', status: 'complete', 'next-phase': 'review' });
  loop.s.model.enqueue(step.json(review));
  return loop.next('review');
}

/** The action's commit subjects on the branch, newest first. */
export const subjects = (loop: Loop) => loop.s.repos.log(BRANCH).map((l) => l.slice(41));
