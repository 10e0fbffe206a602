import { describe, expect, it } from 'vitest';
import { acceptanceCriteria, linkedIssues } from '../../src/review/criteria.js';

const repo = { owner: 'octo', repo: 'demo' };

describe('linkedIssues', () => {
  it('reads GitHub closing keywords in order, without duplicates', () => {
    expect(linkedIssues('Closes #12.\nAlso fixes #3 and resolves: #12\nRefs #99', repo)).toEqual([12, 3]);
    expect(linkedIssues('fixed #7', repo)).toEqual([7]);
  });

  it('accepts this repository by name and ignores other repositories', () => {
    expect(linkedIssues('Closes Octo/Demo#4, closes other/repo#5', repo)).toEqual([4]);
  });

  it('ignores keywords in code and returns nothing for an empty body', () => {
    expect(linkedIssues('Use `closes #1` or\n```\nfixes #2\n```', repo)).toEqual([]);
    expect(linkedIssues(null, repo)).toEqual([]);
  });
});

describe('acceptanceCriteria', () => {
  it('reads the checklist under the heading, up to the next heading', () => {
    const body = [
      'Intro',
      '- [ ] not a criterion',
      '## Acceptance criteria',
      '- [ ] `parse()` rejects empty input',
      '- [x] errors name the value',
      '  - [ ] nested detail',
      '',
      '## Notes',
      '- [ ] not one either',
    ].join('\n');
    expect(acceptanceCriteria(body)).toEqual([
      { text: '`parse()` rejects empty input', checked: false },
      { text: 'errors name the value', checked: true },
      { text: 'nested detail', checked: false },
    ]);
  });

  it('accepts a bold heading and a plain list when there are no checkboxes', () => {
    expect(acceptanceCriteria('**Acceptance Criteria:**\r\n1. One\r\n2. Two\r\n')).toEqual([
      { text: 'One', checked: false },
      { text: 'Two', checked: false },
    ]);
  });

  it('returns nothing without the heading', () => {
    expect(acceptanceCriteria('## Criteria\n- [ ] x')).toEqual([]);
    expect(acceptanceCriteria(undefined)).toEqual([]);
  });
});
