import * as core from './log.js';
import type { PhaseResult } from './status.js';

/** Every output of action.yml, as strings, with its default. */
export interface Outputs {
  status: string;
  phase: string;
  'next-phase': string;
  item: string;
  'pr-number': string;
  branch: string;
  review: string;
  plan: string;
  queue: string;
  matrix: string;
  usage: string;
  'events-file': string;
}

export const emptyOutputs = (): Outputs => ({
  status: 'error',
  phase: '',
  'next-phase': '',
  item: '',
  'pr-number': '',
  branch: '',
  review: '',
  plan: '',
  queue: '',
  matrix: '',
  usage: '',
  'events-file': '',
});

const json = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));
const num = (value: number | undefined) => (value === undefined ? '' : String(value));

/** Copies a phase result onto the outputs. */
export function applyResult(outputs: Outputs, result: PhaseResult): Outputs {
  return {
    ...outputs,
    status: result.status,
    'next-phase': result.nextPhase ?? '',
    item: num(result.item),
    'pr-number': num(result.prNumber),
    branch: result.branch ?? '',
    review: json(result.review),
    plan: json(result.plan),
    queue: json(result.queue),
    matrix: json(result.matrix),
    usage: json(result.usage),
  };
}

/** Sets every output in one place, once. */
export function setOutputs(outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
