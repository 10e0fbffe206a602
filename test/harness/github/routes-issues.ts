import { commentJson, issueJson, labelJson } from './render.js';
import { ghError, noContent, notFound, page, type Route, type RouteRequest, sortBy } from './route.js';
import type { FakeIssue, FakeIssueEvent } from './state.js';

/** Issues, issue comments, labels, sub-issues and issue dependencies. */

const issueOf = (req: RouteRequest): FakeIssue | undefined =>
  req.state.issue(Number(req.params.issue_number));

function touch(req: RouteRequest, issue: FakeIssue): void {
  issue.updatedAt = req.state.now();
}

function labelNames(labels: unknown[]): string[] {
  return labels.map((l) => (typeof l === 'string' ? l : String((l as { name?: string }).name ?? '')));
}

function listIssues(req: RouteRequest): FakeIssue[] {
  const state = req.query.get('state') ?? 'open';
  const labels = (req.query.get('labels') ?? '').split(',').filter((l) => l !== '');
  const creator = req.query.get('creator');
  // GitHub: "Only show results that were last updated after the given time."
  const since = req.query.get('since');
  return req.state.issues.filter(
    (i) =>
      (state === 'all' || i.state === state) &&
      (!since || Date.parse(i.updatedAt) >= Date.parse(since)) &&
      labels.every((l) => i.labels.some((have) => have.toLowerCase() === l.toLowerCase())) &&
      (!creator || i.author.toLowerCase() === creator.toLowerCase()),
  );
}

/** Records a timeline event of the request's account on the issue. */
function event(req: RouteRequest, issue: FakeIssue, type: FakeIssueEvent['type'], label?: string): void {
  req.state.issueEvents.push({
    issueNumber: issue.number,
    type,
    actor: req.login,
    createdAt: req.state.now(),
    label,
  });
}

/** Adds labels (after `before`, the labels the issue had, for the timeline's events). */
function setLabels(req: RouteRequest, issue: FakeIssue, names: string[], before = [...issue.labels]): void {
  const had = new Set(before.map((l) => l.toLowerCase()));
  for (const name of names) {
    const label = req.state.ensureLabel(name);
    if (issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) continue;
    issue.labels.push(label.name);
  }
  const has = new Set(issue.labels.map((l) => l.toLowerCase()));
  for (const label of issue.labels)
    if (!had.has(label.toLowerCase())) event(req, issue, 'LabeledEvent', label);
  for (const label of before) if (!has.has(label.toLowerCase())) event(req, issue, 'UnlabeledEvent', label);
  touch(req, issue);
}

export const issueRoutes: Record<string, Route> = {
  'issues/list-for-repo': (req) =>
    page(
      req,
      sortBy(req, listIssues(req)).map((i) => issueJson(req.state, req.urls, i)),
    ),

  'issues/get': (req) => {
    const issue = issueOf(req);
    return issue ? { status: 200, body: issueJson(req.state, req.urls, issue) } : notFound();
  },

  'issues/create': (req) => {
    const { state } = req;
    const id = state.id();
    const now = state.now();
    const issue: FakeIssue = {
      id,
      nodeId: state.nodeId('I', id),
      number: state.number(),
      title: String(req.body.title),
      body: req.body.body ?? null,
      state: 'open',
      stateReason: null,
      author: req.login,
      labels: [],
      assignees: req.body.assignees ?? [],
      locked: false,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      subIssueIds: [],
      blockedByIds: [],
    };
    state.issues.push(issue);
    setLabels(req, issue, labelNames(req.body.labels ?? []));
    return { status: 201, body: issueJson(state, req.urls, issue) };
  },

  'issues/update': (req) => {
    const issue = issueOf(req);
    if (!issue) return notFound();
    const b = req.body;
    if (b.title !== undefined && b.title !== null && String(b.title) !== issue.title) {
      issue.title = String(b.title);
      event(req, issue, 'RenamedTitleEvent');
    }
    if (b.body !== undefined && b.body !== issue.body) {
      issue.body = b.body;
      issue.lastEditedAt = req.state.now();
      issue.editor = req.login;
    }
    if (b.state && b.state !== issue.state) {
      issue.state = b.state;
      issue.closedAt = b.state === 'closed' ? req.state.now() : null;
      issue.stateReason = b.state === 'closed' ? (b.state_reason ?? 'completed') : 'reopened';
    }
    if (b.labels) {
      const before = issue.labels;
      issue.labels = [];
      setLabels(req, issue, labelNames(b.labels), before);
    }
    if (b.assignees) issue.assignees = b.assignees;
    touch(req, issue);
    return { status: 200, body: issueJson(req.state, req.urls, issue) };
  },

  'issues/list-comments': (req) => {
    if (!issueOf(req)) return notFound();
    const n = Number(req.params.issue_number);
    // Issue comments are listed oldest first.
    const comments = req.state.comments.filter((c) => c.issueNumber === n);
    return page(
      req,
      comments.map((c) => commentJson(req.state, req.urls, c)),
    );
  },

  'issues/create-comment': (req) => {
    const issue = issueOf(req);
    if (!issue) return notFound();
    if (issue.locked) return ghError(403, 'Unable to create comment because issue is locked.');
    const id = req.state.id();
    const now = req.state.now();
    const comment = {
      id,
      nodeId: req.state.nodeId('IC', id),
      issueNumber: issue.number,
      body: String(req.body.body),
      author: req.login,
      createdAt: now,
      updatedAt: now,
    };
    req.state.comments.push(comment);
    return { status: 201, body: commentJson(req.state, req.urls, comment) };
  },

  'issues/get-comment': (req) => {
    const comment = req.state.comments.find((c) => c.id === Number(req.params.comment_id));
    return comment ? { status: 200, body: commentJson(req.state, req.urls, comment) } : notFound();
  },

  'issues/update-comment': (req) => {
    const comment = req.state.comments.find((c) => c.id === Number(req.params.comment_id));
    if (!comment) return notFound();
    // Editing someone else's comment needs write access; the action never should.
    if (comment.author.toLowerCase() !== req.login.toLowerCase()) {
      return ghError(403, 'Editing another user’s comment is not allowed in this test server.');
    }
    comment.body = String(req.body.body);
    comment.updatedAt = req.state.now();
    return { status: 200, body: commentJson(req.state, req.urls, comment) };
  },

  'issues/delete-comment': (req) => {
    const index = req.state.comments.findIndex((c) => c.id === Number(req.params.comment_id));
    if (index < 0) return notFound();
    req.state.comments.splice(index, 1);
    return noContent();
  },

  'issues/list-labels-for-repo': (req) =>
    page(
      req,
      req.state.labels.map((l) => labelJson(req.state, req.urls, l)),
    ),

  'issues/get-label': (req) => {
    const label = req.state.label(req.params.name ?? '');
    return label ? { status: 200, body: labelJson(req.state, req.urls, label) } : notFound();
  },

  'issues/create-label': (req) => {
    if (req.state.label(req.body.name)) {
      return ghError(422, 'Validation Failed', [
        { resource: 'Label', code: 'already_exists', field: 'name' },
      ]);
    }
    const color = String(req.body.color ?? 'ededed').replace(/^#/, '');
    const label = req.state.ensureLabel(String(req.body.name), color, req.body.description ?? null);
    return { status: 201, body: labelJson(req.state, req.urls, label) };
  },

  'issues/update-label': (req) => {
    const label = req.state.label(req.params.name ?? '');
    if (!label) return notFound();
    if (req.body.new_name) label.name = req.body.new_name;
    if (req.body.color) label.color = String(req.body.color).replace(/^#/, '');
    if (req.body.description !== undefined) label.description = req.body.description;
    return { status: 200, body: labelJson(req.state, req.urls, label) };
  },

  'issues/list-labels-on-issue': (req) => {
    const issue = issueOf(req);
    if (!issue) return notFound();
    return page(
      req,
      issue.labels.map((name) => labelJson(req.state, req.urls, req.state.ensureLabel(name))),
    );
  },

  'issues/add-labels': (req) => {
    const issue = issueOf(req);
    if (!issue) return notFound();
    const names = Array.isArray(req.body) ? req.body : (req.body.labels ?? []);
    setLabels(req, issue, labelNames(names));
    return {
      status: 200,
      body: issue.labels.map((n) => labelJson(req.state, req.urls, req.state.ensureLabel(n))),
    };
  },

  'issues/set-labels': (req) => {
    const issue = issueOf(req);
    if (!issue) return notFound();
    const before = issue.labels;
    issue.labels = [];
    setLabels(req, issue, labelNames(Array.isArray(req.body) ? req.body : (req.body?.labels ?? [])), before);
    return {
      status: 200,
      body: issue.labels.map((n) => labelJson(req.state, req.urls, req.state.ensureLabel(n))),
    };
  },

  'issues/remove-label': (req) => {
    const issue = issueOf(req);
    if (!issue) return notFound();
    const name = (req.params.name ?? '').toLowerCase();
    if (!issue.labels.some((l) => l.toLowerCase() === name)) return ghError(404, 'Label does not exist');
    const removed = issue.labels.filter((l) => l.toLowerCase() === name);
    issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name);
    for (const label of removed) event(req, issue, 'UnlabeledEvent', label);
    touch(req, issue);
    return {
      status: 200,
      body: issue.labels.map((n) => labelJson(req.state, req.urls, req.state.ensureLabel(n))),
    };
  },

  'issues/list-sub-issues': (req) => {
    const issue = issueOf(req);
    if (!issue) return notFound();
    const subs = issue.subIssueIds.map((id) => req.state.issueById(id)).filter((i) => i !== undefined);
    return page(
      req,
      subs.map((i) => issueJson(req.state, req.urls, i)),
    );
  },

  'issues/add-sub-issue': (req) => {
    const parent = issueOf(req);
    const child = req.state.issueById(Number(req.body.sub_issue_id));
    if (!parent || !child) return notFound();
    const holder = req.state.issues.find((i) => i.subIssueIds.includes(child.id));
    if (holder && holder !== parent && !req.body.replace_parent) {
      return ghError(422, 'Validation Failed', [{ message: 'Sub issue may only have one parent' }]);
    }
    if (holder && holder !== parent) holder.subIssueIds = holder.subIssueIds.filter((id) => id !== child.id);
    if (parent.subIssueIds.includes(child.id)) {
      return ghError(422, 'Validation Failed', [{ message: 'Sub issue already exists for this parent' }]);
    }
    parent.subIssueIds.push(child.id);
    touch(req, parent);
    return { status: 201, body: issueJson(req.state, req.urls, parent) };
  },

  'issues/remove-sub-issue': (req) => {
    const parent = issueOf(req);
    const child = req.state.issueById(Number(req.body.sub_issue_id));
    if (!parent || !child || !parent.subIssueIds.includes(child.id)) return notFound();
    parent.subIssueIds = parent.subIssueIds.filter((id) => id !== child.id);
    return { status: 200, body: issueJson(req.state, req.urls, child) };
  },

  'issues/get-parent': (req) => {
    const issue = issueOf(req);
    const parent = issue && req.state.issues.find((i) => i.subIssueIds.includes(issue.id));
    return parent ? { status: 200, body: issueJson(req.state, req.urls, parent) } : notFound();
  },

  'issues/list-dependencies-blocked-by': (req) => {
    const issue = issueOf(req);
    if (!issue) return notFound();
    const blockers = issue.blockedByIds.map((id) => req.state.issueById(id)).filter((i) => i !== undefined);
    return page(
      req,
      blockers.map((i) => issueJson(req.state, req.urls, i)),
    );
  },

  'issues/list-dependencies-blocking': (req) => {
    const issue = issueOf(req);
    if (!issue) return notFound();
    const blocked = req.state.issues.filter((i) => i.blockedByIds.includes(issue.id));
    return page(
      req,
      blocked.map((i) => issueJson(req.state, req.urls, i)),
    );
  },

  'issues/add-blocked-by-dependency': (req) => {
    const issue = issueOf(req);
    const blocker = req.state.issueById(Number(req.body.issue_id));
    if (!issue || !blocker) return notFound();
    if (issue.blockedByIds.includes(blocker.id)) {
      return ghError(422, 'Validation Failed', [{ message: 'Dependency already exists' }]);
    }
    issue.blockedByIds.push(blocker.id);
    return { status: 201, body: issueJson(req.state, req.urls, blocker) };
  },

  'issues/remove-dependency-blocked-by': (req) => {
    const issue = issueOf(req);
    const id = Number(req.params.issue_id);
    if (!issue?.blockedByIds.includes(id)) return notFound();
    issue.blockedByIds = issue.blockedByIds.filter((b) => b !== id);
    const blocker = req.state.issueById(id);
    return blocker ? { status: 200, body: issueJson(req.state, req.urls, blocker) } : notFound();
  },
};
