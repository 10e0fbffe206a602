import { createServer } from 'node:http';
import { findUser } from './store.js';

export function app(db) {
  return createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const match = /^\/users\/(\d+)$/.exec(url.pathname);
    if (match) {
      const user = findUser(db, Number(match[1]));
      res.writeHead(user ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(user ?? { error: 'not found' }));
      return;
    }
    res.writeHead(404).end();
  });
}
