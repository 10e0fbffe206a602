/**
 * Variables that carry no secret and that almost every program needs. Each minimal environment
 * the action builds (Codex's own process, the verification commands) starts from these and adds
 * its own; tokens are never on any list, so they reach neither. `RUNNER_TRACKING_ID` is how the
 * runner's orphan clean-up finds what a job left running, so every child must carry it.
 */
export const BASE_ENV = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'RUNNER_TRACKING_ID',
];

/** The variable the runner's orphan clean-up looks for in every process's environment. */
export const TRACKING_ENV = 'RUNNER_TRACKING_ID';

/**
 * The variables of `source` named in `allow`, and the locale's `LC_*`: the start of every minimal
 * environment the action gives a child (a runtime's CLI, a verification command).
 */
export function pickEnv(source: NodeJS.ProcessEnv, allow: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of allow) {
    const value = source[name];
    if (value !== undefined) env[name] = value;
  }
  for (const [name, value] of Object.entries(source)) {
    if (name.startsWith('LC_') && value !== undefined) env[name] = value;
  }
  return env;
}
