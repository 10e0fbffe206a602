import { annotationJson, checkRunJson, repoJson, userJson } from './render.js';
import { ghError, noContent, notFound, page, type Route, type RouteRequest } from './route.js';
import { type FakeAnnotation, type FakeCheckRun, fakeSha } from './state.js';

/** The repository, its files and branches, users and collaborators, check runs, workflow dispatches. */

const ROLE_TO_PERMISSION = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
} as const;

function collaboratorJson(req: RouteRequest, login: string) {
  const role = req.state.collaborators.get(login.toLowerCase());
  const user = userJson(req.urls, req.state.user(login), login);
  const rank = ['read', 'triage', 'write', 'maintain', 'admin'].indexOf(role ?? 'read');
  return {
    ...user,
    permissions: {
      pull: rank >= 0,
      triage: rank >= 1,
      push: rank >= 2,
      maintain: rank >= 3,
      admin: rank >= 4,
    },
    role_name: role ?? 'read',
  };
}

function checkRunOf(req: RouteRequest): FakeCheckRun | undefined {
  return req.state.checkRuns.find((r) => r.id === Number(req.params.check_run_id));
}

/** Applies the fields of a create or update request to a check run. */
function applyCheckRun(req: RouteRequest, run: FakeCheckRun): string | undefined {
  const b = req.body;
  if (b.name !== undefined) run.name = b.name;
  if (b.details_url !== undefined) run.detailsUrl = b.details_url;
  if (b.external_id !== undefined) run.externalId = b.external_id;
  if (b.conclusion !== undefined) {
    run.conclusion = b.conclusion;
    run.status = 'completed';
  } else if (b.status !== undefined) {
    if (b.status === 'completed' && !run.conclusion) return 'conclusion is required when status is completed';
    run.status = b.status;
  }
  if (run.status === 'completed') run.completedAt = b.completed_at ?? run.completedAt ?? req.state.now();
  if (b.output) {
    run.output = {
      title: b.output.title ?? run.output.title,
      summary: b.output.summary,
      text: b.output.text ?? run.output.text,
    };
    const annotations: FakeAnnotation[] = (b.output.annotations ?? []).map((a: FakeAnnotation) => ({
      path: a.path,
      start_line: a.start_line,
      end_line: a.end_line,
      start_column: a.start_column ?? null,
      end_column: a.end_column ?? null,
      annotation_level: a.annotation_level,
      title: a.title ?? null,
      message: a.message,
      raw_details: a.raw_details ?? null,
    }));
    // GitHub appends annotations; it never replaces the ones a run has.
    run.annotations.push(...annotations);
  }
  return undefined;
}

export const repoRoutes: Record<string, Route> = {
  'repos/get': (req) => ({ status: 200, body: repoJson(req.state, req.urls) }),

  'repos/get-collaborator-permission-level': (req) => {
    const login = req.params.username ?? '';
    const user = req.state.user(login);
    if (!user) return notFound();
    const role = req.state.collaborators.get(login.toLowerCase());
    return {
      status: 200,
      body: {
        permission: role
          ? ROLE_TO_PERMISSION[role]
          : req.state.repo.visibility === 'public'
            ? 'read'
            : 'none',
        role_name: role ?? (req.state.repo.visibility === 'public' ? 'read' : 'none'),
        user: collaboratorJson(req, user.login),
      },
    };
  },

  'repos/check-collaborator': (req) =>
    req.state.collaborators.has((req.params.username ?? '').toLowerCase()) ? noContent() : notFound(),

  'users/get-authenticated': (req) => {
    const user = req.state.user(req.login);
    // Installation tokens (GITHUB_TOKEN, GitHub Apps) cannot read /user.
    if (!user || user.type === 'Bot') return ghError(403, 'Resource not accessible by integration');
    return {
      status: 200,
      body: {
        ...userJson(req.urls, user),
        name: user.name,
        company: null,
        blog: '',
        location: null,
        email: null,
        hireable: null,
        bio: null,
        public_repos: 1,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: '2020-01-01T00:00:00Z',
        updated_at: '2025-01-01T00:00:00Z',
      },
    };
  },

  'users/get-by-username': (req) => {
    const user = req.state.user(req.params.username ?? '');
    if (!user) return notFound();
    return {
      status: 200,
      body: {
        ...userJson(req.urls, user),
        name: user.name,
        company: null,
        blog: '',
        location: null,
        email: null,
        hireable: null,
        bio: null,
        public_repos: 1,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: '2020-01-01T00:00:00Z',
        updated_at: '2025-01-01T00:00:00Z',
      },
    };
  },

  'repos/get-content': async (req) => {
    const { state } = req;
    const ref = req.query.get('ref') ?? state.repo.defaultBranch;
    const path = (req.params.path ?? '').replace(/^\/+/, '');
    // Only the default branch has files in the fake: reading anything else is what DESIGN §8.10 forbids.
    if (ref !== state.repo.defaultBranch && ref !== (await state.branchSha(state.repo.defaultBranch))) {
      return ghError(404, `No commit found for the ref ${ref}`);
    }
    const content = await state.file(path);
    if (content === undefined) {
      const prefix = `${path}/`;
      const entries = [...state.files.keys()].filter((p) => p.startsWith(prefix));
      if (entries.length === 0) return notFound();
      const names = [...new Set(entries.map((p) => p.slice(prefix.length).split('/')[0] ?? ''))];
      return {
        status: 200,
        body: names.map((name) => contentEntry(req, `${prefix}${name}`, state.files.get(`${prefix}${name}`))),
      };
    }
    if (/application\/vnd\.github(\.v3)?\.raw/.test(req.accept)) {
      return { status: 200, text: content, contentType: 'text/plain; charset=utf-8' };
    }
    return { status: 200, body: contentEntry(req, path, content) };
  },

  'repos/get-branch-protection': (req) =>
    req.params.branch === req.state.repo.defaultBranch && req.state.protection
      ? { status: 200, body: req.state.protection }
      : ghError(404, 'Branch not protected'),

  'repos/get-branch-rules': (req) => page(req, []),

  'git/get-ref': async (req) => {
    const ref = req.params.ref ?? '';
    const sha = ref.startsWith('heads/') ? await req.state.branchSha(ref.slice('heads/'.length)) : undefined;
    if (!sha) return notFound();
    const url = `${req.urls.api}/repos/${req.state.repo.owner}/${req.state.repo.name}/git/refs/${ref}`;
    return {
      status: 200,
      body: {
        ref: `refs/${ref}`,
        node_id: req.state.nodeId('REF', req.state.id()),
        url,
        object: {
          type: 'commit',
          sha,
          url: `${req.urls.api}/repos/${req.state.repo.owner}/${req.state.repo.name}/git/commits/${sha}`,
        },
      },
    };
  },

  'actions/create-workflow-dispatch': (req) => {
    req.state.dispatches.push({
      workflowId: req.params.workflow_id ?? '',
      ref: req.body.ref,
      inputs: req.body.inputs ?? {},
      by: req.login,
    });
    return noContent();
  },

  'checks/create': (req) => {
    const id = req.state.id();
    const run: FakeCheckRun = {
      id,
      nodeId: req.state.nodeId('CR', id),
      name: req.body.name,
      headSha: req.body.head_sha,
      status: 'queued',
      conclusion: null,
      startedAt: req.body.started_at ?? req.state.now(),
      completedAt: null,
      externalId: null,
      detailsUrl: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      createdBy: req.login,
    };
    const problem = applyCheckRun(req, run);
    if (problem) return ghError(422, 'Invalid request.', [problem]);
    req.state.checkRuns.push(run);
    return { status: 201, body: checkRunJson(req.state, req.urls, run) };
  },

  'checks/update': (req) => {
    const run = checkRunOf(req);
    if (!run) return notFound();
    const problem = applyCheckRun(req, run);
    if (problem) return ghError(422, 'Invalid request.', [problem]);
    return { status: 200, body: checkRunJson(req.state, req.urls, run) };
  },

  'checks/get': (req) => {
    const run = checkRunOf(req);
    return run ? { status: 200, body: checkRunJson(req.state, req.urls, run) } : notFound();
  },

  'checks/list-for-ref': (req) => {
    const ref = req.params.ref ?? '';
    const sha = req.state.branches.get(ref) ?? ref;
    const name = req.query.get('check_name');
    let runs = req.state.checkRuns.filter((r) => r.headSha === sha && (!name || r.name === name));
    if ((req.query.get('filter') ?? 'latest') === 'latest') {
      runs = runs.filter((r) => !runs.some((o) => o.name === r.name && o.id > r.id));
    }
    runs = [...runs].sort((a, b) => b.id - a.id);
    const paged = page(req, runs);
    return {
      ...paged,
      body: {
        total_count: runs.length,
        check_runs: (paged.body as FakeCheckRun[]).map((r) => checkRunJson(req.state, req.urls, r)),
      },
    };
  },

  'checks/list-annotations': (req) => {
    const run = checkRunOf(req);
    if (!run) return notFound();
    return page(
      req,
      run.annotations.map((a) => annotationJson(req.state, req.urls, run, a)),
    );
  },
};

function contentEntry(req: RouteRequest, path: string, content: string | undefined) {
  const api = `${req.urls.api}/repos/${req.state.repo.owner}/${req.state.repo.name}`;
  const web = `${req.urls.web}/${req.state.repo.owner}/${req.state.repo.name}`;
  const ref = req.state.repo.defaultBranch;
  const sha = fakeSha(`${path}\n${content ?? ''}`);
  const isFile = content !== undefined;
  const url = `${api}/contents/${path}?ref=${ref}`;
  const html = `${web}/${isFile ? 'blob' : 'tree'}/${ref}/${path}`;
  const git = `${api}/git/${isFile ? 'blobs' : 'trees'}/${sha}`;
  return {
    type: isFile ? 'file' : 'dir',
    ...(isFile ? { encoding: 'base64', content: Buffer.from(content).toString('base64') } : {}),
    size: isFile ? Buffer.byteLength(content) : 0,
    name: path.split('/').at(-1) ?? path,
    path,
    sha,
    url,
    git_url: git,
    html_url: html,
    download_url: isFile ? `${web}/raw/${ref}/${path}` : null,
    _links: { self: url, git, html },
  };
}
