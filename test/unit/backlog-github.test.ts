import { describe, expect, it } from 'vitest';
import { combineSignals, computeQueue, signalsFrom } from '../../src/backlog/queue.js';
import type { GitHubBacklogReads, LabelEvent, LinkedIssue, ListedIssue } from '../../src/github/backlog.js';
import {
  labelSignals,
  loadGitHubBacklog,
  parseBlockerRefs,
  priorityFromLabels,
  statusFromIssue,
} from '../../src/tracker/github/backlog.js';

describe('parseBlockerRefs', () => {
  it('reads "Blocked by" and "Depends on" lines, several per line and body, in any case', () => {
    expect(parseBlockerRefs('Blocked by #12')).toEqual([12]);
    expect(parseBlockerRefs('blocked BY #3, #4 and #5; depends on #6 & #7')).toEqual([3, 4, 5, 6, 7]);
    expect(parseBlockerRefs('Intro.\nDEPENDS ON: #8\n- Blocked by #9\nDepends on #8 again')).toEqual([8, 9]);
  });

  it('ignores other mentions, other repositories and examples in code', () => {
    expect(parseBlockerRefs('See #4. Fixes #5. Blocked by nothing yet.')).toEqual([]);
    expect(parseBlockerRefs('Blocked by acme/other#4')).toEqual([]);
    expect(
      parseBlockerRefs('Write `Blocked by #3` to wait.\n```\nDepends on #4\n```\nBlocked by #5'),
    ).toEqual([5]);
    expect(parseBlockerRefs('unblocked by #3')).toEqual([]);
  });
});

describe('labels', () => {
  it('reads priority from P0–P3 and priority:… labels; none is medium; the most urgent wins', () => {
    expect(priorityFromLabels([])).toBe('medium');
    expect(priorityFromLabels(['bug', 'P0'])).toBe('critical');
    expect(priorityFromLabels(['p3'])).toBe('low');
    expect(priorityFromLabels(['priority:high'])).toBe('high');
    expect(priorityFromLabels(['Priority: Low', 'P1'])).toBe('high');
    expect(priorityFromLabels(['P4', 'priority:urgent'])).toBe('medium');
  });

  it('reads the status from the state and lifecycle labels', () => {
    expect(statusFromIssue({ state: 'closed', labels: [] }, 'codex')).toBe('done');
    expect(statusFromIssue({ state: 'open', labels: ['codex', 'codex:in-progress'] }, 'codex')).toBe(
      'in_progress',
    );
    expect(statusFromIssue({ state: 'open', labels: ['ai:blocked'] }, 'ai')).toBe('blocked');
    expect(statusFromIssue({ state: 'open', labels: ['codex:blocked'] }, 'ai')).toBe('open');
  });
});

/**
 * A backlog of listed issues (opened by `maintainer`, an admin, unless they say otherwise); numbers
 * not listed answer from `others`.
 */
function fakeReads(
  issues: Partial<ListedIssue>[],
  links: {
    blockedBy?: Record<number, LinkedIssue[]>;
    subIssues?: Record<number, LinkedIssue[]>;
    others?: LinkedIssue[];
    labelEvents?: Record<number, LabelEvent[]>;
    roles?: Record<string, string>;
  } = {},
): GitHubBacklogReads & { calls: string[] } {
  const calls: string[] = [];
  const full = issues.map(
    (i, k): ListedIssue => ({
      number: k + 1,
      title: `Issue ${i.number ?? k + 1}`,
      body: '',
      state: 'open',
      labels: ['codex'],
      createdAt: '2025-01-01T00:00:00Z',
      htmlUrl: '',
      milestone: null,
      blockedByCount: 0,
      openSubIssues: 0,
      author: { login: 'maintainer', type: 'User' },
      authorAssociation: 'OWNER',
      ...i,
    }),
  );
  const roles: Record<string, string> = { maintainer: 'admin', ...links.roles };
  return {
    calls,
    listOpenIssues: async (label) => {
      calls.push(`list ${label}`);
      return full;
    },
    blockedBy: async (n) => {
      calls.push(`blockedBy ${n}`);
      return links.blockedBy?.[n] ?? [];
    },
    followUps: async ({ states, subIssuesOf, labelEventsOf }) => {
      const list = (ns: readonly number[]) => [...ns].sort((a, b) => a - b).join(',');
      calls.push(
        `follow-ups: states ${list(states)}; sub-issues ${list(subIssuesOf)}; labels ${list(labelEventsOf)}`,
      );
      return {
        states: new Map(
          (links.others ?? []).filter((o) => states.includes(o.number)).map((o) => [o.number, o]),
        ),
        subIssues: new Map(subIssuesOf.map((n) => [n, links.subIssues?.[n] ?? []])),
        labelEvents: new Map(labelEventsOf.map((n) => [n, links.labelEvents?.[n] ?? []])),
      };
    },
    role: async (login) => {
      calls.push(`role ${login}`);
      return roles[login] ?? 'none';
    },
  };
}

describe('loadGitHubBacklog', () => {
  it('orders by priority, then milestone due date, then issue number', async () => {
    const m = (number: number, dueOn: string | null) => ({ number, title: `M${number}`, dueOn });
    const reads = fakeReads([
      { number: 1, labels: ['codex', 'P3'] },
      { number: 2, labels: ['codex'] },
      { number: 3, labels: ['codex', 'priority:high'], milestone: m(1, '2026-03-01T00:00:00Z') },
      { number: 4, labels: ['codex', 'priority:high'], milestone: m(2, '2026-02-01T00:00:00Z') },
      { number: 5, labels: ['codex', 'priority:high'] },
      { number: 6, labels: ['codex'] },
      { number: 7, labels: ['other'] },
    ]);
    const backlog = await loadGitHubBacklog(reads, { prefix: 'codex' });
    const view = computeQueue(backlog.dag, backlog.milestones);
    expect(view.ready.map((e) => e.item.id)).toEqual(['#4', '#3', '#5', '#2', '#6', '#1']);
    // Without anything to follow up, the list is the only read (the repository's owner opened them).
    expect(reads.calls).toEqual(['list codex']);
  });

  it('follows text, native and sub-issue dependencies; closed blockers do not block', async () => {
    const reads = fakeReads(
      [
        { number: 1, body: 'Blocked by #2 and #50' },
        { number: 2 },
        { number: 3, blockedByCount: 1 },
        { number: 4, openSubIssues: 1 },
        { number: 5, body: 'Depends on #51, #52 and #99' },
        { number: 6, blockedByCount: 1 },
      ],
      {
        blockedBy: {
          3: [{ number: 2, title: 'Issue 2', state: 'open' }],
          6: [{ number: 60, title: 'Closed blocker', state: 'closed' }],
        },
        subIssues: {
          4: [
            { number: 40, title: 'open sub', state: 'open' },
            { number: 41, title: 'closed sub', state: 'closed' },
          ],
        },
        others: [
          { number: 50, title: 'Closed', state: 'closed' },
          { number: 51, title: 'Merged PR', state: 'closed' },
          { number: 52, title: 'Open, not opted in', state: 'open' },
        ],
      },
    );
    const backlog = await loadGitHubBacklog(reads, { prefix: 'codex' });
    const view = computeQueue(backlog.dag, backlog.milestones);
    expect(view.ready.map((e) => e.item.id)).toEqual(['#2', '#6']);
    expect(Object.fromEntries(view.blocked.map((b) => [b.item.id, b.reason]))).toEqual({
      '#1': 'waiting for #2 (open)',
      '#3': 'waiting for #2 (open)',
      '#4': 'waiting for #40 (open)',
      // #99 names nothing: #5 never becomes ready for it.
      '#5': 'waiting for #52 (open), #99 (unknown)',
    });
    expect(backlog.warnings).toEqual([
      '#5 names #99 as a blocker, but there is no such issue: it waits until that is fixed.',
    ]);
    // The native dependencies, then one batch for everything else.
    expect(reads.calls).toEqual([
      'list codex',
      'blockedBy 3',
      'blockedBy 6',
      'follow-ups: states 50,51,52,99; sub-issues 4; labels ',
    ]);
  });

  it('reports a cycle and keeps its items out of the queue', async () => {
    const reads = fakeReads([
      { number: 1, body: 'Blocked by #2' },
      { number: 2, body: 'Blocked by #1' },
      { number: 3 },
    ]);
    const backlog = await loadGitHubBacklog(reads, { prefix: 'codex' });
    expect(backlog.problems).toEqual([{ kind: 'cycle', path: ['#1', '#2', '#1'], files: [] }]);
    expect(computeQueue(backlog.dag, []).ready.map((e) => e.item.id)).toEqual(['#3']);
  });

  it('keeps claimed, stopped and waiting items out of the ready queue', async () => {
    const reads = fakeReads([
      { number: 1 },
      { number: 2, labels: ['codex', 'codex:stop'] },
      { number: 3, labels: ['codex', 'codex:needs-clarification'] },
      { number: 4 },
      { number: 5 },
      { number: 6, labels: ['codex', 'codex:in-review'] },
    ]);
    const backlog = await loadGitHubBacklog(reads, { prefix: 'codex' });
    const signals = combineSignals(
      labelSignals('codex'),
      signalsFrom({ claimed: ['#1'], waiting: [['#4', 'approval pending']], dev: ['#5'] }),
    );
    const view = computeQueue(backlog.dag, [], signals);
    expect(view.ready).toMatchObject([{ item: { id: '#5' }, phase: 'dev' }]);
    expect(view.inProgress.map((i) => i.id)).toEqual(['#1', '#6']);
    expect(view.stopped.map((i) => i.id)).toEqual(['#2']);
    expect(view.waiting.map((w) => [w.item.id, w.reason])).toEqual([
      ['#3', 'questions open (needs clarification)'],
      ['#4', 'approval pending'],
    ]);
  });

  it('lets in an outsider’s labelled issue only when a person with write access applied the label', async () => {
    const outsider = { login: 'outsider', type: 'User' };
    const ev = (login: string, at: string, label = 'codex', type = 'User'): LabelEvent => ({
      label,
      actor: { login, type: type as 'User' },
      at,
    });
    const reads = fakeReads(
      [
        // An issue form labelled it as it was opened: the outsider applied the label.
        { number: 1, author: outsider, authorAssociation: 'NONE' },
        // A maintainer triaged it and applied the label.
        { number: 2, author: outsider, authorAssociation: 'FIRST_TIME_CONTRIBUTOR' },
        // A collaborator with read access only, who labelled it themself.
        { number: 3, author: { login: 'reader', type: 'User' }, authorAssociation: 'COLLABORATOR' },
        // The action opened it (a follow-up): its own account counts as a writer.
        { number: 4, author: { login: 'github-actions[bot]', type: 'Bot' }, authorAssociation: 'NONE' },
        // Another app's issue, labelled by that app.
        { number: 5, author: { login: 'triage[bot]', type: 'Bot' }, authorAssociation: 'NONE' },
        // Waits for #1, which is left out: an open issue outside the backlog, not an unknown one.
        { number: 6, body: 'Blocked by #1' },
      ],
      {
        roles: { reader: 'read' },
        labelEvents: {
          1: [ev('outsider', '2026-01-01T00:00:00Z')],
          2: [ev('outsider', '2026-01-01T00:00:00Z', 'bug'), ev('maintainer', '2026-01-02T00:00:00Z')],
          3: [ev('reader', '2026-01-01T00:00:00Z')],
          5: [ev('triage', '2026-01-01T00:00:00Z', 'codex', 'Bot')],
        },
      },
    );
    const backlog = await loadGitHubBacklog(reads, {
      prefix: 'codex',
      trusted: (u) => u.login === 'github-actions[bot]' && u.type === 'Bot',
    });
    expect(backlog.items.map((i) => i.id)).toEqual(['#2', '#4', '#6']);
    expect(backlog.listed.map((i) => i.number)).toEqual([2, 4, 6]);
    const view = computeQueue(backlog.dag, []);
    expect(view.blocked.map((b) => [b.item.id, b.reason])).toEqual([['#6', 'waiting for #1 (open)']]);
    expect(backlog.warnings).toEqual([
      expect.stringMatching(
        /^Not in the backlog: #1, #3, #5 carry 'codex', but were opened by someone without write access/,
      ),
    ]);
    // No question about the owner or an outsider (their association says it) or a bot; one per
    // collaborator and per labeller, however many issues they touched; one batch for the events.
    expect(reads.calls).toEqual([
      'list codex',
      'role reader',
      'follow-ups: states ; sub-issues ; labels 1,2,3,5',
      'role maintainer',
    ]);
  });

  it('counts the last time the label was applied', async () => {
    const outsider = { login: 'outsider', type: 'User' };
    const reads = fakeReads([{ number: 1, author: outsider, authorAssociation: 'CONTRIBUTOR' }], {
      roles: { triager: 'triage' },
      labelEvents: {
        1: [
          { label: 'codex', actor: { login: 'maintainer', type: 'User' }, at: '2026-01-01T00:00:00Z' },
          { label: 'CODEX', actor: { login: 'triager', type: 'User' }, at: '2026-01-03T00:00:00Z' },
        ],
      },
    });
    const backlog = await loadGitHubBacklog(reads, { prefix: 'codex' });
    expect(backlog.items).toEqual([]);
  });
});
