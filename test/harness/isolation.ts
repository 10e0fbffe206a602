import { type IsolationProbe, jobIsolation } from '../../src/verify/isolate.js';
import { pinnedCodex } from './codex-env.js';

/** The isolation a job on this machine gets: the pinned Codex's bundled bubblewrap (or a system one). */
export const testIsolation = (): Promise<IsolationProbe> =>
  jobIsolation({ codexPaths: [pinnedCodex().path] });
