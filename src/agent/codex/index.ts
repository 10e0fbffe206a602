// Placeholder: the Codex CLI runner lands with the foundation's runner work.

import type { ActionContext } from '../../context.js';
import type { Inputs } from '../../inputs.js';
import type { AgentRunner } from '../types.js';

export async function createCodexRunnerForJob(_: {
  inputs: Inputs;
  context: ActionContext;
  eventsFile: string;
}): Promise<AgentRunner> {
  throw new Error('The Codex runner is not available yet.');
}
