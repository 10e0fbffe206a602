import { describe, expect, it } from 'vitest';
import { buildDag } from '../../src/backlog/dag.js';
import type { WorkItem } from '../../src/backlog/model.js';
import { findBlockedByAbandoned, findDuplicates, findStale } from '../../src/backlog/retro-findings.js';
import {
  abandonedItems,
  itemOutcome,
  median,
  retroFigures,
  type TouchedItem,
  touchedSince,
} from '../../src/backlog/retro-outcomes.js';
import { defaultConfig } from '../../src/config.js';
import { newItemState } from '../../src/state/schema.js';

const item = (n: number, over: Partial<WorkItem> = {}): WorkItem => ({
  id: `#${n}`,
  title: `Item ${n}`,
  body: '',
  priority: 'medium',
  milestone: undefined,
  status: 'open',
  blockedBy: [],
  blocking: [],
  acceptanceCriteria: [],
  labels: ['codex'],
  source: { kind: 'github', number: n },
  order: n,
  ...over,
});
const criteria = (...texts: string[]) => texts.map((text) => ({ text, done: false }));

describe('findDuplicates', () => {
  it('pairs the later item with the earlier one by normalised title or by the same criteria', () => {
    const items = [
      item(3, { title: 'Export reports as CSV' }),
      item(7, { title: 'export reports, as csv!' }),
      item(4, {
        title: 'Login page',
        acceptanceCriteria: criteria('Shows a form', 'Rejects a bad password.'),
      }),
      item(9, {
        title: 'Sign-in screen',
        acceptanceCriteria: criteria('rejects a bad password', 'Shows a form'),
      }),
      item(5, { title: 'Unrelated', acceptanceCriteria: criteria('Shows a form') }),
    ];
    expect(findDuplicates(items)).toEqual([
      { source: '#7', target: '#3', by: ['title'] },
      { source: '#9', target: '#4', by: ['criteria'] },
    ]);
  });

  it('names both signals once, and leaves done items and empty criteria out', () => {
    const same = { title: 'Same', acceptanceCriteria: criteria('A') };
    expect(findDuplicates([item(1, same), item(2, same)])).toEqual([
      { source: '#2', target: '#1', by: ['title', 'criteria'] },
    ]);
    expect(findDuplicates([item(1, same), item(2, { ...same, status: 'done' })])).toEqual([]);
    expect(findDuplicates([item(1, { title: 'A' }), item(2, { title: 'B' })])).toEqual([]);
  });
});

describe('findStale', () => {
  const now = new Date('2025-06-30T00:00:00Z');
  it('lists open items without activity for stale-days, oldest first; unknown activity is never stale', () => {
    const items = [
      item(1, { updatedAt: '2025-06-29T00:00:00Z' }),
      item(2, { updatedAt: '2025-05-31T00:00:00Z' }),
      item(3, { updatedAt: '2025-01-01T00:00:00Z' }),
      item(4, { updatedAt: '2025-01-01T00:00:00Z', status: 'deprecated' }),
      item(5),
    ];
    expect(findStale(items, 30, now)).toEqual([
      { item: '#3', days: 180, updatedAt: '2025-01-01T00:00:00Z' },
      { item: '#2', days: 30, updatedAt: '2025-05-31T00:00:00Z' },
    ]);
    expect(findStale(items, 31, now).map((s) => s.item)).toEqual(['#3']);
  });
});

describe('findBlockedByAbandoned', () => {
  it('names the open items that wait for work whose pull request was closed unmerged', () => {
    const dag = buildDag([item(1), item(2, { blockedBy: ['#1'] }), item(3, { blockedBy: ['#2'] })]);
    expect(findBlockedByAbandoned(dag, new Map([['#1', 40]]))).toEqual([
      { item: '#2', blocker: '#1', pr: 40 },
    ]);
    expect(findBlockedByAbandoned(dag, new Map())).toEqual([]);
  });
});

describe('outcomes', () => {
  const pricing = defaultConfig().pricing;
  const state = (n: number, over: Partial<ReturnType<typeof newItemState>> = {}) => ({
    ...newItemState(n),
    phase: 'dev' as const,
    status: 'complete' as const,
    timeline: [
      {
        phase: 'dev' as const,
        status: 'complete' as const,
        at: '2025-06-01T00:00:00Z',
        runUrl: null,
        note: null,
      },
    ],
    ...over,
  });

  it('counts done, blocked (with why), merged, closed unmerged, rework and cost per done item', () => {
    const usage = {
      inputTokens: 1_000_000,
      cachedInputTokens: 0,
      outputTokens: 100_000,
      reasoningOutputTokens: 0,
    };
    const items: TouchedItem[] = [
      {
        number: 1,
        title: 'A',
        state: state(1, { reviewCycle: 1, usage }),
        pulls: [
          {
            number: 10,
            item: 1,
            state: 'merged' as const,
            foreignCommits: 0,
            closedAt: '2025-06-02T00:00:00Z',
          },
        ],
      },
      {
        number: 2,
        title: 'B',
        state: state(2, { reviewCycle: 3, usage }),
        pulls: [
          {
            number: 11,
            item: 2,
            state: 'merged' as const,
            foreignCommits: 2,
            closedAt: '2025-06-02T00:00:00Z',
          },
        ],
      },
      {
        number: 3,
        title: 'C',
        state: state(3, {
          status: 'blocked',
          timeline: [
            {
              phase: 'review',
              status: 'blocked',
              at: '2025-06-03T00:00:00Z',
              runUrl: null,
              note: 'cycle cap reached',
            },
          ],
        }),
        pulls: [
          {
            number: 12,
            item: 3,
            state: 'closed' as const,
            foreignCommits: 0,
            closedAt: '2025-06-04T00:00:00Z',
          },
        ],
      },
    ];
    const outcomes = items.map((i) => itemOutcome(i, pricing));
    expect(outcomes.map((o) => [o.result, o.why])).toEqual([
      ['done', null],
      ['done', null],
      ['blocked', 'cycle cap reached'],
    ]);
    const figures = retroFigures(
      outcomes,
      items.flatMap((i) => i.pulls),
    );
    expect(figures).toMatchObject({
      attempted: 3,
      done: 2,
      blocked: 1,
      medianReviewCycles: 1,
      merged: 2,
      closedUnmerged: 1,
      reworkRate: 0.5,
      tokensPerDone: 1_100_000,
    });
    // $1.25 per million in + $10 per million out, per done item.
    expect(figures.costPerDoneUsd).toBeCloseTo(2.25, 5);
    expect(abandonedItems(items)).toEqual(new Map([[3, 12]]));
  });

  it('has no rates without data, and a median of an even count', () => {
    expect(retroFigures([], [])).toMatchObject({
      reworkRate: null,
      costPerDoneUsd: null,
      medianReviewCycles: null,
    });
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });

  it('takes only items worked on since the last retro', () => {
    const touched = { number: 1, title: 'A', state: state(1), pulls: [] };
    expect(touchedSince(touched, undefined)).toBe(true);
    expect(touchedSince(touched, '2025-05-01T00:00:00Z')).toBe(true);
    expect(touchedSince(touched, '2025-07-01T00:00:00Z')).toBe(false);
    expect(touchedSince({ ...touched, state: newItemState(1) }, undefined)).toBe(false);
  });
});
