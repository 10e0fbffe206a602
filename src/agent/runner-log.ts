import * as core from '../log.js';

/** Where a runner's story goes: the job log (src/log.ts) by default, a recorder in tests. */
export interface RunnerLog {
  info(text: string): void;
  debug(text: string): void;
  startGroup(name: string): void;
  endGroup(): void;
}

/** The job log, for every runtime's runner. */
export const coreLog: RunnerLog = {
  info: (t) => core.info(t),
  debug: (t) => core.debug(t),
  startGroup: (n) => core.startGroup(n),
  endGroup: () => core.endGroup(),
};
