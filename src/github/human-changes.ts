import type { GitHubClient, RepoRef } from './client.js';
import { type ActionIdentity, isIdentity } from './identity.js';

/**
 * Who, other than the action, changed an issue lately: what the retrospective asks before it closes
 * one (a person who just filed, edited, labelled or discussed an item has not given it up). One
 * GraphQL request answers for up to {@link ISSUES_PER_QUERY} issues.
 */

/** The newest change someone other than the action made. */
export interface HumanChange {
  /** The login (a bot's with `[bot]`), or `a deleted account`. */
  by: string;
  at: string;
  /** `opened it`, `commented`, `added a label`, `edited the description`… */
  what: string;
}

const ISSUES_PER_QUERY = 50;
/** The newest timeline items read per issue; more since `since` counts as a change. */
const ITEMS_PER_ISSUE = 100;

/** Timeline items that change an issue, and how the report words each. */
const ITEMS: Record<string, { type: string; what: string; who: 'actor' | 'author' }> = {
  ISSUE_COMMENT: { type: 'IssueComment', what: 'commented', who: 'author' },
  LABELED_EVENT: { type: 'LabeledEvent', what: 'added a label', who: 'actor' },
  UNLABELED_EVENT: { type: 'UnlabeledEvent', what: 'removed a label', who: 'actor' },
  RENAMED_TITLE_EVENT: { type: 'RenamedTitleEvent', what: 'renamed it', who: 'actor' },
  REOPENED_EVENT: { type: 'ReopenedEvent', what: 'reopened it', who: 'actor' },
  ASSIGNED_EVENT: { type: 'AssignedEvent', what: 'assigned it', who: 'actor' },
  UNASSIGNED_EVENT: { type: 'UnassignedEvent', what: 'unassigned it', who: 'actor' },
  MILESTONED_EVENT: { type: 'MilestonedEvent', what: 'set a milestone', who: 'actor' },
  DEMILESTONED_EVENT: { type: 'DemilestonedEvent', what: 'removed the milestone', who: 'actor' },
};

type Actor = { login: string; __typename: string } | null;
type Item = { __typename: string; createdAt: string; actor?: Actor; author?: Actor };
type IssueAnswer = {
  createdAt: string;
  author: Actor;
  lastEditedAt: string | null;
  editor: Actor;
  timelineItems: { pageInfo: { hasPreviousPage: boolean }; nodes: (Item | null)[] };
} | null;

const actorFields = '{ login __typename }';
const itemFields = Object.values(ITEMS)
  .map(({ type, who }) => `... on ${type} { createdAt ${who} ${actorFields} }`)
  .join(' ');

const loginOf = (actor: Actor) =>
  actor ? (actor.__typename === 'Bot' ? `${actor.login}[bot]` : actor.login) : 'a deleted account';

/**
 * For each issue, the newest change since `since` by anyone but the action (undefined: none). An
 * issue with more timeline items since then than are read counts as changed. Numbers that name no
 * issue are left out of the answer.
 */
export async function humanChangesSince(
  client: GitHubClient,
  repo: RepoRef,
  numbers: readonly number[],
  since: string,
  identity: ActionIdentity,
): Promise<Map<number, HumanChange | undefined>> {
  const found = new Map<number, HumanChange | undefined>();
  const unique = [...new Set(numbers)].filter((n) => Number.isSafeInteger(n) && n > 0);
  const other = (actor: Actor) =>
    !actor ||
    !isIdentity({ login: loginOf(actor), type: actor.__typename === 'Bot' ? 'Bot' : 'User' }, identity);
  const from = Date.parse(since);
  for (let i = 0; i < unique.length; i += ISSUES_PER_QUERY) {
    const batch = unique.slice(i, i + ISSUES_PER_QUERY);
    // Numbers are integers checked above, so writing them into the document is safe.
    const fields = batch
      .map(
        (n) =>
          `i${n}: issue(number: ${n}) { createdAt author ${actorFields} lastEditedAt editor ${actorFields} ` +
          `timelineItems(since: $since, last: ${ITEMS_PER_ISSUE}, itemTypes: [${Object.keys(ITEMS).join(', ')}]) ` +
          `{ pageInfo { hasPreviousPage } nodes { __typename ${itemFields} } } }`,
      )
      .join('\n');
    const query = `query RetroHumanChanges($owner: String!, $name: String!, $since: DateTime!) {\n  repository(owner: $owner, name: $name) {\n${fields}\n  }\n}`;
    let answer: { repository: Record<string, IssueAnswer> | null };
    try {
      answer = await client.graphql(query, { owner: repo.owner, name: repo.repo, since });
    } catch (error) {
      // A number that names no issue is an error next to the data of the others (type NOT_FOUND).
      const partial = (error as { data?: typeof answer }).data;
      const errors = (error as { errors?: { type?: string }[] }).errors ?? [];
      if (!partial || errors.some((e) => e.type !== 'NOT_FOUND')) throw error;
      answer = partial;
    }
    for (const n of batch) {
      const issue = answer.repository?.[`i${n}`];
      if (!issue) continue;
      const changes: HumanChange[] = [];
      const note = (actor: Actor, at: string | null, what: string) => {
        if (at && Date.parse(at) >= from && other(actor)) changes.push({ by: loginOf(actor), at, what });
      };
      note(issue.author, issue.createdAt, 'opened it');
      note(issue.editor, issue.lastEditedAt, 'edited the description');
      const nodes = issue.timelineItems.nodes.filter((x): x is Item => x !== null);
      for (const item of nodes) {
        const kind = Object.values(ITEMS).find((k) => k.type === item.__typename);
        if (kind)
          note(
            kind.who === 'actor' ? (item.actor ?? null) : (item.author ?? null),
            item.createdAt,
            kind.what,
          );
      }
      if (changes.length === 0 && issue.timelineItems.pageInfo.hasPreviousPage) {
        changes.push({ by: 'someone', at: since, what: `made more than ${ITEMS_PER_ISSUE} changes` });
      }
      found.set(n, changes.sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0]);
    }
  }
  return found;
}
