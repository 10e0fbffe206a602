import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocsBacklog, parseDocsBacklog, type SourceFile } from '../../src/backlog/docs.js';
import {
  acceptanceCriteria,
  markItemDone,
  parseIssueFile,
  setItemStatus,
} from '../../src/backlog/docs-file.js';
import { describeProblem, renderProblems } from '../../src/backlog/problems.js';
import { computeQueue } from '../../src/backlog/queue.js';

const GLOBS = { issues: 'docs/projects/**/issues/*.md', milestones: 'docs/projects/**/milestones/*.md' };

/** An issue file from front matter lines and an optional body. */
const issue = (path: string, front: string[], body = ''): SourceFile => ({
  path,
  text: `---\n${front.join('\n')}\n---\n${body}`,
});
const ok = (id: string, extra: string[] = []) =>
  issue(`docs/projects/p/issues/${id}.md`, [`id: ${id}`, `title: Item ${id}`, ...extra]);

const problemsOf = (files: SourceFile[], milestones: SourceFile[] = []) =>
  parseDocsBacklog(files, milestones).problems.map(describeProblem);

describe('one docs file', () => {
  it('reads every field, with P-priorities, status spellings and id lists', () => {
    const parsed = parseIssueFile(
      'docs/projects/p/issues/a.md',
      [
        '---',
        'id: A-1',
        'title: "Parse the thing"',
        'milestone: m1',
        'status: In Progress',
        'priority: P1',
        'blocked_by: [B-1, 7]',
        'blocking: C-1',
        'labels: [api]',
        'owner: someone # unknown keys are kept out of the model, not refused',
        '---',
        'Some text.',
        '',
        '## Acceptance criteria',
        '- [ ] parses',
        '- [x] has tests',
        '  * [ ] nested item counts too',
        '',
        '## Notes',
        '- [ ] not a criterion',
      ].join('\n'),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.item).toMatchObject({
      id: 'A-1',
      title: 'Parse the thing',
      milestone: 'm1',
      status: 'in_progress',
      priority: 'high',
      blockedBy: ['B-1', '7'],
      blocking: ['C-1'],
      labels: ['api'],
      source: { kind: 'docs', file: 'docs/projects/p/issues/a.md', line: 1 },
      acceptanceCriteria: [
        { text: 'parses', done: false },
        { text: 'has tests', done: true },
        { text: 'nested item counts too', done: false },
      ],
    });
  });

  it('takes the checklist only under the criteria heading, skipping code blocks', () => {
    const body = [
      '# Acceptance Criteria',
      '```md',
      '- [ ] an example in a fence',
      '## not a heading inside the fence',
      '```',
      '- [ ] real one',
      '### Sub-heading keeps the section',
      '- [ ] also real',
      '# Next',
      '- [ ] outside',
    ].join('\n');
    expect(acceptanceCriteria(body).map((c) => c.text)).toEqual(['real one', 'also real']);
    expect(acceptanceCriteria('no heading\n- [ ] x')).toEqual([]);
  });

  it('reports a YAML error at its line in the file', () => {
    const [problem] = parseIssueFile('x.md', '---\nid: a\ntitle: [unclosed\nstatus: open\n---\n').problems;
    expect(problem).toMatchObject({ kind: 'parse', file: 'x.md' });
    expect(problem && 'line' in problem && problem.line).toBeGreaterThanOrEqual(3);
    const dup = parseIssueFile('y.md', '---\nid: a\ntitle: t\nid: b\n---\n').problems;
    expect(dup).toMatchObject([{ kind: 'parse', file: 'y.md', line: 4 }]);
    expect(parseIssueFile('z.md', '---\n- a list\n---\n').problems).toMatchObject([
      { kind: 'parse', line: 2 },
    ]);
  });

  it('refuses an id with a line break or another invisible character, at its line', () => {
    // As written in YAML, and as the problem shows it.
    const ids: [string, string][] = [
      ['"a\\nb"', '"a<U+000A>b" contains an invisible or control character (U+000A)'],
      ['"a\\rb"', '"a<U+000D>b" contains an invisible or control character (U+000D)'],
      ['"a\\tb"', '"a<U+0009>b" contains an invisible or control character (U+0009)'],
      ['"a\\x00b"', '"a<U+0000>b" contains an invisible or control character (U+0000)'],
      ['"a\\x1b[31mb"', '"a<U+001B>[31mb" contains an invisible or control character (U+001B)'],
      ['"a\\u0085b"', '"a<U+0085>b" contains an invisible or control character (U+0085)'],
      ['"a\\u2028b"', '"a<U+2028>b" contains an invisible or control character (U+2028)'],
      ['"a\\u2029b"', '"a<U+2029>b" contains an invisible or control character (U+2029)'],
      ['"\\u202eevil"', '"<U+202E>evil" contains an invisible or control character (U+202E)'],
      ['"a\\u200bb"', '"a<U+200B>b" contains an invisible or control character (U+200B)'],
      ['|-\n  two\n  lines', '"two<U+000A>lines" contains an invisible or control character (U+000A)'],
    ];
    for (const [written, shown] of ids) {
      const parsed = parseIssueFile('x.md', `---\ntitle: T\nid: ${written}\n---\n`);
      expect(parsed.item, written).toBeUndefined();
      expect(parsed.problems.map(describeProblem), written).toEqual([
        `x.md:3: \`id\`: ${shown}, such as a line break: ids are one line of visible characters.`,
      ]);
    }
    // Dependencies and milestones name ids: the same rule, at the entry's line.
    const refs = parseIssueFile(
      'y.md',
      '---\nid: a\ntitle: T\nmilestone: "m\\n1"\nblocked_by:\n  - ok\n  - "b\\nc"\nblocking: ["\\u202ed"]\n---\n',
    );
    expect(refs.problems.map((p) => [p.kind, 'field' in p && p.field, 'line' in p && p.line])).toEqual([
      ['invalid-field', 'milestone', 4],
      ['invalid-field', 'blocked_by', 7],
      ['invalid-field', 'blocking', 8],
    ]);
    expect(refs.item).toMatchObject({ id: 'a', milestone: undefined, blockedBy: ['ok'], blocking: [] });
    expect(problemsOf([], [{ path: 'm/m1.md', text: '---\nid: "m\\t1"\n---\n' }])).toEqual([
      'm/m1.md:2: `id`: "m<U+0009>1" contains an invisible or control character (U+0009), such as a line break: ids are one line of visible characters.',
    ]);
    // Visible characters of any script stay ids.
    expect(parseIssueFile('z.md', '---\nid: "Ärger-ß ünd 日本 #7"\ntitle: T\n---\n').problems).toEqual([]);
  });

  it('reports unknown statuses and priorities at their line', () => {
    const { problems } = parseIssueFile(
      'x.md',
      '---\nid: a\ntitle: t\nstatus: someday\npriority: urgent\n---\n',
    );
    expect(problems.map(describeProblem)).toEqual([
      'x.md:4: `status`: unknown status "someday". Expected open, in_progress, in_review, blocked, done or deprecated.',
      'x.md:5: `priority`: unknown priority "urgent". Expected critical, high, medium, low or P0–P3.',
    ]);
  });
});

describe('fail fast: each problem alone', () => {
  it('a file that does not parse', () => {
    expect(
      problemsOf([ok('a'), { path: 'docs/projects/p/issues/bad.md', text: '---\nid: [\n---\n' }]),
    ).toEqual([
      expect.stringMatching(/^docs\/projects\/p\/issues\/bad\.md:\d+: the front matter does not parse: /),
    ]);
  });

  it('a missing id or title', () => {
    expect(problemsOf([issue('i/a.md', ['title: no id']), issue('i/b.md', ['id: b'])])).toEqual([
      'i/a.md:1: missing `id` in the front matter.',
      'i/b.md:1: missing `title` in the front matter.',
    ]);
    expect(problemsOf([{ path: 'i/plain.md', text: '# Just a page\n' }])).toEqual([
      'i/plain.md:1: missing `id` in the front matter.',
      'i/plain.md:1: missing `title` in the front matter.',
    ]);
  });

  it('a duplicate id, naming every file', () => {
    const files = [
      issue('i/a.md', ['id: X', 'title: one']),
      issue('i/b.md', ['id: X', 'title: two']),
      issue('i/c.md', ['id: X', 'title: three']),
    ];
    expect(problemsOf(files)).toEqual([
      "duplicate id 'X' in i/a.md:1, i/b.md:1, i/c.md:1: ids must be unique.",
    ]);
  });

  it('an unknown dependency, with file, line and field', () => {
    const files = [issue('i/a.md', ['id: a', 'title: A', 'blocked_by:', '  - b', '  - nope']), ok('b')];
    expect(problemsOf(files)).toEqual(["i/a.md:6: `blocked_by` names 'nope', which is no item's id."]);
    expect(problemsOf([issue('i/a.md', ['id: a', 'title: A', 'blocking: ghost'])])).toEqual([
      "i/a.md:4: `blocking` names 'ghost', which is no item's id.",
    ]);
  });

  it('each cycle with its path', () => {
    const files = [
      issue('i/x.md', ['id: X', 'title: x', 'blocked_by: [Y]']),
      issue('i/y.md', ['id: Y', 'title: y', 'blocked_by: [Z]']),
      issue('i/z.md', ['id: Z', 'title: z', 'blocking: [X]', 'blocked_by: [X]']),
      issue('i/p.md', ['id: P', 'title: p', 'blocked_by: [P]']),
    ];
    expect(problemsOf(files)).toEqual([
      'dependency cycle: P → P (each waits for the next) (i/p.md:1): remove one of these dependencies.',
      'dependency cycle: X → Z → X (each waits for the next) (i/x.md:1, i/z.md:1): remove one of these dependencies.',
      'dependency cycle: X → Y → Z → X (each waits for the next) (i/x.md:1, i/y.md:1, i/z.md:1): remove one of these dependencies.',
    ]);
  });

  it('a cycle through thousands of items, without overflowing the stack', () => {
    const n = 5000;
    const files = Array.from({ length: n }, (_, k) =>
      issue(`i/${k}.md`, [`id: c${k}`, 'title: t', `blocked_by: [c${(k + 1) % n}]`]),
    );
    const { problems } = parseDocsBacklog(files, []);
    expect(problems).toHaveLength(1);
    const [cycle] = problems;
    expect(
      cycle?.kind === 'cycle' && [cycle.path.length, cycle.path[0], cycle.path[1], cycle.path.at(-1)],
    ).toEqual([n + 1, 'c0', 'c1', 'c0']);
  });

  it('an unknown milestone, listing the known ones', () => {
    const milestones = [{ path: 'm/m1.md', text: '---\ntitle: First\n---\n' }];
    expect(problemsOf([ok('a', ['milestone: m9'])], milestones)).toEqual([
      "docs/projects/p/issues/a.md:4: `milestone` names 'm9', which has no milestone file. Known: m1.",
    ]);
    // A milestone can be named by its title too.
    expect(problemsOf([ok('a', ['milestone: First'])], milestones)).toEqual([]);
  });
});

describe('fail fast: every problem together', () => {
  it('reports all of them in one report, sorted by file, spanning ones last', () => {
    const files = [
      { path: 'i/0-broken.md', text: '---\ntitle: "unterminated\n---\n' },
      issue('i/1-noid.md', ['title: t']),
      issue('i/2-dup.md', ['id: D', 'title: d1']),
      issue('i/3-dup.md', ['id: D', 'title: d2']),
      issue('i/4-dep.md', ['id: E', 'title: e', 'blocked_by: [missing]', 'milestone: nowhere']),
      issue('i/5-cyc.md', ['id: F', 'title: f', 'blocked_by: [G]']),
      issue('i/6-cyc.md', ['id: G', 'title: g', 'blocked_by: [F]']),
    ];
    const { problems } = parseDocsBacklog(files, []);
    expect(problems.map((p) => p.kind).sort()).toEqual([
      'cycle',
      'duplicate-id',
      'missing-field',
      'parse',
      'unknown-dependency',
      'unknown-milestone',
    ]);
    const report = renderProblems(problems);
    expect(report.split('\n')[0]).toBe(
      'The backlog has 6 problems; nothing is dispatched until they are fixed:',
    );
    expect(
      report
        .split('\n')
        .slice(1)
        .map((l) => l.replace(/:.*/, '')),
    ).toEqual([
      '  - i/0-broken.md',
      '  - i/1-noid.md',
      '  - i/4-dep.md',
      '  - i/4-dep.md',
      '  - dependency cycle',
      "  - duplicate id 'D' in i/2-dup.md",
    ]);
  });
});

describe('the queue of a docs backlog', () => {
  it('orders by priority, then milestone order, then id; done blockers do not block', () => {
    const milestones = [
      { path: 'm/late.md', text: '---\nid: late\norder: 2\n---\n' },
      { path: 'm/early.md', text: '---\nid: early\norder: 1\n---\n' },
      { path: 'm/undated.md', text: '---\nid: undated\n---\n' },
    ];
    const files = [
      ok('item-10', ['priority: low']),
      ok('item-9', ['priority: low']),
      ok('item-2', ['priority: high', 'milestone: late']),
      ok('item-3', ['priority: high', 'milestone: early']),
      ok('item-4', ['priority: high', 'milestone: undated']),
      ok('item-5', ['priority: P0', 'blocked_by: [item-6]']),
      ok('item-6', ['status: done']),
      ok('item-7', ['blocked_by: [item-8]']),
      ok('item-8', ['status: in_progress']),
      ok('item-1', ['status: blocked']),
    ];
    const backlog = parseDocsBacklog(files, milestones);
    expect(backlog.problems).toEqual([]);
    const view = computeQueue(backlog.dag, backlog.milestones);
    expect(view.ready.map((e) => e.item.id)).toEqual([
      'item-5',
      'item-3',
      'item-2',
      'item-4',
      'item-9',
      'item-10',
    ]);
    expect(view.blocked.map((b) => [b.item.id, b.reason])).toEqual([
      ['item-1', 'marked blocked'],
      ['item-7', 'waiting for item-8 (in progress)'],
    ]);
    expect(view.inProgress.map((i) => i.id)).toEqual(['item-8']);
    expect(view.done.map((i) => i.id)).toEqual(['item-6']);
  });

  it('finds the files with the configured globs under a directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'backlog-docs-'));
    try {
      const put = async (path: string, text: string) => {
        await mkdir(dirname(join(dir, path)), { recursive: true });
        await writeFile(join(dir, path), text);
      };
      await put('docs/projects/alpha/issues/a.md', '---\nid: a\ntitle: A\nmilestone: m1\n---\n');
      await put('docs/projects/beta/deep/issues/b.md', '---\nid: b\ntitle: B\nblocked_by: [a]\n---\n');
      await put('docs/projects/alpha/milestones/m1.md', '---\ntitle: Milestone one\n---\n');
      await put('docs/projects/alpha/notes.md', 'not an issue\n');
      const backlog = await loadDocsBacklog(dir, GLOBS);
      expect(backlog.problems).toEqual([]);
      expect(backlog.items.map((i) => [i.id, i.source])).toEqual([
        ['a', { kind: 'docs', file: 'docs/projects/alpha/issues/a.md', line: 1 }],
        ['b', { kind: 'docs', file: 'docs/projects/beta/deep/issues/b.md', line: 1 }],
      ]);
      expect(backlog.milestones).toEqual([
        { id: 'm1', title: 'Milestone one', rank: 0, file: 'docs/projects/alpha/milestones/m1.md' },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('markItemDone', () => {
  it('sets status: done and ticks the criteria, keeping everything else byte for byte', () => {
    const before = [
      '---',
      'id: a # the id',
      'status: open',
      'title: A',
      '---',
      'Intro with - [ ] a box outside the section.',
      '',
      '## Acceptance criteria',
      '- [ ] one',
      '- [x] two',
      '',
      '## Notes',
      '- [ ] stays',
      '',
    ].join('\n');
    const after = markItemDone(before);
    expect(after).toBe(before.replace('status: open', 'status: done').replace('- [ ] one', '- [x] one'));
    const parsed = parseIssueFile('a.md', after);
    expect(parsed.item?.status).toBe('done');
    expect(parsed.item?.acceptanceCriteria.every((c) => c.done)).toBe(true);
    expect(markItemDone(after)).toBe(after);
  });

  it('adds the status when the front matter has none, and keeps CRLF line endings', () => {
    const text = '---\r\nid: a\r\ntitle: A\r\n---\r\n# Acceptance criteria\r\n- [ ] x\r\n';
    expect(markItemDone(text)).toBe(
      '---\r\nid: a\r\ntitle: A\r\nstatus: done\r\n---\r\n# Acceptance criteria\r\n- [x] x\r\n',
    );
  });
});

describe('setItemStatus', () => {
  const before = [
    '---',
    'id: a # the id',
    'status: open',
    'title: A',
    '---',
    '## Acceptance criteria',
    '- [ ] one',
    'status: open',
    '',
  ].join('\n');

  it('rewrites the status in place and leaves the body, even a status line in it, alone', () => {
    const after = setItemStatus(before, 'deprecated');
    expect(after).toBe(before.replace('status: open', 'status: deprecated'));
    expect(after.endsWith('- [ ] one\nstatus: open\n')).toBe(true);
    expect(parseIssueFile('a.md', after).item?.status).toBe('deprecated');
    expect(setItemStatus(after, 'deprecated')).toBe(after);
  });

  it('adds missing keys last, replaces a block written under a key, and keeps CRLF', () => {
    const text = '---\r\nid: a\r\nduplicate_of:\r\n  - x\r\n  - y\r\ntitle: A\r\n---\r\nbody\r\n';
    expect(setItemStatus(text, 'deprecated', { duplicate_of: 'b-2' })).toBe(
      '---\r\nid: a\r\nduplicate_of: b-2\r\ntitle: A\r\nstatus: deprecated\r\n---\r\nbody\r\n',
    );
  });

  it('quotes a value YAML would read as something else, so the id survives the round trip', () => {
    for (const id of ['007', 'no', 'a: b', '#3', 'x # y']) {
      const out = setItemStatus('---\nid: a\ntitle: A\n---\n', 'deprecated', { duplicate_of: id });
      expect(out).toContain(`duplicate_of: ${JSON.stringify(id)}`);
      expect(parseIssueFile('a.md', out).item?.status).toBe('deprecated');
    }
  });

  it('leaves a file without front matter as it was', () => {
    expect(setItemStatus('# just notes\nstatus: open\n', 'deprecated')).toBe('# just notes\nstatus: open\n');
  });
});
