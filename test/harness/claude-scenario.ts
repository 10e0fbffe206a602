/**
 * Puts the claude runtime into an e2e scenario (scenario.ts): a scripted Anthropic Messages API
 * next to the scripted Responses API, the pinned `claude` binary in the job's tool cache where the
 * installer leaves it (src/agent/install/claude.ts), the Anthropic inputs, and the policy file on
 * the default branch giving the listed phases to claude.
 *
 *   const s = await reviewScenario();
 *   const claude = await useClaude(s, 'runtimes: { review: claude }');
 *   claude.model.enqueue(claudeStep.structured(reviews.pass));
 *   const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AnthropicServer, startAnthropicServer } from './anthropic-server.js';
import { seedClaudeToolCache, TEST_ANTHROPIC_KEY } from './claude-env.js';
import type { FakeGitHub } from './github-server.js';
import type { RunOutcome } from './scenario.js';

export const CLAUDE_VERSION = '2.1.332';

export interface ClaudeSide {
  model: AnthropicServer;
  /** The tool cache every job of the scenario gets, holding the pinned binary. */
  toolCache: string;
}

/** A scenario whose jobs take inputs and env (scenario.ts's, or a phase's own such as dev-env.ts's). */
export interface ClaudeHost {
  gh: FakeGitHub;
  run(job: { inputs?: Record<string, string>; env?: Record<string, string> }): Promise<RunOutcome>;
  close(): Promise<void>;
}

/**
 * Wires Claude Code into `scenario`: every later `scenario.run(job)` gets the Anthropic inputs and
 * the tool cache (a job's own inputs and env still win), and `config` (when given) becomes the
 * policy file of the default branch. `scenario.close()` closes the Anthropic server too.
 */
export async function useClaude(scenario: ClaudeHost, config?: string): Promise<ClaudeSide> {
  const model = await startAnthropicServer();
  const toolCache = await mkdtemp(join(tmpdir(), 'claude-tool-cache-'));
  await seedClaudeToolCache(toolCache, CLAUDE_VERSION);
  if (config !== undefined) scenario.gh.addFile('.github/codex-orchestrator.yml', config);
  const run = scenario.run;
  scenario.run = (job) =>
    run({
      ...job,
      inputs: {
        'anthropic-api-key': TEST_ANTHROPIC_KEY,
        'anthropic-base-url': model.url,
        'claude-code-version': CLAUDE_VERSION,
        ...job.inputs,
      },
      env: { RUNNER_TOOL_CACHE: toolCache, ...job.env },
    });
  const close = scenario.close;
  scenario.close = async () => {
    await model.close();
    await rm(toolCache, { recursive: true, force: true });
    await close();
  };
  return { model, toolCache };
}
