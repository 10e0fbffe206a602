import { describe, expect, it } from 'vitest';
import { buildCodexEnv, buildExecArgs, KEY_ENV_VAR } from '../../src/agent/codex/args.js';

const provider = { baseUrl: 'https://gw.example/v1', apiKey: 'sk-x' };

describe('buildExecArgs', () => {
  it('puts every flag before the resume subcommand and reads the prompt from stdin', () => {
    const args = buildExecArgs({
      cwd: '/w',
      sandbox: 'workspace-write',
      provider,
      model: 'gpt-5.5',
      effort: 'high',
      outputSchemaFile: '/tmp/s.json',
      resumeThreadId: 't-1',
    });
    expect(args.slice(0, 8)).toEqual([
      'exec',
      '--json',
      '--cd',
      '/w',
      '--sandbox',
      'workspace-write',
      '--skip-git-repo-check',
      '--model',
    ]);
    expect(args.slice(-3)).toEqual(['resume', 't-1', '-']);
    expect(args.indexOf('--output-schema')).toBeLessThan(args.indexOf('resume'));
    expect(args).toContain('model_reasoning_effort="high"');
  });

  it('never passes --approve-for-me: its guardian model is not counted in turn.completed.usage', () => {
    for (const sandbox of ['read-only', 'workspace-write'] as const) {
      for (const resumeThreadId of [undefined, 't-1']) {
        const args = buildExecArgs({ cwd: '/w', sandbox, provider, resumeThreadId });
        expect(args.join(' ')).not.toMatch(/approve-for-me|dangerously|yolo|full-auto/);
      }
    }
  });

  it('defines the provider with the key only through env_key', () => {
    const args = buildExecArgs({ cwd: '/w', sandbox: 'read-only', provider });
    expect(args).toEqual(
      expect.arrayContaining([
        'model_provider="codex-orchestrator"',
        'model_providers.codex-orchestrator.base_url="https://gw.example/v1"',
        'model_providers.codex-orchestrator.wire_api="responses"',
        `model_providers.codex-orchestrator.env_key="${KEY_ENV_VAR}"`,
        'shell_environment_policy.inherit="core"',
      ]),
    );
    expect(args.join(' ')).not.toContain('sk-x');
    expect(args[args.length - 1]).toBe('-');
    expect(args).not.toContain('resume');
  });

  it('omits env_key for a keyless gateway', () => {
    const args = buildExecArgs({
      cwd: '/w',
      sandbox: 'read-only',
      provider: { baseUrl: 'http://gw/v1', apiKey: '' },
    });
    expect(args.some((a) => a.includes('env_key'))).toBe(false);
  });

  it('opens the network (and web search) only when asked', () => {
    const closed = buildExecArgs({ cwd: '/w', sandbox: 'workspace-write', provider });
    expect(closed).toContain('sandbox_workspace_write.network_access=false');
    expect(closed).toContain('web_search="disabled"');
    const open = buildExecArgs({ cwd: '/w', sandbox: 'workspace-write', provider, networkAccess: true });
    expect(open).toContain('sandbox_workspace_write.network_access=true');
    expect(open).not.toContain('web_search="disabled"');
  });

  it("keeps a read-only (judging) run from loading the checkout's AGENTS.md and skills", () => {
    const judging = buildExecArgs({ cwd: '/w', sandbox: 'read-only', provider });
    expect(judging).toContain('project_doc_max_bytes=0');
    expect(judging).toContain('skills.include_instructions=false');
    // The developer works with the project's instructions: its run keeps them.
    const working = buildExecArgs({ cwd: '/w', sandbox: 'workspace-write', provider });
    expect(working.some((a) => a.startsWith('project_doc_max_bytes'))).toBe(false);
    expect(working.some((a) => a.startsWith('skills.'))).toBe(false);
  });

  it('quotes values as TOML strings', () => {
    const args = buildExecArgs({
      cwd: '/w',
      sandbox: 'read-only',
      provider: { baseUrl: 'http://h/v1?a="b"', apiKey: 'k' },
    });
    expect(args).toContain('model_providers.codex-orchestrator.base_url="http://h/v1?a=\\"b\\""');
  });
});

describe('buildCodexEnv', () => {
  it('keeps an allow-list, drops the GitHub token and the inputs, and adds CODEX_HOME and the key', () => {
    const env = buildCodexEnv({
      source: {
        PATH: '/usr/bin',
        HOME: '/home/runner',
        LC_ALL: 'C.UTF-8',
        HTTPS_PROXY: 'http://proxy:3128',
        GITHUB_TOKEN: 'ghs_secret',
        INPUT_GITHUB_TOKEN: 'ghs_secret',
        'INPUT_OPENAI-API-KEY': 'sk-x',
        ACTIONS_RUNTIME_TOKEN: 'rt',
        OPENAI_API_KEY: 'sk-other',
        CODEX_HOME: '/somewhere/else',
      },
      codexHome: '/tmp/home',
      apiKey: 'sk-x',
      extraPath: '/opt/codex-path',
    });
    expect(env).toEqual({
      PATH: '/opt/codex-path:/usr/bin',
      HOME: '/home/runner',
      LC_ALL: 'C.UTF-8',
      HTTPS_PROXY: 'http://proxy:3128',
      CODEX_HOME: '/tmp/home',
      [KEY_ENV_VAR]: 'sk-x',
    });
  });
});
