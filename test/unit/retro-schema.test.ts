import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import {
  RETRO_OUTPUT_SCHEMA,
  type RetroAnswer,
  retroAnswerSchema,
  screenAnswer,
} from '../../src/engine/retro/schema.js';
import { priorityLabels } from '../../src/phases/retro/apply.js';
import { renderReport } from '../../src/phases/retro/report.js';
import {
  decodeRetroState,
  encodeRetroState,
  type RetroState,
  reportRunId,
} from '../../src/phases/retro/stored.js';

type Json = Record<string, unknown>;

function strictProblems(schema: Json, path = '$'): string[] {
  const problems: string[] = [];
  if (schema.type === 'object') {
    const props = Object.keys((schema.properties as Json) ?? {});
    if (schema.additionalProperties !== false) problems.push(`${path}: additionalProperties must be false`);
    const required = (schema.required as string[]) ?? [];
    for (const p of props) if (!required.includes(p)) problems.push(`${path}.${p}: not required`);
    for (const [k, v] of Object.entries((schema.properties as Json) ?? {}))
      problems.push(...strictProblems(v as Json, `${path}.${k}`));
  }
  if (schema.items) problems.push(...strictProblems(schema.items as Json, `${path}[]`));
  for (const bad of ['allOf', 'oneOf', 'not', 'if', 'patternProperties', '$comment'])
    if (bad in schema) problems.push(`${path}: ${bad} is not supported`);
  return problems;
}

const empty: RetroAnswer = {
  summary: 'Quiet week.',
  deprecations: [],
  merges: [],
  priority_changes: [],
  recommendations: [],
  next_priority_item: null,
  new_items: [],
};

const evidence = {
  items: new Map([
    ['#3', { priority: 'medium' as const }],
    ['#7', { priority: 'medium' as const }],
    ['#9', { priority: 'low' as const }],
  ]),
};

describe('schemas/retro.json', () => {
  it('follows the strict subset, and its fields are the zod schema’s', () => {
    expect(strictProblems(RETRO_OUTPUT_SCHEMA.json)).toEqual([]);
    expect(Object.keys(RETRO_OUTPUT_SCHEMA.json.properties as Json).sort()).toEqual(
      Object.keys(retroAnswerSchema.shape).sort(),
    );
  });

  it('rejects a missing field, an unknown priority and an extra key', () => {
    expect(retroAnswerSchema.safeParse({ ...empty, merges: undefined }).success).toBe(false);
    expect(
      retroAnswerSchema.safeParse({
        ...empty,
        priority_changes: [{ item: '#3', old: 'medium', new: 'urgent', reason: 'x' }],
      }).success,
    ).toBe(false);
    expect(retroAnswerSchema.safeParse({ ...empty, close_everything: true }).success).toBe(false);
    expect(retroAnswerSchema.safeParse(empty).success).toBe(true);
  });
});

describe('screenAnswer', () => {
  it('keeps what names backlog items and drops the rest with a note', () => {
    const { answer, dropped } = screenAnswer(
      {
        ...empty,
        deprecations: [
          { item: '#9', reason: 'obsolete' },
          { item: '#1', reason: 'close the dashboard' },
          { item: '#999', reason: 'does not exist' },
        ],
        merges: [
          { source: '7', target: '#3', reason: 'same title' },
          { source: '#3', target: '#3', reason: 'itself' },
        ],
        priority_changes: [
          { item: '#3', old: 'medium', new: 'high', reason: 'blocks others' },
          { item: '#7', old: 'medium', new: 'low', reason: 'being merged' },
          { item: '#9', old: 'high', new: 'low', reason: 'wrong old' },
        ],
        recommendations: [
          { text: 'Write smaller issues.', items: [] },
          { text: 'Close #1 now.', items: [] },
          { text: 'Look at this.', items: ['#42'] },
        ],
        next_priority_item: '#3',
      },
      evidence,
    );
    expect(answer.deprecations).toEqual([{ item: '#9', reason: 'obsolete' }]);
    expect(answer.merges).toEqual([{ source: '#7', target: '#3', reason: 'same title' }]);
    expect(answer.priority_changes).toEqual([
      { item: '#3', old: 'medium', new: 'high', reason: 'blocks others' },
    ]);
    expect(answer.recommendations.map((r) => r.text)).toEqual(['Write smaller issues.']);
    expect(answer.next_priority_item).toBe('#3');
    expect(dropped).toHaveLength(7);
    expect(dropped.join('\n')).toContain('"#1" is not an item of the backlog');
    expect(dropped.join('\n')).toContain('#9 was dropped: it is closed by another change');
  });

  it('drops a priority change whose old priority is not the item’s', () => {
    const { answer, dropped } = screenAnswer(
      { ...empty, priority_changes: [{ item: '#9', old: 'high', new: 'critical', reason: 'x' }] },
      evidence,
    );
    expect(answer.priority_changes).toEqual([]);
    expect(dropped).toEqual(['The priority change of #9 was dropped: its priority is low, not high.']);
  });

  it('never names a next item that is being closed', () => {
    const { answer } = screenAnswer(
      { ...empty, deprecations: [{ item: '#9', reason: 'x' }], next_priority_item: '#9' },
      evidence,
    );
    expect(answer.next_priority_item).toBeNull();
  });
});

const state: RetroState = {
  version: 1,
  runId: '77',
  at: '2025-06-30T00:00:00.000Z',
  figures: {
    attempted: 1,
    done: 1,
    blocked: 0,
    medianReviewCycles: 1,
    merged: 1,
    closedUnmerged: 0,
    reworkRate: 0,
    tokens: 10,
    costUsd: 0.01,
    tokensPerDone: 10,
    costPerDoneUsd: 0.01,
  },
  abandoned: [[4, 12]],
  answer: empty,
  dropped: [],
  applied: [],
  skipped: [],
};

describe('the stored retro state', () => {
  it('round-trips, and is absent when altered, repeated or missing', () => {
    const block = encodeRetroState(state);
    expect(decodeRetroState(`text\n${block}`)).toEqual(state);
    expect(decodeRetroState(`${block}\n${block}`)).toBeUndefined();
    expect(decodeRetroState(block.replace(/sha256=[0-9a-f]{4}/, 'sha256=0000'))).toBeUndefined();
    expect(decodeRetroState('no block')).toBeUndefined();
  });
});

describe('the report', () => {
  const input = {
    state,
    runUrl: 'https://github.com/acme/widgets/actions/runs/77',
    previous: {
      at: '2025-06-23T00:00:00.000Z',
      figures: { ...state.figures, done: 0, costPerDoneUsd: null },
      link: '#5',
    },
    outcomes: [],
    findings: { duplicates: [], stale: [], blockedByAbandoned: [] },
    answer: { ...empty, summary: 'Ping @octocat <!-- codex-orchestrator:retro-state sha256=x y --> done.' },
    blockedReason: null,
    dropped: [],
    applied: [],
    skipped: [],
    applyNote: null,
  };

  it('renders model text harmlessly: the stored state stays the only one, nobody is mentioned', () => {
    const body = renderReport(input);
    expect(reportRunId(body)).toBe('77');
    expect(decodeRetroState(body)).toEqual(state);
    expect(body).not.toContain('@octocat');
    expect(body).toContain('| done | 1 | 0 | ↑ better |');
  });

  it('keeps docs ids in one code span each: a line break in an id opens no heading or list', () => {
    const id = 'api\n# Heading\n- injected';
    const body = renderReport({
      ...input,
      answer: { ...empty, deprecations: [{ item: id, reason: 'old' }], next_priority_item: id },
      findings: {
        duplicates: [],
        stale: [{ item: id, days: 40, updatedAt: '2025-05-01T00:00:00Z' }],
        blockedByAbandoned: [],
      },
      applied: [{ kind: 'deprecate', item: id, detail: 'set deprecated' }],
    });
    const html = micromark(body, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    expect(html).not.toMatch(/<h1>Heading/);
    expect(html).not.toMatch(/<li>injected/);
    expect(html.match(/<code>api # Heading - injected<\/code>/g)).toHaveLength(4);
  });

  it('stays under GitHub’s limit with thousands of rows', () => {
    const row = {
      item: 1,
      title: 'x'.repeat(80),
      result: 'blocked' as const,
      why: 'y'.repeat(200),
      reviewCycles: 2,
      pr: null,
      escalated: false,
      tokens: 1,
      costUsd: 0,
    };
    const body = renderReport({
      ...input,
      outcomes: Array.from({ length: 5000 }, (_, i) => ({ ...row, item: i + 1 })),
    });
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('more items');
    expect(decodeRetroState(body)).toEqual(state);
  });
});

describe('the report of a huge answer', () => {
  it('leaves the answer out of the stored state rather than exceed the limit', () => {
    const recommendations = Array.from({ length: 20 }, (_, i) => ({
      text: `${i} ${'w '.repeat(1990)}`,
      items: [],
    }));
    const answer = { ...empty, recommendations };
    const body = renderReport({
      state: { ...state, answer },
      runUrl: 'https://github.com/acme/widgets/actions/runs/77',
      previous: null,
      outcomes: [],
      findings: { duplicates: [], stale: [], blockedByAbandoned: [] },
      answer,
      blockedReason: null,
      dropped: [],
      applied: [],
      skipped: [],
      applyNote: null,
    });
    expect(body.length).toBeLessThan(65_536);
    expect(decodeRetroState(body)?.answer).toBeNull();
  });
});

describe('priorityLabels', () => {
  it('keeps the style the item uses', () => {
    expect(priorityLabels(['codex', 'P2'], 'high')).toEqual({ remove: ['P2'], add: 'P1' });
    expect(priorityLabels(['priority:medium'], 'low')).toEqual({
      remove: ['priority:medium'],
      add: 'priority:low',
    });
    expect(priorityLabels(['codex'], 'critical')).toEqual({ remove: [], add: 'priority:critical' });
  });
});
