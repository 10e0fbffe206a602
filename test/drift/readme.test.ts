import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAction } from './github-parser.js';

const README = new URL('../../README.md', import.meta.url);
const action = checkAction('action.yml', readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'))
  .template!;

/**
 * The rows of the first markdown table under a `## <heading>` line, as cells keyed by the header's
 * lower-cased column names. Pipes escaped as `\|` stay inside their cell.
 */
function tableUnder(markdown: string, heading: string): Record<string, string>[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) throw new Error(`README.md has no "## ${heading}" heading.`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^#{1,2} /.test(line));
  const section = end === -1 ? rest : rest.slice(0, end);
  const first = section.findIndex((line) => line.trim().startsWith('|'));
  if (first === -1) throw new Error(`README.md has no table under "## ${heading}".`);
  const table: string[] = [];
  for (const line of section.slice(first)) {
    if (!line.trim().startsWith('|')) break;
    table.push(line);
  }
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replaceAll('\\|', '|'));
  const [header = '', separator = '', ...rows] = table;
  if (!/^\|?\s*:?-+/.test(separator.trim()))
    throw new Error(`The table under "## ${heading}" has no header row.`);
  const columns = cells(header).map((c) => c.toLowerCase());
  return rows.map((row) => Object.fromEntries(cells(row).map((cell, i) => [columns[i] ?? `${i}`, cell])));
}

/** A name cell is the input's name in backticks. */
const nameOf = (cell: string | undefined) =>
  /^`([^`]+)`$/.exec(cell ?? '')?.[1] ?? `(not a \`name\`: ${cell})`;
/** A default cell is the value in backticks, or `(empty)` for the empty string. */
const defaultOf = (cell: string | undefined) =>
  cell === '(empty)' ? '' : (/^`(.+)`$/.exec(cell ?? '')?.[1] ?? `(not a \`value\` or (empty): ${cell})`);

const readme = existsSync(README) ? readFileSync(README, 'utf8') : undefined;

describe('README tables agree with action.yml', () => {
  it('exists', () => {
    expect(readme, 'README.md is missing').toBeDefined();
  });

  it('has an Inputs table with the columns name | description | default', () => {
    const rows = tableUnder(readme ?? '', 'Inputs');
    expect(Object.keys(rows[0] ?? {})).toEqual(['name', 'description', 'default']);
  });

  it('lists every input of action.yml, in order, with its default', () => {
    const rows = tableUnder(readme ?? '', 'Inputs');
    const documented = rows.map((row) => [nameOf(row.name), defaultOf(row.default)]);
    const declared = (action.inputs ?? []).map((input) => [
      input.id,
      input.default === undefined ? '' : input.default.toString(),
    ]);
    expect(documented).toEqual(declared);
  });

  it('describes every input and output', () => {
    for (const heading of ['Inputs', 'Outputs']) {
      for (const row of tableUnder(readme ?? '', heading)) expect(row.description, row.name).toBeTruthy();
    }
  });

  it('lists every output of action.yml, in order', () => {
    const rows = tableUnder(readme ?? '', 'Outputs');
    expect(Object.keys(rows[0] ?? {}).slice(0, 2)).toEqual(['name', 'description']);
    expect(rows.map((row) => nameOf(row.name))).toEqual((action.outputs ?? []).map((o) => o.id));
  });
});

describe('tableUnder', () => {
  const doc = [
    '# Title',
    '## Inputs',
    'Some text.',
    '',
    '| Name | Description | Default |',
    '|---|---|---|',
    '| `a` | first \\| with a pipe | `1` |',
    '| `b` | second | (empty) |',
    '',
    '## Outputs',
    '| name | description |',
    '|---|---|',
    '| `x` | an output |',
  ].join('\n');

  it('reads the rows of the table under a heading', () => {
    expect(tableUnder(doc, 'Inputs')).toEqual([
      { name: '`a`', description: 'first | with a pipe', default: '`1`' },
      { name: '`b`', description: 'second', default: '(empty)' },
    ]);
    expect(tableUnder(doc, 'Outputs')).toEqual([{ name: '`x`', description: 'an output' }]);
  });

  it('says what is missing', () => {
    expect(() => tableUnder(doc, 'Secrets')).toThrow('README.md has no "## Secrets" heading.');
    expect(() => tableUnder('## Inputs\ntext only\n## Outputs\n| a |', 'Inputs')).toThrow(
      'README.md has no table under "## Inputs".',
    );
  });
});
