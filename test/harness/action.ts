/**
 * Runs the action in this process the way the runner runs it: the job's variables (INPUT_*,
 * GITHUB_*, RUNNER_*) over process.env, stdout captured (so no workflow command reaches a test log),
 * and the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files read back. Shared by the e2e scenarios, the
 * benchmark and the demo.
 */
import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { run } from '../../src/main.js';

/** What one run of the action left behind. */
export interface RunOutcome {
  outputs: Record<string, string>;
  summary: string;
  /** Everything the action printed (logs, groups, workflow commands). */
  stdout: string;
  /** The process exit code the action set (1 after a failure). */
  exitCode: number | undefined;
  /** Milliseconds spent in run(). */
  ms: number;
}

/** Reads `name<<DELIMITER\nvalue\nDELIMITER` entries of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/** Runs the action once with `env` over process.env and restores both afterwards. */
export async function runAction(
  env: Record<string, string>,
  files: { output: string; summary: string },
  { echo = false }: { echo?: boolean } = {},
): Promise<RunOutcome> {
  const saved = new Map(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return echo ? write(chunk, ...(rest as [])) : true;
  }) as typeof process.stdout.write;
  // @actions/core's summary caches the file's path on first use (one job is one process on a
  // runner); several runs in one process must each write their own file.
  (core.summary as unknown as { _filePath?: string })._filePath = undefined;
  const exitBefore = process.exitCode;
  const started = performance.now();
  try {
    await run();
  } finally {
    process.stdout.write = write;
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  const ms = performance.now() - started;
  const exitCode = process.exitCode as number | undefined;
  process.exitCode = exitBefore;
  return {
    outputs: parseOutputFile(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    stdout: chunks.join(''),
    exitCode,
    ms,
  };
}
