import type { Finding } from '../../review/schema.js';
import type { ItemState } from '../../state/index.js';

/**
 * The findings a fix round claimed to fix that the next review reports again (DESIGN §7: the loop
 * stops rather than repeat itself). Empty when the last round answered this cycle, or none came back.
 */
export function findingsBack(state: ItemState, cycle: number, findings: readonly Finding[]): Finding[] {
  const last = state.fix;
  if (!last || last.cycle >= cycle) return [];
  return findings.filter((f) => last.claimed.includes(f.id));
}
