/**
 * @module
 * Page-side helper for the worker test page and the benchmark page: the largest gap between
 * 10 ms timer ticks on the main thread while some work runs (a blocked main thread shows up
 * as a large gap).
 */
export async function heartbeat<T>(work: () => Promise<T>): Promise<{ result: T; maxGap: number }> {
  let last = performance.now();
  let maxGap = 0;
  const timer = setInterval(() => {
    const t = performance.now();
    maxGap = Math.max(maxGap, t - last);
    last = t;
  }, 10);
  try {
    return { result: await work(), maxGap };
  } finally {
    clearInterval(timer);
  }
}
