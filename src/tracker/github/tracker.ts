import type { Config } from '../../config.js';
import type { GitIdentity } from '../../git/commit.js';
import type { GitHubClient, RepoRef } from '../../github/client.js';
import { findMarkedComment, upsertMarkedComment } from '../../github/comments.js';
import { readDefaultBranchFile } from '../../github/content.js';
import type { ActionIdentity } from '../../github/identity.js';
import { bindKey, blockContext } from '../../safety/block-mac.js';
import type { HoldStore, ItemTracker, SessionStore } from '../port.js';
import { HOLD_MARKER, HoldTooLargeError, parseHold, renderHold, renderReleased } from './hold.js';
import { saveItemState } from './store.js';

/** The commit identity for the action's token: `<login>` with GitHub's noreply address. */
export function authorFor(identity: ActionIdentity): GitIdentity {
  if (identity.login === 'github-actions[bot]') {
    return { name: identity.login, email: '41898282+github-actions[bot]@users.noreply.github.com' };
  }
  return { name: identity.login, email: `${identity.login}@users.noreply.github.com` };
}

/** What the GitHub tracker of one issue is made of; the Action's item job has all of it. */
export interface GitHubTrackerParts {
  client: GitHubClient;
  repo: RepoRef;
  identity: ActionIdentity;
  /** The issue the item is. */
  issue: number;
  writes: boolean;
  runUrl: string;
  pricing: Config['pricing'];
  /** The encrypted session refs (src/tracker/github/sessions.ts), with the job's push credentials. */
  sessions: SessionStore;
}

/**
 * The GitHub tracker (DESIGN §3): the state in the issue's status comment, held commits in a
 * comment of the action's own, sessions in an encrypted ref. Every write is printed instead when
 * the job may not write (a dry run, autonomy `observe`).
 */
export function githubItemTracker(parts: GitHubTrackerParts): ItemTracker {
  const { client, repo, identity, issue, writes } = parts;
  /** The hold's MAC key, bound to this repository and issue; none when the job holds no secret. */
  const holdAuth = () =>
    identity.key ? bindKey(identity.key, blockContext('hold', repo, { issue })) : undefined;
  const holds: HoldStore = {
    async save(held) {
      let body: string;
      try {
        body = renderHold(issue, held, held.mbox, held.diff, held.reason, holdAuth());
      } catch (error) {
        if (error instanceof HoldTooLargeError) return { kind: 'too_large', reason: error.message };
        throw error;
      }
      await upsertMarkedComment(client, repo, issue, HOLD_MARKER, body, identity, { dryRun: !writes });
      return { kind: 'held' };
    },
    async read() {
      const comment = await findMarkedComment(client, repo, issue, HOLD_MARKER, identity);
      return comment ? parseHold(comment.body, holdAuth()) : undefined;
    },
    async released(hold, by, sha) {
      await upsertMarkedComment(
        client,
        repo,
        issue,
        HOLD_MARKER,
        renderReleased(issue, hold, by, sha),
        identity,
        {
          dryRun: !writes,
        },
      );
    },
  };
  return {
    repository: `${repo.owner}/${repo.repo}`,
    runUrl: parts.runUrl,
    writes,
    author: authorFor(identity),
    say: { retry: 'comment /codex retry', approve: 'comment /codex approve' },
    async saveState(state) {
      await saveItemState(client, repo, issue, identity, state, {
        dryRun: !writes,
        runUrl: parts.runUrl,
        pricing: parts.pricing,
      });
    },
    readDefaultBranchFile: (path) => readDefaultBranchFile(client, repo, path),
    holds,
    sessions: parts.sessions,
  };
}
