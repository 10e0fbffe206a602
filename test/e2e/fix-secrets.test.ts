// A fix round whose commit would carry a secret to origin: the push is refused before git sends
// anything, the PR's branch stays where it was, and the item is blocked with a reason that names
// the commit, never the secret.
import { afterEach, describe, expect, it } from 'vitest';
import {
  BRANCH,
  devThenReview,
  fixAnswer,
  fixSteps,
  type Loop,
  loopScenario,
  reviews,
  subjects,
} from './fix-env.js';

const TOKEN = 'ghs_action';

let l: Loop | undefined;
afterEach(async () => {
  await l?.close();
  l = undefined;
});

describe('fix: nothing secret reaches origin', () => {
  it("refuses to push a round whose commit message carries the token; the PR's branch does not move", {
    timeout: 180_000,
  }, async () => {
    l = await loopScenario();
    const { s } = l;
    await devThenReview(l, reviews.changes());
    const before = s.repos.git(['rev-parse', `refs/heads/${BRANCH}`], s.repos.origin);
    const commits = subjects(l);
    s.model.enqueue(
      ...fixSteps('helo', 'hello', fixAnswer(['greet-typo'], [], `Fixed the typo. Token: ${TOKEN}`)),
    );
    const fix = await l.next('fix');
    expect(fix.outputs).toMatchObject({ phase: 'fix', status: 'blocked', 'next-phase': '' });
    expect(s.repos.git(['rev-parse', `refs/heads/${BRANCH}`], s.repos.origin)).toBe(before);
    expect(subjects(l)).toEqual(commits);
    expect(l.visible()).toMatch(
      /Refused to push to codex\/1-add-greeting-helpers: commit [0-9a-f]{12} would carry the github-token \(raw\) to origin in its message or author fields/,
    );
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
    const written = JSON.stringify([s.gh.state.comments, s.gh.state.reviewComments, s.gh.state.issues]);
    expect(written).not.toContain(TOKEN);
    // No review of a head that did not move is asked for.
    expect(l.dispatches().at(-1)!.inputs.phase).toBe('fix');
  });
});
