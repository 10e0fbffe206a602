import { issueJson, repoJson, type Urls, userJson } from './render.js';
import { type FakeIssue, type FakeState, fakeSha } from './state.js';

/** A pull request's JSON: the list form (`full` false) or the single-PR form with counts and merge state. */
export function pullJson(state: FakeState, urls: Urls, issue: FakeIssue, full: boolean) {
  const pull = issue.pull;
  if (!pull) throw new Error(`#${issue.number} is not a pull request`);
  const { url: _url, html_url, ...base } = issueJson(state, urls, issue);
  const api = `${urls.api}/repos/${state.repo.owner}/${state.repo.name}`;
  const repo = repoJson(state, urls);
  const side = (ref: string, sha: string, owner: string, repoName: string) => {
    const fork = owner !== state.repo.owner || repoName !== state.repo.name;
    const sideRepo = fork
      ? {
          ...repo,
          id: repo.id + 1,
          name: repoName,
          full_name: `${owner}/${repoName}`,
          fork: true,
          owner: userJson(urls, state.user(owner), owner),
        }
      : repo;
    return {
      label: `${owner}:${ref}`,
      ref,
      sha,
      user: userJson(urls, state.user(owner), owner),
      repo: sideRepo,
    };
  };
  const review = state.reviewComments.filter((c) => c.pullNumber === issue.number).length;
  const json = {
    url: `${api}/pulls/${issue.number}`,
    id: issue.id,
    node_id: issue.nodeId.replace(/^I_/, 'PR_'),
    html_url,
    diff_url: `${html_url}.diff`,
    patch_url: `${html_url}.patch`,
    issue_url: `${api}/issues/${issue.number}`,
    commits_url: `${api}/pulls/${issue.number}/commits`,
    review_comments_url: `${api}/pulls/${issue.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${issue.number}/comments`,
    statuses_url: `${api}/statuses/${pull.head.sha}`,
    number: issue.number,
    state: issue.state,
    locked: base.locked,
    title: issue.title,
    user: base.user,
    body: issue.body,
    labels: base.labels,
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.merged ? fakeSha(`merge ${issue.number}`) : null,
    assignee: base.assignee,
    assignees: base.assignees,
    requested_reviewers: pull.requestedReviewers.map((login) => userJson(urls, state.user(login), login)),
    requested_teams: pull.requestedTeams.map((slug, i) => teamJson(urls, state.repo.owner, slug, i)),
    head: side(pull.head.ref, pull.head.sha, pull.head.owner, pull.head.repo),
    base: side(pull.base.ref, pull.base.sha, state.repo.owner, state.repo.name),
    _links: Object.fromEntries(
      Object.entries({
        self: `${api}/pulls/${issue.number}`,
        html: html_url,
        issue: `${api}/issues/${issue.number}`,
        comments: `${api}/issues/${issue.number}/comments`,
        review_comments: `${api}/pulls/${issue.number}/comments`,
        review_comment: `${api}/pulls/comments{/number}`,
        commits: `${api}/pulls/${issue.number}/commits`,
        statuses: `${api}/statuses/${pull.head.sha}`,
      }).map(([k, href]) => [k, { href }]),
    ),
    author_association: base.author_association,
    auto_merge: null,
    draft: pull.draft,
  };
  if (!full) return json;
  return {
    ...json,
    merged: pull.merged,
    mergeable: issue.state === 'open' ? true : null,
    rebaseable: issue.state === 'open' ? true : null,
    mergeable_state: pull.draft ? 'draft' : 'clean',
    merged_by: pull.mergedBy ? userJson(urls, state.user(pull.mergedBy), pull.mergedBy) : null,
    comments: base.comments,
    review_comments: review,
    maintainer_can_modify: false,
    commits: 1,
    additions: pull.files.reduce((n, f) => n + f.additions, 0),
    deletions: pull.files.reduce((n, f) => n + f.deletions, 0),
    changed_files: pull.files.length,
  };
}

export function teamJson(urls: Urls, org: string, slug: string, index: number) {
  const url = `${urls.api}/orgs/${org}/teams/${slug}`;
  return {
    id: 9000 + index,
    node_id: `T_kwDO${index}`,
    url,
    members_url: `${url}/members{/member}`,
    name: slug,
    description: null,
    permission: 'push',
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    html_url: `${urls.web}/orgs/${org}/teams/${slug}`,
    repositories_url: `${url}/repos`,
    slug,
    parent: null,
    type: 'organization',
  };
}
