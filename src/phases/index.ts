import { type HandlerName, type PhaseHandler, PhaseUnavailableError } from '../phase.js';

/**
 * The phases this version implements, loaded on demand. A phase missing here fails with a clear
 * message rather than succeeding silently.
 */
const HANDLERS: Partial<Record<HandlerName, () => Promise<PhaseHandler>>> = {
  plan: async () => (await import('./plan/index.js')).planPhase,
  control: async () => (await import('./control/index.js')).controlPhase,
  review: async () => (await import('./review/index.js')).reviewPhase,
  setup: async () => (await import('./setup/index.js')).setupPhase,
  dev: async () => (await import('./dev/index.js')).devPhase,
  verify: async () => (await import('./verify/index.js')).verifyPhase,
  scan: async () => (await import('./scan/index.js')).scanPhase,
  fix: async () => (await import('./fix/index.js')).fixPhase,
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
