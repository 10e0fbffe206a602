import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import {
  type ActionTemplate,
  convertActionTemplate,
  parseAction,
} from '@actions/workflow-parser/actions/index';

/** The outcome of GitHub's own parser on one file: its error messages (with file, line and column). */
export interface ParserVerdict<T> {
  errors: string[];
  template: T | undefined;
}

/**
 * Validates an action manifest with the schema GitHub's language services use for action.yml
 * (`action-root-strict`), then converts it to a typed template.
 */
export function checkAction(name: string, content: string): ParserVerdict<ActionTemplate> {
  const parsed = parseAction({ name, content }, new NoOperationTraceWriter());
  const errors = () => parsed.context.errors.getErrors().map((e) => e.message);
  if (!parsed.value || errors().length > 0) return { errors: errors(), template: undefined };
  const template = convertActionTemplate(parsed.context, parsed.value);
  return { errors: errors(), template };
}

/**
 * Validates a workflow file the way GitHub does before running it: the workflow schema, then the
 * conversion that checks cron syntax, job graphs, matrices and expressions.
 */
export async function checkWorkflow(name: string, content: string): Promise<ParserVerdict<unknown>> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = () => parsed.context.errors.getErrors().map((e) => e.message);
  if (!parsed.value || errors().length > 0) return { errors: errors(), template: undefined };
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return { errors: errors(), template };
}
