import type { Finding } from '../../review/schema.js';
import type { ItemState } from '../../state/index.js';
import type { FixAnswer } from './schema.js';

/**
 * The findings a fix round claimed to fix that the next review reports again (DESIGN §7: the loop
 * stops rather than repeat itself). Empty when the last round answered this cycle, or none came back.
 */
export function findingsBack(state: ItemState, cycle: number, findings: readonly Finding[]): Finding[] {
  const last = state.fix;
  if (!last || last.cycle >= cycle) return [];
  return findings.filter((f) => last.claimed.includes(f.id));
}

/**
 * Records a fix round whose commit reached the branch (pushed, or pushed with the verification
 * still failing): the cycle it answered, the round's number, what it claimed to fix (to notice the
 * findings coming back), its summary for the next round, its commit as the new head.
 */
export function recordRound(
  state: ItemState,
  cycle: number,
  round: { sha: string; answer: Pick<FixAnswer, 'fixed_findings' | 'summary'> },
): ItemState {
  const rounds = state.fix && state.fix.cycle === cycle ? state.fix.rounds : (state.fix?.rounds ?? 0) + 1;
  return {
    ...state,
    headSha: round.sha,
    fix: {
      cycle,
      rounds,
      claimed: round.answer.fixed_findings,
      summary: round.answer.summary,
      commit: round.sha,
    },
  };
}
