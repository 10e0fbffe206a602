/**
 * Variables that carry no secret and that almost every program needs. Each minimal environment
 * the action builds (Codex's own process, the verification commands) starts from these and adds
 * its own; tokens are never on any list, so they reach neither.
 */
export const BASE_ENV = ['PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LANGUAGE', 'TZ', 'TMPDIR'];
