import { createServer } from 'node:http';

export const app = createServer((req, res) => {
  if (req.url === '/health') {
    res.end('ok');
    return;
  }
  res.writeHead(404).end();
});
