import type { PhaseHandler } from '../phase.js';
import type { HandlerName } from '../status.js';

/**
 * Every phase, loaded on demand so a job pays only for the one it runs. A full Record: a phase
 * added to the vocabulary without a handler does not compile.
 */
const HANDLERS: Record<HandlerName, () => Promise<PhaseHandler>> = {
  plan: async () => (await import('./plan/index.js')).planPhase,
  control: async () => (await import('./control/index.js')).controlPhase,
  review: async () => (await import('./review/index.js')).reviewPhase,
  setup: async () => (await import('./setup/index.js')).setupPhase,
  dev: async () => (await import('./dev/index.js')).devPhase,
  verify: async () => (await import('./verify/index.js')).verifyPhase,
  scan: async () => (await import('./scan/index.js')).scanPhase,
  fix: async () => (await import('./fix/index.js')).fixPhase,
  retro: async () => (await import('./retro/index.js')).retroPhase,
};

/** Loads the handler of a phase. */
export function handlerFor(phase: HandlerName): Promise<PhaseHandler> {
  return HANDLERS[phase]();
}
