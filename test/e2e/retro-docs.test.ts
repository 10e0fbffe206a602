import { afterEach, describe, expect, it } from 'vitest';
import { decodeRetroState } from '../../src/phases/retro/stored.js';
import { step } from '../harness/responses-server.js';
import { type RetroScenario, retroAnswer, retroScenario } from './retro-env.js';

let s: RetroScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const DIR = 'docs/projects/app/issues';
const FILES = {
  [`${DIR}/csv.md`]: '---\nid: csv\ntitle: Export reports as CSV\nstatus: open\n---\n',
  [`${DIR}/csv-again.md`]: '---\nid: csv-again\ntitle: export reports as CSV!\n---\nThe same again.\n',
  [`${DIR}/migration.md`]:
    '---\nid: migration\n# a person wrote this\nstatus: open\ntitle: Old migration script\n---\n\nstatus: open in the body stays.\n',
  [`${DIR}/search.md`]: '---\nid: search\ntitle: Speed up search\npriority: low\n---\n',
};

async function docsRetro(apply = true): Promise<RetroScenario> {
  const sc = await retroScenario({ config: `backlog:\n  source: docs\nretro:\n  apply: ${apply}\n` });
  await sc.repos.commitOnOrigin('main', FILES, 'Add the docs backlog');
  sc.model.enqueue(
    step.json(
      retroAnswer(sc, {
        deprecations: [
          { item: 'migration', reason: 'Nobody needs the old migration any more.' },
          { item: 'nope', reason: 'Not an item.' },
        ],
        merges: [{ source: 'csv-again', target: 'csv', reason: 'Same title.' }],
        priority_changes: [{ item: 'search', old: 'low', new: 'high', reason: 'Users complain.' }],
        recommendations: [],
        next_priority_item: 'search',
      }),
    ),
  );
  return sc;
}

const BRANCH = 'codex/retro-4242';
const pulls = (sc: RetroScenario) => sc.gh.state.issues.filter((i) => i.pull);
const show = (sc: RetroScenario, ref: string, file: string) =>
  sc.repos.git(['show', `${ref}:${DIR}/${file}`], sc.repos.origin);
const writesOf = (sc: RetroScenario, from: number) =>
  sc.gh.requests
    .slice(from)
    .filter((r) => r.method !== 'GET' && !r.operation.startsWith('graphql'))
    .map((r) => `${r.method} ${r.path.replace(/^\/repos\/acme\/widgets/, '')}`);

describe('retro: apply on a docs backlog', () => {
  it('opens one pull request setting exactly the reported items, leaves main alone, and a re-run adds nothing', async () => {
    s = await docsRetro();
    const main = s.repos.git(['rev-parse', 'main'], s.repos.origin);
    const pullsBefore = pulls(s).length;
    const before = s.gh.requests.length;
    const out = await s.schedule({ runId: '4242' });
    expect(out.outputs.status, out.stdout).toBe('complete');

    expect(s.repos.git(['rev-parse', 'main'], s.repos.origin)).toBe(main);
    const changed = s.repos.git(['diff', '--name-only', main, BRANCH], s.repos.origin).split('\n');
    expect(changed).toEqual([`${DIR}/csv-again.md`, `${DIR}/migration.md`]);
    // One line changed in the deprecated file, two added to the duplicate, nothing else.
    expect(s.repos.git(['diff', '--numstat', main, BRANCH], s.repos.origin).split('\n')).toEqual([
      `2\t0\t${DIR}/csv-again.md`,
      `1\t1\t${DIR}/migration.md`,
    ]);
    expect(show(s, BRANCH, 'migration.md')).toBe(
      FILES[`${DIR}/migration.md`]!.replace('status: open\ntitle', 'status: deprecated\ntitle').trimEnd(),
    );
    expect(show(s, BRANCH, 'csv-again.md')).toBe(
      '---\nid: csv-again\ntitle: export reports as CSV!\nstatus: deprecated\nduplicate_of: csv\n---\nThe same again.',
    );
    const branchLog = s.repos.log(BRANCH);
    expect(branchLog).toHaveLength(s.repos.log('main').length + 1);

    const opened = pulls(s).slice(pullsBefore);
    expect(opened).toHaveLength(1);
    const pr = opened[0]!;
    expect([pr.pull!.head.ref, pr.pull!.base.ref, pr.pull!.draft]).toEqual([BRANCH, 'main', true]);
    expect(pr.body).toContain('**deprecate** `migration`: Nobody needs the old migration any more.');
    expect(pr.body).toContain('**merge** `csv-again`: duplicate of `csv`: Same title.');
    expect(pr.body).not.toContain('search');
    // No issue was closed or relabelled: the docs files are the backlog.
    const report = s.reports()[0]!;
    expect(writesOf(s, before)).toEqual(['POST /issues', 'POST /pulls', `PATCH /issues/${report.number}`]);
    expect(report.body).toContain(`pull request #${pr.number}`);
    const state = decodeRetroState(report.body!)!;
    expect(state.applied.map((a) => `${a.kind} ${a.item}`)).toEqual([
      'deprecate migration',
      'merge csv-again',
    ]);

    // The job is re-run: the same branch and pull request, nothing pushed, no second pull request.
    const rerunFrom = s.gh.requests.length;
    const again = await s.schedule({ runId: '4242' });
    expect(again.outputs.status, again.stdout).toBe('complete');
    expect(s.model.requests).toHaveLength(1);
    expect(s.repos.log(BRANCH)).toEqual(branchLog);
    expect(pulls(s).slice(pullsBefore)).toHaveLength(1);
    expect(writesOf(s, rerunFrom).every((w) => w === `PATCH /issues/${report.number}`)).toBe(true);
    expect(s.reports()[0]!.body).toContain(`pull request #${pr.number}`);
    s.gh.assertNoViolations();
  });

  it('leaves alone a file a person changed on main after the retro read it', async () => {
    s = await docsRetro();
    const out = await s.schedule({
      runId: '4242',
      // The checkout is made; then a maintainer edits the migration item on main.
      prepare: async () => {
        await s!.repos.commitOnOrigin(
          'main',
          {
            [`${DIR}/migration.md`]:
              '---\nid: migration\ntitle: Old migration script\nstatus: in_progress\n---\n',
          },
          'Someone picks the migration up',
        );
      },
    });
    expect(out.outputs.status, out.stdout).toBe('complete');
    // The branch starts from main as it is now; only the untouched item changes on it.
    const changed = s.repos.git(['diff', '--name-only', 'main', BRANCH], s.repos.origin).split('\n');
    expect(changed).toEqual([`${DIR}/csv-again.md`]);
    expect(show(s, 'main', 'migration.md')).toContain('status: in_progress');
    const body = s.reports()[0]!.body!;
    expect(body).toMatch(
      /Left alone[\s\S]*deprecate `migration`[^\n]*changed on main since the retrospective read it/,
    );
    s.gh.assertNoViolations();
  });

  it('dry-run: pushes nothing and opens no pull request', async () => {
    s = await docsRetro();
    const before = s.gh.requests.length;
    const out = await s.schedule({ runId: '4242', inputs: { 'dry-run': 'true' } });
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(writesOf(s, before)).toEqual([]);
    expect(s.repos.log(BRANCH)).toEqual([]);
    expect(out.stdout).toContain(`[dry-run] Would push`);
  });

  it('with apply off, only recommends', async () => {
    s = await docsRetro(false);
    const out = await s.schedule({ runId: '4242' });
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(s.repos.log(BRANCH)).toEqual([]);
    expect(pulls(s).filter((p) => p.pull!.head.ref === BRANCH)).toEqual([]);
  });
});
