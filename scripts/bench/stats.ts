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
