import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScanOutput } from '../../src/mcp/schemas.js';
import { pinnedCodex, REPO_ROOT, TEST_API_KEY } from '../harness/codex-env.js';
import { cliFlags, type OutputItem, type RecordedRequest, toolOutput } from '../harness/responses-server.js';
import { NODE24, serverFlags } from './mcp-env.js';
import { addFile, docsFile, type LocalRepo, localRepo, step } from './run-env.js';

// The real Codex binary as the MCP client (reference: runtimes-mcp-2026-12.md, "Observed later"):
// `codex exec` with the server configured, required and approved; the scripted Responses API plays
// the model of that outer session, asks tool_search for the tools, then calls them by namespace.
// The inner runs process_bug starts (the engine's own codex) are scripted on the same server: the
// outer session waits for each tool's result, so the requests arrive in script order.

let repo: LocalRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

const NAMESPACE = 'mcp__codex_orchestrator';

const toolSearch = (query: string, callId: string): OutputItem => ({
  type: 'tool_search_call',
  call_id: callId,
  execution: 'client',
  arguments: { query },
});
const mcpCall = (name: string, args: Record<string, unknown>, callId: string): OutputItem => ({
  type: 'function_call',
  namespace: NAMESPACE,
  name,
  arguments: JSON.stringify(args),
  call_id: callId,
});

function input(req: RecordedRequest): Record<string, unknown>[] {
  return Array.isArray(req.body?.input) ? (req.body.input as Record<string, unknown>[]) : [];
}

/** `codex exec --json` with the server as `mcp_servers.codex-orchestrator`, run from source. */
async function codexExec(repo: LocalRepo, prompt: string) {
  const codexHome = await mkdtemp(join(repo.root, 'outer-codex-home-'));
  const server = 'mcp_servers.codex-orchestrator';
  const args = [
    '--import',
    join(REPO_ROOT, 'scripts', 'register-ts.mjs'),
    join(REPO_ROOT, 'src', 'cli', 'index.ts'),
    'mcp',
    '--root',
    repo.root,
    ...Object.entries(serverFlags(repo)).flatMap(([k, v]) => [`--${k}`, v]),
  ];
  const { flags, env } = cliFlags(repo.model);
  const child = spawn(
    pinnedCodex().path,
    [
      'exec',
      '--json',
      '-m',
      'gpt-5.5',
      ...flags,
      '-c',
      `${server}.command=${JSON.stringify(NODE24)}`,
      '-c',
      `${server}.args=${JSON.stringify(args)}`,
      '-c',
      `${server}.required=true`,
      '-c',
      `${server}.default_tools_approval_mode="approve"`,
      '-c',
      `${server}.env_vars=["OPENAI_API_KEY"]`,
      '-c',
      `${server}.tool_timeout_sec=600`,
      prompt,
    ],
    {
      cwd: repo.dir,
      env: { ...repo.env, CODEX_HOME: codexHome, OPENAI_API_KEY: TEST_API_KEY, ...env },
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
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const events = stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { type: string; item?: Record<string, unknown> });
  return { code, stdout, stderr, events };
}

describe('the real Codex binary as the MCP client', () => {
  it('finds the tools through tool_search, calls scan_prioritize then process_bug, and the item is worked on its branch', async () => {
    repo = await localRepo({
      items: {
        'T-1.md': docsFile('T-1', 'Add a greeting', { priority: 'high', criteria: ['greet.txt says hello'] }),
        'T-2.md': docsFile('T-2', 'Later', { blockedBy: ['T-1'] }),
      },
      config: 'verify:\n  commands:\n    - test -f greet.txt\n',
    });
    const mainBefore = repo.git('rev-parse', 'main');
    repo.model.enqueue(
      step.items([toolSearch('backlog scan priority process item', 'search_1')]),
      step.items([mcpCall('scan_prioritize', { repo_path: repo.dir, sync_remote: false }, 'call_scan')]),
      step.items([mcpCall('process_bug', { item_id: 'T-1', repo_path: repo.dir }, 'call_process')]),
      // The engine's own codex, inside process_bug: the criterion.
      ...addFile('greet.txt', 'hello'),
      step.message('T-1 is complete and verified on codex/T-1-add-a-greeting; a person merges it.'),
    );

    const run = await codexExec(repo, 'Work the backlog with the codex-orchestrator tools.');
    expect(run.code, `${run.stderr}\n${run.stdout}`).toBe(0);
    expect(repo.model.unexpected).toEqual([]);
    expect(repo.model.pending).toBe(0);

    // The tools are deferred behind tool_search, as one namespace with the server's name.
    const first = repo.model.requests[0]!;
    const offered = (first.body?.tools ?? []) as { type?: string }[];
    expect(offered.some((t) => t.type === 'tool_search')).toBe(true);
    const searched = input(repo.model.requests[1]!).find((i) => i.type === 'tool_search_output') as
      | { tools: { type: string; name: string; tools: { name: string }[] }[] }
      | undefined;
    const namespace = searched?.tools.find((t) => t.name === NAMESPACE);
    expect(namespace?.type).toBe('namespace');
    expect(namespace?.tools.map((t) => t.name)).toEqual(
      expect.arrayContaining(['scan_prioritize', 'process_bug']),
    );

    // Codex hands the model each tool's structured result (after a wall-time line): the scan's
    // queue, then process_bug's outcome.
    const result = (callId: string, req: RecordedRequest) => {
      const text = toolOutput(req, callId) ?? '';
      return JSON.parse(text.slice(text.indexOf('{')));
    };
    const scanned: ScanOutput = result('call_scan', repo.model.requests[2]!);
    expect(scanned.next_action).toEqual({
      item_id: 'T-1',
      reason: 'The first ready item: priority high, every blocker done.',
    });
    expect(scanned.priority_queue.map((e) => e.item_id)).toEqual(['T-1', 'T-2']);
    const processed = result('call_process', repo.model.requests.at(-1)!);
    expect(processed).toMatchObject({
      status: 'complete',
      sections_completed: ['greet.txt says hello'],
      test_result: { passed: true },
      branch: 'codex/T-1-add-a-greeting',
    });

    // The engine's runs authenticate with the key Codex passed to the server (env_vars).
    expect(repo.model.requests[3]?.headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
    expect(repo.model.requests[0]?.headers.authorization).not.toBe(`Bearer ${TEST_API_KEY}`);

    const calls = run.events
      .filter((e) => e.type === 'item.completed' && e.item?.type === 'mcp_tool_call')
      .map((e) => [e.item?.server, e.item?.tool, e.item?.status]);
    expect(calls).toEqual([
      ['codex-orchestrator', 'scan_prioritize', 'completed'],
      ['codex-orchestrator', 'process_bug', 'completed'],
    ]);

    // The item's commit landed on its branch; the default branch and the working tree are untouched.
    expect(repo.git('show', 'codex/T-1-add-a-greeting:greet.txt')).toBe('hello');
    expect(repo.git('log', '--format=%an', 'main..codex/T-1-add-a-greeting').split('\n')).toEqual([
      'codex-orchestrator',
      'codex-orchestrator',
    ]);
    expect(repo.git('rev-parse', 'main')).toBe(mainBefore);
    expect(repo.git('status', '--porcelain')).toBe('');
  }, 180_000);
});
