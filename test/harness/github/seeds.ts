import { type FileSeed, fileFromSeed, filesFromDiff } from './diff.js';
import {
  type FakeCheckRun,
  type FakeComment,
  type FakeCommit,
  type FakeDispatch,
  type FakeIssue,
  type FakeLabel,
  type FakeReview,
  type FakeReviewComment,
  type FakeState,
  type FakeUser,
  fakeSha,
  type Role,
} from './state.js';

/** An issue to seed; everything but the title has a default. */
export interface IssueSeed {
  title?: string;
  body?: string | null;
  /** Default `maintainer` (an admin). */
  author?: string;
  labels?: string[];
  /** Who applied `labels` (default: the author, as an issue form's labels are). */
  labeledBy?: string;
  state?: 'open' | 'closed';
  assignees?: string[];
}

/** A pull request to seed. The diff comes from `files` or `diff`; branches are recorded. */
export interface PullSeed extends IssueSeed {
  /** Head branch (default `codex/<number>-change`) and sha (derived from the branch by default). */
  head?: string;
  headSha?: string;
  /** Base branch (default: the default branch) and sha (the branch's). */
  base?: string;
  baseSha?: string;
  draft?: boolean;
  files?: FileSeed[];
  /** A unified diff (`git diff` output), instead of `files`. */
  diff?: string;
  /** From a fork: `true` (owner `fork-owner`) or the fork's owner and repository name. */
  fork?: boolean | { owner: string; repo?: string };
}

/** Seeding and reading helpers of the loopback GitHub; tests use them to arrange and to assert. */
export class FakeSeeds {
  constructor(readonly state: FakeState) {}

  /** Adds a user (or bot: the type defaults to Bot for a login ending in `[bot]`). */
  addUser(login: string, type?: FakeUser['type']): FakeUser {
    return this.state.addUser(login, type);
  }

  /** Maps a token to an account, created if needed. */
  addToken(token: string, login: string, type?: FakeUser['type']): void {
    this.state.addUser(login, type);
    this.state.tokens.set(token, login);
  }

  /** Gives an account a role on the repository (`undefined` removes it). */
  setCollaborator(login: string, role: Role | undefined): void {
    this.state.addUser(login);
    if (role) this.state.collaborators.set(login.toLowerCase(), role);
    else this.state.collaborators.delete(login.toLowerCase());
  }

  addLabel(name: string, color = 'ededed', description: string | null = null): FakeLabel {
    return this.state.ensureLabel(name, color, description);
  }

  /** Puts a file on the default branch (config, prompts, rules are read from there). */
  addFile(path: string, content: string): void {
    this.state.files.set(path.replace(/^\/+/, ''), content);
  }

  setBranch(name: string, sha: string): void {
    this.state.branches.set(name, sha);
  }

  /** Branch protection returned for the default branch (`undefined`: not protected). */
  setProtection(protection: Record<string, unknown> | undefined): void {
    this.state.protection = protection;
  }

  addIssue(seed: IssueSeed = {}): FakeIssue {
    const { state } = this;
    const id = state.id();
    const now = state.now();
    const number = state.number();
    const author = seed.author ?? 'maintainer';
    state.addUser(author);
    const issue: FakeIssue = {
      id,
      nodeId: state.nodeId('I', id),
      number,
      title: seed.title ?? `Issue ${number}`,
      body: seed.body === undefined ? '' : seed.body,
      state: seed.state ?? 'open',
      stateReason: seed.state === 'closed' ? 'completed' : null,
      author,
      labels: (seed.labels ?? []).map((name) => state.ensureLabel(name).name),
      assignees: seed.assignees ?? [],
      locked: false,
      createdAt: now,
      updatedAt: now,
      closedAt: seed.state === 'closed' ? now : null,
      subIssueIds: [],
      blockedByIds: [],
    };
    state.issues.push(issue);
    for (const label of issue.labels)
      state.issueEvents.push({
        issueNumber: issue.number,
        type: 'LabeledEvent',
        actor: seed.labeledBy ?? author,
        createdAt: now,
        atCreation: true,
        label,
      });
    return issue;
  }

  /** `by` adds the label to the issue (a label event is recorded, as GitHub's timeline has one). */
  labelIssue(issue: FakeIssue, name: string, by: string): void {
    const label = this.state.ensureLabel(name).name;
    this.state.addUser(by);
    if (!issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) issue.labels.push(label);
    this.state.issueEvents.push({
      issueNumber: issue.number,
      type: 'LabeledEvent',
      actor: by,
      createdAt: this.state.now(),
      label,
    });
  }

  /** Records `issue` as blocked by `blocker` (GitHub's issue dependencies). */
  addBlockedBy(issue: FakeIssue, blocker: FakeIssue): void {
    if (!issue.blockedByIds.includes(blocker.id)) issue.blockedByIds.push(blocker.id);
  }

  /** Makes `child` a sub-issue of `parent`. */
  addSubIssue(parent: FakeIssue, child: FakeIssue): void {
    if (!parent.subIssueIds.includes(child.id)) parent.subIssueIds.push(child.id);
  }

  /** Adds a pull request; its author defaults to `github-actions[bot]` (the action opens PRs). */
  addPullRequest(seed: PullSeed = {}): FakeIssue & { pull: NonNullable<FakeIssue['pull']> } {
    const { state } = this;
    const issue = this.addIssue({ author: 'github-actions[bot]', ...seed, title: seed.title ?? 'A change' });
    const head = seed.head ?? `codex/${issue.number}-change`;
    const base = seed.base ?? state.repo.defaultBranch;
    const fork = seed.fork === true ? { owner: 'fork-owner', repo: state.repo.name } : seed.fork || undefined;
    const headSha = seed.headSha ?? fakeSha(`head ${head} ${issue.number}`);
    const baseSha = seed.baseSha ?? state.branches.get(base) ?? fakeSha(`branch ${base}`);
    if (fork) state.addUser(fork.owner);
    else state.branches.set(head, headSha);
    if (!state.branches.has(base)) state.branches.set(base, baseSha);
    issue.pull = {
      head: {
        ref: head,
        sha: headSha,
        owner: fork?.owner ?? state.repo.owner,
        repo: fork?.repo ?? state.repo.name,
      },
      base: { ref: base, sha: baseSha },
      draft: seed.draft ?? false,
      merged: false,
      mergedAt: null,
      files: seed.diff !== undefined ? filesFromDiff(seed.diff) : (seed.files ?? []).map(fileFromSeed),
      requestedReviewers: [],
      requestedTeams: [],
    };
    return issue as FakeIssue & { pull: NonNullable<FakeIssue['pull']> };
  }

  /**
   * Closes a pull request as GitHub records it. With `mergedBy`, it is merged: merged, merged_at and
   * merged_by set, the base branch moved to `mergeSha` when given, and every issue its body closes
   * ("Closes #n") closed as completed — GitHub does that for merges into the default branch.
   */
  closePullRequest(number: number, options: { mergedBy?: string; mergeSha?: string } = {}): FakeIssue {
    const { state } = this;
    const pr = state.issue(number);
    if (!pr?.pull) throw new Error(`#${number} is not a seeded pull request.`);
    const now = state.now();
    pr.state = 'closed';
    pr.closedAt = now;
    pr.updatedAt = now;
    if (!options.mergedBy) return pr;
    state.addUser(options.mergedBy);
    pr.pull.merged = true;
    pr.pull.mergedAt = now;
    pr.pull.mergedBy = options.mergedBy;
    if (options.mergeSha) state.branches.set(pr.pull.base.ref, options.mergeSha);
    if (pr.pull.base.ref !== state.repo.defaultBranch) return pr;
    for (const m of (pr.body ?? '').matchAll(/\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s+#(\d+)\b/gi)) {
      const issue = state.issue(Number(m[1]));
      if (!issue || issue.pull || issue.state === 'closed') continue;
      Object.assign(issue, { state: 'closed', stateReason: 'completed', closedAt: now, updatedAt: now });
    }
    return pr;
  }

  /**
   * Adds a commit to a seeded pull request's branch (its head moves to it). `login` is the author's
   * GitHub account (null: an email GitHub knows no account for); a `merge` commit has two parents.
   */
  addPullCommit(
    number: number,
    commit: { login: string | null; name?: string; email?: string; message?: string; merge?: boolean },
  ): FakeCommit {
    const { state } = this;
    const pr = state.issue(number);
    if (!pr?.pull) throw new Error(`#${number} is not a seeded pull request.`);
    const commits = pr.pull.commits ?? [];
    const parent = commits.at(-1)?.sha ?? pr.pull.base.sha;
    const sha = fakeSha(`commit ${number} ${commits.length}`);
    if (commit.login) state.addUser(commit.login);
    const login = commit.login ?? 'someone';
    const record: FakeCommit = {
      sha,
      login: commit.login,
      name: commit.name ?? login,
      email: commit.email ?? `${login}@users.noreply.github.com`,
      message: commit.message ?? `Commit ${commits.length + 1}`,
      date: state.now(),
      parents: commit.merge ? [parent, pr.pull.base.sha] : [parent],
    };
    pr.pull.commits = [...commits, record];
    pr.pull.head.sha = sha;
    state.branches.set(pr.pull.head.ref, sha);
    return record;
  }

  /** Adds a comment by `author` (default `maintainer`) on an issue or PR. */
  addComment(issueNumber: number, body: string, author = 'maintainer'): FakeComment {
    const { state } = this;
    if (!state.issue(issueNumber))
      throw new Error(`Cannot comment on #${issueNumber}: seed the issue or PR first.`);
    state.addUser(author);
    const id = state.id();
    const now = state.now();
    const comment = {
      id,
      nodeId: state.nodeId('IC', id),
      issueNumber,
      body,
      author,
      createdAt: now,
      updatedAt: now,
    };
    state.comments.push(comment);
    return comment;
  }

  /** Adds a submitted review, with optional inline comments (not checked against the diff). */
  addReview(
    pullNumber: number,
    review: {
      author: string;
      state: FakeReview['state'];
      body?: string;
      comments?: { path: string; line: number; body: string; side?: 'LEFT' | 'RIGHT'; resolved?: boolean }[];
    },
  ): FakeReview {
    const { state } = this;
    const pr = state.issue(pullNumber);
    if (!pr?.pull) throw new Error(`#${pullNumber} is not a seeded pull request.`);
    state.addUser(review.author);
    const id = state.id();
    const now = state.now();
    const record: FakeReview = {
      id,
      nodeId: state.nodeId('PRR', id),
      pullNumber,
      author: review.author,
      body: review.body ?? '',
      state: review.state,
      commitId: pr.pull.head.sha,
      submittedAt: now,
    };
    state.reviews.push(record);
    for (const c of review.comments ?? []) {
      const cid = state.id();
      state.reviewComments.push({
        id: cid,
        nodeId: state.nodeId('PRRC', cid),
        reviewId: id,
        pullNumber,
        path: c.path,
        line: c.line,
        side: c.side ?? 'RIGHT',
        startLine: null,
        startSide: null,
        subjectType: 'line',
        body: c.body,
        author: review.author,
        commitId: pr.pull.head.sha,
        diffHunk: '',
        resolved: c.resolved ?? false,
        createdAt: now,
        updatedAt: now,
      });
    }
    return record;
  }

  // Reading state, for assertions.

  issue(number: number): FakeIssue | undefined {
    return this.state.issue(number);
  }

  /** Label names on an issue or PR. */
  labelsOn(number: number): string[] {
    return [...(this.state.issue(number)?.labels ?? [])];
  }

  /** Comments on an issue or PR, oldest first. */
  comments(number: number): FakeComment[] {
    return this.state.comments.filter((c) => c.issueNumber === number);
  }

  reviews(pullNumber: number): FakeReview[] {
    return this.state.reviews.filter((r) => r.pullNumber === pullNumber);
  }

  reviewComments(pullNumber: number): FakeReviewComment[] {
    return this.state.reviewComments.filter((c) => c.pullNumber === pullNumber);
  }

  checkRuns(filter: { name?: string; headSha?: string } = {}): FakeCheckRun[] {
    return this.state.checkRuns.filter(
      (r) => (!filter.name || r.name === filter.name) && (!filter.headSha || r.headSha === filter.headSha),
    );
  }

  get dispatches(): FakeDispatch[] {
    return this.state.dispatches;
  }
}
