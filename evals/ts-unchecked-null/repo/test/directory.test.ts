import { expect, it } from 'vitest';
import { Directory } from '../src/directory.js';

const directory = new Directory([{ id: 'u1', name: 'Ada', email: 'ada@example.com' }]);

it('finds a user by id', () => {
  expect(directory.byId('u1')?.name).toBe('Ada');
  expect(directory.byId('nope')).toBeUndefined();
});
