import { type ActionIdentity, GITHUB_ACTIONS_BOT } from '../../src/github/identity.js';
import { BlockKey } from '../../src/safety/block-mac.js';
import { TEST_API_KEY } from './codex-env.js';

/**
 * The action as the scenario's jobs are (`GITHUB_TOKEN`, `openai-api-key` = TEST_API_KEY): with
 * the block key that secret gives, so a state a test seeds authenticates like one a job wrote.
 */
export const ACTION_IDENTITY: ActionIdentity = {
  ...GITHUB_ACTIONS_BOT,
  key: BlockKey.fromSecret(TEST_API_KEY),
};
