/**
 * What every AgentRunner result and runner must carry besides what a test scripts (src/agent/types.ts),
 * for scripted ports in unit tests: spread them in, then set what the test is about.
 */
import type { RunRecord, SandboxMode } from '../../src/agent/types.js';

/** The normalised fields of a run that called no tool, was refused nothing, and cost nothing. */
export const QUIET_RUN: Pick<RunRecord, 'runtime' | 'model' | 'toolCalls' | 'denied' | 'costUsd'> = {
  runtime: 'scripted',
  model: undefined,
  toolCalls: [],
  denied: [],
  costUsd: 0,
};

/** A scripted runner's identity: no model known in advance, every sandbox. */
export const SCRIPTED_PORT: { name: string; model: string | undefined; sandboxes: readonly SandboxMode[] } = {
  name: 'scripted',
  model: undefined,
  sandboxes: ['read-only', 'workspace-write'],
};
