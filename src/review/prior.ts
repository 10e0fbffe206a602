import type { Opinion } from './opinions.js';
import type { Review } from './schema.js';
import type { Tracking } from './track.js';

/**
 * A review of an earlier cycle, as a tracker read it back (the action's own review comment on
 * GitHub, `review-<cycle>.json` in the local state folder): what the next review and fix build on.
 */
export interface PriorReview {
  cycle: number;
  /** The head commit that review was about; undefined when the record does not say. */
  headSha: string | undefined;
  /** The review JSON, or undefined when it could not be read back (never model text taken as such). */
  review: Review | undefined;
  /** The cycle record of the review's findings (src/review/track.ts); undefined for older records. */
  tracking?: Tracking | undefined;
  /** Who reviewed it (src/review/opinions.ts); undefined for older records. */
  opinions?: Opinion[] | undefined;
}
