import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import type { Effort } from '../../inputs.js';
import { TRACKING_ENV } from '../../safety/env.js';
import { type PricingConfig, priceOf, unpricedRefusal, withCost } from '../pricing.js';
import { coreLog, type RunnerLog } from '../runner-log.js';
import { runStreamProcess } from '../stream-process.js';
import {
  type AgentRunFailure,
  type AgentRunner,
  type AgentRunRequest,
  type AgentRunResult,
  type AttemptedCommand,
  type Usage,
  ZERO_USAGE,
} from '../types.js';
import { buildCodexEnv, buildExecArgs, type ProviderSettings } from './args.js';
import { RunCollector, usageDelta } from './collect.js';
import { reconcileCommands } from './command-log.js';
import { placeSandbox } from './containment.js';
import { parseCodexEvent } from './events.js';
import { type CodexBinary, isExecutableFile } from './install.js';
import { checkOutput } from './output.js';
import { findRolloutFile, readRolloutCommands, readRolloutModel, readRolloutUsage } from './rollout.js';
import { writeDenyRules } from './rules.js';

/** How one job's runner is set up; see `createCodexRunnerForJob` for the values the action uses. */
export interface CodexRunnerOptions {
  codex: CodexBinary;
  /** This job's CODEX_HOME (must exist): sessions, rules and Codex's state live here. */
  codexHome: string;
  /** Every raw JSONL line of every run is appended here (the `events-file` output). */
  eventsFile: string;
  provider: ProviderSettings;
  model?: string;
  effort?: Effort;
  /** The environment Codex's own allow-listed environment is taken from (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** Extra `-c key=value` overrides for every run. */
  extraConfig?: readonly string[];
  log?: RunnerLog;
  /** Used when a request sets no `timeoutMs` (default 60 minutes). */
  defaultTimeoutMs?: number;
  /** Between SIGTERM and SIGKILL when a run is stopped (default 3 s). */
  killGraceMs?: number;
  /**
   * The job's cancellation (src/cancel.ts): once aborted, a running Codex is killed and every run
   * fails with `kind: 'cancelled'`. A request's own `signal` still gives `aborted`.
   */
  signal?: AbortSignal;
  /**
   * The private TMPDIR of Codex's commands, one of the sandbox's two writable roots (default:
   * `agent-tmp` beside CODEX_HOME). Emptied before each run.
   */
  agentTmpDir?: string;
  /** The model Codex uses when `model` is not set (the pinned CLI's default), for pricing a run in advance. */
  defaultModel?: string;
  /** The config's `pricing`, over the price table (src/agent/pricing.ts). */
  pricing?: PricingConfig;
  /** `budgets.item-cost-cap-usd`: with a cap, a run on an unpriced model is refused (kind `refused`). */
  costCapUsd?: number | null;
}

/**
 * Runs `codex exec --json` once per request; see AgentRunner. Every outcome of the CLI comes back
 * as a typed result; `run` throws only for a bad `deniedCommands` entry (DenyRuleError) or an
 * unexpected local I/O error. Each run logs inside its own group, so call it outside any group of
 * yours (GitHub does not nest groups). Runs of one runner share CODEX_HOME: run them one at a time.
 */
export class CodexRunner implements AgentRunner {
  readonly name = 'codex';
  readonly sandboxes = ['read-only', 'workspace-write'] as const;
  readonly stateDir: string;
  /** Each thread's cumulative usage after this runner's last run of it, to turn totals into deltas. */
  private readonly threadTotals = new Map<string, Usage>();
  /** The commands the event stream reported for each thread, for the audit's tamper check. */
  private readonly streamCommands = new Map<string, string[]>();
  private readonly log: RunnerLog;

  constructor(private readonly options: CodexRunnerOptions) {
    this.stateDir = options.codexHome;
    this.log = options.log ?? coreLog;
  }

  /** CODEX_HOME of this runner. */
  get codexHome(): string {
    return this.options.codexHome;
  }

  get model(): string | undefined {
    return this.options.model ?? this.options.defaultModel;
  }

  /**
   * The rollout's commands plus, as tampering findings, every command the event stream saw run in
   * this job that the rollout no longer has (see command-log.ts).
   */
  async attemptedCommands(threadId: string): Promise<AttemptedCommand[]> {
    const rolloutFound = (await findRolloutFile(this.options.codexHome, threadId)) !== undefined;
    const rollout = rolloutFound ? await readRolloutCommands(this.options.codexHome, threadId) : [];
    return reconcileCommands({
      threadId,
      rolloutFound,
      rollout,
      stream: this.streamCommands.get(threadId) ?? [],
    });
  }

  async run<T>(request: AgentRunRequest<T>): Promise<AgentRunResult<T>> {
    const started = performance.now();
    const collector = new RunCollector(request.cwd, request.resumeThreadId);
    const fail = (kind: AgentRunFailure['kind'], message: string, extra: Partial<AgentRunFailure> = {}) =>
      this.failure(collector, started, kind, message, extra);
    if (this.options.signal?.aborted)
      return fail('cancelled', cancelledMessage(this.options.signal, 'before Codex started'));
    if (request.signal?.aborted) return fail('aborted', 'Aborted before Codex started.');
    const refusal = unpricedRefusal(
      this.name,
      this.model,
      this.options.costCapUsd,
      priceOf('openai', this.model, this.options.pricing) !== undefined,
    );
    if (refusal) return fail('refused', refusal);
    if (!(await isExecutableFile(this.options.codex.path))) {
      return fail(
        'spawn',
        `The Codex CLI at '${this.options.codex.path}' does not exist or is not executable. ` +
          'Fix: set codex-path to an executable codex binary, or leave codex-path empty and set codex-version to install @openai/codex.',
      );
    }
    // A thread resumed in a new job has no total here yet; its rollout (restored into CODEX_HOME)
    // has the last one. Without a rollout the earlier turns count as this run's usage.
    const before = request.resumeThreadId ? await this.threadTotal(request.resumeThreadId) : ZERO_USAGE;
    const placement = await placeSandbox({
      codexHome: this.options.codexHome,
      cwd: request.cwd,
      tmpDir: this.options.agentTmpDir ?? join(dirname(this.options.codexHome), 'agent-tmp'),
    });
    if (!placement.ok) return fail('spawn', placement.message);
    const searchPath = (this.options.env ?? process.env).PATH?.split(delimiter) ?? [];
    await writeDenyRules(this.options.codexHome, request.deniedCommands ?? [], searchPath);
    const schemaDir = request.outputSchema ? await mkdtemp(join(tmpdir(), 'codex-schema-')) : undefined;
    const label = `Codex${request.label ? `: ${request.label}` : ''} (${request.sandbox}${request.resumeThreadId ? `, resuming ${request.resumeThreadId}` : ''})`;
    this.log.startGroup(label);
    try {
      const schemaFile = schemaDir ? join(schemaDir, 'output-schema.json') : undefined;
      if (schemaFile && request.outputSchema)
        await writeFile(schemaFile, JSON.stringify(request.outputSchema.json));
      const proc = await this.spawn(request, collector, schemaFile, placement);
      if (collector.threadId) {
        const seen = this.streamCommands.get(collector.threadId) ?? [];
        this.streamCommands.set(collector.threadId, [
          ...seen,
          ...collector.commandRecords.map((c) => c.command),
        ]);
      }
      const total = collector.cumulativeUsage ?? (await this.rolloutTotal(collector.threadId));
      const sameThread = collector.threadId !== undefined && collector.threadId === request.resumeThreadId;
      const tokens = total ? usageDelta(total, sameThread ? before : ZERO_USAGE) : ZERO_USAGE;
      if (total && collector.threadId) this.threadTotals.set(collector.threadId, total);
      // Without a model input the rollout says which model answered (the CLI's default).
      const model =
        this.options.model ??
        (collector.threadId
          ? await readRolloutModel(this.options.codexHome, collector.threadId).catch(() => undefined)
          : undefined) ??
        this.options.defaultModel;
      const priced = priceOf('openai', model, this.options.pricing);
      const usage = withCost(tokens, priced?.price);
      const extra = {
        exitCode: proc.exitCode,
        stderrTail: proc.stderrTail,
        usage,
        model,
        costUsd: usage.unpricedTokens ? null : (usage.costUsd ?? 0),
      };
      this.log.debug(
        priced
          ? `Cost: $${(usage.costUsd ?? 0).toFixed(4)} (${model}, ${priced.source})`
          : `Cost: unknown (${model ?? 'the model is not known'} has no price)`,
      );

      if (proc.stopped === 'cancelled')
        return fail(
          'cancelled',
          cancelledMessage(this.options.signal, 'the Codex process tree was killed'),
          extra,
        );
      if (proc.stopped === 'aborted')
        return fail('aborted', 'Aborted by the caller; the Codex process tree was killed.', extra);
      if (proc.stopped === 'timeout') {
        return fail(
          'timeout',
          `Codex did not finish within ${proc.timeoutMs} ms; its process tree was killed.`,
          extra,
        );
      }
      if (collector.mismatchedThreadId) {
        return fail(
          'thread_mismatch',
          `Asked to resume thread ${request.resumeThreadId}, but Codex started thread ${collector.mismatchedThreadId} ` +
            '(it starts a new thread when the id is not a known session). The run was stopped and nothing from it was used.',
          extra,
        );
      }
      if (proc.spawnError) return fail('spawn', proc.spawnError, extra);
      if (collector.turnFailure !== undefined) return fail('turn_failed', collector.turnFailure, extra);
      if (proc.exitCode !== 0) {
        const detail =
          proc.stderrTail.trim().slice(-1500) || collector.notices.at(-1) || 'no output on stderr';
        const how =
          proc.exitCode === null
            ? `was killed by ${proc.signal ?? 'a signal'}`
            : `exited with code ${proc.exitCode}`;
        return fail('exit', `Codex ${how}: ${detail}`, extra);
      }
      if (!collector.turnCompleted) {
        return fail(
          'exit',
          'Codex exited with code 0 without completing the turn (no turn.completed event).',
          extra,
        );
      }
      const checked = checkOutput(collector.finalMessage, request.outputSchema);
      if (!checked.ok) return fail('invalid_output', checked.message, extra);
      return {
        ok: true,
        threadId: collector.threadId!,
        finalMessage: collector.finalMessage ?? '',
        output: checked.value,
        runtime: this.name,
        model,
        commands: collector.commandRecords,
        toolCalls: collector.toolCallRecords,
        denied: collector.deniedRecords,
        fileChanges: collector.fileChangeRecords,
        usage,
        costUsd: extra.costUsd,
        durationMs: Math.round(performance.now() - started),
      };
    } finally {
      this.log.endGroup();
      if (schemaDir) await rm(schemaDir, { recursive: true, force: true });
    }
  }

  private async spawn<T>(
    request: AgentRunRequest<T>,
    collector: RunCollector,
    outputSchemaFile: string | undefined,
    placement: { tmpDir: string; config: string[] },
  ) {
    const o = this.options;
    const source = o.env ?? process.env;
    const trackingId = source[TRACKING_ENV];
    const args = buildExecArgs({
      cwd: request.cwd,
      sandbox: request.sandbox,
      provider: o.provider,
      model: o.model,
      effort: o.effort,
      networkAccess: request.networkAccess,
      outputSchemaFile,
      resumeThreadId: request.resumeThreadId,
      extraConfig: [...placement.config, ...(o.extraConfig ?? [])],
      commandEnv: trackingId ? { [TRACKING_ENV]: trackingId } : undefined,
    });
    this.log.debug(`codex ${args.join(' ')}`);
    const timeoutMs = request.timeoutMs ?? o.defaultTimeoutMs ?? 60 * 60 * 1000;
    const proc = await runStreamProcess({
      path: o.codex.path,
      args,
      // Codex reads piped stdin to EOF even with a prompt argument: the prompt goes there.
      input: request.prompt,
      env: buildCodexEnv({
        source,
        codexHome: o.codexHome,
        apiKey: o.provider.apiKey,
        extraPath: o.codex.extraPath,
        tmpDir: placement.tmpDir,
      }),
      timeoutMs,
      killGraceMs: o.killGraceMs ?? 3000,
      signal: request.signal,
      cancel: o.signal,
      eventsFile: o.eventsFile,
      log: this.log,
      what: 'the Codex CLI',
      onLine: (line, stop) => {
        const event = parseCodexEvent(line);
        if (!event) return;
        const logLine = collector.apply(event);
        if (logLine) this.log[logLine.level](logLine.text);
        if (collector.mismatchedThreadId) stop('mismatch');
      },
    });
    return {
      ...proc,
      stopped: proc.stopped === 'mismatch' ? undefined : proc.stopped,
      timeoutMs,
      spawnError:
        proc.spawnError &&
        `${proc.spawnError} Fix: set codex-path to an executable codex binary, or leave codex-path empty and set codex-version.`,
    };
  }

  private async threadTotal(threadId: string): Promise<Usage> {
    return this.threadTotals.get(threadId) ?? (await this.rolloutTotal(threadId)) ?? ZERO_USAGE;
  }

  private async rolloutTotal(threadId: string | undefined): Promise<Usage | undefined> {
    if (!threadId) return undefined;
    return readRolloutUsage(this.options.codexHome, threadId).catch(() => undefined);
  }

  private failure(
    collector: RunCollector,
    started: number,
    kind: AgentRunFailure['kind'],
    message: string,
    extra: Partial<AgentRunFailure>,
  ): AgentRunFailure {
    return {
      ok: false,
      kind,
      message,
      threadId: collector.threadId,
      exitCode: null,
      stderrTail: '',
      finalMessage: collector.finalMessage,
      runtime: this.name,
      model: this.model,
      commands: collector.commandRecords,
      toolCalls: collector.toolCallRecords,
      denied: collector.deniedRecords,
      fileChanges: collector.fileChangeRecords,
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
  return `${text} (Codex: ${what}.)`;
}

export type { RunnerLog };
