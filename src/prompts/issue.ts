import { untrustedBlock } from '../safety/sanitize.js';

/** The most of an issue's text a prompt carries: one long issue must not crowd out the rest. */
const MAX_ISSUE_CHARS = 30_000;

/** Cuts text at `max` characters, saying so, so that the model knows it did not see everything. */
export const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max)}\n[… clipped]` : text;

/** The issue as the plan and dev prompts show it: title and body, clipped, sanitised and delimited. */
export const issueBlock = (issue: { title: string; body: string }): string =>
  untrustedBlock('issue', clip(`# ${issue.title}\n\n${issue.body}`, MAX_ISSUE_CHARS));
