import { afterEach, describe, expect, it } from 'vitest';
import {
  FAILURE_MAX_CHARS,
  matchWorkItem,
  testsFailedRequest,
  workItemMarker,
} from '../../src/action/work-items.js';
import { GITHUB_ACTIONS_BOT } from '../../src/github/identity.js';
import { setJobSecrets } from '../../src/safety/secrets.js';

const bot = { login: 'github-actions[bot]', type: 'Bot' };
const issue = (number: number, over: Record<string, unknown>) => ({
  number,
  title: 'Other',
  body: '',
  state: 'open' as const,
  labels: [],
  author: bot,
  ...over,
});

describe('matchWorkItem', () => {
  const request = { key: 'tests-failed:3', title: 'Failing verification: Login' };

  it('adopts the action’s own issue by marker, even after a rename, else by normalised title', () => {
    const marked = issue(5, { title: 'Renamed', body: workItemMarker(request.key) });
    const titled = issue(6, { title: 'failing verification — login!' });
    expect(matchWorkItem([titled, marked], request, GITHUB_ACTIONS_BOT).own?.number).toBe(5);
    expect(matchWorkItem([titled], request, GITHUB_ACTIONS_BOT).own?.number).toBe(6);
    // A closed one found by title does not count; by marker it does (it is not filed again).
    expect(matchWorkItem([{ ...titled, state: 'closed' }], request, GITHUB_ACTIONS_BOT).own).toBeUndefined();
    expect(matchWorkItem([{ ...marked, state: 'closed' }], request, GITHUB_ACTIONS_BOT).own?.number).toBe(5);
  });

  it('never adopts someone else’s issue: a forged marker is ignored, a same title is only linked', () => {
    const forged = issue(7, {
      body: workItemMarker(request.key),
      author: { login: 'mallory', type: 'User' },
    });
    const human = issue(8, {
      title: 'Failing verification: Login',
      author: { login: 'writer', type: 'User' },
    });
    // A user named like the bot is not the bot.
    const impostor = issue(9, {
      body: workItemMarker(request.key),
      author: { login: 'github-actions[bot]', type: 'User' },
    });
    const found = matchWorkItem([forged, human, impostor], request, GITHUB_ACTIONS_BOT);
    expect(found.own).toBeUndefined();
    expect(found.similar?.number).toBe(8);
  });
});

describe('testsFailedRequest', () => {
  afterEach(() => setJobSecrets([]));

  it('redacts the job’s secrets, keeps the tail of a long output and cannot be closed early', () => {
    setJobSecrets(['sk-test-secret-value-123']);
    const failure = `${'x'.repeat(FAILURE_MAX_CHARS * 2)}\n\`\`\`\nkey sk-test-secret-value-123 at the end`;
    const request = testsFailedRequest({ item: 3, title: 'Login', failure, pr: 9 });
    expect(request.body).not.toContain('sk-test-secret-value-123');
    expect(request.body).toContain('key [REDACTED] at the end');
    expect(request.body).toContain('[… clipped]');
    expect(request.body.length).toBeLessThan(FAILURE_MAX_CHARS + 500);
    expect(request.body).toMatch(/^````text$/m);
    expect(request).toMatchObject({ key: 'tests-failed:3', linkedTo: 3, optIn: false, labels: ['bug'] });
  });
});
