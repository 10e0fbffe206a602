import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { docsItemMarker } from '../../src/backlog/mirror.js';
import { item, step } from '../harness/responses-server.js';
import { BRANCH, criterionSteps, type DevScenario, devScenario } from './dev-env.js';

let s: DevScenario | undefined;
let scratch: string | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
  if (scratch) await rm(scratch, { recursive: true, force: true });
  scratch = undefined;
});

const FILE = 'docs/projects/app/issues/greet.md';
const TEXT =
  '---\nid: greet\ntitle: Add greeting helpers\nstatus: open\n---\n\n## Acceptance criteria\n\n- [ ] Add hello.txt\n';

/** A dev job on the mirror of the greet item; `steps` are what the agent does before its criterion. */
async function mirrored(author: string, steps: ReturnType<typeof criterionSteps> = []) {
  const scenario = await devScenario({ criteria: ['Add hello.txt'], files: { [FILE]: TEXT } });
  const issue = scenario.gh.issue(scenario.issueNumber)!;
  issue.author = author;
  issue.body = `${docsItemMarker('greet', FILE)}\n\nWe need greeting helpers.`;
  scenario.model.enqueue(...steps, ...criterionSteps('hello.txt', 'hello'));
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

  it('never runs a ---js front matter the agent wrote into its item file: a problem, not a crash', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'dev-docs-sentinel-'));
    const sentinel = join(scratch, 'ran');
    // Read after dev with gray-matter, this block ran in the action's process, tokens in reach.
    const payload = `(process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(sentinel)}, JSON.stringify(process.env)), { id: 'greet', title: 'Add greeting helpers' })`;
    s = await mirrored('github-actions[bot]', [
      step.applyPatch(
        `*** Begin Patch\n*** Update File: ${FILE}\n@@\n----\n-id: greet\n-title: Add greeting helpers\n-status: open\n+---js\n+${payload}\n ---\n*** End Patch\n`,
      ),
    ]);
    const out = await s.run();
    expect(existsSync(sentinel), 'the front matter ran inside the action').toBe(false);
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(out.stdout).toContain(
      `${FILE}:1: the front matter does not parse: the first line is "---js": front matter opens with a line of exactly "---" and is YAML`,
    );
    expect(out.stdout).toContain("The docs item 'greet' of #1 was not marked done.");
    // The agent's change is on the branch for the reviewer to see; nothing was added on top of it.
    expect(s.repos.log(BRANCH).map((l) => l.slice(41))[0]).toBe('Criterion 1/1: Add hello.txt');
    expect(s.repos.git(['show', `${BRANCH}:${FILE}`], s.repos.origin)).toMatch(/^---js\n/);
    s.gh.assertNoViolations();
  });

  it('never reads or writes through a link the agent put in place of its item file', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'dev-docs-link-'));
    // A file of the runner, outside the worktree, that holds the item's id.
    const target = join(scratch, 'runner-file.md');
    const before = "---\nid: greet\ntitle: Not the repository's file\n---\n";
    await writeFile(target, before);
    const script = `const fs = require('fs');\nfs.unlinkSync(${JSON.stringify(FILE)});\nfs.symlinkSync(${JSON.stringify(target)}, ${JSON.stringify(FILE)});`;
    s = await mirrored('github-actions[bot]', [
      step.applyPatch(
        `*** Begin Patch\n*** Add File: link.js\n+${script.split('\n').join('\n+')}\n*** End Patch\n`,
      ),
      step.items([item.exec('node link.js')]),
    ]);
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(await readFile(target, 'utf8')).toBe(before);
    expect(out.stdout).toContain(
      `The docs file ${FILE} of #1 is a symbolic link (or in a linked folder) on the branch; it was not marked done.`,
    );
    expect(s.repos.log(BRANCH).map((l) => l.slice(41))[0]).toBe('Criterion 1/1: Add hello.txt');
    s.gh.assertNoViolations();
  });
});
