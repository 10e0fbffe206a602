// The whole loop with two runtimes, job by job through the action's own dispatches (each job on a
// fresh runner): Codex develops, Claude Code reviews (changes required), Codex fixes resuming its dev
// thread from the encrypted session store, Claude Code reviews again (pass). Real codex and claude
// binaries against their scripted APIs, the loopback GitHub, origin over smart HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import { readStoredReview } from '../../src/tracker/github/review/stored.js';
import { claudeStep, userTexts as claudeTexts } from '../harness/anthropic-server.js';
import { useClaude } from '../harness/claude-scenario.js';
import { userTexts } from '../harness/responses-server.js';
import {
  BRANCH,
  criterionSteps,
  fixAnswer,
  fixSteps,
  type Loop,
  loopScenario,
  reviews,
  subjects,
} from './fix-env.js';

let l: Loop | undefined;
afterEach(async () => {
  await l?.close();
  l = undefined;
});

describe('Codex develops and fixes, Claude Code reviews', () => {
  it('dev (codex) → review (claude, changes) → fix (codex, dev thread resumed) → review (claude, pass)', {
    timeout: 240_000,
  }, async () => {
    l = await loopScenario({ config: 'runtimes:\n  review: claude' });
    const { s } = l;
    const claude = await useClaude(s);

    // dev on Codex.
    s.model.enqueue(...criterionSteps('greet.txt', 'helo'));
    const dev = await l.job('workflow_dispatch', l.dispatchPayload('dev', s.issueNumber));
    expect(dev.outputs).toMatchObject({ phase: 'dev', status: 'complete', 'next-phase': 'review' });
    expect(claude.model.requests).toEqual([]);
    const devThread = (await s.state()).session!.threadId;
    const codexAfterDev = s.model.requests.length;

    // Review 1 on Claude Code: changes required, fix dispatched.
    claude.model.enqueue(claudeStep.structured(reviews.changes()));
    const review1 = await l.next('review');
    expect(review1.outputs).toMatchObject({
      phase: 'review',
      status: 'changes_required',
      'next-phase': 'fix',
    });
    expect(s.model.requests).toHaveLength(codexAfterDev); // Codex was not asked to review
    expect(claude.model.requests).toHaveLength(1);
    expect(claudeTexts(claude.model.requests[0]!).join('\n')).toContain('+helo');
    const pr = l.pr();
    const first = s.gh.comments(pr.number).find((c) => c.body.includes('codex-orchestrator:review cycle=1'))!;
    expect(first.body).toContain('### Claude review · cycle 1: 🔁 changes required');
    const stored = readStoredReview(first.body);
    expect(stored.ok && stored.opinions?.map((o) => o.runtime)).toEqual(['claude']);
    // The item's usage holds Claude's cost on top of Codex's.
    expect((await s.state()).usage.costUsd).toBeGreaterThan(0);

    // Fix on Codex, resuming dev's thread: its first request carries dev's prompt and the fix prompt
    // built from Claude's review.
    const before = s.model.requests.length;
    s.model.enqueue(...fixSteps('helo', 'hello', fixAnswer(['greet-typo'])));
    const fix = await l.next('fix');
    expect(fix.outputs).toMatchObject({ phase: 'fix', status: 'complete', 'next-phase': 'review' });
    const request = s.model.requests[before]!;
    const texts = userTexts(request);
    expect(texts.some((t) => t.startsWith('You are the developer and tester'))).toBe(true);
    expect(texts.at(-1)).toContain('`greet-typo` (major) greet.txt:1');
    expect(fix.stdout).toContain(`resuming ${devThread}`);
    expect((await s.state()).session).toMatchObject({ threadId: devThread, phase: 'fix', stored: true });
    expect(subjects(l)).toEqual([
      'Fix review cycle 1: Fixed the greeting typo.',
      'Criterion 1/1: Add greet.txt saying hello',
      'Initial commit',
    ]);
    expect(s.repos.git(['show', `${BRANCH}:greet.txt`], s.repos.origin)).toBe('hello');
    expect(claude.model.requests).toHaveLength(1);

    // Review 2 on Claude Code, a new session that is told what cycle 1 found: pass.
    claude.model.enqueue(claudeStep.structured(reviews.pass));
    const review2 = await l.next('review');
    expect(review2.outputs).toMatchObject({ phase: 'review', status: 'pass' });
    expect(claude.model.requests).toHaveLength(2);
    const prompt2 = claudeTexts(claude.model.requests[1]!).join('\n');
    expect(prompt2).toContain('greet-typo');
    expect(prompt2).toContain('+hello');
    const second = s.gh
      .comments(pr.number)
      .find((c) => c.body.includes('codex-orchestrator:review cycle=2'))!;
    expect(second.body).toContain('### Claude review · cycle 2: ✅ pass');
    expect(second.body).toContain('Fixed since cycle 1 (1)');
    expect(pr.pull!.draft).toBe(false);
    expect(l.visible()).toMatch(/Review and merge PR #\d+/);
    expect(l.dispatches().at(-1)!.inputs.phase).toBe('review');
    expect(s.model.unexpected).toEqual([]);
    expect(claude.model.unexpected).toEqual([]);
  });
});
