import { describe, expect, it } from 'vitest';
import {
  activeClaim,
  failuresInARow,
  holdOf,
  type OutcomeEvent,
  outcomeOf,
  staleClaim,
} from '../../src/phases/scan/signals.js';
import { type ItemState, newItemState } from '../../src/state/schema.js';

const NOW = Date.parse('2025-06-01T12:00:00.000Z');
const clock = { now: NOW, timeoutMs: 30 * 60_000 };
const ago = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString();
const state = (partial: Partial<ItemState>): ItemState => ({ ...newItemState(7), ...partial });
const entry = (status: ItemState['status'], at: string, phase: ItemState['phase'] = 'plan') => ({
  phase: phase ?? 'plan',
  status,
  at,
  runUrl: null,
  note: null,
});

describe('holdOf: what a status comment says to the scan', () => {
  it('a new item is free for plan; an approved plan is free for dev', () => {
    expect(holdOf(state({}), clock)).toEqual({ kind: 'free', phase: 'plan' });
    expect(
      holdOf(
        state({
          phase: 'plan',
          status: 'complete',
          plan: { summary: 's', risks: [], plannedAt: ago(60) },
          approval: { by: 'm', at: ago(50) },
        }),
        clock,
      ),
    ).toEqual({ kind: 'free', phase: 'dev' });
  });

  it('a claim holds the item until a run starts behind it, and goes stale after the timeout', () => {
    const claim = { runUrl: 'r', at: ago(10), phase: 'plan' as const };
    const claimed = state({
      claim,
      timeline: [{ ...entry('complete', claim.at, 'control'), note: 'claimed' }],
    });
    expect(activeClaim(claimed)).toEqual(claim);
    expect(holdOf(claimed, clock).kind).toBe('in_progress');
    expect(staleClaim(claimed, clock)).toBeNull();
    const old = state({ claim: { ...claim, at: ago(31) } });
    expect(staleClaim(old, clock)).not.toBeNull();
    // The plan started: the claim is taken up, the running phase holds the item instead.
    const started = state({
      claim: { ...claim, at: ago(45) },
      status: 'running',
      phase: 'plan',
      timeline: [entry('running', ago(40))],
    });
    expect(activeClaim(started)).toBeNull();
    expect(staleClaim(started, clock)).toBeNull();
    expect(holdOf(started, clock)).toEqual({ kind: 'in_progress', why: 'plan is running' });
  });

  it('a run that never ended long ago waits for a human rather than holding the queue', () => {
    const dead = state({ status: 'running', phase: 'dev', timeline: [entry('running', ago(61), 'dev')] });
    expect(holdOf(dead, clock)).toMatchObject({
      kind: 'waiting',
      reason: expect.stringContaining('/codex retry'),
    });
  });

  it('questions, a pending approval, an escalation, a failure wait for a human', () => {
    expect(holdOf(state({ status: 'needs_clarification', phase: 'plan' }), clock)).toEqual({
      kind: 'waiting',
      reason: 'questions open (needs clarification)',
    });
    expect(holdOf(state({ status: 'complete', phase: 'plan', nextAction: 'Approve it.' }), clock)).toEqual({
      kind: 'waiting',
      reason: 'approval pending: Approve it.',
    });
    const escalation = {
      commands: ['curl x'],
      paths: [],
      phase: 'dev' as const,
      raisedAt: ago(5),
      approvedBy: null,
      approvedAt: null,
    };
    expect(holdOf(state({ status: 'blocked', phase: 'dev', escalation }), clock).kind).toBe('waiting');
    expect(holdOf(state({ status: 'error', phase: 'dev', nextAction: 'Retry.' }), clock)).toEqual({
      kind: 'waiting',
      reason: 'error in dev: Retry.',
    });
  });

  it('a stop and a merge win over everything', () => {
    expect(holdOf(state({ status: 'running', stopped: { by: 'm', at: ago(1) } }), clock)).toEqual({
      kind: 'stopped',
      by: 'm',
    });
    expect(holdOf(state({ status: 'complete', merged: { pr: 3, by: 'm', at: ago(1) } }), clock)).toEqual({
      kind: 'done',
    });
  });
});

describe('the early exit count', () => {
  it('failures are blocked, error and failed tests; a stop, questions or an escalation are not', () => {
    expect(outcomeOf(state({ status: 'blocked' }))).toBe('failure');
    expect(outcomeOf(state({ status: 'error' }))).toBe('failure');
    expect(outcomeOf(state({ status: 'tests_failed' }))).toBe('failure');
    expect(outcomeOf(state({ status: 'blocked', stopped: { by: 'm', at: ago(1) } }))).toBe('neutral');
    expect(outcomeOf(state({ status: 'needs_clarification' }))).toBe('neutral');
    expect(outcomeOf(state({ status: 'complete' }))).toBe('success');
  });

  const ev = (item: string, minutes: number, outcome: OutcomeEvent['outcome']): OutcomeEvent => ({
    item,
    at: ago(minutes),
    outcome,
    note: '',
  });

  it('counts from the newest back to the first success, skipping neutral ones', () => {
    const events = [
      ev('#1', 50, 'failure'),
      ev('#2', 40, 'success'),
      ev('#3', 30, 'failure'),
      ev('#4', 20, 'neutral'),
      ev('#5', 10, 'failure'),
    ];
    expect(failuresInARow(events).map((e) => e.item)).toEqual(['#5', '#3']);
  });

  it('ignores what happened before the stop was lifted', () => {
    const events = [
      ev('#1', 50, 'failure'),
      ev('#2', 40, 'failure'),
      ev('#3', 30, 'failure'),
      ev('#4', 10, 'failure'),
    ];
    expect(failuresInARow(events)).toHaveLength(4);
    expect(failuresInARow(events, ago(20)).map((e) => e.item)).toEqual(['#4']);
  });
});
