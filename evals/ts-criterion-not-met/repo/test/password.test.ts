import { expect, it } from 'vitest';
import { passwordProblems } from '../src/password.js';

it('asks for 8 characters', () => {
  expect(passwordProblems('short')).toEqual(['at least 8 characters']);
  expect(passwordProblems('long enough')).toEqual([]);
});
