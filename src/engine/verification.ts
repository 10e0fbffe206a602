import * as core from '../log.js';
import { jobIsolation } from '../verify/isolate.js';
import { runVerification, type VerifyReport } from '../verify/run.js';
import type { WorkSession } from './session.js';

/**
 * The verification of a dev or fix session's worktree: `verify.commands` in the sandbox, or why it
 * cannot run. Detected before any model work, so a job whose verification would have to run exposed
 * (DESIGN §8.11) is refused before it spends anything.
 */
export type SessionVerifier =
  | { kind: 'none' }
  | { kind: 'refused'; reason: string }
  | { kind: 'ready'; run: () => Promise<VerifyReport> };

export async function sessionVerifier(session: WorkSession): Promise<SessionVerifier> {
  const { env } = session;
  const commands = env.config.verify.commands;
  if (commands.length === 0) return { kind: 'none' };
  const isolation = await jobIsolation({
    codexPaths: [...env.codexPaths],
    log: core.info,
  });
  if (!isolation.available) return { kind: 'refused', reason: isolation.reason };
  return {
    kind: 'ready',
    run: () =>
      core.group('Verification', () =>
        runVerification({
          commands,
          cwd: session.wt.dir,
          timeoutMs: env.config.verify['timeout-minutes'] * 60_000,
          network: env.config.sandbox.network,
          isolation,
        }),
      ),
  };
}
