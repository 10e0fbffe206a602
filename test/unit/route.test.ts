import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  eventSubject,
  PULL_CLOSED,
  parseSlashCommand,
  type Route,
  resolveRoute,
  route,
  SLASH_COMMANDS,
} from '../../src/route.js';
import { type WebhookOptions, webhookPayload } from '../harness/webhooks.js';

// Real webhook payloads (GitHub's documented examples, through the test harness). Each case
// changes only what it is about: the label, the comment body, the review state.
const require = createRequire(import.meta.url);
const definitions = JSON.parse(
  readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
) as { name: string; examples: { action?: string }[] }[];

// biome-ignore lint/suspicious/noExplicitAny: each case reads a field deep inside a real payload.
type Payload = Record<string, any>;

const example = (event: string, action?: string, options?: WebhookOptions): Payload =>
  webhookPayload(action ? `${event}.${action}` : event, options);
/** Every action of an event that the published examples cover. */
const actionsOf = (event: string): string[] => [
  ...new Set((definitions.find((d) => d.name === event)?.examples ?? []).map((e) => String(e.action))),
];

const routeOf = (eventName: string, payload: Payload, prefix = 'codex'): Route =>
  route({ eventName, payload }, prefix);

const labeled = (name: string, senderType: 'User' | 'Bot' = 'User'): Payload =>
  example('issues', 'labeled', {
    label: name,
    sender: { login: senderType === 'Bot' ? 'helper[bot]' : 'maintainer', type: senderType },
  });

const comment = (body: string, { onPr = false, labels = [] as string[] } = {}): Payload =>
  example('issue_comment', 'created', { comment: { body }, issue: { labels, pullRequest: onPr } });

const review = (
  state: 'approved' | 'changes_requested' | 'commented',
  { head = 'codex/1-fix-login', userType = 'User' as 'User' | 'Bot' } = {},
): Payload =>
  example('pull_request_review', 'submitted', {
    review: { state, author: { login: userType === 'Bot' ? 'reviewer[bot]' : 'alice', type: userType } },
    pull: { head: { ref: head, sha: 'a'.repeat(40) } },
  });

describe('issues', () => {
  const issueNumber = example('issues', 'labeled').issue.number as number;

  it('plans an issue labelled with the opt-in label', () => {
    expect(routeOf('issues', labeled('codex'))).toEqual({
      kind: 'phase',
      phase: 'plan',
      target: issueNumber,
    });
  });

  it('starts dev when a human adds the ready label', () => {
    expect(routeOf('issues', labeled('codex:ready'))).toEqual({
      kind: 'phase',
      phase: 'dev',
      target: issueNumber,
    });
  });

  it('does not start dev when a bot adds the ready label', () => {
    expect(routeOf('issues', labeled('codex:ready', 'Bot'))).toEqual({
      kind: 'skip',
      reason: "'codex:ready' was added by a bot; dev starts when a human adds it.",
      heldFor: 'dev',
    });
  });

  it('skips any other label, naming it (the unmodified example adds "bug")', () => {
    expect(routeOf('issues', example('issues', 'labeled'))).toEqual({
      kind: 'skip',
      reason: "The label 'bug' starts no phase.",
    });
    expect(routeOf('issues', labeled('codex:blocked')).kind).toBe('skip');
  });

  it('follows the configured label prefix', () => {
    expect(routeOf('issues', labeled('ai'), 'ai')).toMatchObject({ kind: 'phase', phase: 'plan' });
    expect(routeOf('issues', labeled('ai:ready'), 'ai')).toMatchObject({ kind: 'phase', phase: 'dev' });
    expect(routeOf('issues', labeled('codex'), 'ai').kind).toBe('skip');
  });

  it.each(actionsOf('issues').filter((a) => a !== 'labeled'))('skips issues.%s', (action) => {
    expect(routeOf('issues', example('issues', action))).toEqual({
      kind: 'skip',
      reason: `issues.${action} needs no work.`,
    });
  });
});

describe('issue_comment', () => {
  const issueNumber = example('issue_comment', 'created').issue.number as number;

  it('/codex plan on an issue runs plan', () => {
    expect(routeOf('issue_comment', comment('/codex plan'))).toEqual({
      kind: 'phase',
      phase: 'plan',
      target: issueNumber,
      command: 'plan',
    });
  });

  it.each(['approve', 'retry', 'stop', 'resume', 'status'])('/codex %s is a control command', (command) => {
    expect(routeOf('issue_comment', comment(`/codex ${command}`))).toEqual({
      kind: 'control',
      target: issueNumber,
      command,
    });
  });

  it.each(['review', 'fix'])('/codex %s runs on a pull request', (command) => {
    expect(routeOf('issue_comment', comment(`/codex ${command}`, { onPr: true }))).toEqual({
      kind: 'phase',
      phase: command,
      target: issueNumber,
      command,
    });
  });

  it.each(['review', 'fix'])('/codex %s on an issue is skipped with the reason', (command) => {
    expect(routeOf('issue_comment', comment(`/codex ${command}`))).toEqual({
      kind: 'skip',
      reason: `'/codex ${command}' works on pull requests only.`,
    });
  });

  it('lists the known commands for an unknown one', () => {
    expect(routeOf('issue_comment', comment('/codex deploy'))).toEqual({
      kind: 'skip',
      reason: `Unknown command '/codex deploy'. Known: ${Object.keys(SLASH_COMMANDS)
        .map((c) => `/codex ${c}`)
        .join(', ')}.`,
    });
  });

  it('skips an ordinary comment (the unmodified example)', () => {
    expect(routeOf('issue_comment', example('issue_comment', 'created'))).toEqual({
      kind: 'skip',
      reason: 'The comment holds no /codex command.',
    });
  });

  it('re-plans when someone answers on an item waiting for clarification', () => {
    const payload = comment('Use the v2 endpoint; keep the old one until June.', {
      labels: ['codex', 'codex:needs-clarification'],
    });
    expect(routeOf('issue_comment', payload)).toEqual({
      kind: 'phase',
      phase: 'plan',
      target: issueNumber,
      command: 'answer',
    });
  });

  it('does not treat a comment on a pull request as an answer', () => {
    const payload = comment('Sounds good', { onPr: true, labels: ['codex:needs-clarification'] });
    expect(routeOf('issue_comment', payload).kind).toBe('skip');
  });

  it.each(actionsOf('issue_comment').filter((a) => a !== 'created'))('skips issue_comment.%s', (action) => {
    const payload = example('issue_comment', action, { comment: { body: '/codex approve' } });
    expect(routeOf('issue_comment', payload)).toEqual({
      kind: 'skip',
      reason: `issue_comment.${action} needs no work.`,
    });
  });
});

describe('parseSlashCommand', () => {
  it.each([
    ['/codex plan', 'plan'],
    ['  /codex   approve  please', 'approve'],
    ['Thanks!\n/codex retry\nwith more memory', 'retry'],
    ['/Codex STATUS', 'status'],
  ])('reads %j as %s', (body, command) => {
    expect(parseSlashCommand(body)).toBe(command);
  });

  it.each(['/codexplan', 'please /codex approve', '> /codex approve', '/codex', 'codex plan', ''])(
    'finds no command in %j',
    (body) => {
      expect(parseSlashCommand(body)).toBeUndefined();
    },
  );
});

describe('pull_request_review', () => {
  const prNumber = example('pull_request_review', 'submitted').pull_request.number as number;

  it('fixes a codex pull request when a human requests changes', () => {
    expect(routeOf('pull_request_review', review('changes_requested'))).toEqual({
      kind: 'phase',
      phase: 'fix',
      target: prNumber,
    });
  });

  it('skips a pull request that is not on the orchestrator branch prefix', () => {
    // The unmodified example's head branch is "changes".
    const payload = review('changes_requested', {
      head: example('pull_request_review').pull_request.head.ref,
    });
    expect(routeOf('pull_request_review', payload)).toEqual({
      kind: 'skip',
      reason: `Pull request #${prNumber} is not one of the orchestrator's branches.`,
    });
  });

  it('skips changes requested by a bot', () => {
    expect(routeOf('pull_request_review', review('changes_requested', { userType: 'Bot' }))).toEqual({
      kind: 'skip',
      reason: 'The review was written by a bot.',
      heldFor: 'fix',
    });
  });

  it.each([
    ['the unmodified "commented" example', example('pull_request_review', 'submitted')],
    ['an approval', review('approved')],
    ['a dismissal', example('pull_request_review', 'dismissed')],
  ])('skips %s', (_, payload) => {
    expect(routeOf('pull_request_review', payload)).toEqual({
      kind: 'skip',
      reason: 'Only a human review that requests changes starts a fix.',
    });
  });
});

describe('pull_request', () => {
  const reviewed = ['opened', 'synchronize', 'reopened', 'ready_for_review'];

  it.each(reviewed)('reviews on pull_request.%s', (action) => {
    const payload = example('pull_request', action);
    expect(routeOf('pull_request', payload)).toEqual({
      kind: 'phase',
      phase: 'review',
      target: payload.pull_request.number,
    });
  });

  it.each(actionsOf('pull_request').filter((a) => ![...reviewed, 'closed'].includes(a)))(
    'skips pull_request.%s',
    (action) => {
      expect(routeOf('pull_request', example('pull_request', action))).toEqual({
        kind: 'skip',
        reason: `pull_request.${action} needs no review.`,
      });
    },
  );

  const closed = (head: string) =>
    example('pull_request', 'closed', { pull: { number: 7, head: { ref: head, sha: 'a'.repeat(40) } } });

  it.each(['pull_request', 'pull_request_target'])(
    "sends %s.closed of one of the action's branches to the control handler",
    (event) => {
      expect(routeOf(event, closed('codex/3-export-reports'))).toEqual({
        kind: 'control',
        command: PULL_CLOSED,
        target: 7,
      });
      expect(routeOf(event, closed('bot/3-export-reports'), 'bot')).toMatchObject({ kind: 'control' });
    },
  );

  it('lets no comment name the internal pull-closed event', () => {
    expect(routeOf('issue_comment', comment(`/codex ${PULL_CLOSED}`, { onPr: true }))).toMatchObject({
      kind: 'skip',
      reason: expect.stringContaining(`Unknown command '/codex ${PULL_CLOSED}'`),
    });
  });

  it.each([
    ['the unmodified example', example('pull_request', 'closed')],
    ['a branch of another prefix', closed('bot/3-export-reports')],
    ['a branch that only starts like the prefix', closed('codexy/3-export-reports')],
  ])('skips a closed pull request on %s', (_, payload) => {
    expect(routeOf('pull_request', payload)).toEqual({
      kind: 'skip',
      reason: `Pull request #${payload.pull_request.number} is not one of the orchestrator's branches; closing it needs no work.`,
    });
  });
});

describe('schedule', () => {
  it('scans the backlog', () => {
    // The examples package has no schedule payload; GitHub sends the cron line that fired.
    expect(routeOf('schedule', example('schedule', undefined, { schedule: '17 3 * * *' }))).toEqual({
      kind: 'phase',
      phase: 'scan',
      target: undefined,
    });
  });
});

describe('workflow_dispatch and repository_dispatch', () => {
  it('runs the phase named in the inputs, with its target', () => {
    const payload = example('workflow_dispatch', undefined, { inputs: { phase: 'review', target: '12' } });
    expect(routeOf('workflow_dispatch', payload)).toEqual({ kind: 'phase', phase: 'review', target: 12 });
  });

  it('accepts a target written as #12 or left empty', () => {
    const payload = example('workflow_dispatch');
    payload.inputs = { phase: 'plan', target: '#12' };
    expect(routeOf('workflow_dispatch', payload)).toMatchObject({ phase: 'plan', target: 12 });
    payload.inputs = { phase: 'scan', target: '' };
    expect(routeOf('workflow_dispatch', payload)).toMatchObject({ phase: 'scan', target: undefined });
  });

  it.each([
    ['no inputs (the unmodified example)', undefined],
    ['phase auto', { phase: 'auto' }],
  ])('skips a dispatch with %s', (_, inputs) => {
    const payload = example('workflow_dispatch', undefined, { inputs });
    expect(routeOf('workflow_dispatch', payload)).toEqual({
      kind: 'skip',
      reason: 'workflow_dispatch named no phase.',
    });
  });

  it('fails on a phase that does not exist, listing the phases', () => {
    const payload = example('workflow_dispatch', undefined, { inputs: { phase: 'deploy' } });
    expect(() => routeOf('workflow_dispatch', payload)).toThrow(
      "Invalid phase 'deploy' in the workflow_dispatch inputs. Expected one of: auto, scan, plan, dev, review, fix, verify, retro, setup.",
    );
  });

  it('reads repository_dispatch from client_payload', () => {
    const payload = example('repository_dispatch');
    expect(routeOf('repository_dispatch', payload)).toEqual({
      kind: 'skip',
      reason: 'repository_dispatch named no phase.',
    });
    payload.client_payload = { phase: 'fix', target: 7 };
    expect(routeOf('repository_dispatch', payload)).toEqual({ kind: 'phase', phase: 'fix', target: 7 });
  });
});

describe('other events', () => {
  it('skips an event that starts no phase, naming it', () => {
    expect(routeOf('push', example('push'))).toEqual({
      kind: 'skip',
      reason: "The event 'push' starts no phase.",
    });
  });

  it('skips when there is no event at all', () => {
    expect(routeOf('', {})).toEqual({ kind: 'skip', reason: "The event '(none)' starts no phase." });
  });
});

describe("eventSubject: the one reading of the event's target", () => {
  it.each([
    ['issues', example('issues', 'labeled', { issue: { number: 31 } }), { number: 31, kind: 'issue' }],
    ['issue_comment', comment('hi'), { number: comment('hi').issue.number, kind: 'issue' }],
    [
      'issue_comment',
      example('issue_comment', 'created', { issue: { number: 32, pullRequest: true } }),
      { number: 32, kind: 'pull_request' },
    ],
    [
      'pull_request',
      example('pull_request', 'opened', { pull: { number: 33 } }),
      { number: 33, kind: 'pull_request' },
    ],
    [
      'pull_request_target',
      example('pull_request', 'synchronize', { pull: { number: 34 } }),
      { number: 34, kind: 'pull_request' },
    ],
    [
      'pull_request_review',
      example('pull_request_review', 'submitted', { pull: { number: 35 } }),
      { number: 35, kind: 'pull_request' },
    ],
    [
      'workflow_dispatch',
      example('workflow_dispatch', undefined, { inputs: { phase: 'dev', target: '#36' } }),
      { number: 36, kind: undefined },
    ],
    [
      'repository_dispatch',
      { ...example('repository_dispatch'), client_payload: { target: 37 } },
      { number: 37, kind: undefined },
    ],
  ])('reads %s', (eventName, payload, subject) => {
    expect(eventSubject({ eventName, payload })).toEqual(subject);
  });

  it.each([
    ['push', example('push')],
    ['schedule', example('schedule')],
    ['workflow_dispatch', example('workflow_dispatch', undefined, { inputs: { phase: 'scan', target: '' } })],
    ['issues', {}],
  ])('finds none in %s', (eventName, payload) => {
    expect(eventSubject({ eventName, payload })).toBeUndefined();
  });
});

describe('resolveRoute: the phase and target inputs against the event', () => {
  const resolve = (phase: string, target: number | undefined, eventName: string, payload: Payload) =>
    resolveRoute(phase as never, target, { eventName, payload }, 'codex');
  const issueNumber = example('issues', 'labeled').issue.number as number;

  it('takes the target of a named phase from the event when the input is empty (the reported bug)', () => {
    expect(resolve('plan', undefined, 'issues', labeled('codex'))).toEqual({
      kind: 'phase',
      phase: 'plan',
      target: issueNumber,
    });
    expect(resolve('dev', undefined, 'issues', labeled('codex:ready'))).toEqual({
      kind: 'phase',
      phase: 'dev',
      target: issueNumber,
    });
    const opened = example('pull_request', 'opened', { pull: { number: 44 } });
    expect(resolve('review', undefined, 'pull_request', opened)).toMatchObject({
      phase: 'review',
      target: 44,
    });
    expect(resolve('verify', undefined, 'pull_request_target', opened)).toMatchObject({
      phase: 'verify',
      target: 44,
    });
    expect(resolve('review', undefined, 'pull_request_review', review('approved'))).toMatchObject({
      phase: 'review',
      target: review('approved').pull_request.number,
    });
    const dispatch = example('workflow_dispatch', undefined, { inputs: { target: '45' } });
    expect(resolve('verify', undefined, 'workflow_dispatch', dispatch)).toMatchObject({
      phase: 'verify',
      target: 45,
    });
  });

  it('runs a named phase even on an event that auto would skip (the workflow named it)', () => {
    // The unmodified example adds the label "bug", which starts nothing under auto.
    expect(resolve('plan', undefined, 'issues', example('issues', 'labeled'))).toEqual({
      kind: 'phase',
      phase: 'plan',
      target: issueNumber,
    });
    expect(resolve('setup', undefined, 'push', example('push'))).toEqual({
      kind: 'phase',
      phase: 'setup',
      target: undefined,
    });
  });

  it('lets the target input override the event, for every phase and under auto', () => {
    expect(resolve('plan', 9, 'issues', labeled('codex'))).toMatchObject({ target: 9 });
    expect(resolve('review', 9, 'pull_request', example('pull_request', 'opened'))).toMatchObject({
      target: 9,
    });
    expect(resolve('auto', 9, 'issues', labeled('codex'))).toMatchObject({ phase: 'plan', target: 9 });
    const dispatch = example('workflow_dispatch', undefined, { inputs: { phase: 'review', target: '12' } });
    expect(resolve('auto', 9, 'workflow_dispatch', dispatch)).toMatchObject({ phase: 'review', target: 9 });
  });

  it("does not read a dispatch's phase input when the workflow names the phase", () => {
    const dispatch = example('workflow_dispatch', undefined, { inputs: { phase: 'deploy', target: '12' } });
    expect(resolve('review', undefined, 'workflow_dispatch', dispatch)).toEqual({
      kind: 'phase',
      phase: 'review',
      target: 12,
    });
    expect(() => resolve('auto', undefined, 'workflow_dispatch', dispatch)).toThrow("Invalid phase 'deploy'");
  });

  it('sends slash-command bookkeeping to the control handler under auto, and passes skips on', () => {
    expect(resolve('auto', undefined, 'issue_comment', comment('/codex approve'))).toEqual({
      kind: 'phase',
      phase: 'control',
      target: comment('x').issue.number,
      command: 'approve',
    });
    expect(resolve('auto', undefined, 'issues', labeled('codex:ready', 'Bot'))).toEqual({
      kind: 'skip',
      reason: "'codex:ready' was added by a bot; dev starts when a human adds it.",
    });
  });

  describe('a named phase on a comment', () => {
    const onPr = (body: string) => comment(body, { onPr: true });

    it('runs for its own command, with the command', () => {
      expect(resolve('review', undefined, 'issue_comment', onPr('/codex review'))).toEqual({
        kind: 'phase',
        phase: 'review',
        target: onPr('x').issue.number,
        command: 'review',
      });
      expect(resolve('plan', 7, 'issue_comment', comment('/codex plan'))).toEqual({
        kind: 'phase',
        phase: 'plan',
        target: 7,
        command: 'plan',
      });
    });

    it('takes a reply on an issue waiting for clarification as the answer, as auto does', () => {
      const reply = comment('CSV, please.', { labels: ['codex', 'codex:needs-clarification'] });
      expect(resolve('plan', undefined, 'issue_comment', reply)).toEqual({
        kind: 'phase',
        phase: 'plan',
        target: reply.issue.number,
        command: 'answer',
      });
    });

    it.each([
      ['review', onPr('LGTM'), 'The comment holds no /codex review command.'],
      ['review', onPr('/codex fix please'), "The comment holds '/codex fix', not '/codex review'."],
      ['plan', comment('Thanks!'), 'The comment holds no /codex plan command.'],
      ['dev', comment('/codex approve'), "The comment holds '/codex approve', not '/codex dev'."],
    ])(
      'stays quiet under %s for any other comment, so its own comments cannot start it again',
      (phase, payload, reason) => {
        expect(resolve(phase, undefined, 'issue_comment', payload)).toEqual({ kind: 'skip', reason });
      },
    );

    it("gives routing's reason for its own command in the wrong place, or an edit", () => {
      expect(resolve('review', undefined, 'issue_comment', comment('/codex review'))).toEqual({
        kind: 'skip',
        reason: "'/codex review' works on pull requests only.",
      });
      const edited = example('issue_comment', 'edited', { comment: { body: 'LGTM' } });
      expect(resolve('review', undefined, 'issue_comment', edited)).toEqual({
        kind: 'skip',
        reason: 'issue_comment.edited needs no work.',
      });
    });
  });

  it('holds what a bot sent for the human who must send it, also for a named phase', () => {
    expect(resolve('dev', undefined, 'issues', labeled('codex:ready', 'Bot'))).toEqual({
      kind: 'skip',
      reason: "'codex:ready' was added by a bot; dev starts when a human adds it.",
    });
    expect(
      resolve('fix', undefined, 'pull_request_review', review('changes_requested', { userType: 'Bot' })),
    ).toEqual({
      kind: 'skip',
      reason: 'The review was written by a bot.',
    });
    // Only the phase the bot's event would start is held: plan may run on it when a workflow says so.
    expect(resolve('plan', undefined, 'issues', labeled('codex:ready', 'Bot'))).toMatchObject({
      kind: 'phase',
    });
  });
});
