import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseIssueFile } from '../../src/backlog/docs-file.js';
import { parseFastFrontMatter } from '../../src/backlog/front-matter.js';

/** Values to combine into front matter: the subset the fast path takes, and near misses it must refuse. */
const VALUES = [
  'plain',
  'two words',
  'with-dash_and.dot/slash (parens) + plus',
  'a  double  space',
  '"quoted: with colon # and hash"',
  "'single quoted'",
  '""',
  '42',
  '0',
  '007',
  '1.5',
  '1e3',
  '2025-01-01',
  'true',
  'False',
  'null',
  '~',
  'yes',
  'no',
  'on',
  '[a, b, 3]',
  '[]',
  '[a, [b]]',
  '[a,]',
  '["x, y"]',
  '"esc \\" aped"',
  "'it''s'",
  'a: b',
  'a #comment',
  '#not a value',
  '&anchor x',
  '*alias',
  '!tag x',
  '|',
  '>',
  '{a: 1}',
  '- item',
  '@at',
  '`tick`',
  '%pct',
  '-5',
  '.5',
  '.inf',
  '0x1F',
  '0o17',
  'Infinity',
];

describe('the front matter fast path', () => {
  it('agrees with the yaml package wherever it answers', () => {
    let answered = 0;
    const check = (block: string) => {
      const fast = parseFastFrontMatter(block);
      let real: unknown;
      try {
        real = parse(block, { uniqueKeys: true });
      } catch {
        // What yaml refuses, the fast path must leave to yaml.
        expect(fast, block).toBeUndefined();
        return;
      }
      if (fast) {
        answered++;
        expect(fast.data, block).toEqual(real);
      }
    };
    for (const v of VALUES) {
      check(`\nkey: ${v}\n`);
      check(`id: x\ntitle: ${v}\nblocked_by: [a, b]\n`);
      check(`list:\n  - ${v}\n  - other\n`);
      check(`list: [${v}]\n`);
    }
    check('a: 1\na: 2\n');
    check('a:\n');
    check('a: b\n  c\n');
    check('list:\n- a\n');
    check('list:\n  - a\n    b\n');
    check('# a comment\nid: x\n');
    check('id: x # trailing\n');
    check('id:\tx\n');
    check('__proto__: x\n');
    expect(answered).toBeGreaterThan(40);
  });

  it('gives the same items and lines as the yaml path', () => {
    // The same file twice: once in the subset, once with a comment that sends it to `yaml`.
    const front = ['id: A', 'title: "A: title"', 'blocked_by:', '  - B', '  - nope', 'milestone: m1'];
    const plainFile = `---\n${front.join('\n')}\n---\nbody\n`;
    const yamlFile = `---\n${front.join('\n')}\n# a comment\n---\nbody\n`;
    expect(parseFastFrontMatter(`\n${front.join('\n')}\n`)).toBeDefined();
    const a = parseIssueFile('a.md', plainFile);
    const b = parseIssueFile('a.md', yamlFile);
    expect(a.item).toEqual(b.item);
    expect(a.refs).toEqual(b.refs);
    expect(a.refs.map((r) => r.line)).toEqual([5, 6]);
    expect([a.milestoneLine, b.milestoneLine]).toEqual([7, 7]);
  });
});
