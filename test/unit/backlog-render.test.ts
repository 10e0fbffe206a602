import { beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_MARKER, renderDashboard } from '../../src/backlog/dashboard.js';
import { parseDocsBacklog, type SourceFile } from '../../src/backlog/docs.js';
import { mermaidLabel, renderMermaid } from '../../src/backlog/mermaid.js';
import { computeQueue, signalsFrom } from '../../src/backlog/queue.js';

/**
 * The chart is checked with mermaid's own parser (the `mermaid` package, a devDependency): its
 * flowchart grammar is what GitHub renders with. Parsing needs no DOM, but mermaid's sanitizer
 * (DOMPurify) is created from `window` at import; without one it lacks its hooks, so they are
 * stubbed before mermaid loads. Rendering, which would need them, is not used.
 */
let parse: (text: string) => Promise<unknown>;
beforeAll(async () => {
  const purify = (await import('dompurify')).default as unknown as Record<string, unknown>;
  purify.addHook ??= () => {};
  purify.removeHook ??= () => {};
  purify.removeHooks ??= () => {};
  purify.sanitize ??= (s: string) => s;
  const mermaid = (await import('mermaid')).default;
  parse = (text) => mermaid.parse(text);
});

const file = (id: string, front: string[] = [], body = ''): SourceFile => ({
  path: `docs/projects/p/issues/${id}.md`,
  text: `---\nid: ${JSON.stringify(id)}\n${front.join('\n')}\n---\n${body}`,
});

function backlogOf(files: SourceFile[], signals = signalsFrom({})) {
  const backlog = parseDocsBacklog(files, []);
  return { ...backlog, view: computeQueue(backlog.dag, backlog.milestones, signals) };
}

const HOSTILE = [
  'Ends the label"] --> x["pwned',
  'Closes the fence\n```\n<img src=x onerror=alert(1)> @octocat',
  'click n0 call alert() %% comment',
  '<!-- codex-orchestrator:dashboard --> ![track](https://evil.example/p.png) [link](javascript:alert(1))',
  'Unicode 🚀 — “quotes” #35; & |pipes| `code`',
];

describe('mermaid', () => {
  it('escapes everything outside a small safe set as entities', () => {
    expect(mermaidLabel('a "b" [c]')).toBe('a #34;b#34; #91;c#93;');
    expect(mermaidLabel('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}#8230;`);
    expect(mermaidLabel('  two\n lines ')).toBe('two lines');
  });

  it('draws the DAG with state classes, and mermaid parses it', async () => {
    const { dag, view } = backlogOf(
      [
        file('a', ['title: Done one', 'status: done']),
        file('b', ['title: Ready one', 'blocked_by: [a]']),
        file('c', ['title: Being done']),
        file('d', ['title: Waits', 'blocked_by: [b, c]']),
        file('e', ['title: Asks']),
      ],
      signalsFrom({ claimed: ['c'], waiting: [['e', 'questions open']] }),
    );
    const chart = renderMermaid(dag, view);
    expect(chart.note).toBeUndefined();
    expect(chart.text.split('\n')).toEqual([
      'flowchart TD',
      '  n0["a Done one"]',
      '  n1["b Ready one"]',
      '  n2["c Being done"]',
      '  n3["d Waits"]',
      '  n4["e Asks"]',
      '  n0 --> n1',
      '  n1 --> n3',
      '  n2 --> n3',
      expect.stringMatching(/^ {2}classDef done /),
      '  class n0 done',
      expect.stringMatching(/^ {2}classDef ready /),
      '  class n1 ready',
      expect.stringMatching(/^ {2}classDef inprogress /),
      '  class n2 inprogress',
      expect.stringMatching(/^ {2}classDef blocked /),
      '  class n3 blocked',
      expect.stringMatching(/^ {2}classDef waiting /),
      '  class n4 waiting',
    ]);
    await expect(parse(chart.text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    // The parser is live: the same chart with one raw quote in a label is refused.
    await expect(parse(chart.text.replace('Ready one', 'Ready "x" one'))).rejects.toThrow(/Parse error/);
  });

  it('keeps hostile titles inside their labels', async () => {
    const { dag, view } = backlogOf(HOSTILE.map((t, i) => file(`x${i}`, [`title: ${JSON.stringify(t)}`])));
    const chart = renderMermaid(dag, view);
    await expect(parse(chart.text)).resolves.toBeTruthy();
    // One node line per item, no extra edges, no raw quote, bracket, backtick or angle bracket.
    const nodeLines = chart.text.split('\n').filter((l) => /^ {2}n\d+\[/.test(l));
    expect(nodeLines).toHaveLength(HOSTILE.length);
    for (const line of nodeLines) expect(line.slice(line.indexOf('["') + 2, -2)).not.toMatch(/["[\]`<>]/);
    expect(chart.text).not.toContain('-->');
  });

  it('trims a large graph to the open frontier with a note, and the result still parses', async () => {
    const files = Array.from({ length: 300 }, (_, k) =>
      file(`i${k}`, [
        `title: Item ${k}`,
        ...(k < 100 ? ['status: done'] : []),
        ...(k > 0 ? [`blocked_by: [i${k - 1}]`] : []),
      ]),
    );
    const { dag, view } = backlogOf(files);
    const chart = renderMermaid(dag, view, { maxNodes: 50 });
    expect(chart.note).toMatch(/^Showing 2 of 300 items: the open frontier/);
    // i100 is ready (its blocker is done); i101 waits only for it.
    expect(chart.text).toContain('n0["i100 Item 100"]');
    expect(chart.text).toContain('n1["i101 Item 101"]');
    expect(chart.text).toContain('n0 --> n1');
    await expect(parse(chart.text)).resolves.toBeTruthy();
  });
});

describe('dashboard', () => {
  it('renders every section, starting with the marker', async () => {
    const { dag, view, problems } = backlogOf(
      [
        file('a', ['title: Done one', 'status: done']),
        file('b', ['title: Ready one', 'priority: high', 'blocked_by: [a]']),
        file('c', ['title: Being done']),
        file('d', ['title: Waits', 'blocked_by: [b, c]']),
        file('e', ['title: Asks']),
        file('f', ['title: Stuck', 'status: blocked']),
      ],
      signalsFrom({ claimed: ['c'], waiting: [['e', 'approval pending']] }),
    );
    const body = renderDashboard({
      dag,
      view,
      problems,
      usage: new Map([['c', { tokens: 12_345, costUsd: 0.5 }]]),
    });
    expect(body.startsWith(`${DASHBOARD_MARKER}\n`)).toBe(true);
    expect(body.match(/^## .*/gm)).toEqual([
      '## Human actions required',
      '## Ready queue',
      '## In progress',
      '## Blocked',
      '## Recently done',
      '## Tokens and cost',
      '## Dependency graph',
    ]);
    expect(body).toContain('| 1 | `b` Ready one (docs/projects/p/issues/b.md) | high | — | plan |');
    expect(body).toContain('- [ ] `e` Asks: approval pending');
    expect(body).toContain('- [ ] `f` Stuck: blocked; see its status comment');
    expect(body).toContain('- `d` Waits: waiting for `b` (open), `c` (open)');
    expect(body).toContain('| `c` Being done | 12,345 | $0.50 |');
    const chart = /```mermaid\n([\s\S]*?)\n```/.exec(body)?.[1] ?? '';
    await expect(parse(chart)).resolves.toBeTruthy();
  });

  it('escapes untrusted titles: no HTML, no markers, no mentions, no images or links', () => {
    const { dag, view } = backlogOf(HOSTILE.map((t, i) => file(`x${i}`, [`title: ${JSON.stringify(t)}`])));
    const body = renderDashboard({ dag, view, problems: [] });
    expect(body.split(DASHBOARD_MARKER)).toHaveLength(2);
    expect(body).not.toMatch(/<img|<!--(?! codex-orchestrator:dashboard -->)|@octocat|!\[|\]\(/);
    // Outside the mermaid block, every code fence is the chart's own.
    expect(body.match(/```/g)).toHaveLength(2);
  });

  it('stays under GitHub’s body limit, trimming with a note', () => {
    const long = 'L'.repeat(400);
    const files = Array.from({ length: 3000 }, (_, k) => file(`item-${k}`, [`title: "${long} ${k}"`]));
    const { dag, view } = backlogOf(files);
    const body = renderDashboard({ dag, view, problems: [] });
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(/_… and \d+ more_/);
    expect(body).toContain('_Showing ');
  });

  it('shows STOP and the problems', () => {
    const backlog = backlogOf([file('a', ['title: A', 'blocked_by: [zz]'])]);
    const body = renderDashboard({ ...backlog, stopped: true, stoppedIssue: 7 });
    expect(body).toContain('🛑 **STOP**');
    expect(body).toContain('see #7; closing it lifts the stop');
    expect(body).toContain(
      "## Problems\n\n- docs/projects/p/issues/a.md:4: \\`blocked\\_by\\` names 'zz', which is no item's id.",
    );
  });
});
