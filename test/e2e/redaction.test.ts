/**
 * Issue §2 on the job's own outputs: a secret that code the agent ran printed in an encoded form
 * (the runner masks exact values only) is redacted from the events file, the job log and the
 * verification output that goes back to the model, the PR body and the status comment. Real codex
 * binary and scripted model for the events file; real commands (isolated) for verification.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RedactingLines } from '../../src/agent/redact-lines.js';
import * as log from '../../src/log.js';
import { REDACTED, setJobSecrets } from '../../src/safety/secrets.js';
import { runCommand, runVerification, verifyEnv } from '../../src/verify/run.js';
import { codexTestEnv, testRunner } from '../harness/codex-env.js';
import { testIsolation } from '../harness/isolation.js';
import { startResponsesServer, step } from '../harness/responses-server.js';

const SECRET = 'ghs_Zq8sV3kLmN0pR7tW2xY5bC9dE4fG6hJ1';
const b64 = Buffer.from(`x-access-token:${SECRET}`).toString('base64');
const hex = Buffer.from(SECRET).toString('hex');

beforeEach(() => setJobSecrets([{ name: 'the github-token', value: SECRET }]));
afterEach(() => setJobSecrets([]));

describe('the events file', () => {
  it('holds no encoded secret a command printed; the rest of each event is kept', async () => {
    const env = await codexTestEnv();
    const server = await startResponsesServer();
    try {
      server.enqueue(
        step.exec(`echo ${b64}; echo ${hex}; echo kept-line`, { callId: 'c1' }),
        step.message('done'),
      );
      const { runner } = testRunner(server, env);
      const result = await runner.run({ prompt: 'Run it', cwd: env.workspace, sandbox: 'workspace-write' });
      expect(result.ok).toBe(true);
      const events = await readFile(env.eventsFile, 'utf8');
      expect(events).toContain('kept-line');
      expect(events).toContain(REDACTED);
      expect(events).not.toContain(b64.slice(20, 40));
      expect(events).not.toContain(hex.slice(0, 24));
      for (const line of events.trim().split('\n')) JSON.parse(line); // still JSONL
    } finally {
      await server.close();
      await env.cleanup();
    }
  });

  it('redacts a secret split across two chunks, and keeps a UTF-8 character split across them', () => {
    const r = new RedactingLines();
    const line = Buffer.from(`{"out":"ü ${b64} é"}\n{"next":1}`);
    const at = line.indexOf(Buffer.from(b64)) + 30; // inside the part that encodes the secret
    const parts = [line.subarray(0, at), line.subarray(at, at + 3), line.subarray(at + 3)];
    const written = Buffer.concat([...parts.map((p) => r.push(p)), r.end()]).toString('utf8');
    // The encoded `x-access-token:` prefix stays: only what encodes the secret is replaced.
    expect(written).toBe(`{"out":"ü ${b64.slice(0, 20)}${REDACTED} é"}\n{"next":1}`);
    const split = new RedactingLines();
    const euro = Buffer.from('€\n');
    expect(
      Buffer.concat([split.push(euro.subarray(0, 1)), split.push(euro.subarray(1)), split.end()]).toString(),
    ).toBe('€\n');
  });
});

describe('the job log', () => {
  it('redacts info, debug, warning and the failure; masks are sent as given', () => {
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    const exitCode = process.exitCode;
    try {
      log.info(`dumped ${b64}`);
      log.debug(`hex ${hex}`);
      log.warning(`split ${SECRET.slice(0, 12)}" + "${SECRET.slice(12)}`);
      log.setFailed(`url ${encodeURIComponent(SECRET)}`);
      log.setSecret(SECRET);
    } finally {
      spy.mockRestore();
      process.exitCode = exitCode;
    }
    const text = out.slice(0, 4).join('');
    expect(out.slice(0, 4).every((l) => l.includes(REDACTED))).toBe(true);
    expect(text).not.toContain(b64.slice(20, 40));
    expect(text).not.toContain(hex.slice(0, 24));
    expect(text).not.toContain(SECRET.slice(12));
    expect(out[4]).toBe(`::add-mask::${SECRET}\n`);
  });
});

describe('command output', () => {
  it('is redacted in runCommand and in isolated verification, the one point every reader passes', async () => {
    const printing = `echo ${b64}; printf '%s\\n' ${hex}; echo ok`;
    const direct = await runCommand(printing, { cwd: process.cwd(), env: verifyEnv(), timeoutMs: 10_000 });
    expect(direct.output).toBe(`${b64.slice(0, 20)}${REDACTED}\n${REDACTED}\nok\n`);
    const report = await runVerification({
      commands: [`${printing}; exit 1`],
      cwd: process.cwd(),
      timeoutMs: 30_000,
      isolation: await testIsolation(),
    });
    expect(report.ok).toBe(false);
    expect(report.results[0]!.output).toContain(REDACTED);
    expect(report.results[0]!.output).not.toContain(b64.slice(20, 40));
    expect(report.results[0]!.output).not.toContain(hex.slice(0, 24));
  });
});
