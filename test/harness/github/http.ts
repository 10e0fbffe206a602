import type { IncomingMessage, ServerResponse } from 'node:http';
import { ghError, type RouteResponse } from './route.js';

/** The HTTP side of the loopback GitHub: reading bodies, writing answers with GitHub's headers. */

/** A failure to inject (see `FakeGitHub.failNext`). */
export interface FailSpec {
  method?: string;
  /** The path below the API root, the operation's template, its id (`issues/create-comment`), or `/graphql`. */
  path: string | RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many requests to fail (default 1). */
  times?: number;
}

/** GitHub's answers for injected failures, unless the test gives its own body and headers. */
export function faultResponse(fault: FailSpec): RouteResponse {
  const headers: Record<string, string> = { ...fault.headers };
  const primary = headers['x-ratelimit-remaining'] === '0';
  let message = 'Server Error';
  if (fault.status === 401) message = 'Bad credentials';
  if (fault.status === 403 || fault.status === 429) {
    message = primary
      ? 'API rate limit exceeded for installation ID 1.'
      : 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
    if (!primary && fault.body === undefined && headers['retry-after'] === undefined)
      headers['retry-after'] = '1';
  }
  if (fault.status === 502) message = 'Bad Gateway';
  const answer =
    fault.body !== undefined ? { status: fault.status, body: fault.body } : ghError(fault.status, message);
  return { ...answer, headers };
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

let requestCounter = 0;

export function send(res: ServerResponse, answer: RouteResponse): void {
  requestCounter += 1;
  const headers: Record<string, string> = {
    'x-github-request-id': `FAKE:${requestCounter.toString(16).toUpperCase()}`,
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...answer.headers,
  };
  if (answer.status === 204 || (answer.body === undefined && answer.text === undefined)) {
    res.writeHead(answer.status, headers).end();
    return;
  }
  if (answer.text !== undefined) {
    res
      .writeHead(answer.status, {
        ...headers,
        'content-type': answer.contentType ?? 'text/plain; charset=utf-8',
      })
      .end(answer.text);
    return;
  }
  res
    .writeHead(answer.status, { ...headers, 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify(answer.body));
}
