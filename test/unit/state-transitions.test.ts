import { describe, expect, it } from 'vitest';
import { newItemState } from '../../src/state/schema.js';
import {
  addItemUsage,
  finishPhase,
  replaceCriteria,
  startPhase,
  TIMELINE_LIMIT,
} from '../../src/state/transitions.js';

describe('state transitions', () => {
  it('counts attempts of the same phase and resets for another', () => {
    let s = startPhase(newItemState(1), 'plan');
    expect(s.attempt).toBe(1);
    s = startPhase(finishPhase(s, 'plan', 'error', { nextAction: null }), 'plan');
    expect(s.attempt).toBe(2);
    expect(startPhase(s, 'dev').attempt).toBe(1);
  });

  it('turns the running line into the result line', () => {
    let s = startPhase(newItemState(1), 'plan', { runUrl: 'u1' });
    s = finishPhase(s, 'plan', 'needs_clarification', { note: 'two questions', nextAction: 'Answer' });
    expect(s.timeline).toHaveLength(1);
    expect(s.timeline[0]).toMatchObject({
      phase: 'plan',
      status: 'needs_clarification',
      runUrl: 'u1',
      note: 'two questions',
    });
    expect(s.status).toBe('needs_clarification');
    expect(s.nextAction).toBe('Answer');
  });

  it('counts consecutive failures until progress', () => {
    let s = finishPhase(newItemState(1), 'dev', 'error', { nextAction: null });
    s = finishPhase(s, 'dev', 'blocked', { nextAction: null });
    expect(s.consecutiveFailures).toBe(2);
    s = finishPhase(s, 'dev', 'needs_clarification', { nextAction: null });
    expect(s.consecutiveFailures).toBe(2);
    expect(finishPhase(s, 'dev', 'complete', { nextAction: null }).consecutiveFailures).toBe(0);
  });

  it('caps the timeline', () => {
    let s = newItemState(1);
    for (let i = 0; i < TIMELINE_LIMIT + 5; i++)
      s = finishPhase(startPhase(s, 'plan'), 'plan', 'skipped', { nextAction: null });
    expect(s.timeline).toHaveLength(TIMELINE_LIMIT);
  });

  it('adds usage', () => {
    const u = { inputTokens: 10, cachedInputTokens: 2, outputTokens: 3, reasoningOutputTokens: 1 };
    expect(addItemUsage(addItemUsage(newItemState(1), u), u).usage).toEqual({
      inputTokens: 20,
      cachedInputTokens: 4,
      outputTokens: 6,
      reasoningOutputTokens: 2,
    });
  });

  it('keeps progress of unchanged criteria on re-plan', () => {
    const s = {
      ...newItemState(1),
      criteria: [
        { text: 'A  works', done: true, commit: 'abc' },
        { text: 'B works', done: false, commit: null },
      ],
    };
    expect(replaceCriteria(s, ['a works', 'C works']).criteria).toEqual([
      { text: 'a works', done: true, commit: 'abc' },
      { text: 'C works', done: false, commit: null },
    ]);
  });
});
