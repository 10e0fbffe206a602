/** The state of a work item (DESIGN §3): the public API for phases. */
export { costCell, describeCost, estimateCostUsd, itemCapReached, type PlannedRun } from './budget.js';
export { decodeState, encodeState, STATUS_MARKER, StateError } from './codec.js';
export {
  type Criterion,
  type Escalation,
  type ItemKey,
  type ItemState,
  type ItemStatus,
  issueOf,
  itemKeySchema,
  itemRef,
  itemStateSchema,
  newItemState,
  STATE_VERSION,
  type StatePhase,
} from './schema.js';
export { addItemUsage, finishPhase, noteEvent, replaceCriteria, startPhase } from './transitions.js';
