import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { humanChangesSince } from '../../src/github/human-changes.js';
import { GITHUB_ACTIONS_BOT } from '../../src/github/identity.js';
import { type FakeGitHub, startGitHubServer } from '../harness/github-server.js';

// Who changed an issue lately, through the real client against the loopback GitHub, whose GraphQL
// schema check refuses a field or argument GitHub does not have.
let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startGitHubServer();
  gh.state.realClock = true;
});
afterEach(() => gh.assertNoViolations());
afterAll(() => gh.close());

const LONG_AGO = '2020-01-01T00:00:00Z';
const since = () => new Date(Date.now() - 3_600_000).toISOString();
const old = (title: string) => {
  const issue = gh.addIssue({ title });
  issue.createdAt = LONG_AGO;
  return issue.number;
};

describe('humanChangesSince', () => {
  it('finds a body edit, a rename and a label by people through the API; the action’s own changes do not count', async () => {
    const edited = old('Edited');
    const renamed = old('Renamed');
    const ours = old('Ours');
    const quiet = old('Quiet');
    const maintainer = gh.client('ghp_maintainer');
    await maintainer.rest.issues.update({ ...gh.repoRef, issue_number: edited, body: 'New scope.' });
    await maintainer.rest.issues.update({ ...gh.repoRef, issue_number: renamed, title: 'Renamed again' });
    const action = gh.client();
    await action.rest.issues.addLabels({ ...gh.repoRef, issue_number: ours, labels: ['codex:blocked'] });
    await action.rest.issues.createComment({ ...gh.repoRef, issue_number: ours, body: 'status' });

    const found = await humanChangesSince(
      gh.client(),
      gh.repoRef,
      [edited, renamed, ours, quiet, 9999],
      since(),
      GITHUB_ACTIONS_BOT,
    );
    expect(found.get(edited)).toMatchObject({ by: 'maintainer', what: 'edited the description' });
    expect(found.get(renamed)).toMatchObject({ by: 'maintainer', what: 'renamed it' });
    expect([...found.keys()].sort((a, b) => a - b)).toEqual([edited, renamed, ours, quiet]);
    expect(found.get(ours)).toBeUndefined();
    expect(found.get(quiet)).toBeUndefined();
    // A number that names no issue is left out, not an error.
    expect(found.has(9999)).toBe(false);
    expect(gh.calls('graphql')).toHaveLength(1);
  });

  it('counts another app as someone else, and more timeline items than it reads as a change', async () => {
    const byApp = old('By another app');
    gh.state.issueEvents.push({
      issueNumber: byApp,
      type: 'LabeledEvent',
      actor: 'renovate[bot]',
      createdAt: new Date().toISOString(),
    });
    const busy = old('Busy');
    for (let i = 0; i < 101; i++)
      gh.state.issueEvents.push({
        issueNumber: busy,
        type: 'LabeledEvent',
        actor: 'github-actions[bot]',
        createdAt: new Date().toISOString(),
      });
    const found = await humanChangesSince(
      gh.client(),
      gh.repoRef,
      [byApp, busy],
      since(),
      GITHUB_ACTIONS_BOT,
    );
    expect(found.get(byApp)).toMatchObject({ by: 'renovate[bot]', what: 'added a label' });
    expect(found.get(busy)).toMatchObject({ by: 'someone', what: 'made more than 100 changes' });
  });
});
