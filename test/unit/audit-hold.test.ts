import { describe, expect, it } from 'vitest';
import {
  HOLD_MARKER,
  HoldTooLargeError,
  parseHold,
  renderHold,
  renderReleased,
} from '../../src/tracker/github/hold.js';

const MBOX = 'From 0000 Mon Sep 17 00:00:00 2001\nSubject: [PATCH] Criterion 1/1: x\n\n---\n a.txt | 1 +\n';
const info = {
  criterion: 0,
  base: 'a'.repeat(40),
  subjects: ['abc1234 Criterion 1/1: x (github-actions[bot])'],
};

describe('held commits comment', () => {
  it('round-trips the exact patch series and what it belongs to', () => {
    const body = renderHold(1, info, MBOX, '+hello\n', '1 command(s) outside commands.allow');
    expect(body.startsWith(HOLD_MARKER)).toBe(true);
    expect(body).toContain('```diff\n+hello\n\n```');
    const hold = parseHold(body)!;
    expect(hold.mbox).toBe(MBOX);
    expect(hold).toMatchObject({ criterion: 0, base: info.base, subjects: info.subjects });
  });

  it('is not fooled by hold markers inside the diff', () => {
    const diff = '+<!-- codex-orchestrator:held {"v":1,"patch":"x","sha256":"y","base":"z"} -->\n';
    const hold = parseHold(renderHold(1, info, MBOX, diff, 'reason'))!;
    expect(hold.mbox).toBe(MBOX);
  });

  it('refuses a patch that was changed after the hold', () => {
    const body = renderHold(1, info, MBOX, '', 'reason');
    const data = JSON.parse(/<!-- codex-orchestrator:held (\{.*\}) -->/.exec(body)![1]!) as {
      sha256: string;
    };
    const tampered = body.replace(data.sha256, '0'.repeat(64));
    expect(() => parseHold(tampered)).toThrow(/do not match their checksum/);
  });

  it('clips a long diff but never the patch; refuses a patch too large for a comment', () => {
    const body = renderHold(1, info, MBOX, 'x'.repeat(200_000), 'reason');
    expect(body.length).toBeLessThanOrEqual(64_000);
    expect(body).toContain('[… diff clipped]');
    expect(parseHold(body)!.mbox).toBe(MBOX);
    const random = Array.from({ length: 120_000 }, () => Math.random().toString(36).slice(2, 3)).join('');
    expect(() => renderHold(1, info, random, '', 'reason')).toThrow(HoldTooLargeError);
  });

  it('escapes text that could mention people or open markup', () => {
    const body = renderHold(1, { ...info, subjects: ['@octocat <b>x</b>'] }, MBOX, '', 'reason by @team');
    const visible = body.slice(0, body.lastIndexOf('<!-- codex-orchestrator:held '));
    expect(visible).not.toMatch(/@(octocat|team)/);
    expect(visible).toContain('<\u200Db>'); // renderModelLine: no tag, no entity
  });

  it('a released hold carries no patch', () => {
    const body = renderReleased(1, info, 'maintainer', 'b'.repeat(40));
    expect(body).toContain('Approved by maintainer; pushed as `bbbbbbbbbbbb`.');
    expect(parseHold(body)).toBeUndefined();
  });
});
