import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addLabels,
  ensureLabels,
  LIFECYCLE,
  labelDefinitions,
  lifecycleStateOf,
  removeLabel,
  setLifecycleLabel,
} from '../../src/github/labels.js';
import { type FakeGitHub, startGitHubServer } from '../harness/github-server.js';

vi.mock('../../src/log.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/log.js')>()),
  info: vi.fn(),
}));

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startGitHubServer();
});
afterEach(() => gh.assertNoViolations());
afterAll(() => gh.close());

describe('LIFECYCLE', () => {
  it('names every label of DESIGN §3 with the prefix', () => {
    expect(LIFECYCLE('codex')).toEqual({
      'opt-in': 'codex',
      'needs-clarification': 'codex:needs-clarification',
      ready: 'codex:ready',
      'in-progress': 'codex:in-progress',
      'in-review': 'codex:in-review',
      blocked: 'codex:blocked',
      done: 'codex:done',
      stop: 'codex:stop',
    });
    expect(LIFECYCLE('ai')['in-review']).toBe('ai:in-review');
    expect(
      labelDefinitions('ai').every((d) => /^[0-9a-f]{6}$/.test(d.color) && d.description.length <= 100),
    ).toBe(true);
  });

  it('reads the state back from label names', () => {
    expect(lifecycleStateOf(['bug', 'codex', 'Codex:Ready'], 'codex')).toBe('ready');
    expect(lifecycleStateOf(['codex', 'codex:stop'], 'codex')).toBeUndefined();
  });
});

describe('ensureLabels', () => {
  it('creates only the missing labels and leaves existing ones (and their colours) alone', async () => {
    gh.addLabel('codex', '123456', 'our own colour');
    const first = await ensureLabels(gh.client(), gh.repoRef, 'codex');
    expect(first.existing).toEqual(['codex']);
    expect(first.created).toEqual(
      labelDefinitions('codex')
        .map((d) => d.name)
        .slice(1),
    );
    expect(gh.state.label('codex')).toMatchObject({ color: '123456', description: 'our own colour' });
    expect(gh.state.label('codex:blocked')).toMatchObject({ color: 'b60205' });
    const second = await ensureLabels(gh.client(), gh.repoRef, 'codex');
    expect(second.created).toEqual([]);
    expect(gh.state.labels.filter((l) => l.name.startsWith('codex'))).toHaveLength(8);
  });
});

describe('setLifecycleLabel', () => {
  it('swaps the state label and keeps the opt-in label, STOP and unrelated labels', async () => {
    const issue = gh.addIssue({ labels: ['codex', 'codex:ready', 'codex:stop', 'bug'] });
    const client = gh.client();
    const result = await setLifecycleLabel(client, gh.repoRef, issue.number, 'codex', 'in-progress');
    expect(result).toEqual({ added: ['codex:in-progress'], removed: ['codex:ready'] });
    expect(gh.labelsOn(issue.number)).toEqual(['codex', 'codex:stop', 'bug', 'codex:in-progress']);
  });

  it('does nothing when the state is already shown, and uses the labels it is given', async () => {
    const issue = gh.addIssue({ labels: ['codex', 'codex:in-review'] });
    const before = gh.calls().length;
    const result = await setLifecycleLabel(gh.client(), gh.repoRef, issue.number, 'codex', 'in-review', {
      current: ['codex', 'codex:in-review'],
    });
    expect(result).toEqual({ added: [], removed: [] });
    expect(gh.calls().length).toBe(before);
  });

  it('cleans up several stale state labels at once', async () => {
    const issue = gh.addIssue({ labels: ['codex:ready', 'codex:blocked', 'codex:in-progress'] });
    await setLifecycleLabel(gh.client(), gh.repoRef, issue.number, 'codex', 'blocked');
    expect(gh.labelsOn(issue.number)).toEqual(['codex:blocked']);
  });
});

describe('addLabels / removeLabel', () => {
  it('adds labels, and treats removing an absent label as done', async () => {
    const issue = gh.addIssue();
    const client = gh.client();
    await addLabels(client, gh.repoRef, issue.number, ['codex:done', 'needs docs']);
    await addLabels(client, gh.repoRef, issue.number, []);
    expect(gh.labelsOn(issue.number)).toEqual(['codex:done', 'needs docs']);
    expect(await removeLabel(client, gh.repoRef, issue.number, 'needs docs')).toBe(true);
    expect(await removeLabel(client, gh.repoRef, issue.number, 'needs docs')).toBe(false);
    expect(gh.labelsOn(issue.number)).toEqual(['codex:done']);
  });

  it('still fails loudly on other errors', async () => {
    gh.failNext({
      path: 'issues/remove-label',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    await expect(removeLabel(gh.client(), gh.repoRef, 1, 'codex')).rejects.toMatchObject({ status: 403 });
  });
});
