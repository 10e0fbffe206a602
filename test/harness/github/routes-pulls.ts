import { commentableLines, diffHunkFor, filesFromDiff, unifiedDiff } from './diff.js';
import { commitJson, fileJson, reviewCommentJson, reviewJson, userJson } from './render.js';
import { pullJson, teamJson } from './render-pull.js';
import { ghError, notFound, page, type Route, type RouteRequest, sortBy } from './route.js';
import { type FakeIssue, type FakeReviewComment, fakeSha } from './state.js';

/** Pull requests: the PR itself, its diff and files, reviews, review comments, requested reviewers. */

const pullOf = (req: RouteRequest): (FakeIssue & { pull: NonNullable<FakeIssue['pull']> }) | undefined => {
  const issue = req.state.issue(Number(req.params.pull_number));
  return issue?.pull ? (issue as FakeIssue & { pull: NonNullable<FakeIssue['pull']> }) : undefined;
};

/** Checks a review comment's placement the way GitHub does, and stores it. */
function addReviewComment(
  req: RouteRequest,
  pr: FakeIssue & { pull: NonNullable<FakeIssue['pull']> },
  reviewId: number,
  commitId: string,
  c: {
    path: string;
    body: string;
    line?: number;
    side?: 'LEFT' | 'RIGHT';
    start_line?: number;
    start_side?: 'LEFT' | 'RIGHT';
    position?: number;
    subject_type?: 'line' | 'file';
    in_reply_to?: number;
  },
): FakeReviewComment | string {
  const file = pr.pull.files.find((f) => f.filename === c.path);
  if (!file) return 'Path could not be resolved';
  const side = c.side ?? 'RIGHT';
  const subjectType = c.subject_type ?? 'line';
  let line: number | null = c.line ?? null;
  if (subjectType === 'line') {
    if (c.position !== undefined && c.line === undefined) return 'position is deprecated: use line and side';
    if (line === null) return 'Line could not be resolved';
    const allowed = commentableLines(file.patch);
    if (!allowed[side].has(line)) return 'Line could not be resolved';
    if (c.start_line !== undefined) {
      const startSide = c.start_side ?? side;
      if (!allowed[startSide].has(c.start_line)) return 'Start line could not be resolved';
      if (startSide === side && c.start_line >= line) return 'start_line must precede line';
    }
  } else {
    line = null;
  }
  const id = req.state.id();
  const now = req.state.now();
  const comment: FakeReviewComment = {
    id,
    nodeId: req.state.nodeId('PRRC', id),
    reviewId,
    pullNumber: pr.number,
    path: c.path,
    line,
    side,
    startLine: c.start_line ?? null,
    startSide: c.start_line !== undefined ? (c.start_side ?? side) : null,
    subjectType,
    body: c.body,
    author: req.login,
    commitId,
    diffHunk: diffHunkFor(file.patch, line, side),
    resolved: false,
    createdAt: now,
    updatedAt: now,
  };
  return comment;
}

export const pullRoutes: Record<string, Route> = {
  'pulls/list': (req) => {
    const state = req.query.get('state') ?? 'open';
    const head = req.query.get('head');
    const base = req.query.get('base');
    const pulls = req.state.issues.filter(
      (i) =>
        i.pull &&
        (state === 'all' || i.state === state) &&
        (!head || `${i.pull.head.owner}:${i.pull.head.ref}`.toLowerCase() === head.toLowerCase()) &&
        (!base || i.pull.base.ref === base),
    );
    return page(
      req,
      sortBy(req, pulls).map((p) => pullJson(req.state, req.urls, p, false)),
    );
  },

  'pulls/get': (req) => {
    const pr = pullOf(req);
    if (!pr) return notFound();
    if (/application\/vnd\.github(\.v3)?\.diff/.test(req.accept)) {
      return { status: 200, text: unifiedDiff(pr.pull.files), contentType: 'text/plain; charset=utf-8' };
    }
    return { status: 200, body: pullJson(req.state, req.urls, pr, true) };
  },

  'pulls/create': async (req) => {
    const { state } = req;
    const [headOwner, headRef] = String(req.body.head).includes(':')
      ? String(req.body.head).split(':', 2)
      : [state.repo.owner, String(req.body.head)];
    const baseRef = String(req.body.base);
    const headSha = await state.branchSha(headRef ?? '');
    if (!headSha) {
      return ghError(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
    }
    const open = state.issues.find(
      (i) => i.pull && i.state === 'open' && i.pull.head.ref === headRef && i.pull.base.ref === baseRef,
    );
    if (open) {
      return ghError(422, 'Validation Failed', [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${headOwner}:${headRef}.`,
        },
      ]);
    }
    const id = state.id();
    const now = state.now();
    const issue: FakeIssue = {
      id,
      nodeId: state.nodeId('I', id),
      number: state.number(),
      title: String(req.body.title ?? headRef),
      body: req.body.body ?? null,
      state: 'open',
      stateReason: null,
      author: req.login,
      labels: [],
      assignees: [],
      locked: false,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      subIssueIds: [],
      blockedByIds: [],
      pull: {
        head: {
          ref: headRef ?? '',
          sha: headSha,
          owner: headOwner ?? state.repo.owner,
          repo: state.repo.name,
        },
        base: { ref: baseRef, sha: (await state.branchSha(baseRef)) ?? fakeSha(baseRef) },
        draft: Boolean(req.body.draft),
        merged: false,
        mergedAt: null,
        files:
          (await state.pullFiles?.(headRef ?? '', baseRef)) ??
          (state.git ? filesFromDiff(await state.git.diff(baseRef, headRef ?? '')) : []),
        requestedReviewers: [],
        requestedTeams: [],
      },
    };
    state.issues.push(issue);
    return { status: 201, body: pullJson(state, req.urls, issue, true) };
  },

  'pulls/update': (req) => {
    const pr = pullOf(req);
    if (!pr) return notFound();
    if (req.body.title !== undefined) pr.title = req.body.title;
    if (req.body.body !== undefined) pr.body = req.body.body;
    if (req.body.state) {
      pr.state = req.body.state;
      pr.closedAt = req.body.state === 'closed' ? req.state.now() : null;
    }
    if (req.body.base) pr.pull.base.ref = req.body.base;
    pr.updatedAt = req.state.now();
    return { status: 200, body: pullJson(req.state, req.urls, pr, true) };
  },

  'pulls/list-files': (req) => {
    const pr = pullOf(req);
    if (!pr) return notFound();
    return page(
      req,
      pr.pull.files.map((f) => fileJson(req.state, req.urls, pr.pull.head.sha, f)),
    );
  },

  'pulls/list-commits': (req) => {
    const pr = pullOf(req);
    if (!pr) return notFound();
    const commits = pr.pull.commits ?? [
      {
        sha: pr.pull.head.sha,
        login: pr.author,
        name: pr.author,
        email: `${pr.author}@users.noreply.github.com`,
        message: pr.title,
        date: pr.createdAt,
        parents: [pr.pull.base.sha],
      },
    ];
    return page(
      req,
      commits.map((c) => commitJson(req.state, req.urls, c)),
    );
  },

  'pulls/list-reviews': (req) => {
    const pr = pullOf(req);
    if (!pr) return notFound();
    const reviews = req.state.reviews.filter((r) => r.pullNumber === pr.number);
    return page(
      req,
      reviews.map((r) => reviewJson(req.state, req.urls, r)),
    );
  },

  'pulls/get-review': (req) => {
    const review = req.state.reviews.find((r) => r.id === Number(req.params.review_id));
    return review ? { status: 200, body: reviewJson(req.state, req.urls, review) } : notFound();
  },

  'pulls/create-review': (req) => {
    const pr = pullOf(req);
    if (!pr) return notFound();
    const event = req.body.event as string | undefined;
    if (
      (event === 'APPROVE' || event === 'REQUEST_CHANGES') &&
      pr.author.toLowerCase() === req.login.toLowerCase()
    ) {
      return ghError(422, 'Unprocessable Entity', [
        `Can not ${event === 'APPROVE' ? 'approve' : 'request changes on'} your own pull request`,
      ]);
    }
    if (
      (event === 'REQUEST_CHANGES' || event === 'COMMENT') &&
      !req.body.body &&
      !(req.body.comments ?? []).length
    ) {
      return ghError(422, 'Unprocessable Entity', [`Review Can not ${event.toLowerCase()} without a body`]);
    }
    const commitId = req.body.commit_id ?? pr.pull.head.sha;
    const reviewId = req.state.id();
    const comments: FakeReviewComment[] = [];
    const problems: string[] = [];
    for (const c of req.body.comments ?? []) {
      const result = addReviewComment(req, pr, reviewId, commitId, c);
      if (typeof result === 'string') problems.push(`${c.path}:${c.line ?? c.position ?? '?'}: ${result}`);
      else comments.push(result);
    }
    // GitHub rejects the whole review when one comment cannot be placed.
    if (problems.length > 0) {
      return ghError(422, 'Unprocessable Entity', [
        'Pull request review thread line must be part of the diff',
        ...problems,
      ]);
    }
    const state = !event
      ? 'PENDING'
      : event === 'APPROVE'
        ? 'APPROVED'
        : event === 'REQUEST_CHANGES'
          ? 'CHANGES_REQUESTED'
          : 'COMMENTED';
    const review = {
      id: reviewId,
      nodeId: req.state.nodeId('PRR', reviewId),
      pullNumber: pr.number,
      author: req.login,
      body: req.body.body ?? '',
      state: state as 'PENDING' | 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED',
      commitId,
      submittedAt: state === 'PENDING' ? null : req.state.now(),
    };
    req.state.reviews.push(review);
    req.state.reviewComments.push(...comments);
    return { status: 200, body: reviewJson(req.state, req.urls, review) };
  },

  'pulls/list-review-comments': (req) => {
    const pr = pullOf(req);
    if (!pr) return notFound();
    const comments = req.state.reviewComments.filter((c) => c.pullNumber === pr.number);
    return page(
      req,
      sortBy(req, comments, { direction: 'asc' }).map((c) => reviewCommentJson(req.state, req.urls, c)),
    );
  },

  'pulls/list-comments-for-review': (req) => {
    const comments = req.state.reviewComments.filter((c) => c.reviewId === Number(req.params.review_id));
    return page(
      req,
      comments.map((c) => reviewCommentJson(req.state, req.urls, c)),
    );
  },

  'pulls/list-requested-reviewers': (req) => {
    const pr = pullOf(req);
    if (!pr) return notFound();
    return {
      status: 200,
      body: {
        users: pr.pull.requestedReviewers.map((l) => userJson(req.urls, req.state.user(l), l)),
        teams: pr.pull.requestedTeams.map((t, i) => teamJson(req.urls, req.state.repo.owner, t, i)),
      },
    };
  },

  'pulls/request-reviewers': (req) => {
    const pr = pullOf(req);
    if (!pr) return notFound();
    const users: string[] = req.body.reviewers ?? [];
    const teams: string[] = req.body.team_reviewers ?? [];
    if (users.some((u) => u.toLowerCase() === pr.author.toLowerCase())) {
      return ghError(422, 'Review cannot be requested from pull request author.');
    }
    const outsiders = users.filter((u) => !req.state.collaborators.has(u.toLowerCase()));
    if (outsiders.length > 0) {
      return ghError(
        422,
        `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${req.state.repo.owner}/${req.state.repo.name} repository.`,
      );
    }
    for (const u of users) if (!pr.pull.requestedReviewers.includes(u)) pr.pull.requestedReviewers.push(u);
    for (const t of teams) if (!pr.pull.requestedTeams.includes(t)) pr.pull.requestedTeams.push(t);
    return { status: 201, body: pullJson(req.state, req.urls, pr, false) };
  },
};
