import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildClaudeArgs, buildClaudeEnv } from '../../src/agent/claude/args.js';
import { ClaudeCollector } from '../../src/agent/claude/collect.js';
import { parseClaudeEvent } from '../../src/agent/claude/events.js';
import { createClaudeRunnerForJob } from '../../src/agent/claude/index.js';
import { SessionMeter } from '../../src/agent/claude/usage.js';
import { claudeCacheDir, claudePlatform } from '../../src/agent/install/claude.js';
import { PRICE_TABLE } from '../../src/agent/pricing.js';
import { defaultConfig } from '../../src/config.js';
import { readInputs } from '../../src/inputs.js';
import { type NpmRegistry, npmEnvFor, packTarball, startNpmRegistry } from '../harness/npm-registry.js';

const line = (value: unknown) => JSON.stringify(value);

describe('parseClaudeEvent', () => {
  it('ignores unknown types and subtypes and tolerates missing or odd fields', () => {
    expect(parseClaudeEvent('')).toBeUndefined();
    expect(parseClaudeEvent(line({ type: 'system', subtype: 'ui_invalidate', session_id: 's' }))).toEqual({
      type: 'other',
      originalType: 'system/ui_invalidate',
    });
    expect(parseClaudeEvent(line({ type: 'stream_event', event: {} }))).toEqual({
      type: 'other',
      originalType: 'stream_event',
    });
    expect(parseClaudeEvent('not json')).toMatchObject({ type: 'other', originalType: '(not JSON)' });
    const init = parseClaudeEvent(
      line({ type: 'system', subtype: 'init', session_id: 's1', tools: 'oops', extra: 1 }),
    );
    expect(init).toMatchObject({
      type: 'system',
      subtype: 'init',
      session_id: 's1',
      tools: [],
      mcp_servers: [],
    });
    const result = parseClaudeEvent(
      line({ type: 'result', subtype: 'success', is_error: false, usage: { input_tokens: 'x' } }),
    );
    expect(result).toMatchObject({ type: 'result', modelUsage: {}, permission_denials: [], errors: [] });
  });

  it('splits an assistant message into its text and its tool calls', () => {
    const event = parseClaudeEvent(
      line({
        type: 'assistant',
        message: {
          model: 'claude-opus-5-5',
          content: [
            { type: 'thinking', thinking: '' },
            { type: 'text', text: 'Reading.' },
            { type: 'tool_use', id: 't1', name: 'Read', input: { file_path: '/w/a.ts' } },
          ],
        },
      }),
    );
    expect(event).toEqual({
      type: 'assistant',
      model: 'claude-opus-5-5',
      text: ['Reading.'],
      toolUses: [{ type: 'tool_use', id: 't1', name: 'Read', input: { file_path: '/w/a.ts' } }],
    });
  });
});

describe('ClaudeCollector', () => {
  const feed = (c: ClaudeCollector, ...events: unknown[]) => {
    for (const e of events) c.apply(parseClaudeEvent(line(e))!);
  };

  it('records tool calls with their outcome and every refusal once, whichever way it was reported', () => {
    const c = new ClaudeCollector();
    feed(
      c,
      {
        type: 'system',
        subtype: 'init',
        session_id: 's',
        tools: ['Read', 'StructuredOutput'],
        mcp_servers: [],
      },
      {
        type: 'assistant',
        message: {
          content: [
            { type: 'tool_use', id: 'a', name: 'Read', input: { file_path: '/w/a.ts' } },
            { type: 'tool_use', id: 'b', name: 'Read', input: { file_path: '/etc/passwd' } },
            { type: 'tool_use', id: 'c', name: 'Bash', input: { command: 'env' } },
            { type: 'tool_use', id: 'd', name: 'Read', input: { file_path: '/w/missing.ts' } },
          ],
        },
      },
      {
        type: 'system',
        subtype: 'permission_denied',
        tool_name: 'Read',
        tool_use_id: 'b',
        message: 'outside the working directory',
      },
      {
        type: 'user',
        message: {
          content: [
            { type: 'tool_result', tool_use_id: 'a', content: '1\tx' },
            { type: 'tool_result', tool_use_id: 'b', content: 'denied', is_error: true },
            {
              type: 'tool_result',
              tool_use_id: 'c',
              content: 'No such tool available: Bash',
              is_error: true,
            },
            { type: 'tool_result', tool_use_id: 'd', content: 'File does not exist.', is_error: true },
          ],
        },
      },
      {
        type: 'result',
        subtype: 'success',
        is_error: false,
        permission_denials: [
          { tool_name: 'Read', tool_use_id: 'b', tool_input: { file_path: '/etc/passwd' } },
          { tool_name: 'Glob', tool_use_id: 'z', tool_input: { pattern: '**' } },
        ],
      },
    );
    expect(c.toolCalls).toEqual([
      { tool: 'Read', input: '/w/a.ts', ok: true },
      { tool: 'Read', input: '/w/missing.ts', ok: false },
    ]);
    expect(c.denied).toEqual([
      { tool: 'Read', input: '/etc/passwd', reason: 'outside the working directory' },
      { tool: 'Bash', input: 'env', reason: 'No such tool available: Bash' },
      { tool: 'Glob', input: '**', reason: 'permission denied' },
    ]);
  });

  it('flags tools and MCP servers a reviewer must not be given', () => {
    const c = new ClaudeCollector();
    feed(c, {
      type: 'system',
      subtype: 'init',
      session_id: 's',
      tools: ['Read', 'Bash', 'StructuredOutput'],
      mcp_servers: [{ name: 'pr', status: 'connected' }],
    });
    expect(c.unexpectedTools).toEqual(['Bash']);
    expect(c.mcpServers).toEqual(['pr']);
  });
});

describe('SessionMeter', () => {
  const result = (
    modelUsage: Record<string, Record<string, number>>,
    usage: Record<string, number>,
    total: number,
  ) =>
    parseClaudeEvent(
      line({ type: 'result', subtype: 'success', is_error: false, usage, modelUsage, total_cost_usd: total }),
    ) as never;
  const opus = (model: string | undefined) =>
    model === 'claude-opus-5-5' ? PRICE_TABLE.anthropic['claude-opus-5-5'] : undefined;

  it('turns the session totals of a resume into this run, and prices a resume it never saw from the run alone', () => {
    const meter = new SessionMeter();
    const first = meter.measure({
      sessionId: 's',
      resumed: false,
      result: result(
        { 'claude-opus-5-5': { inputTokens: 1000, outputTokens: 10 } },
        { input_tokens: 1000, output_tokens: 10 },
        0.0042,
      ),
      priceOf: opus,
      model: 'claude-opus-5-5',
    });
    expect(first.costUsd).toBeCloseTo((1000 * 4 + 10 * 20) / 1e6, 10);
    const second = meter.measure({
      sessionId: 's',
      resumed: true,
      result: result(
        { 'claude-opus-5-5': { inputTokens: 3000, outputTokens: 30 } },
        { input_tokens: 2000, output_tokens: 20 },
        0.0126,
      ),
      priceOf: opus,
      model: 'claude-opus-5-5',
    });
    expect(second.usage).toMatchObject({ inputTokens: 2000, outputTokens: 20 });
    expect(second.costUsd).toBeCloseTo((2000 * 4 + 20 * 20) / 1e6, 10);
    expect(second.listCostUsd).toBeCloseTo(0.0084, 10);
    // Another job's meter knows nothing of `s`: the run's own usage, not the session's totals.
    const elsewhere = new SessionMeter().measure({
      sessionId: 's',
      resumed: true,
      result: result(
        { 'claude-opus-5-5': { inputTokens: 3000, outputTokens: 30 } },
        { input_tokens: 2000, output_tokens: 20 },
        0.0126,
      ),
      priceOf: opus,
      model: 'claude-opus-5-5',
    });
    expect(elsewhere.costUsd).toBeCloseTo(second.costUsd!, 10);
  });

  it('prices each model of a run at its own price, and a run with an unpriced one as unknown', () => {
    const meter = new SessionMeter();
    const run = meter.measure({
      sessionId: 'm',
      resumed: false,
      result: result(
        { 'claude-opus-5-5': { inputTokens: 100 }, 'claude-other-1': { inputTokens: 50, outputTokens: 5 } },
        { input_tokens: 150, output_tokens: 5 },
        0.001,
      ),
      priceOf: opus,
      model: 'claude-opus-5-5',
    });
    expect(run.costUsd).toBeNull();
    expect(run.usage).toMatchObject({ costUsd: expect.closeTo(100 * 4e-6, 12), unpricedTokens: 55 });
  });
});

describe('the Claude Code command line and environment', () => {
  it('asks for least privilege: bare, restricted, read-only tools, no prompts, no MCP, a fixed session', () => {
    const args = buildClaudeArgs({
      maxTurns: 7,
      session: { kind: 'new', id: 'u-1' },
      jsonSchema: { type: 'object' },
    });
    expect(args).toEqual(
      expect.arrayContaining(['-p', '--bare', '--restricted', '--strict-mcp-config', '--verbose']),
    );
    const flag = (name: string) => args[args.indexOf(name) + 1];
    expect(flag('--tools')).toBe('Read,Grep,Glob');
    expect(flag('--permission-prompts')).toBe('none');
    expect(flag('--mcp-config')).toBe('{"mcpServers":{}}');
    expect(flag('--max-turns')).toBe('7');
    expect(flag('--session-id')).toBe('u-1');
    expect(flag('--json-schema')).toBe('{"type":"object"}');
    expect(args).not.toContain('--dangerously-skip-permissions');
    expect(buildClaudeArgs({ maxTurns: 1, session: { kind: 'resume', id: 'u-1' } })).toContain('--resume');
  });

  it('keeps only what Claude Code needs from the environment', () => {
    const env = buildClaudeEnv({
      source: {
        PATH: '/bin',
        GITHUB_TOKEN: 'g',
        OPENAI_API_KEY: 'o',
        INPUT_X: 'i',
        ACTIONS_RUNTIME_TOKEN: 'a',
        HOME: '/root',
        LC_ALL: 'C',
      },
      home: '/job/home',
      tmpDir: '/job/tmp',
      apiKey: 'k',
      baseUrl: 'http://gw',
    });
    expect(Object.keys(env).filter((k) => /GITHUB|OPENAI|INPUT|ACTIONS/.test(k))).toEqual([]);
    expect(env).toMatchObject({
      PATH: '/bin',
      HOME: '/job/home',
      TMPDIR: '/job/tmp',
      ANTHROPIC_API_KEY: 'k',
      ANTHROPIC_BASE_URL: 'http://gw',
      LC_ALL: 'C',
    });
  });
});

describe('the Claude Code binary of a job', () => {
  let dir: string;
  let registry: NpmRegistry | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claude-install-'));
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await registry?.close();
    registry = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  it('is installed into the tool cache on a miss (the pinned version, integrity-checked), and found there next time', async () => {
    // A stand-in for the ~400 MB native binary: an ELF header and 1.5 MB pass the native check.
    const native = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(1_500_000)]);
    const platformPkg = `@anthropic-ai/claude-code-${claudePlatform()}`;
    const platform = await packTarball(join(dir, 'platform.tgz'), [
      { path: 'package/claude', content: native, mode: 0o755 },
    ]);
    const wrapper = await packTarball(join(dir, 'wrapper.tgz'), [
      { path: 'package/bin/claude.exe', content: '#!/bin/sh\nexit 1\n', mode: 0o755 },
    ]);
    registry = await startNpmRegistry([
      {
        name: '@anthropic-ai/claude-code',
        version: '2.1.332',
        tarball: wrapper,
        optionalDependencies: { [platformPkg]: '2.1.332' },
      },
      { name: platformPkg, version: '2.1.332', tarball: platform },
    ]);
    await writeFile(join(dir, 'npmrc'), '');
    const npmEnv = npmEnvFor(registry, join(dir, 'npmrc'));
    vi.stubEnv('npm_config_registry', npmEnv.npm_config_registry);
    vi.stubEnv('npm_config_userconfig', npmEnv.npm_config_userconfig);
    const toolCache = join(dir, 'tool-cache');
    const job = () =>
      createClaudeRunnerForJob({
        inputs: readInputs(
          (name) => ({ 'anthropic-api-key': 'sk-ant-x', 'claude-code-version': '2.1.332' })[name] ?? '',
        ),
        config: defaultConfig(),
        context: { runnerTemp: join(dir, 'temp'), toolCache },
        eventsFile: join(dir, 'events.jsonl'),
      });
    await job();
    const installed = join(claudeCacheDir(toolCache, '2.1.332'), 'bin', 'claude');
    expect((await readFile(installed)).equals(native)).toBe(true);
    const fetched = registry.requests.length;
    expect(registry.requests.at(-1)).toMatch(/claude-code-[a-z0-9-]+-2\.1\.332\.tgz$/);
    // The next job on this runner: a tool-cache hit, nothing fetched.
    await job();
    expect(registry.requests).toHaveLength(fetched);
  });
});
