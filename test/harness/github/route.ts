import type { Urls } from './render.js';
import type { FakeState } from './state.js';

/** A request as a route handler sees it: already matched to an operation and validated. */
export interface RouteRequest {
  state: FakeState;
  urls: Urls;
  url: URL;
  params: Record<string, string>;
  query: URLSearchParams;
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are validated against the OpenAPI schema before a handler runs.
  body: any;
  /** The login the request's token belongs to. */
  login: string;
  accept: string;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
  /** A non-JSON answer (a diff, raw file content), sent with `contentType`. */
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export type Route = (req: RouteRequest) => RouteResponse | Promise<RouteResponse>;

/** GitHub's error body. */
export function ghError(status: number, message: string, errors?: unknown[]): RouteResponse {
  return {
    status,
    body: {
      message,
      documentation_url: 'https://docs.github.com/rest',
      status: String(status),
      ...(errors ? { errors } : {}),
    },
  };
}

export const notFound = (): RouteResponse => ghError(404, 'Not Found');

export const noContent = (): RouteResponse => ({ status: 204 });

/** One page of a list (`per_page`, default 30, max 100; `page` from 1) with GitHub's Link header. */
export function page(req: RouteRequest, items: readonly unknown[]): RouteResponse {
  const perPage = Math.min(Number(req.query.get('per_page') ?? 30) || 30, 100);
  const current = Math.max(Number(req.query.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number) => {
    const u = new URL(req.url);
    u.searchParams.set('per_page', String(perPage));
    u.searchParams.set('page', String(n));
    return u.toString();
  };
  const links: string[] = [];
  if (current < last) links.push(`<${link(current + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
  if (current > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(current - 1)}>; rel="prev"`);
  return {
    status: 200,
    body: items.slice((current - 1) * perPage, current * perPage),
    ...(links.length > 0 ? { headers: { link: links.join(', ') } } : {}),
  };
}

/** Sorts by `sort` (created/updated) and `direction` query parameters. */
export function sortBy<T extends { createdAt: string; updatedAt: string }>(
  req: RouteRequest,
  items: T[],
  defaults: { sort?: 'created' | 'updated'; direction?: 'asc' | 'desc' } = {},
): T[] {
  const sort = req.query.get('sort') ?? defaults.sort ?? 'created';
  const direction = req.query.get('direction') ?? defaults.direction ?? 'desc';
  const key = sort === 'updated' ? 'updatedAt' : 'createdAt';
  const sorted = [...items].sort((a, b) => a[key].localeCompare(b[key]));
  return direction === 'desc' ? sorted.reverse() : sorted;
}
