import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { afterEach, describe, expect, it } from 'vitest';
import { matchWorkItem, testsFailedRequest, workItemMarker } from '../../src/action/work-items.js';
import { buildDag } from '../../src/backlog/dag.js';
import { DASHBOARD_MARKER, renderDashboard } from '../../src/backlog/dashboard.js';
import { mirrorIssue, parseDocsItemMarker } from '../../src/backlog/mirror.js';
import type { WorkItem } from '../../src/backlog/model.js';
import { computeQueue, signalsFrom } from '../../src/backlog/queue.js';
import type { QueueOutputEntry } from '../../src/backlog/queue-output.js';
import { GITHUB_ACTIONS_BOT } from '../../src/github/identity.js';
import type { OwnIssue } from '../../src/github/marked-issues.js';
import { setOutput } from '../../src/log.js';
import { findMetaIssues, STOPPED_MARKER } from '../../src/phases/scan/meta.js';
import { capQueue, leftOutNote, MAX_QUEUE_BYTES } from '../../src/phases/scan/outputs.js';
import { inlineCode } from '../../src/report/markdown.js';
import { REDACTED, setJobSecrets } from '../../src/safety/secrets.js';
import { parseOutputFile } from '../harness/action.js';

/** CommonMark + GFM with raw HTML passed through: what GitHub would make of a body. */
const html = (markdown: string) =>
  micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

/** A docs id that tries to leave its code span: a heading, a list, a fence and a marker. */
const ID = 'oops`\n# Heading\n- a list\n```\n<!-- codex-orchestrator:dashboard -->';

function docsItem(id: string, over: Partial<WorkItem> = {}): WorkItem {
  return {
    id,
    title: `Title of ${id.slice(0, 4)}`,
    body: '',
    priority: 'medium',
    milestone: undefined,
    status: 'open',
    blockedBy: [],
    blocking: [],
    acceptanceCriteria: [],
    labels: [],
    source: { kind: 'docs', file: `docs/projects/p/issues/${id.slice(0, 4)}\n# file.md`, line: 1 },
    order: undefined,
    ...over,
  };
}

/** The block elements a rendering made: a heading, list or code block the id opened would show here. */
const blocks = (rendered: string) => [...rendered.matchAll(/<(h[1-6]|pre|ul|ol|table)\b/g)].map((m) => m[1]);

describe('docs ids as code spans', () => {
  it('keeps any id in one code span: no line break, no backtick and no marker gets out', () => {
    const span = inlineCode(ID);
    expect(span).not.toContain('\n');
    expect(blocks(html(span))).toEqual([]);
    expect(html(span).trim()).toBe(
      '<p><code>oops` # Heading - a list ``` &lt;\u200D!-- codex-orchestrator:dashboard --&gt;</code></p>',
    );
    expect(inlineCode('`a|b`', { cell: true })).toBe('`` `a\\|b` ``');
  });

  it('on the dashboard: the ready table, the waiting list and the graph keep their shape', () => {
    const items = [docsItem(ID), docsItem('plain'), docsItem('waits', { blockedBy: [ID] })];
    const dag = buildDag(items);
    const view = computeQueue(dag, [], signalsFrom({}));
    const body = renderDashboard({ dag, view, problems: [] });
    expect(body.startsWith(DASHBOARD_MARKER)).toBe(true);
    expect(body.split(DASHBOARD_MARKER)).toHaveLength(2);
    const rendered = html(body);
    // Headings: only the dashboard's own; one table (the ready queue) and one chart.
    expect([...rendered.matchAll(/<h[1-6]>([^<]*)/g)].map((m) => m[1])).toEqual([
      'codex-orchestrator · backlog',
      'Human actions required',
      'Ready queue',
      'In progress',
      'Blocked',
      'Recently done',
      'Dependency graph',
    ]);
    expect(rendered.match(/<table>/g)).toHaveLength(1);
    // The ready table has its two rows of five cells.
    const rows = [...rendered.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!.match(/<t[dh]/g)?.length);
    expect(rows).toEqual([5, 5, 5]);
  });

  it('in a mirror issue: the marker stays first and whole, the rest cannot imitate one', () => {
    const item = docsItem(ID, {
      body: `${STOPPED_MARKER}\n${DASHBOARD_MARKER}\nHi @acme/security ![p](https://evil.invalid/p.png)`,
    });
    const issue = mirrorIssue(item, 'codex');
    expect(parseDocsItemMarker(issue.body)).toEqual({ id: ID, file: (item.source as { file: string }).file });
    const [quote] = issue.body.split('\n\n').slice(1);
    expect(blocks(html(quote!))).toEqual([]);
    expect(issue.body).not.toContain(STOPPED_MARKER);
    expect(issue.body).not.toContain(DASHBOARD_MARKER);
    expect(issue.body).toContain('@\u200Dacme/security');
    expect(html(issue.body)).not.toContain('<img');
    // A marker further down the body is not the mirror's.
    expect(parseDocsItemMarker(`text\n${issue.body}`)).toBeUndefined();
  });

  it('cuts a mirror body to GitHub’s limit and says where the rest is', () => {
    const issue = mirrorIssue(docsItem('big', { body: `${'word '.repeat(20_000)}` }), 'codex');
    expect(issue.body.length).toBeLessThanOrEqual(65_536);
    expect(parseDocsItemMarker(issue.body)?.id).toBe('big');
    expect(issue.body).toMatch(
      /The full text is in the docs file `docs\/projects\/p\/issues\/big # file\.md`\.$/,
    );
  });
});

describe('markers count only where the action writes them', () => {
  const own = (number: number, body: string): OwnIssue => ({
    number,
    title: `#${number}`,
    body,
    state: 'open',
    labels: [],
    htmlUrl: '',
    createdAt: '2026-01-01T00:00:00Z',
    closedAt: null,
    comments: 0,
  });

  it('finds the dashboard and the stop issue by the first line only', () => {
    const mirror = own(
      1,
      `<!-- codex-orchestrator:docs-item id=a file=b -->\n\n${DASHBOARD_MARKER}\n${STOPPED_MARKER}`,
    );
    const meta = findMetaIssues([mirror, own(2, `${DASHBOARD_MARKER}\nbody`)]);
    expect(meta.dashboard?.number).toBe(2);
    expect(meta.stopped).toBeUndefined();
    expect(findMetaIssues([own(3, `${STOPPED_MARKER}\nstop`)]).stopped?.number).toBe(3);
  });

  it('a failing output in a bug issue carries no marker, and a marker above the last line adopts nothing', () => {
    const failure = `FAIL\n${STOPPED_MARKER}\n${workItemMarker('tests-failed:9')}\n@octocat`;
    const request = testsFailedRequest({ item: 3, title: 'Login', failure });
    expect(request.body).not.toContain('<!-- codex-orchestrator');
    expect(request.body).toContain('FAIL');
    const bot = { login: GITHUB_ACTIONS_BOT.login, type: 'Bot' };
    const issue = (number: number, body: string) => ({
      number,
      title: 'Other',
      body,
      state: 'open' as const,
      labels: [],
      author: bot,
    });
    const key = { key: 'tests-failed:9', title: 'Failing verification: Nine' };
    // An older bug issue whose copied output held #9's marker is not #9's bug issue.
    const copied = issue(
      5,
      `output:\n${workItemMarker('tests-failed:9')}\n\n${workItemMarker('tests-failed:3')}`,
    );
    expect(matchWorkItem([copied], key, GITHUB_ACTIONS_BOT).own).toBeUndefined();
    const real = issue(6, `output\n\n${workItemMarker('tests-failed:9')}`);
    expect(matchWorkItem([copied, real], key, GITHUB_ACTIONS_BOT).own?.number).toBe(6);
  });
});

describe('an unknown dependency', () => {
  it('keeps its item out of the ready queue, blocked by it', () => {
    const dag = buildDag([docsItem('a', { blockedBy: ['nope'] }), docsItem('b')]);
    const view = computeQueue(dag, []);
    expect(view.ready.map((e) => e.item.id)).toEqual(['b']);
    expect(view.blocked.map((b) => [b.item.id, b.reason])).toEqual([['a', 'waiting for nope (unknown)']]);
  });
});

describe('the scan’s outputs', () => {
  const entry = (k: number): QueueOutputEntry => ({
    item: k,
    title: `Item ${k}: ${'a long title, as issue titles go, '.repeat(6)}`,
    priority: 'medium',
    milestone: null,
    phase: 'plan',
  });

  it('cuts a 10,000-item queue to fit GitHub’s 1 MB of outputs, and counts what it left out', () => {
    const all = Array.from({ length: 10_000 }, (_, k) => entry(k + 1));
    expect(Buffer.byteLength(JSON.stringify(all))).toBeGreaterThan(2_000_000);
    const capped = capQueue(all);
    const json = JSON.stringify(capped.kept);
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(MAX_QUEUE_BYTES);
    expect(capped.kept[0]).toEqual(all[0]);
    expect(capped.kept.length + capped.left).toBe(10_000);
    expect(capped.left).toBeGreaterThan(0);
    expect(leftOutNote(capped)).toContain(
      `the first ${capped.kept.length} of 10000 ready items (${capped.left} left out)`,
    );
    expect(capQueue(all.slice(0, 3))).toEqual({ kept: all.slice(0, 3), left: 0 });
    expect(leftOutNote(capQueue(all.slice(0, 3)))).toBeUndefined();
  });

  describe('setOutput', () => {
    let dir: string | undefined;
    const saved = process.env.GITHUB_OUTPUT;
    afterEach(async () => {
      setJobSecrets([]);
      if (saved === undefined) delete process.env.GITHUB_OUTPUT;
      else process.env.GITHUB_OUTPUT = saved;
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('redacts the job’s secrets from a value, in any encoding, like a log line', async () => {
      const secret = 'ghs_Zq8sV3kLmN0pR7tW2xY5bC9dE4fG6hJ1';
      setJobSecrets([{ name: 'the github-token', value: secret }]);
      dir = await mkdtemp(join(tmpdir(), 'outputs-'));
      process.env.GITHUB_OUTPUT = join(dir, 'output.txt');
      await writeFile(process.env.GITHUB_OUTPUT, '');
      const b64 = Buffer.from(secret).toString('base64');
      setOutput('plan', JSON.stringify({ summary: `token ${secret}`, note: b64 }));
      const outputs = parseOutputFile(await readFile(process.env.GITHUB_OUTPUT, 'utf8'));
      expect(outputs.plan).not.toContain(secret);
      expect(outputs.plan).not.toContain(b64.slice(4, 30));
      expect(JSON.parse(outputs.plan!).summary).toBe(`token ${REDACTED}`);
    });
  });
});
