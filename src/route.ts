import type { ActionContext } from './context.js';
import { PHASES, type Phase } from './inputs.js';
import { obj, positiveInt, str } from './payload.js';
import type { ConcretePhase, HandlerName } from './status.js';

type EventContext = Pick<ActionContext, 'eventName' | 'payload'>;

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
  | {
      kind: 'skip';
      reason: string;
      /** The phase this event starts when a person sends it: a bot's is held for a human. */
      heldFor?: ConcretePhase;
    };

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
  retro: 'retro',
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
export function route(context: EventContext, labelPrefix: string): Route {
  const payload = context.payload;
  const issue = obj(payload.issue);
  const pr = obj(payload.pull_request);
  const target = eventSubject(context)?.number;
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
      return { kind: 'phase', phase: phase as ConcretePhase, target };
    }
    case 'schedule':
      return { kind: 'phase', phase: 'scan', target: undefined };
    case 'issues': {
      if (payload.action !== 'labeled')
        return { kind: 'skip', reason: `issues.${str(payload.action)} needs no work.` };
      const label = str(obj(payload.label).name);
      if (label === labelPrefix) return { kind: 'phase', phase: 'plan', target };
      if (label === `${labelPrefix}:ready`) {
        if (str(obj(payload.sender).type) === 'Bot') {
          return {
            kind: 'skip',
            reason: `'${label}' was added by a bot; dev starts when a human adds it.`,
            heldFor: 'dev',
          };
        }
        return { kind: 'phase', phase: 'dev', target };
      }
      return { kind: 'skip', reason: `The label '${label}' starts no phase.` };
    }
    case 'issue_comment': {
      if (payload.action !== 'created')
        return { kind: 'skip', reason: `issue_comment.${str(payload.action)} needs no work.` };
      const body = str(obj(payload.comment).body);
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
        if (phase === 'control') return { kind: 'control', command: command as ControlCommand, target };
        if ((phase === 'review' || phase === 'fix') && !onPr) {
          return { kind: 'skip', reason: `'/codex ${command}' works on pull requests only.` };
        }
        return { kind: 'phase', phase, target, command };
      }
      const labels = Array.isArray(issue.labels) ? issue.labels.map((l) => str(obj(l).name)) : [];
      if (!onPr && labels.includes(`${labelPrefix}:needs-clarification`)) {
        return { kind: 'phase', phase: 'plan', target, command: 'answer' };
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
            reason: `Pull request #${target} is not one of the orchestrator's branches; closing it needs no work.`,
          };
        }
        return { kind: 'control', command: PULL_CLOSED, target };
      }
      if (!['opened', 'synchronize', 'reopened', 'ready_for_review'].includes(action)) {
        return { kind: 'skip', reason: `${context.eventName}.${action} needs no review.` };
      }
      return { kind: 'phase', phase: 'review', target };
    }
    case 'pull_request_review': {
      const review = obj(payload.review);
      const head = str(obj(pr.head).ref);
      if (payload.action === 'submitted' && str(review.state).toLowerCase() === 'changes_requested') {
        if (!head.startsWith(`${labelPrefix}/`)) {
          return {
            kind: 'skip',
            reason: `Pull request #${target} is not one of the orchestrator's branches.`,
          };
        }
        if (str(obj(review.user).type) === 'Bot')
          return { kind: 'skip', reason: 'The review was written by a bot.', heldFor: 'fix' };
        return { kind: 'phase', phase: 'fix', target };
      }
      return { kind: 'skip', reason: 'Only a human review that requests changes starts a fix.' };
    }
    default:
      return { kind: 'skip', reason: `The event '${context.eventName || '(none)'}' starts no phase.` };
  }
}

/** The issue or pull request an event is about; `kind` is unknown for a dispatch, which names only a number. */
export interface EventSubject {
  number: number;
  kind: 'issue' | 'pull_request' | undefined;
}

/**
 * The one reading of "the event's target" for every phase: the issue of issues and issue_comment
 * events, the pull request of pull_request(_target) and review events, `target` of workflow_dispatch
 * inputs and of repository_dispatch's client_payload.
 */
export function eventSubject(context: EventContext): EventSubject | undefined {
  const payload = context.payload;
  const found = (number: number | undefined, kind: EventSubject['kind']) =>
    number === undefined ? undefined : { number, kind };
  switch (context.eventName) {
    case 'issues':
    case 'issue_comment': {
      const issue = obj(payload.issue);
      return found(positiveInt(issue.number), issue.pull_request ? 'pull_request' : 'issue');
    }
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'pull_request_review_comment':
      return found(positiveInt(obj(payload.pull_request).number), 'pull_request');
    case 'workflow_dispatch':
      return found(positiveInt(obj(payload.inputs).target), undefined);
    case 'repository_dispatch':
      return found(positiveInt(obj(payload.client_payload).target), undefined);
    default:
      return undefined;
  }
}

/** What the job runs: a handler, on which number, started by which command; or why nothing. */
export type Resolved =
  | { kind: 'phase'; phase: HandlerName; target: number | undefined; command?: string }
  | { kind: 'skip'; reason: string };

/**
 * Resolves the `phase` and `target` inputs against the event. `auto` routes the event; a named
 * phase runs on the `target` input, else on the event's subject, alike for every phase. A named
 * phase still keeps what routing guards: on a comment it runs only for its own command (or, for
 * plan, an answer), so a workflow that runs it on every comment stays quiet for the others and for
 * the action's own comments; and what a bot sent is not taken for the human who must send it.
 */
export function resolveRoute(
  phase: Phase,
  target: number | undefined,
  context: EventContext,
  labelPrefix: string,
): Resolved {
  if (phase === 'auto') {
    const routed = route(context, labelPrefix);
    if (routed.kind === 'skip') return { kind: 'skip', reason: routed.reason };
    // Slash-command bookkeeping runs the internal `control` handler (not an input phase).
    const handler = routed.kind === 'control' ? 'control' : routed.phase;
    return { kind: 'phase', phase: handler, target: target ?? routed.target, command: routed.command };
  }
  // A dispatch's own `phase` input is not read: the workflow named the phase.
  const dispatched = context.eventName === 'workflow_dispatch' || context.eventName === 'repository_dispatch';
  const routed = dispatched ? undefined : route(context, labelPrefix);
  if (context.eventName === 'issue_comment' && routed) return commentFor(phase, target, routed, context);
  if (routed?.kind === 'skip' && routed.heldFor === phase) return { kind: 'skip', reason: routed.reason };
  return { kind: 'phase', phase, target: target ?? eventSubject(context)?.number };
}

function commentFor(
  phase: ConcretePhase,
  target: number | undefined,
  routed: Route,
  context: EventContext,
): Resolved {
  if (routed.kind === 'phase' && routed.phase === phase)
    return { kind: 'phase', phase, target: target ?? routed.target, command: routed.command };
  const command = parseSlashCommand(str(obj(context.payload.comment).body));
  // Routing's own reason when it is about this phase's command or the event (an edit, a deletion).
  if (
    routed.kind === 'skip' &&
    (context.payload.action !== 'created' || (command && SLASH_COMMANDS[command] === phase))
  )
    return { kind: 'skip', reason: routed.reason };
  return {
    kind: 'skip',
    reason: command
      ? `The comment holds '/codex ${command}', not '/codex ${phase}'.`
      : `The comment holds no /codex ${phase} command.`,
  };
}
