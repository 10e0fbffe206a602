import { issueBlock } from '../../prompts/issue.js';
import { renderPrompt } from '../../prompts/load.js';
import { untrustedBlock } from '../../safety/sanitize.js';
import type { ItemState } from '../../state/index.js';
import type { ItemTracker } from '../../tracker/port.js';
import type { EngineEnv } from '../env.js';

/**
 * The plan prompt for a docs item, as the loop's planning step sends it (item.ts `planItem`) and as
 * `codex-orchestrator eval` sends it for a plan case: the item, no discussion (a person answers by
 * editing the item's file), and the questions of the last round when there was one.
 */
export async function planPrompt(parts: {
  env: Pick<EngineEnv, 'config'>;
  tracker: Pick<ItemTracker, 'readDefaultBranchFile'>;
  repository: string;
  item: { id: string; title: string; body: string };
  asked: ItemState['clarification'];
}): Promise<string> {
  const { item, asked } = parts;
  const values = {
    repository: parts.repository,
    issue_number: item.id,
    issue: issueBlock(item),
    discussion: '(none: the item is worked on this machine; answers are edits of its file, above)',
    clarification: asked
      ? [
          `In round ${asked.round} (${asked.askedAt}) you asked:`,
          untrustedBlock('questions', asked.questions.map((q, i) => `${i + 1}. ${q}`).join('\n')),
          'The answers, if any, are in the item above: a person edits its file to answer.',
        ].join('\n\n')
      : 'This is the first planning round: no questions were asked yet.',
  };
  return renderPrompt('plan', values, {
    overrides: parts.env.config.prompts,
    readDefaultBranchFile: (path) => parts.tracker.readDefaultBranchFile(path),
  });
}
