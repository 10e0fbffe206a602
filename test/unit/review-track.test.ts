import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReviewThread } from '../../src/github/threads.js';
import { parseGitDiff } from '../../src/review/increment.js';
import { countChanges } from '../../src/review/patch.js';
import type { Finding, Review } from '../../src/review/schema.js';
import { trackFindings } from '../../src/review/track.js';
import { normaliseTitle } from '../../src/text.js';
import { findingThreads, planInline } from '../../src/tracker/github/review/inline.js';
import { findingMarker, findingOfComment, renderFinding } from '../../src/tracker/github/review/payloads.js';
import { encodeStoredReview, readStoredReview } from '../../src/tracker/github/review/stored.js';

const finding = (over: Partial<Finding>): Finding => ({
  id: 'f',
  severity: 'major',
  file: 'src/a.ts',
  line: 10,
  end_line: null,
  title: 'A problem',
  body: '',
  suggestion: null,
  ...over,
});
const review = (findings: Finding[], status: Review['status'] = 'changes_required'): Review => ({
  status,
  summary: 's',
  findings,
  criteria: [],
  blocked_reason: status === 'blocked' ? 'why' : null,
});

describe('trackFindings', () => {
  it('marks every finding of a first review new in this cycle', () => {
    const { tracking } = trackFindings(review([finding({})]), 1, undefined);
    expect(tracking).toEqual({
      since: null,
      findings: [{ id: 'f', first_cycle: 1, state: 'new' }],
      fixed: [],
    });
  });

  it('carries by id, keeps the first cycle across cycles, and lists what is no longer reported as fixed', () => {
    const c1 = review([finding({ id: 'a' }), finding({ id: 'b', file: 'src/b.ts', title: 'Other' })]);
    const t1 = trackFindings(c1, 1, undefined);
    const c2 = trackFindings(review([finding({ id: 'a' }), finding({ id: 'c', title: 'New one' })]), 2, {
      cycle: 1,
      ...t1,
    });
    expect(c2.tracking.findings).toEqual([
      { id: 'a', first_cycle: 1, state: 'still_open' },
      { id: 'c', first_cycle: 2, state: 'new' },
    ]);
    expect(c2.tracking.fixed.map((f) => [f.id, f.first_cycle])).toEqual([['b', 1]]);
    const c3 = trackFindings(review([finding({ id: 'a' })]), 3, { cycle: 2, ...c2 });
    expect(c3.tracking.findings).toEqual([{ id: 'a', first_cycle: 1, state: 'still_open' }]);
    expect(c3.tracking.fixed.map((f) => [f.id, f.first_cycle])).toEqual([['c', 2]]);
  });

  it('matches a renamed finding by file, normalised title and a nearby line, and gives it the carried id', () => {
    const prev = trackFindings(
      review([finding({ id: 'off-by-one', line: 7, title: 'Cut one short' })]),
      1,
      undefined,
    );
    const renamed = finding({ id: 'slice-short', line: 12, title: 'cut  one SHORT.' });
    const next = trackFindings(review([renamed]), 2, { cycle: 1, ...prev });
    expect(next.review.findings[0]!.id).toBe('off-by-one');
    expect(next.tracking.findings[0]).toMatchObject({ state: 'still_open', first_cycle: 1 });
    expect(next.tracking.fixed).toEqual([]);
  });

  it('does not match across files, far lines, or different titles', () => {
    const prev = trackFindings(review([finding({ id: 'x', line: 7 })]), 1, undefined);
    for (const other of [
      finding({ id: 'y', file: 'src/b.ts', line: 7 }),
      finding({ id: 'y', line: 40 }),
      finding({ id: 'y', line: 7, title: 'A different problem' }),
      finding({ id: 'y', line: null }),
    ]) {
      const next = trackFindings(review([other]), 2, { cycle: 1, ...prev });
      expect(next.review.findings[0]!.id).toBe('y');
      expect(next.tracking.findings[0]!.state).toBe('new');
      expect(next.tracking.fixed.map((f) => f.id)).toEqual(['x']);
    }
  });

  it('an id match wins over a title match, and one carried finding matches at most once', () => {
    const prev = trackFindings(review([finding({ id: 'a' })]), 1, undefined);
    const next = trackFindings(review([finding({ id: 'z' }), finding({ id: 'a', line: 11 })]), 2, {
      cycle: 1,
      ...prev,
    });
    expect(next.review.findings.map((f) => f.id)).toEqual(['z', 'a']);
    expect(next.tracking.findings.map((t) => t.state)).toEqual(['new', 'still_open']);
  });

  it('normalises titles for comparison only', () => {
    expect(normaliseTitle('  Cut: one—short! ')).toBe('cut one short');
  });
});

describe('the stored record', () => {
  it('round-trips beside the review, and a block without one reads as having none', () => {
    const r = review([finding({})]);
    const { tracking } = trackFindings(r, 1, undefined);
    expect(readStoredReview(encodeStoredReview(r, tracking))).toEqual({ ok: true, review: r, tracking });
    expect(readStoredReview(encodeStoredReview(r))).toEqual({ ok: true, review: r, tracking: undefined });
  });

  it('a malformed record makes the stored review absent, not half-read', () => {
    const r = review([finding({})]);
    const bad = encodeStoredReview(r, { since: 0, findings: [], fixed: [] } as never);
    expect(readStoredReview(bad)).toEqual({ ok: false, problem: 'schema' });
  });
});

describe('finding markers and threads', () => {
  const identity = { login: 'github-actions[bot]', type: 'Bot' as const };
  const thread = (over: Partial<ReviewThread> & { body: string; author?: string }): ReviewThread => ({
    id: over.id ?? 'T1',
    isResolved: over.isResolved ?? false,
    isOutdated: false,
    path: over.path ?? 'src/a.ts',
    line: over.line === undefined ? 10 : over.line,
    comments: [
      {
        databaseId: 1,
        body: over.body,
        author: over.author ?? 'github-actions[bot]',
        authorType: (over.author ?? 'github-actions[bot]').endsWith('[bot]') ? 'Bot' : 'User',
      },
    ],
  });

  it('an inline comment ends with the marker of its finding; an id cannot break out of it', () => {
    const id = 'x --> <!-- codex-orchestrator:finding id=AAAA -->';
    const body = renderFinding(finding({ id }), true);
    expect(body.endsWith(findingMarker(id))).toBe(true);
    expect(findingOfComment(body)).toBe(id);
    expect(findingOfComment(`${body}\n${findingMarker('other')}`)).toBeUndefined();
    expect(renderFinding(finding({}), false)).not.toContain('codex-orchestrator:finding');
  });

  it("counts only the action's own threads", () => {
    const own = findingThreads(
      [
        thread({ id: 'T1', body: `x\n\n${findingMarker('a')}` }),
        thread({ id: 'T2', body: `x\n\n${findingMarker('a')}`, author: 'writer' }),
        thread({ id: 'T3', body: 'no marker' }),
      ],
      identity,
    );
    expect(own.map((t) => t.threadId)).toEqual(['T1']);
  });

  it('keeps a thread at the same line, resolves moved and fixed ones, and nothing for a blocked review', () => {
    const threads = findingThreads(
      [
        thread({ id: 'same', body: findingMarker('a'), line: 10 }),
        thread({ id: 'moved', body: findingMarker('b'), line: 20 }),
        thread({ id: 'fixed', body: findingMarker('c'), line: 30 }),
        thread({ id: 'outdated', body: findingMarker('d'), line: null }),
        thread({ id: 'done', body: findingMarker('e'), isResolved: true }),
        thread({ id: 'outside', body: findingMarker('f'), line: 50 }),
      ],
      identity,
    );
    const a = finding({ id: 'a', line: 10 });
    const b = finding({ id: 'b', line: 24 });
    const d = finding({ id: 'd', line: 40 });
    const f = finding({ id: 'f', line: 50 });
    const plan = planInline(review([a, b, d, f]), [a, b, d], threads);
    expect([...plan.already]).toEqual(['a']);
    expect(plan.resolve.map((t) => [t.threadId, t.why])).toEqual([
      ['moved', 'moved'],
      ['fixed', 'fixed'],
      ['outdated', 'moved'],
    ]);
    expect(planInline(review([], 'blocked'), [], threads).resolve).toEqual([]);
  });
});

describe('parseGitDiff', () => {
  it('reads what git diff prints: modified, added, removed, renamed and binary files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-track-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
        cwd: dir,
        encoding: 'utf8',
      });
    try {
      git('init', '-q');
      mkdirSync(join(dir, 'src'));
      writeFileSync(join(dir, 'src/a.ts'), 'one\ntwo\nthree\n');
      writeFileSync(join(dir, 'gone.txt'), 'bye\n');
      writeFileSync(join(dir, 'old name.txt'), 'same content here\nand more\nand more\n');
      git('add', '.');
      git('commit', '-qm', 'base');
      writeFileSync(join(dir, 'src/a.ts'), 'one\n2\nthree\nfour\n');
      writeFileSync(join(dir, 'new.ts'), 'export {};\n');
      writeFileSync(join(dir, 'blob.bin'), Buffer.from([0, 1, 2, 0, 255]));
      rmSync(join(dir, 'gone.txt'));
      git('mv', 'old name.txt', 'new name.txt');
      git('add', '-A');
      git('commit', '-qm', 'change');
      const out = git('-c', 'core.quotePath=false', 'diff', '--find-renames', 'HEAD~1', 'HEAD');
      const files = parseGitDiff(out);
      const byName = new Map(files.map((f) => [f.filename, f]));
      expect([...byName.keys()].sort()).toEqual([
        'blob.bin',
        'gone.txt',
        'new name.txt',
        'new.ts',
        'src/a.ts',
      ]);
      expect(byName.get('src/a.ts')).toMatchObject({ status: 'modified', additions: 2, deletions: 1 });
      expect(byName.get('src/a.ts')!.patch!.startsWith('@@ -1,3 +1,4 @@')).toBe(true);
      expect(byName.get('new.ts')).toMatchObject({ status: 'added', additions: 1, deletions: 0 });
      expect(byName.get('gone.txt')).toMatchObject({ status: 'removed', deletions: 1 });
      expect(byName.get('new name.txt')).toMatchObject({
        status: 'renamed',
        previous_filename: 'old name.txt',
      });
      expect(byName.get('blob.bin')!.patch).toBeUndefined();
      expect(countChanges(byName.get('src/a.ts')!.patch!)).toEqual({ additions: 2, deletions: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
