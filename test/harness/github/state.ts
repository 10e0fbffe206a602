/**
 * The loopback GitHub's state: one repository with its users, issues, pull requests, comments,
 * reviews, check runs, labels, files and workflow dispatches. Records keep what GitHub keeps;
 * `render.ts` turns them into the JSON GitHub answers with.
 */

/** A repository role, as `role_name` reports it. */
export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface FakeUser {
  id: number;
  login: string;
  type: 'User' | 'Bot' | 'Organization';
  name: string | null;
}

export interface FakeRepo {
  id: number;
  nodeId: string;
  owner: string;
  name: string;
  defaultBranch: string;
  visibility: 'public' | 'private' | 'internal';
}

export interface FakeLabel {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
}

/** A changed file of a pull request, as `GET /pulls/{n}/files` lists it. */
export interface FakeFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** The unified diff hunks (from the first `@@`); absent for binary files. */
  patch?: string;
  previousFilename?: string;
  additions: number;
  deletions: number;
  sha: string;
}

export interface FakePull {
  head: { ref: string; sha: string; owner: string; repo: string };
  base: { ref: string; sha: string };
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  /** Who merged it (`merged_by`); unset: null. */
  mergedBy?: string | null;
  files: FakeFile[];
  requestedReviewers: string[];
  requestedTeams: string[];
  /**
   * The branch's commits, oldest first, as `GET /pulls/{n}/commits` lists them. Unset: one commit,
   * the head, written by the pull request's author.
   */
  commits?: FakeCommit[];
}

/** A commit of a pull request: `login` is the GitHub account its author email maps to (null: none). */
export interface FakeCommit {
  sha: string;
  login: string | null;
  name: string;
  email: string;
  message: string;
  date: string;
  /** Parent shas; two for a merge commit. */
  parents: string[];
}

/** An issue, or the issue half of a pull request (`pull` set): they share numbers, like on GitHub. */
export interface FakeIssue {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  author: string;
  labels: string[];
  assignees: string[];
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  pull?: FakePull;
  /** Ids (not numbers) of sub-issues, in order, and of the issues blocking this one. */
  subIssueIds: number[];
  blockedByIds: number[];
  /** The last edit of the body through the API, and by whom (GraphQL `lastEditedAt`, `editor`). */
  lastEditedAt?: string;
  editor?: string;
}

/**
 * A label or title change: the issue timeline's events (GraphQL `timelineItems`), from the API's
 * writes and from seeds (an issue's labels at creation, `labelIssue`).
 */
export interface FakeIssueEvent {
  issueNumber: number;
  type: 'LabeledEvent' | 'UnlabeledEvent' | 'RenamedTitleEvent';
  actor: string;
  createdAt: string;
  /** A seed's label: dated with the issue's creation, whatever a test sets `createdAt` to later. */
  atCreation?: boolean;
  label?: string;
}

export interface FakeComment {
  id: number;
  nodeId: string;
  issueNumber: number;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

export interface FakeReview {
  id: number;
  nodeId: string;
  pullNumber: number;
  author: string;
  body: string;
  state: 'PENDING' | 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED';
  commitId: string;
  submittedAt: string | null;
}

export interface FakeReviewComment {
  id: number;
  nodeId: string;
  reviewId: number;
  pullNumber: number;
  path: string;
  line: number | null;
  side: 'LEFT' | 'RIGHT';
  startLine: number | null;
  startSide: 'LEFT' | 'RIGHT' | null;
  /** `line` or `file` (a comment on the whole file). */
  subjectType: 'line' | 'file';
  body: string;
  author: string;
  commitId: string;
  diffHunk: string;
  inReplyToId?: number;
  resolved: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface FakeAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column: number | null;
  end_column: number | null;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string | null;
  message: string;
  raw_details: string | null;
}

export interface FakeCheckRun {
  id: number;
  nodeId: string;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: FakeAnnotation[];
  /** The login of the token that created it (its app on GitHub). */
  createdBy: string;
}

export interface FakeDispatch {
  workflowId: string;
  ref: string;
  inputs: Record<string, string>;
  by: string;
}

/** Branches, files and diffs read from a real git repository (e.g. the bare `origin` of a test). */
export interface GitSource {
  sha(ref: string): Promise<string | undefined>;
  file(ref: string, path: string): Promise<string | undefined>;
  diff(base: string, head: string): Promise<string>;
}

/** Everything the fake knows. Tests read it directly to assert on what the action wrote. */
export class FakeState {
  readonly users = new Map<string, FakeUser>();
  /** token → login */
  readonly tokens = new Map<string, string>();
  /** lower-case login → role */
  readonly collaborators = new Map<string, Role>();
  readonly labels: FakeLabel[] = [];
  readonly issues: FakeIssue[] = [];
  readonly comments: FakeComment[] = [];
  readonly issueEvents: FakeIssueEvent[] = [];
  readonly reviews: FakeReview[] = [];
  readonly reviewComments: FakeReviewComment[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  readonly dispatches: FakeDispatch[] = [];
  /** Files on the default branch: path → text. */
  readonly files = new Map<string, string>();
  /** Branch → head sha. */
  readonly branches = new Map<string, string>();
  /**
   * The changed files of a PR created through the API (`POST /pulls`): set by a test, or computed
   * from a real git repository (`startGitHubServer({ gitDir })`). Without it such a PR has no files.
   */
  pullFiles?: (head: string, base: string) => FakeFile[] | Promise<FakeFile[]>;
  /** A real repository behind branches and files (`startGitHubServer({ gitDir })`). */
  git?: GitSource;
  /** Branch protection of the default branch (`GET …/protection`); undefined: not protected. */
  protection: Record<string, unknown> | undefined;
  private nextId = 1000;
  private nextNumber = 1;
  private tick = 0;

  constructor(readonly repo: FakeRepo) {}

  /** A fresh id; ids are unique across kinds, like GitHub's. */
  id(): number {
    this.nextId += 1;
    return this.nextId;
  }

  /** The next issue/PR number. */
  number(): number {
    return this.nextNumber++;
  }

  /**
   * The wall clock instead of the deterministic one, for tests that compare GitHub's times with the
   * action's own (`new Date()`): now, in milliseconds, and always after the previous time.
   */
  realClock = false;
  private last = 0;

  /** A deterministic clock: every call is one second after the previous one (see `realClock`). */
  now(): string {
    this.tick += 1;
    if (this.realClock) {
      this.last = Math.max(Date.now(), this.last + 1);
      return new Date(this.last).toISOString();
    }
    return new Date(Date.UTC(2025, 0, 1, 0, 0, this.tick)).toISOString().replace('.000Z', 'Z');
  }

  /** A global node id shaped like GitHub's (`I_kwDO…`, `PR_kwDO…`). */
  nodeId(prefix: string, id: number): string {
    return `${prefix}_kwDO${Buffer.from(`${this.repo.id}:${id}`).toString('base64url')}`;
  }

  /** A branch's head sha: seeded, else from the git repository behind the fake. */
  async branchSha(ref: string): Promise<string | undefined> {
    return this.branches.get(ref) ?? (await this.git?.sha(ref));
  }

  /** A file on the default branch: seeded, else from the git repository behind the fake. */
  async file(path: string): Promise<string | undefined> {
    return this.files.get(path) ?? (await this.git?.file(this.repo.defaultBranch, path));
  }

  user(login: string): FakeUser | undefined {
    return this.users.get(login.toLowerCase());
  }

  addUser(login: string, type: FakeUser['type'] = login.endsWith('[bot]') ? 'Bot' : 'User'): FakeUser {
    const existing = this.user(login);
    if (existing) return existing;
    const user: FakeUser = {
      id: login === 'github-actions[bot]' ? 41898282 : this.id(),
      login,
      type,
      name: null,
    };
    this.users.set(login.toLowerCase(), user);
    return user;
  }

  issue(number: number): FakeIssue | undefined {
    return this.issues.find((i) => i.number === number);
  }

  issueById(id: number): FakeIssue | undefined {
    return this.issues.find((i) => i.id === id);
  }

  label(name: string): FakeLabel | undefined {
    return this.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  }

  /** The label, created with GitHub's default colour when the repository lacks it (as adding one does). */
  ensureLabel(name: string, color = 'ededed', description: string | null = null): FakeLabel {
    const existing = this.label(name);
    if (existing) return existing;
    const id = this.id();
    const label = { id, nodeId: this.nodeId('LA', id), name, color, description };
    this.labels.push(label);
    return label;
  }
}

/** A 40-hex sha derived from a seed, stable across runs. */
export function fakeSha(seed: string): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < 40; round += 1) {
    for (const ch of `${seed}#${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 40);
}
