// 100 requests per minute per API key, a fixed window.
const LIMIT = 100;
const WINDOW_MS = 60_000;
const windows = new Map();

export function allow(key, now = Date.now()) {
  const current = windows.get(key);
  if (!current || now - current.start >= WINDOW_MS) {
    windows.set(key, { start: now, count: 1 });
    return true;
  }
  current.count += 1;
  return current.count <= LIMIT;
}
