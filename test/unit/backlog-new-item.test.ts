import { describe, expect, it } from 'vitest';
import { parseIssueFile, setFrontMatterFields } from '../../src/backlog/docs-file.js';
import type { WorkItem } from '../../src/backlog/model.js';
import { newItemPath, nextItemId, oneLine, renderNewItem, similarItem } from '../../src/backlog/new-item.js';
import { docsChanges } from '../../src/engine/retro/docs-changes.js';
import { pullRequestRow, retroPromptValues } from '../../src/engine/retro/prompt.js';

const item = (id: string, file: string, title = id, status: WorkItem['status'] = 'open'): WorkItem => ({
  id,
  title,
  body: '',
  priority: 'medium',
  milestone: undefined,
  status,
  blockedBy: [],
  blocking: [],
  acceptanceCriteria: [],
  labels: [],
  source: { kind: 'docs', file, line: 1 },
  order: undefined,
});

describe('nextItemId', () => {
  it("continues the backlog's most used scheme, padded as its ids are", () => {
    expect(nextItemId(['TASK-001', 'TASK-015', 'TASK-009', 'BUG-40'])).toBe('TASK-016');
    expect(nextItemId(['T-1', 'T-2', 'T-10'])).toBe('T-11');
    expect(nextItemId(['item-9', 'item-10'])).toBe('item-11');
    expect(nextItemId(['A-0099'])).toBe('A-0100');
    // A tie goes to the scheme with the highest number.
    expect(nextItemId(['A-1', 'B-7'])).toBe('B-8');
    expect(nextItemId(['setup', 'docs'])).toBe('ITEM-001');
    expect(nextItemId([])).toBe('ITEM-001');
  });
});

describe('newItemPath', () => {
  const glob = 'docs/projects/**/issues/*.md';
  it('puts the item beside the newest item of its scheme', () => {
    const items = [
      item('T-1', 'docs/projects/a/issues/T-1.md'),
      item('T-9', 'docs/projects/b/issues/T-9.md'),
    ];
    expect(newItemPath('T-10', items, glob)).toEqual({
      kind: 'path',
      path: 'docs/projects/b/issues/T-10.md',
    });
  });

  it("uses the folder a glob names when the backlog is empty, and the glob's own file pattern", () => {
    expect(newItemPath('ITEM-001', [], glob)).toEqual({
      kind: 'path',
      path: 'docs/projects/issues/ITEM-001.md',
    });
    expect(newItemPath('ITEM-001', [], 'tasks/*.task.md')).toEqual({
      kind: 'path',
      path: 'tasks/ITEM-001.task.md',
    });
    expect(newItemPath('ITEM-001', [], '*.md')).toEqual({ kind: 'path', path: 'ITEM-001.md' });
    expect(newItemPath('ITEM-001', [], 'docs/{a,b}/*.md')).toMatchObject({
      kind: 'refused',
      reason: expect.stringContaining('names no single folder'),
    });
  });
});

describe('renderNewItem', () => {
  it('writes front matter the docs source reads back as exactly the item', () => {
    const text = renderNewItem(
      {
        id: 'T-3',
        type: 'bug',
        title: 'Fix "quotes": and # hashes',
        description: '---\nA body that starts like front matter.\r\n',
        priority: 'high',
        component: 'api/v2',
        created: '2026-12-06',
      },
      'docs/T-3.md',
    );
    const parsed = parseIssueFile('docs/T-3.md', text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.item).toMatchObject({
      id: 'T-3',
      title: 'Fix "quotes": and # hashes',
      status: 'open',
      priority: 'high',
      labels: ['bug', 'api/v2'],
    });
    expect(parsed.item?.body).toBe('---\nA body that starts like front matter.\n');
  });

  it('makes one line of a title', () => {
    expect(oneLine('  Two\nlines\u2028and\ttabs\u0007 ')).toBe('Two lines and tabs');
  });
});

describe('similarItem', () => {
  const items = [
    item('T-1', 'a.md', 'Flux reconciliation failing for helm releases'),
    item('T-2', 'b.md', 'Old thing', 'done'),
  ];
  it('finds the same normalised title, then most shared words, among open items only', () => {
    expect(similarItem('FLUX reconciliation failing, for helm-releases', items)).toMatchObject({
      item: { id: 'T-1' },
      match: 'same',
    });
    expect(similarItem('Flux reconciliation failing for helm charts', items)).toMatchObject({
      item: { id: 'T-1' },
      match: 'similar',
    });
    expect(similarItem('Helm charts', items)).toBeUndefined();
    expect(similarItem('Old thing', items)).toBeUndefined();
  });
});

describe('the retro shared by the Action and the MCP server', () => {
  it("keeps the Action's outcome line word for word", () => {
    const values = retroPromptValues({
      repository: 'o/r',
      items: [],
      outcomes: [
        pullRequestRow({
          item: 12,
          title: 'Add login',
          result: 'done',
          why: null,
          reviewCycles: 2,
          pr: { number: 14, item: 12, state: 'merged', foreignCommits: 1, closedAt: null },
          escalated: false,
          tokens: 900,
          costUsd: 0.5,
        }),
        pullRequestRow({
          item: 13,
          title: 'Other',
          result: 'blocked',
          why: 'tests',
          reviewCycles: 0,
          pr: null,
          escalated: false,
          tokens: 0,
          costUsd: 0,
        }),
      ],
      figures: { attempted: 2 },
      findings: { duplicates: [], stale: [], blockedByAbandoned: [] },
    });
    expect(values.outcomes).toContain(
      '- #12 "Add login": done; review cycles 2; PR #14 merged, 1 commits by people; 900 tokens, $0.50',
    );
    expect(values.outcomes).toContain(
      '- #13 "Other": blocked (tests); review cycles 0; PR none; 0 tokens, $0.00',
    );
  });

  it('turns a priority change into a front matter edit only when asked', () => {
    const answer = {
      summary: '',
      deprecations: [],
      merges: [],
      priority_changes: [{ item: 'T-1', old: 'low' as const, new: 'high' as const, reason: 'r' }],
      recommendations: [],
      next_priority_item: null,
      new_items: [],
    };
    expect(docsChanges(answer, { priorities: false })).toEqual([]);
    const [change] = docsChanges(answer, { priorities: true });
    expect(change).toMatchObject({ kind: 'priority', item: 'T-1', fields: { priority: 'high' } });
    const text = '---\nid: T-1\ntitle: One\npriority: low # keep?\n---\nBody\n';
    expect(setFrontMatterFields(text, change!.fields)).toBe(
      '---\nid: T-1\ntitle: One\npriority: high\n---\nBody\n',
    );
  });
});
