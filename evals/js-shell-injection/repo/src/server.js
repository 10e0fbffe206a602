import { createServer } from 'node:http';

export const app = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/health') {
    res.end('ok');
    return;
  }
  res.writeHead(404).end();
});
