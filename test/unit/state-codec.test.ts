import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, STATUS_MARKER, StateError } from '../../src/state/codec.js';
import { newItemState } from '../../src/state/schema.js';

const hostile = ['-->', '--!>', '<!--', '---', 'a--b', '<script>x</script>', '-', '-- >', '\u2028', '"}-->'];

describe('state codec', () => {
  it('round-trips every field, including text that would end an HTML comment', () => {
    const state = {
      ...newItemState(7),
      branch: 'codex/7-fix--thing',
      nextAction: hostile.join(' '),
      threads: { plan: '01a1fcd9-76d8-76c0-9bac-6291a1943a4d', '--><!--': 'x-->' },
      criteria: hostile.map((text, i) => ({ text: `c${i} ${text}`, done: i % 2 === 0, commit: null })),
      consecutiveFailures: 2,
    };
    const encoded = encodeState(state);
    const inner = encoded.slice('<!--'.length, -'-->'.length);
    expect(inner).not.toContain('--');
    expect(inner).not.toContain('>');
    expect(inner).not.toContain('<');
    expect(decodeState(`${STATUS_MARKER}\nvisible\n${encoded}`, 'test')).toEqual(state);
  });

  it('returns undefined when there is no hidden state', () => {
    expect(decodeState(`${STATUS_MARKER}\nno state here`, 'test')).toBeUndefined();
  });

  it('refuses a state written by a newer release, naming both versions and the fix', () => {
    const body = encodeState(newItemState(1)).replace('"version":1', '"version":9');
    expect(() => decodeState(body, 'comment X')).toThrow(StateError);
    expect(() => decodeState(body, 'comment X')).toThrow(
      /version 9.*reads version 1 only.*delete the status comment/s,
    );
  });

  it('reports invalid JSON and schema problems with the field path', () => {
    expect(() => decodeState('<!-- codex-orchestrator:state {nope -->', 'comment X')).toThrow(
      /comment X is not valid JSON/,
    );
    const bad = encodeState(newItemState(1)).replace('"attempt":0', '"attempt":-3');
    expect(() => decodeState(bad, 'comment X')).toThrow(/attempt: .*Delete the status comment/);
    expect(() => decodeState('<!-- codex-orchestrator:state {"version":1}', 'comment X')).toThrow(
      /not closed/,
    );
    expect(() => decodeState('<!-- codex-orchestrator:state {"item":1} -->', 'comment X')).toThrow(
      /version undefined; expected 1/,
    );
  });

  it('reads the last state marker in the body', () => {
    const older = encodeState({ ...newItemState(3), attempt: 1 });
    const newer = encodeState({ ...newItemState(3), attempt: 2 });
    expect(decodeState(`${older}\n${newer}`, 't')?.attempt).toBe(2);
  });
});
