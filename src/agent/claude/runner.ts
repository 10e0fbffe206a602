import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isExecutableFile } from '../codex/install.js';
import type { ClaudeBinary } from '../install/claude.js';
import { type PricingConfig, priceOf, unpricedRefusal } from '../pricing.js';
import { coreLog, type RunnerLog } from '../runner-log.js';
import { runStreamProcess } from '../stream-process.js';
import {
  type AgentRunFailure,
  type AgentRunner,
  type AgentRunRequest,
  type AgentRunResult,
  ZERO_USAGE,
} from '../types.js';
import { checkAnswer, noConversation } from './answer.js';
import { buildClaudeArgs, buildClaudeEnv, DEFAULT_MAX_TURNS } from './args.js';
import { ClaudeCollector } from './collect.js';
import { parseClaudeEvent } from './events.js';
import { SessionMeter } from './usage.js';

/** How one job's Claude Code runner is set up; see `createClaudeRunnerForJob`. */
export interface ClaudeRunnerOptions {
  claude: ClaudeBinary;
  /**
   * This job's own HOME for Claude Code (must exist): its sessions (`.claude/projects`) and state
   * live there, and nothing of the runner user's configuration is read.
   */
  home: string;
  /** Every raw stream-json line of every run is appended here (the `events-file` output). */
  eventsFile: string;
  /** The `anthropic-api-key` input: the only secret in Claude Code's environment. */
  apiKey: string;
  /** The `anthropic-base-url` input (a gateway); absent: Anthropic's API. */
  baseUrl?: string;
  /** `--model`; absent: the CLI's default. */
  model?: string;
  /** The pinned CLI's default model, for pricing a run without `model` in advance. */
  defaultModel?: string;
  /** `--max-turns` (default 40). */
  maxTurns?: number;
  /** The config's `pricing`, over the price table. */
  pricing?: PricingConfig;
  /** `budgets.item-cost-cap-usd`: with a cap, a run on an unpriced model is refused. */
  costCapUsd?: number | null;
  /** The environment Claude Code's allow-listed one is taken from (default: process.env). */
  env?: NodeJS.ProcessEnv;
  log?: RunnerLog;
  defaultTimeoutMs?: number;
  killGraceMs?: number;
  /** The job's cancellation: runs end with `kind: 'cancelled'` once it aborts. */
  signal?: AbortSignal;
}

/**
 * Runs `claude -p` once per request with read-only tools only (see args.ts); see AgentRunner.
 * Fail closed: a run ends in success only with a `success` result that is not an error and, when
 * a schema was given, a structured answer that passes it. No structured output (the model never
 * called the output tool, which Claude Code reports as a success with exit 0), `is_error`, or any
 * other end (`error_max_turns`, ...) is `invalid_output`, which the callers ask once more for in
 * the same session. Only the read-only sandbox is served; Claude Code has no shell here.
 */
export class ClaudeRunner implements AgentRunner {
  readonly name = 'claude';
  readonly sandboxes = ['read-only'] as const;
  readonly stateDir: string;
  private readonly meter = new SessionMeter();
  private readonly log: RunnerLog;

  constructor(private readonly options: ClaudeRunnerOptions) {
    this.stateDir = options.home;
    this.log = options.log ?? coreLog;
  }

  get model(): string | undefined {
    return this.options.model ?? this.options.defaultModel;
  }

  async run<T>(request: AgentRunRequest<T>): Promise<AgentRunResult<T>> {
    const started = performance.now();
    const collector = new ClaudeCollector();
    const o = this.options;
    const fail = (kind: AgentRunFailure['kind'], message: string, extra: Partial<AgentRunFailure> = {}) =>
      this.failure(collector, started, kind, message, extra);
    if (o.signal?.aborted) return fail('cancelled', cancelledMessage(o.signal, 'before Claude Code started'));
    if (request.signal?.aborted) return fail('aborted', 'Aborted before Claude Code started.');
    if (request.sandbox !== 'read-only') {
      return fail(
        'refused',
        `The claude runtime runs only read-only phases (plan, review, retro); this run asked for ${request.sandbox}. Fix: run this phase on the codex runtime (runtimes in the config).`,
      );
    }
    const price = (model: string | undefined) => priceOf('anthropic', model, o.pricing)?.price;
    const refusal = unpricedRefusal(this.name, this.model, o.costCapUsd, price(this.model) !== undefined);
    if (refusal) return fail('refused', refusal);
    if (!(await isExecutableFile(o.claude.path))) {
      return fail(
        'spawn',
        `The Claude Code binary at '${o.claude.path}' does not exist or is not executable. Fix: check claude-code-version, or run this phase on the codex runtime.`,
      );
    }
    const session = request.resumeThreadId
      ? ({ kind: 'resume', id: request.resumeThreadId } as const)
      : ({ kind: 'new', id: randomUUID() } as const);
    const tmpDir = join(o.home, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const args = buildClaudeArgs({
      jsonSchema: request.outputSchema?.json,
      model: o.model,
      maxTurns: o.maxTurns ?? DEFAULT_MAX_TURNS,
      session,
    });
    const label = `Claude Code${request.label ? `: ${request.label}` : ''} (read-only${session.kind === 'resume' ? `, resuming ${session.id}` : ''})`;
    this.log.startGroup(label);
    try {
      this.log.debug(`claude ${args.join(' ')}`);
      const timeoutMs = request.timeoutMs ?? o.defaultTimeoutMs ?? 60 * 60 * 1000;
      const proc = await runStreamProcess({
        path: o.claude.path,
        args,
        cwd: request.cwd,
        input: request.prompt,
        env: buildClaudeEnv({
          source: o.env ?? process.env,
          home: o.home,
          tmpDir,
          apiKey: o.apiKey,
          baseUrl: o.baseUrl,
        }),
        timeoutMs,
        killGraceMs: o.killGraceMs ?? 3000,
        signal: request.signal,
        cancel: o.signal,
        eventsFile: o.eventsFile,
        log: this.log,
        what: 'Claude Code',
        onLine: (line, stop) => {
          const event = parseClaudeEvent(line);
          if (!event) return;
          const logLine = collector.apply(event);
          if (logLine) this.log[logLine.level](logLine.text);
          if (event.type === 'system' && event.subtype === 'init') {
            if (event.session_id !== session.id) stop('mismatch');
            else if (collector.unexpectedTools.length > 0 || collector.mcpServers.length > 0) stop('unsafe');
          }
        },
      });
      const measured = this.meter.measure({
        sessionId: collector.sessionId,
        resumed: session.kind === 'resume',
        result: collector.result,
        priceOf: price,
        model: collector.model ?? this.model,
      });
      if (measured.listCostUsd !== undefined)
        this.log.debug(
          `Cost: ${measured.costUsd === null ? 'unknown (unpriced model)' : `$${measured.costUsd.toFixed(4)}`} from the price table; Claude Code's own list-price figure for this run: $${measured.listCostUsd.toFixed(4)} (not used).`,
        );
      const extra: Partial<AgentRunFailure> = {
        exitCode: proc.exitCode,
        stderrTail: proc.stderrTail,
        usage: measured.usage,
        costUsd: measured.costUsd,
        model: collector.model ?? this.model,
      };
      if (proc.stopped === 'cancelled')
        return fail(
          'cancelled',
          cancelledMessage(o.signal, 'the Claude Code process tree was killed'),
          extra,
        );
      if (proc.stopped === 'aborted')
        return fail('aborted', 'Aborted by the caller; the Claude Code process tree was killed.', extra);
      if (proc.stopped === 'timeout')
        return fail(
          'timeout',
          `Claude Code did not finish within ${timeoutMs} ms; its process tree was killed.`,
          extra,
        );
      if (proc.stopped === 'mismatch' || noConversation(collector.result)) {
        return fail(
          'thread_mismatch',
          `Asked to ${session.kind === 'resume' ? 'resume' : 'start'} session ${session.id}, but Claude Code ${collector.sessionId && collector.sessionId !== session.id ? `ran session ${collector.sessionId}` : 'found no such session'}. The run was stopped and nothing from it was used.`,
          extra,
        );
      }
      if (proc.stopped === 'unsafe') {
        return fail(
          'refused',
          `Claude Code offered more than the read-only tools (tools: ${collector.offeredTools?.join(', ') || 'none'}; MCP servers: ${collector.mcpServers.join(', ') || 'none'}); the run was stopped before the model answered. Fix: pin claude-code-version to a version this action supports.`,
          extra,
        );
      }
      if (proc.spawnError) return fail('spawn', proc.spawnError, extra);
      const result = collector.result;
      if (!result) {
        const how =
          proc.exitCode === null
            ? `was killed by ${proc.signal ?? 'a signal'}`
            : `exited with code ${proc.exitCode}`;
        return fail(
          'exit',
          `Claude Code ${how} without a result: ${proc.stderrTail.trim().slice(-1500) || 'no output on stderr'}`,
          extra,
        );
      }
      const answer = checkAnswer(result, request.outputSchema, collector.lastText);
      if (!answer.ok)
        return fail('invalid_output', answer.message, { ...extra, finalMessage: answer.finalMessage });
      return {
        ok: true,
        threadId: collector.sessionId ?? session.id,
        finalMessage: answer.finalMessage,
        output: answer.value,
        runtime: this.name,
        model: collector.model ?? this.model,
        commands: [],
        toolCalls: collector.toolCalls,
        denied: collector.denied,
        fileChanges: [],
        usage: measured.usage,
        costUsd: measured.costUsd,
        durationMs: Math.round(performance.now() - started),
      };
    } finally {
      this.log.endGroup();
    }
  }

  private failure(
    collector: ClaudeCollector,
    started: number,
    kind: AgentRunFailure['kind'],
    message: string,
    extra: Partial<AgentRunFailure>,
  ): AgentRunFailure {
    return {
      ok: false,
      kind,
      message,
      threadId: collector.sessionId,
      exitCode: null,
      stderrTail: '',
      finalMessage: undefined,
      runtime: this.name,
      model: this.model,
      commands: [],
      toolCalls: collector.toolCalls,
      denied: collector.denied,
      fileChanges: [],
      usage: ZERO_USAGE,
      costUsd: 0,
      durationMs: Math.round(performance.now() - started),
      ...extra,
    };
  }
}

/** The cancellation's own message ("Cancelled by SIGINT ...") with what the runner did. */
function cancelledMessage(signal: AbortSignal | undefined, what: string): string {
  const reason = signal?.reason;
  const text = reason instanceof Error ? reason.message : 'Cancelled.';
  return `${text} (Claude Code: ${what}.)`;
}
