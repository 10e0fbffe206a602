import { afterEach, describe, expect, it } from 'vitest';
import { docsItemMarker } from '../../src/backlog/mirror.js';
import { BRANCH, criterionSteps, type DevScenario, devScenario } from './dev-env.js';

let s: DevScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const FILE = 'docs/projects/app/issues/greet.md';
const TEXT =
  '---\nid: greet\ntitle: Add greeting helpers\nstatus: open\n---\n\n## Acceptance criteria\n\n- [ ] Add hello.txt\n';

async function mirrored(author: string) {
  const scenario = await devScenario({ criteria: ['Add hello.txt'], files: { [FILE]: TEXT } });
  const issue = scenario.gh.issue(scenario.issueNumber)!;
  issue.author = author;
  issue.body = `${docsItemMarker('greet', FILE)}\n\nWe need greeting helpers.`;
  scenario.model.enqueue(...criterionSteps('hello.txt', 'hello'));
  return scenario;
}

describe('dev: a docs item mirrored by the scan', () => {
  it('commits the file with status done and its criteria ticked on the branch, never on main', async () => {
    s = await mirrored('github-actions[bot]');
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('complete');
    const log = s.repos.log(BRANCH).map((l) => l.slice(41));
    expect(log.slice(0, 2)).toEqual(['Mark docs item greet done', 'Criterion 1/1: Add hello.txt']);
    const onBranch = s.repos.git(['show', `${BRANCH}:${FILE}`], s.repos.origin);
    expect(onBranch).toContain('status: done');
    expect(onBranch).toContain('- [x] Add hello.txt');
    expect(s.repos.git(['show', `main:${FILE}`], s.repos.origin)).toContain('status: open');
    s.gh.assertNoViolations();
  });

  it('ignores the marker in an issue a person opened', async () => {
    s = await mirrored('maintainer');
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(s.repos.log(BRANCH).map((l) => l.slice(41))[0]).toBe('Criterion 1/1: Add hello.txt');
    expect(s.repos.git(['show', `${BRANCH}:${FILE}`], s.repos.origin)).toContain('status: open');
    s.gh.assertNoViolations();
  });
});
