import { type ConcretePhase, type PhaseHandler, PhaseUnavailableError } from './types.js';

/**
 * The phases this version implements, loaded on demand. A phase missing here fails with a clear
 * message rather than succeeding silently.
 */
const HANDLERS: Partial<Record<ConcretePhase, () => Promise<PhaseHandler>>> = {};

/** Returns the handler of a phase, or throws PhaseUnavailableError. */
export async function handlerFor(phase: ConcretePhase): Promise<PhaseHandler> {
  const load = HANDLERS[phase];
  if (!load) throw new PhaseUnavailableError(phase, Object.keys(HANDLERS));
  return load();
}
