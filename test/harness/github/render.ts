import {
  type FakeAnnotation,
  type FakeCheckRun,
  type FakeComment,
  type FakeCommit,
  type FakeFile,
  type FakeIssue,
  type FakeLabel,
  type FakeReview,
  type FakeReviewComment,
  type FakeState,
  type FakeUser,
  fakeSha,
} from './state.js';

/**
 * GitHub's JSON for each record, with every property the OpenAPI description requires (the fake's
 * responses are validated against it too), urls pointing back at the loopback server.
 */

/** REST root (`http://127.0.0.1:PORT` or `…/api/v3`) and web root (html_url) of the server. */
export interface Urls {
  api: string;
  web: string;
}

export function userJson(urls: Urls, user: FakeUser | undefined, login = user?.login ?? 'ghost') {
  const u = user ?? { id: 10137, login, type: 'User' as const, name: null };
  const api = `${urls.api}/users/${encodeURIComponent(u.login)}`;
  return {
    login: u.login,
    id: u.id,
    node_id: Buffer.from(`04:${u.type}${u.id}`).toString('base64'),
    avatar_url: `${urls.web}/avatars/u/${u.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${urls.web}/${u.login.endsWith('[bot]') ? `apps/${u.login.slice(0, -5)}` : u.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: u.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

const user = (state: FakeState, urls: Urls, login: string) => userJson(urls, state.user(login), login);

function repoUrls(state: FakeState, urls: Urls) {
  const full = `${state.repo.owner}/${state.repo.name}`;
  return { api: `${urls.api}/repos/${full}`, web: `${urls.web}/${full}` };
}

export function repoJson(state: FakeState, urls: Urls) {
  const r = state.repo;
  const { api, web } = repoUrls(state, urls);
  const templated = (name: string, suffix = '') => `${api}/${name}${suffix}`;
  return {
    id: r.id,
    node_id: r.nodeId,
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    owner: user(state, urls, r.owner),
    private: r.visibility !== 'public',
    visibility: r.visibility,
    html_url: web,
    description: null,
    fork: false,
    url: api,
    ...Object.fromEntries([
      ['archive_url', `${api}/{archive_format}{/ref}`],
      ['assignees_url', templated('assignees', '{/user}')],
      ['blobs_url', templated('git/blobs', '{/sha}')],
      ['branches_url', templated('branches', '{/branch}')],
      ['collaborators_url', templated('collaborators', '{/collaborator}')],
      ['comments_url', templated('comments', '{/number}')],
      ['commits_url', templated('commits', '{/sha}')],
      ['compare_url', templated('compare/{base}...{head}')],
      ['contents_url', templated('contents/{+path}')],
      ['contributors_url', templated('contributors')],
      ['deployments_url', templated('deployments')],
      ['downloads_url', templated('downloads')],
      ['events_url', templated('events')],
      ['forks_url', templated('forks')],
      ['git_commits_url', templated('git/commits', '{/sha}')],
      ['git_refs_url', templated('git/refs', '{/sha}')],
      ['git_tags_url', templated('git/tags', '{/sha}')],
      ['hooks_url', templated('hooks')],
      ['issue_comment_url', templated('issues/comments', '{/number}')],
      ['issue_events_url', templated('issues/events', '{/number}')],
      ['issues_url', templated('issues', '{/number}')],
      ['keys_url', templated('keys', '{/key_id}')],
      ['labels_url', templated('labels', '{/name}')],
      ['languages_url', templated('languages')],
      ['merges_url', templated('merges')],
      ['milestones_url', templated('milestones', '{/number}')],
      ['notifications_url', templated('notifications{?since,all,participating}')],
      ['pulls_url', templated('pulls', '{/number}')],
      ['releases_url', templated('releases', '{/id}')],
      ['stargazers_url', templated('stargazers')],
      ['statuses_url', templated('statuses/{sha}')],
      ['subscribers_url', templated('subscribers')],
      ['subscription_url', templated('subscription')],
      ['tags_url', templated('tags')],
      ['teams_url', templated('teams')],
      ['trees_url', templated('git/trees', '{/sha}')],
    ]),
    clone_url: `${web}.git`,
    git_url: `${web.replace(/^https?/, 'git')}.git`,
    ssh_url: `git@${new URL(urls.web).host}:${r.owner}/${r.name}.git`,
    svn_url: web,
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    subscribers_count: 1,
    network_count: 0,
    size: 100,
    default_branch: r.defaultBranch,
    open_issues: state.issues.filter((i) => i.state === 'open').length,
    open_issues_count: state.issues.filter((i) => i.state === 'open').length,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: '2025-01-01T00:00:00Z',
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    allow_forking: true,
    web_commit_signoff_required: false,
  };
}

/** A commit as `GET /pulls/{n}/commits` lists it (schema `commit`). */
export function commitJson(state: FakeState, urls: Urls, c: FakeCommit) {
  const { api, web } = repoUrls(state, urls);
  const person = { name: c.name, email: c.email, date: c.date };
  const account = c.login ? user(state, urls, c.login) : null;
  return {
    url: `${api}/commits/${c.sha}`,
    sha: c.sha,
    node_id: state.nodeId('C', Number.parseInt(c.sha.slice(0, 8), 16)),
    html_url: `${web}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: person,
      committer: person,
      message: c.message,
      comment_count: 0,
      tree: { sha: fakeSha(`tree ${c.sha}`), url: `${api}/git/trees/${fakeSha(`tree ${c.sha}`)}` },
    },
    author: account,
    committer: account,
    parents: c.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${web}/commit/${sha}`,
    })),
  };
}

export function labelJson(state: FakeState, urls: Urls, label: FakeLabel) {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: `${repoUrls(state, urls).api}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  };
}

export function issueJson(state: FakeState, urls: Urls, issue: FakeIssue) {
  const { api, web } = repoUrls(state, urls);
  const base = `${api}/issues/${issue.number}`;
  const subIssues = issue.subIssueIds.map((id) => state.issueById(id)).filter((i) => i !== undefined);
  const completed = subIssues.filter((i) => i.state === 'closed').length;
  return {
    id: issue.id,
    node_id: issue.nodeId,
    url: base,
    repository_url: api,
    labels_url: `${base}/labels{/name}`,
    comments_url: `${base}/comments`,
    events_url: `${base}/events`,
    html_url: `${web}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: user(state, urls, issue.author),
    labels: issue.labels.map((name) => labelJson(state, urls, state.ensureLabel(name))),
    assignee: issue.assignees[0] ? user(state, urls, issue.assignees[0]) : null,
    assignees: issue.assignees.map((login) => user(state, urls, login)),
    milestone: null,
    locked: issue.locked,
    active_lock_reason: null,
    comments: state.comments.filter((c) => c.issueNumber === issue.number).length,
    ...(issue.pull
      ? {
          pull_request: {
            url: `${api}/pulls/${issue.number}`,
            html_url: `${web}/pull/${issue.number}`,
            diff_url: `${web}/pull/${issue.number}.diff`,
            patch_url: `${web}/pull/${issue.number}.patch`,
            merged_at: issue.pull.mergedAt,
          },
          draft: issue.pull.draft,
        }
      : {}),
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: association(state, issue.author),
    sub_issues_summary: {
      total: subIssues.length,
      completed,
      percent_completed: subIssues.length ? Math.round((completed / subIssues.length) * 100) : 0,
    },
    issue_dependencies_summary: dependenciesSummary(state, issue),
  };
}

/** GitHub's counts of an issue's dependencies: `blocked_by`/`blocking` count open issues, `total_*` all. */
function dependenciesSummary(state: FakeState, issue: FakeIssue) {
  const blockers = issue.blockedByIds.map((id) => state.issueById(id)).filter((i) => i !== undefined);
  const blocked = state.issues.filter((i) => i.blockedByIds.includes(issue.id));
  const open = (list: FakeIssue[]) => list.filter((i) => i.state === 'open').length;
  return {
    blocked_by: open(blockers),
    blocking: open(blocked),
    total_blocked_by: blockers.length,
    total_blocking: blocked.length,
  };
}

export function commentJson(state: FakeState, urls: Urls, comment: FakeComment) {
  const { api, web } = repoUrls(state, urls);
  const issue = state.issue(comment.issueNumber);
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${web}/${issue?.pull ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: user(state, urls, comment.author),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: association(state, comment.author),
  };
}

export function association(state: FakeState, login: string): 'OWNER' | 'COLLABORATOR' | 'MEMBER' | 'NONE' {
  if (login.toLowerCase() === state.repo.owner.toLowerCase()) return 'OWNER';
  return state.collaborators.has(login.toLowerCase()) ? 'COLLABORATOR' : 'NONE';
}

export function fileJson(state: FakeState, urls: Urls, pullHeadSha: string, file: FakeFile) {
  const { api, web } = repoUrls(state, urls);
  const path = file.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${web}/blob/${pullHeadSha}/${path}`,
    raw_url: `${web}/raw/${pullHeadSha}/${path}`,
    contents_url: `${api}/contents/${path}?ref=${pullHeadSha}`,
    ...(file.patch !== undefined ? { patch: file.patch } : {}),
    ...(file.previousFilename ? { previous_filename: file.previousFilename } : {}),
  };
}

export function reviewJson(state: FakeState, urls: Urls, review: FakeReview) {
  const { api, web } = repoUrls(state, urls);
  return {
    id: review.id,
    node_id: review.nodeId,
    user: user(state, urls, review.author),
    body: review.body,
    state: review.state,
    html_url: `${web}/pull/${review.pullNumber}#pullrequestreview-${review.id}`,
    pull_request_url: `${api}/pulls/${review.pullNumber}`,
    _links: {
      html: { href: `${web}/pull/${review.pullNumber}#pullrequestreview-${review.id}` },
      pull_request: { href: `${api}/pulls/${review.pullNumber}` },
    },
    ...(review.submittedAt ? { submitted_at: review.submittedAt } : {}),
    commit_id: review.commitId,
    author_association: association(state, review.author),
  };
}

export function reviewCommentJson(state: FakeState, urls: Urls, c: FakeReviewComment) {
  const { api, web } = repoUrls(state, urls);
  const html = `${web}/pull/${c.pullNumber}#discussion_r${c.id}`;
  return {
    url: `${api}/pulls/comments/${c.id}`,
    pull_request_review_id: c.reviewId,
    id: c.id,
    node_id: c.nodeId,
    diff_hunk: c.diffHunk,
    path: c.path,
    position: c.line,
    original_position: c.line ?? 1,
    commit_id: c.commitId,
    original_commit_id: c.commitId,
    ...(c.inReplyToId ? { in_reply_to_id: c.inReplyToId } : {}),
    user: user(state, urls, c.author),
    body: c.body,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    html_url: html,
    pull_request_url: `${api}/pulls/${c.pullNumber}`,
    author_association: association(state, c.author),
    _links: {
      self: { href: `${api}/pulls/comments/${c.id}` },
      html: { href: html },
      pull_request: { href: `${api}/pulls/${c.pullNumber}` },
    },
    side: c.side,
    start_side: c.startSide,
    ...(c.line !== null ? { line: c.line, original_line: c.line } : {}),
    start_line: c.startLine,
    original_start_line: c.startLine,
    subject_type: c.subjectType,
  };
}

export function checkRunJson(state: FakeState, urls: Urls, run: FakeCheckRun) {
  const { api, web } = repoUrls(state, urls);
  const slug = run.createdBy.replace(/\[bot\]$/, '');
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: run.nodeId,
    external_id: run.externalId,
    url: `${api}/check-runs/${run.id}`,
    html_url: `${web}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      ...run.output,
      annotations_count: run.annotations.length,
      annotations_url: `${api}/check-runs/${run.id}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.id + 1 },
    app: {
      id: 15368,
      slug,
      node_id: 'MDM6QXBwMTUzNjg=',
      client_id: 'Iv1.0000000000000000',
      owner: user(state, urls, state.repo.owner),
      name: slug,
      description: null,
      external_url: urls.web,
      html_url: `${urls.web}/apps/${slug}`,
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2024-04-10T20:33:16Z',
      permissions: { checks: 'write', metadata: 'read' },
      events: [],
    },
    pull_requests: [],
  };
}

export function annotationJson(state: FakeState, urls: Urls, run: FakeCheckRun, a: FakeAnnotation) {
  return { ...a, blob_href: `${repoUrls(state, urls).web}/blob/${run.headSha}/${a.path}` };
}
