import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listUsers } from '../src/users.js';

test('listUsers asks for every user by name', async () => {
  const db = { prepare: (sql) => ({ all: () => [sql] }) };
  assert.match((await listUsers(db))[0], /ORDER BY name/);
});
