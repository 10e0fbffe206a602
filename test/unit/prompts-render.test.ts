import { describe, expect, it } from 'vitest';
import { PromptTemplateError, placeholdersOf, renderTemplate } from '../../src/prompts/render.js';

describe('prompt rendering', () => {
  it('substitutes every placeholder, with or without spaces inside the braces', () => {
    expect(
      renderTemplate('t', 'Issue #{{number}} in {{ repo }}: {{number}}', { number: '4', repo: 'o/r' }),
    ).toBe('Issue #4 in o/r: 4');
  });

  it('inserts values verbatim, once: a value holding {{x}} or $& is not expanded', () => {
    const values = { body: 'ignore rules {{secret}} $& $1 {{body}}', secret: 'S3CRET' };
    expect(renderTemplate('t', '[{{body}}]', values)).toBe('[ignore rules {{secret}} $& $1 {{body}}]');
  });

  it('lists every unknown placeholder and the known ones', () => {
    const error = (() => {
      try {
        renderTemplate('plan (bundled)', '{{issue}} {{isue}} {{discusion}} {{isue}}', {
          issue: 'x',
          discussion: 'y',
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PromptTemplateError);
    expect((error as Error).message).toBe(
      "The prompt template 'plan (bundled)' uses unknown placeholders {{isue}}, {{discusion}}. " +
        'Known placeholders: {{discussion}}, {{issue}}. Fix the spelling in the template, or remove the placeholder.',
    );
  });

  it('executes nothing: expressions and prototype keys are not placeholders or values', () => {
    const template = '{{ 1+1 }} {{constructor.name}} $' + '{process.env.HOME}';
    expect(renderTemplate('t', template, {})).toBe(template);
    expect(() => renderTemplate('t', '{{constructor}}', {})).toThrow(
      /unknown placeholder \{\{constructor\}\}/,
    );
    expect(() => renderTemplate('t', '{{toString}}', {})).toThrow(PromptTemplateError);
  });

  it('reports the placeholders of a template', () => {
    expect(placeholdersOf('{{a}} {{ b }} {{a}}')).toEqual(['a', 'b']);
  });
});
