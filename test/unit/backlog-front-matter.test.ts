import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  markItemDone,
  parseIssueFile,
  parseMilestoneFile,
  setItemStatus,
} from '../../src/backlog/docs-file.js';
import { parseFastFrontMatter } from '../../src/backlog/front-matter.js';
import { describeProblem } from '../../src/backlog/problems.js';

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

/**
 * gray-matter, which read the front matter before, took the language after the opening `---`
 * (`---js`) and ran a `js`/`javascript` block through eval; it knew `yaml`/`yml`, `json`,
 * `javascript`/`js`, `coffee`/`coffeescript`/`cson` and any engine registered as `toml` and the
 * like, in any case and with blanks around the name. Every one is refused here, never run.
 */
describe('front matter openers other than exactly ---', () => {
  const dir = mkdtempSync(join(tmpdir(), 'front-matter-openers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ENGINES = ['js', 'javascript', 'coffee', 'coffeescript', 'cson', 'json', 'toml', 'yaml', 'yml'];
  const spellings = (name: string) => [
    name,
    name.toUpperCase(),
    `${name[0]!.toUpperCase()}${name.slice(1)}`,
    ` ${name}`,
    `${name} `,
    `\t${name}`,
  ];
  const OPENERS = [...ENGINES.flatMap((name) => spellings(name).map((s) => `---${s}`)), '----', '--- # yaml'];

  let n = 0;
  /** A file whose block, if evaluated as JavaScript, writes the environment into a fresh sentinel. */
  const attack = (opener: string, eol = '\n') => {
    const sentinel = join(dir, `ran-${++n}`);
    const payload = `(process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(sentinel)}, JSON.stringify(process.env)), { id: 'pwned', title: 'ran' })`;
    const text = [opener, payload, '---', '# Acceptance criteria', '- [ ] x', ''].join(eol);
    return { sentinel, text };
  };

  it.each(OPENERS)('refuses %j in issue and milestone files, at line 1, without running it', (opener) => {
    for (const eol of ['\n', '\r\n']) {
      for (const bom of ['', '\uFEFF']) {
        const { sentinel, text } = attack(`${bom}${opener}`, eol);
        const issue = parseIssueFile('docs/i/evil.md', text);
        const milestone = parseMilestoneFile('docs/m/evil.md', text);
        expect(existsSync(sentinel), 'the block ran').toBe(false);
        expect(issue.item).toBeUndefined();
        expect(issue.problems.map(describeProblem)).toEqual([
          `docs/i/evil.md:1: the front matter does not parse: the first line is "${opener.replace('\t', '<U+0009>')}": front matter opens with a line of exactly "---" and is YAML; other front matter languages (---js, ---json, ---yaml …) are refused, never run.`,
        ]);
        expect(milestone).toMatchObject({
          milestone: undefined,
          problems: [{ kind: 'parse', file: 'docs/m/evil.md', line: 1 }],
        });
        // The rewriters of the dev and retro pull requests leave such a file as it is.
        expect(markItemDone(text)).toBe(text);
        expect(setItemStatus(text, 'deprecated')).toBe(text);
      }
    }
  });

  it('shows at most the start of a long first line', () => {
    const [problem] = parseIssueFile('a.md', `---js ${'x'.repeat(500)}\n---\n`).problems;
    expect(problem?.kind === 'parse' && problem.message.length).toBeLessThan(250);
  });

  it('takes exactly --- with trailing blanks, and --- or ... as the closing line', () => {
    for (const text of [
      '--- \nid: a\ntitle: A\n---\nbody',
      '---\t\r\nid: a\r\ntitle: A\r\n...\r\nbody',
      '\uFEFF---\nid: a\ntitle: A\n--- \nbody',
    ]) {
      const parsed = parseIssueFile('a.md', text);
      expect(parsed.problems, JSON.stringify(text)).toEqual([]);
      expect(parsed.item).toMatchObject({ id: 'a', title: 'A', body: 'body' });
    }
    // The line of a key counts from the opening line, whatever blanks follow it.
    expect(parseIssueFile('a.md', '---  \nid: a\ntitle: A\nstatus: nope\n---\n').problems).toMatchObject([
      { field: 'status', line: 4 },
    ]);
  });

  it('reports front matter that is never closed at line 1', () => {
    expect(parseIssueFile('a.md', '---\nid: a\ntitle: A\n').problems.map(describeProblem)).toEqual([
      'a.md:1: the front matter does not parse: the front matter opened on line 1 is never closed: end it with a line of exactly "---".',
    ]);
    expect(parseIssueFile('a.md', '---').problems).toMatchObject([{ kind: 'parse', line: 1 }]);
  });

  it('reads a file without front matter as one without fields, as before', () => {
    expect(parseMilestoneFile('m/first.md', '# First\n')).toEqual({
      milestone: { id: 'first', title: 'first', order: undefined, due: undefined, file: 'm/first.md' },
      problems: [],
    });
    expect(parseIssueFile('i/a.md', '  ---js\nid: a\n').problems.map((p) => p.kind)).toEqual([
      'missing-field',
      'missing-field',
    ]);
  });
});
