import { type HandlerName, type PhaseHandler, PhaseUnavailableError } from './types.js';

/**
 * The phases this version implements, loaded on demand. A phase missing here fails with a clear
 * message rather than succeeding silently.
 */
const HANDLERS: Partial<Record<HandlerName, () => Promise<PhaseHandler>>> = {
  plan: async () => (await import('./plan.js')).planPhase,
  control: async () => (await import('./control.js')).controlPhase,
  review: async () => (await import('./review.js')).reviewPhase,
  setup: async () => (await import('./setup.js')).setupPhase,
  dev: async () => (await import('./dev.js')).devPhase,
  verify: async () => (await import('./verify.js')).verifyPhase,
};

/** Returns the handler of a phase, or throws PhaseUnavailableError. */
export async function handlerFor(phase: HandlerName): Promise<PhaseHandler> {
  const load = HANDLERS[phase];
  if (!load)
    throw new PhaseUnavailableError(
      phase,
      Object.keys(HANDLERS).filter((name) => name !== 'control'),
    );
  return load();
}
