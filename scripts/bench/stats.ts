import type { DB } from "../../db";
/**
 * p50 / p95 in milliseconds over `n` runs, after a few warm-up runs (statement
 * cache, page cache). `before` runs untimed ahead of every run (e.g. to forget
 * remembered results so each run is cold).
 */
export function measure(fn: () => unknown, n: number, warmup = 3, before?: () => void): { p50: number; p95: number } {
  for (let i = 0; i < warmup; i++) {
    before?.();
    fn();
  }
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    before?.();
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return percentiles(times);
}

export async function measureAsync(
  fn: () => Promise<unknown>,
  n: number,
  warmup = 3,
  before?: () => void,
): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmup; i++) {
    before?.();
    await fn();
  }
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    before?.();
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return percentiles(times);
}

export function percentiles(times: number[]): { p50: number; p95: number } {
  const s = [...times].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { p50: at(0.5), p95: at(0.95) };
}

/**
 * A commit from the bench's own connection, to run before a "cold" request: it moves the
 * server's PRAGMA data_version, so the server forgets what it remembered (lib/data/query-cache.ts).
 */
export function dataChange(db: DB): () => void {
  db.$client.exec("CREATE TABLE IF NOT EXISTS bench_touches (at REAL)");
  const touch = db.$client.prepare("INSERT INTO bench_touches (at) VALUES (?)");
  return () => void touch.run(performance.now());
}
