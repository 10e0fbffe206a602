// An item whose tokens partly ran on a model without a price has an unknown cost: the dashboard, the
// retro's table and figures, and the retro's prompt say so, and never show the priced part as the cost.
import { describe, expect, it } from 'vitest';
import { renderDashboard } from '../../src/backlog/dashboard.js';
import { parseDocsBacklog, type SourceFile } from '../../src/backlog/docs.js';
import { computeQueue, signalsFrom } from '../../src/backlog/queue.js';
import { itemOutcome, retroFigures } from '../../src/backlog/retro-outcomes.js';
import { renderReport } from '../../src/phases/retro/report.js';
import type { RetroState } from '../../src/phases/retro/stored.js';
import { costCell } from '../../src/state/budget.js';
import { newItemState } from '../../src/state/index.js';

const file = (id: string): SourceFile => ({
  path: `docs/projects/p/issues/${id}.md`,
  text: `---\nid: ${id}\ntitle: Item ${id}\n---\n`,
});

describe('an unknown cost', () => {
  it('is a price when every token was priced, else "cost unknown" with the priced part', () => {
    expect(costCell(0.5)).toBe('$0.50');
    expect(costCell(0.5, 0)).toBe('$0.50');
    expect(costCell(0.5, 1234)).toBe('cost unknown (1,234 tokens on an unpriced model; $0.50 priced)');
  });

  it('shows on the dashboard, per item and in the total', () => {
    const backlog = parseDocsBacklog([file('a'), file('b')], []);
    const view = computeQueue(backlog.dag, backlog.milestones, signalsFrom({}));
    const body = renderDashboard({
      dag: backlog.dag,
      view,
      problems: [],
      usage: new Map([
        ['a', { tokens: 1000, costUsd: 0.5 }],
        ['b', { tokens: 2000, costUsd: 0.25, unpricedTokens: 1500 }],
      ]),
    });
    expect(body).toContain('| 1,000 | $0.50 |');
    expect(body).toContain('| 2,000 | cost unknown (1,500 tokens on an unpriced model; $0.25 priced) |');
    expect(body).toContain(
      '| **total** | **3,000** | **cost unknown (1,500 tokens on an unpriced model; $0.75 priced)** |',
    );
  });

  it('shows in the retro’s outcomes table and its cost per done item', () => {
    const state = {
      ...newItemState(7),
      phase: 'review' as const,
      merged: { pr: 8, by: 'maintainer', at: '2025-06-29T00:00:00.000Z' },
      usage: {
        inputTokens: 900,
        cachedInputTokens: 0,
        outputTokens: 100,
        reasoningOutputTokens: 0,
        costUsd: 0.02,
        unpricedTokens: 400,
      },
    };
    const outcome = itemOutcome({ number: 7, title: 'Seven', state, pulls: [] }, { models: {} });
    expect(outcome).toMatchObject({ result: 'done', costUsd: 0.02, unpricedTokens: 400 });
    const figures = retroFigures([outcome], []);
    expect(figures).toMatchObject({ costUsd: 0.02, unpricedTokens: 400, costPerDoneUsd: 0.02 });
    const retro: RetroState = {
      version: 1,
      runId: '1',
      at: '2025-06-30T00:00:00.000Z',
      figures,
      abandoned: [],
      answer: null,
      dropped: [],
      applied: [],
      skipped: [],
    };
    const body = renderReport({
      state: retro,
      runUrl: 'https://github.com/acme/widgets/actions/runs/1',
      previous: null,
      outcomes: [outcome],
      findings: { duplicates: [], stale: [], blockedByAbandoned: [] },
      answer: null,
      blockedReason: 'no answer',
      dropped: [],
      applied: [],
      skipped: [],
      applyNote: null,
    });
    expect(body).toContain('| 1000 | cost unknown (400 tokens on an unpriced model; $0.02 priced) |');
    expect(body).toContain(
      '| cost per done item | cost unknown (400 tokens on an unpriced model; $0.02 priced) | — | — |',
    );
    expect(body).not.toMatch(/\| \$0\.02 \|/);
  });
});
