import type { PriorReview } from '../../review/prior.js';
import type { Finding } from '../../review/schema.js';
import type { ItemKey, ItemState } from '../../state/index.js';

/** A review thread a fix round works on: a person's, or one of the action's own inline findings. */
export interface FixThread {
  id: string;
  path: string;
  line: number | null;
  /** Who opened it; for the action's own threads, the finding it carries. */
  author: string;
  finding: string | undefined;
  /** The thread's comments that count (people with write access, allowed bots, the action), oldest first. */
  comments: { author: string; body: string }[];
  /** The review cycles whose fix round already replied here (a re-run does not reply again). */
  replied: number[];
}

/** A standing "request changes" of a person with write access. */
export interface FixChangeRequest {
  author: string;
  body: string;
}

/**
 * What one fix round is given, read by the surface before anything is written: the latest review
 * and, on GitHub, the people's threads and change requests (the local tracker has none).
 */
export interface FixInput {
  item: ItemKey;
  state: ItemState;
  /** The change being fixed, for the prompt: `pull request #12`, or `the branch codex/T-1-x`. */
  change: { title: string; number: string; branch: string };
  /** The latest review, read back only from the tracker's own record. */
  review: PriorReview | undefined;
  /** The latest review's findings when it required changes (else none). */
  findings: Finding[];
  /** Unresolved threads opened by people with write access. */
  threads: FixThread[];
  /** Unresolved threads of the action's own inline findings. */
  ownThreads: FixThread[];
  changeRequests: FixChangeRequest[];
}
