import type { ActionContext } from './context.js';
import { PHASES } from './inputs.js';
import { obj, positiveInt, str } from './payload.js';
import type { ConcretePhase } from './phase.js';

/** Slash commands handled as bookkeeping by the internal `control` handler (src/phases/control.ts). */
export const CONTROL_COMMANDS = ['approve', 'retry', 'stop', 'resume', 'status'] as const;
export type ControlCommand = (typeof CONTROL_COMMANDS)[number];

/**
 * The control handler's one event that is not a slash command: one of the action's pull requests
 * was closed (merged: the item is done; not merged: a person decides). No comment can name it:
 * SLASH_COMMANDS does not list it.
 */
export const PULL_CLOSED = 'pull-closed';

/** Where `phase: auto` sends an event (DESIGN §5). `control` is internal: not an input phase. */
export type Route =
  | { kind: 'phase'; phase: ConcretePhase; target: number | undefined; command?: string }
  | { kind: 'control'; command: ControlCommand | typeof PULL_CLOSED; target: number | undefined }
  | { kind: 'skip'; reason: string };

/** Slash commands and the phase each one runs. */
export const SLASH_COMMANDS: Record<string, ConcretePhase | 'control'> = {
  plan: 'plan',
  approve: 'control',
  review: 'review',
  fix: 'fix',
  retry: 'control',
  stop: 'control',
  resume: 'control',
  status: 'control',
};

const COMMAND = /^\s*\/codex\s+([a-z-]+)\b/im;

/** Parses `/codex <command>` from a comment body; undefined when the comment is not a command. */
export function parseSlashCommand(body: string): string | undefined {
  return COMMAND.exec(body)?.[1]?.toLowerCase();
}

/**
 * Routes the triggering event to a phase. Pure: it reads only the event, so it is cheap and easy to
 * test; who may trigger is checked afterwards by the phase's actor gate.
 */
export function route(context: Pick<ActionContext, 'eventName' | 'payload'>, labelPrefix: string): Route {
  const payload = context.payload;
  const issue = obj(payload.issue);
  const pr = obj(payload.pull_request);
  switch (context.eventName) {
    case 'workflow_dispatch':
    case 'repository_dispatch': {
      const inputs = obj(context.eventName === 'workflow_dispatch' ? payload.inputs : payload.client_payload);
      const phase = str(inputs.phase);
      if (!phase || phase === 'auto') return { kind: 'skip', reason: `${context.eventName} named no phase.` };
      if (!(PHASES as readonly string[]).includes(phase)) {
        throw new Error(
          `Invalid phase '${phase}' in the ${context.eventName} inputs. Expected one of: ${PHASES.join(', ')}.`,
        );
      }
      return { kind: 'phase', phase: phase as ConcretePhase, target: positiveInt(inputs.target) };
    }
    case 'schedule':
      return { kind: 'phase', phase: 'scan', target: undefined };
    case 'issues': {
      if (payload.action !== 'labeled')
        return { kind: 'skip', reason: `issues.${str(payload.action)} needs no work.` };
      const label = str(obj(payload.label).name);
      const number = positiveInt(issue.number);
      if (label === labelPrefix) return { kind: 'phase', phase: 'plan', target: number };
      if (label === `${labelPrefix}:ready`) {
        if (str(obj(payload.sender).type) === 'Bot') {
          return { kind: 'skip', reason: `'${label}' was added by a bot; dev starts when a human adds it.` };
        }
        return { kind: 'phase', phase: 'dev', target: number };
      }
      return { kind: 'skip', reason: `The label '${label}' starts no phase.` };
    }
    case 'issue_comment': {
      if (payload.action !== 'created')
        return { kind: 'skip', reason: `issue_comment.${str(payload.action)} needs no work.` };
      const body = str(obj(payload.comment).body);
      const number = positiveInt(issue.number);
      const onPr = Boolean(issue.pull_request);
      const command = parseSlashCommand(body);
      if (command) {
        const phase = SLASH_COMMANDS[command];
        if (!phase) {
          return {
            kind: 'skip',
            reason: `Unknown command '/codex ${command}'. Known: ${Object.keys(SLASH_COMMANDS)
              .map((c) => `/codex ${c}`)
              .join(', ')}.`,
          };
        }
        if (phase === 'control')
          return { kind: 'control', command: command as ControlCommand, target: number };
        if ((phase === 'review' || phase === 'fix') && !onPr) {
          return { kind: 'skip', reason: `'/codex ${command}' works on pull requests only.` };
        }
        return { kind: 'phase', phase, target: number, command };
      }
      const labels = Array.isArray(issue.labels) ? issue.labels.map((l) => str(obj(l).name)) : [];
      if (!onPr && labels.includes(`${labelPrefix}:needs-clarification`)) {
        return { kind: 'phase', phase: 'plan', target: number, command: 'answer' };
      }
      return { kind: 'skip', reason: 'The comment holds no /codex command.' };
    }
    case 'pull_request':
    case 'pull_request_target': {
      const action = str(payload.action);
      if (action === 'closed') {
        if (!str(obj(pr.head).ref).startsWith(`${labelPrefix}/`)) {
          return {
            kind: 'skip',
            reason: `Pull request #${positiveInt(pr.number)} is not one of the orchestrator's branches; closing it needs no work.`,
          };
        }
        return { kind: 'control', command: PULL_CLOSED, target: positiveInt(pr.number) };
      }
      if (!['opened', 'synchronize', 'reopened', 'ready_for_review'].includes(action)) {
        return { kind: 'skip', reason: `${context.eventName}.${action} needs no review.` };
      }
      return { kind: 'phase', phase: 'review', target: positiveInt(pr.number) };
    }
    case 'pull_request_review': {
      const review = obj(payload.review);
      const head = str(obj(pr.head).ref);
      if (payload.action === 'submitted' && str(review.state).toLowerCase() === 'changes_requested') {
        if (!head.startsWith(`${labelPrefix}/`)) {
          return {
            kind: 'skip',
            reason: `Pull request #${positiveInt(pr.number)} is not one of the orchestrator's branches.`,
          };
        }
        if (str(obj(review.user).type) === 'Bot')
          return { kind: 'skip', reason: 'The review was written by a bot.' };
        return { kind: 'phase', phase: 'fix', target: positiveInt(pr.number) };
      }
      return { kind: 'skip', reason: 'Only a human review that requests changes starts a fix.' };
    }
    default:
      return { kind: 'skip', reason: `The event '${context.eventName || '(none)'}' starts no phase.` };
  }
}
