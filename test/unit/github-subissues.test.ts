import { describe, expect, it } from 'vitest';
import { GITHUB_ACTIONS_BOT } from '../../src/github/identity.js';
import { findOwnSubIssue, subtaskMarker } from '../../src/github/subissues.js';

const marker = subtaskMarker(7, 'Export reports as JSON');
const issue = (number: number, user: { login: string; type?: string } | null, body = marker) => ({
  number,
  id: number * 10,
  title: 'Export reports as JSON',
  body,
  user,
});

describe('findOwnSubIssue', () => {
  it("adopts only an issue with the subtask's marker that the action's identity wrote", () => {
    const own = issue(3, { login: 'github-actions[bot]', type: 'Bot' });
    expect(findOwnSubIssue([own], marker, GITHUB_ACTIONS_BOT)).toBe(own);
    // Same title and even the marker, but someone else's issue.
    expect(findOwnSubIssue([issue(4, { login: 'mallory', type: 'User' })], marker, GITHUB_ACTIONS_BOT)).toBe(
      undefined,
    );
    // A user cannot stand in for the bot by login alone.
    expect(
      findOwnSubIssue([issue(5, { login: 'github-actions[bot]', type: 'User' })], marker, GITHUB_ACTIONS_BOT),
    ).toBe(undefined);
    expect(findOwnSubIssue([issue(6, null)], marker, GITHUB_ACTIONS_BOT)).toBe(undefined);
    // The action's own issue without the marker (another parent's piece) is not this subtask.
    expect(
      findOwnSubIssue(
        [issue(8, { login: 'github-actions[bot]', type: 'Bot' }, subtaskMarker(9, 'Export reports as JSON'))],
        marker,
        GITHUB_ACTIONS_BOT,
      ),
    ).toBe(undefined);
  });

  it("trusts a GitHub App's identity the same way", () => {
    const app = { login: 'codex-orchestrator-app[bot]', type: 'Bot' as const };
    const own = issue(3, { login: 'Codex-Orchestrator-App[bot]', type: 'Bot' });
    expect(findOwnSubIssue([own], marker, app)).toBe(own);
    expect(findOwnSubIssue([issue(4, { login: 'github-actions[bot]', type: 'Bot' })], marker, app)).toBe(
      undefined,
    );
  });
});
