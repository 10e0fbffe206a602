/**
 * The plan and control tests' scenario (test/harness/scenario.ts: real git, the loopback GitHub,
 * the scripted model, a fresh runner per job) with a small project and issue #1, labelled `codex`.
 *
 *   const s = await planScenario();
 *   s.model.enqueue(step.json(plans.ready));
 *   const out = await s.run({ event: 'issues', payload: s.labeled('codex') });
 */
import { decodeState, STATUS_MARKER } from '../../src/state/codec.js';
import type { ItemState } from '../../src/state/schema.js';
import type { FakeComment } from '../harness/github/state.js';
import { ACTION_BOT, createScenario, type Payload, type Scenario } from '../harness/scenario.js';

export const WORKFLOW_FILE = 'codex.yml';

export const ISSUE_BODY =
  'Export the report.\n\n<!-- the model must not see this --> Also support the old format.';

/** Plan answers for the scripted model. */
export const plans = {
  questions: {
    status: 'needs_clarification',
    summary: 'The export format is not specified.',
    acceptance_criteria: [],
    questions: ['Which format: CSV or JSON?', 'Should empty reports be exported?'],
    subtasks: [],
    risks: [],
  },
  ready: {
    status: 'ready',
    summary: 'Add `exportReport(format)` writing JSON.',
    acceptance_criteria: [
      '`exportReport("json")` writes the report as JSON',
      'An empty report exports as `[]`',
    ],
    questions: [],
    subtasks: [],
    risks: ['Large reports are held in memory.'],
  },
  split: {
    status: 'needs_decomposition',
    summary: 'Three independent exporters.',
    acceptance_criteria: [],
    questions: [],
    subtasks: [
      { title: 'Export reports as JSON', body: 'JSON exporter. @alice will like it.', priority: 'high' },
      { title: 'Export reports as CSV', body: 'CSV exporter.', priority: 'medium' },
      { title: 'Document the export formats', body: 'Docs.', priority: 'low' },
    ],
    risks: [],
  },
};

export interface PlanScenario extends Scenario {
  issue: number;
  /** issues.labeled for the scenario's issue, added by `sender` (default `maintainer`). */
  labeled(label: string, sender?: string): Payload;
  /** issue_comment.created on the issue: the comment is added to the fake too (as GitHub would). */
  comment(body: string, author?: string): Payload;
  /** workflow_dispatch with inputs phase and target, as the action's own chaining sends it. */
  dispatch(phase: string, target?: number): Payload;
  /** The action's status comments on the issue (there must only ever be one). */
  statusComments(): FakeComment[];
  /** The state read back from the action's status comment. */
  state(): ItemState;
}

export async function planScenario(): Promise<PlanScenario> {
  const base = await createScenario({
    files: { 'README.md': '# reports\n', 'src/report.ts': 'export const report = [];\n' },
    inputs: { phase: 'auto' },
    workflow: WORKFLOW_FILE,
  });
  const issue = base.gh.addIssue({ title: 'Export reports', body: ISSUE_BODY, labels: ['codex'] });
  const scenario: PlanScenario = Object.assign(base, {
    issue: issue.number,
    labeled: (label: string, sender?: string) => base.labeledEvent(issue.number, label, sender),
    comment: (body: string, author?: string) => base.commentEvent(issue.number, body, author, { post: true }),
    dispatch: (phase: string, target = issue.number) =>
      base.dispatchEvent({ phase, target: String(target) }, ACTION_BOT),
    statusComments: () =>
      base.gh.comments(issue.number).filter((c) => c.author === ACTION_BOT && c.body.includes(STATUS_MARKER)),
    state() {
      const [comment, ...more] = scenario.statusComments();
      if (!comment || more.length > 0)
        throw new Error(`Expected one status comment, found ${more.length + (comment ? 1 : 0)}.`);
      const state = decodeState(comment.body, 'the status comment');
      if (!state) throw new Error('The status comment holds no state.');
      return state;
    },
  });
  return scenario;
}

export type { RunOutcome } from '../harness/scenario.js';
