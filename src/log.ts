import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { redactSecrets } from './safety/secrets.js';

/**
 * The runner's workflow-command protocol, for what the action does on every job: logs, groups,
 * masks, inputs, outputs and the failure. It speaks the same protocol as `@actions/core`, whose
 * import alone loads an HTTP client (undici, for OIDC tokens) and roughly doubles the action's cold
 * start; `@actions/core` is still used, loaded at the end of a job, for the job summary.
 */

/**
 * Every line the action prints passes redactSecrets: the runner masks a secret's exact value only,
 * and text from code the agent wrote (command output reaches the log through the event collector)
 * can carry one base64-encoded, as hex or split (src/safety/secrets.ts).
 */
const clean = (message: string): string => redactSecrets(message);

/** Workflow commands carry their data on one line: `%`, CR and LF are escaped. */
const escapeData = (value: string): string =>
  value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/**
 * Where the lines go instead of the runner's log, when something else drives the engine (the CLI
 * writes them to the item's log file). Each line is redacted first; debug lines and masks are the
 * runner's business and are dropped.
 */
export type LogSink = (line: string) => void;
let sink: LogSink | undefined;

/** Sends every later line to `to` (undefined: back to the runner's log on stdout). */
export function redirectLog(to: LogSink | undefined): void {
  sink = to;
}

const command = (name: string, message: string): void => {
  if (sink) {
    if (name === 'warning' || name === 'error') sink(`${name}: ${clean(message)}`);
    else if (name === 'group') sink(`== ${clean(message)}`);
    return;
  }
  process.stdout.write(`::${name}::${escapeData(name === 'add-mask' ? message : clean(message))}${EOL}`);
};

export function info(message: string): void {
  if (sink) sink(clean(message));
  else process.stdout.write(`${clean(message)}${EOL}`);
}

/** Shown only when the run has step debug logging on. */
export function debug(message: string): void {
  command('debug', message);
}

/** A warning annotation on the run. */
export function warning(message: string): void {
  command('warning', message);
}

/** The run fails with this message (one `::error::`, exit code 1). */
export function setFailed(message: string): void {
  process.exitCode = 1;
  command('error', message);
}

/** Masks a value in every later log line. */
export function setSecret(secret: string): void {
  command('add-mask', secret);
}

export function startGroup(name: string): void {
  command('group', name);
}

export function endGroup(): void {
  if (!sink) process.stdout.write(`::endgroup::${EOL}`);
}

/** Runs `fn` inside a collapsed log group, closing it even when `fn` throws. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await fn();
  } finally {
    endGroup();
  }
}

/** An input as the runner passes it (`INPUT_<NAME>`, upper case, spaces as `_`), trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * Sets a step output through the `GITHUB_OUTPUT` file, with a random heredoc delimiter that the
 * value cannot contain; without the file (a local run) it is printed instead. The value is
 * redacted like a log line: outputs carry text the model and the agent's code wrote (a plan, a
 * review, issue titles), and a later step may print them or pass them on.
 */
export function setOutput(name: string, raw: string): void {
  const value = clean(raw);
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    info(`output ${name}=${value}`);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: the output '${name}' contains the delimiter ${delimiter}.`);
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}
