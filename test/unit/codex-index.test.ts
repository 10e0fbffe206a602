import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CodexBinaryError,
  CodexRunner,
  CodexSetupError,
  createCodexRunnerForJob,
} from '../../src/agent/codex/index.js';
import { readContext } from '../../src/context.js';
import type { Inputs } from '../../src/inputs.js';
import { pinnedCodex } from '../harness/codex-env.js';

let temp: string;
beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'codex-index-'));
});
afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

const inputs = (over: Partial<Inputs> = {}): Inputs => ({
  phase: 'review',
  githubToken: 'ghs_x',
  openaiApiKey: 'sk-x',
  sessionKey: '',
  responsesApiEndpoint: '',
  model: '',
  effort: '',
  codexVersion: '0.171.0',
  codexPath: pinnedCodex().path,
  anthropicApiKey: '',
  anthropicBaseUrl: '',
  claudeModel: '',
  claudeCodeVersion: '2.1.332',
  configFile: '.github/codex-orchestrator.yml',
  target: undefined,
  autonomy: 'draft',
  maxReviewCycles: 2,
  dryRun: false,
  dispatch: 'workflow',
  allowedUsers: [],
  allowedBots: [],
  ...over,
});

const context = () =>
  readContext({ RUNNER_TEMP: join(temp, 'runner-temp'), RUNNER_TOOL_CACHE: join(temp, 'tool-cache') });

describe('createCodexRunnerForJob', () => {
  it('creates the job CODEX_HOME under RUNNER_TEMP and uses codex-path', async () => {
    const runner = await createCodexRunnerForJob({
      inputs: inputs(),
      context: context(),
      eventsFile: join(temp, 'e.jsonl'),
    });
    expect(runner).toBeInstanceOf(CodexRunner);
    expect(runner.name).toBe('codex');
    expect(runner.stateDir).toBe(join(temp, 'runner-temp', 'codex-orchestrator', 'codex-home'));
    expect(existsSync(runner.stateDir!)).toBe(true);
  });

  it('refuses to start without a model key unless a custom endpoint is set', async () => {
    const error = await createCodexRunnerForJob({
      inputs: inputs({ openaiApiKey: '' }),
      context: context(),
      eventsFile: join(temp, 'e.jsonl'),
    }).catch((e) => e);
    expect(error).toBeInstanceOf(CodexSetupError);
    expect(error.message).toContain("Input 'openai-api-key' is empty");
    const keyless = await createCodexRunnerForJob({
      inputs: inputs({ openaiApiKey: '', responsesApiEndpoint: 'http://127.0.0.1:9/v1' }),
      context: context(),
      eventsFile: join(temp, 'e.jsonl'),
    });
    expect(keyless.name).toBe('codex');
  });

  it('fails clearly for a codex-path that is not executable', async () => {
    const error = await createCodexRunnerForJob({
      inputs: inputs({ codexPath: join(temp, 'nope') }),
      context: context(),
      eventsFile: join(temp, 'e.jsonl'),
    }).catch((e) => e);
    expect(error).toBeInstanceOf(CodexBinaryError);
  });
});
