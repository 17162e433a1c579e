/**
 * @module
 * A bound on concurrent async work: `createLimiter(n)` gives a function that runs at most `n`
 * tasks at once and starts the others in the order they were given (FIFO).
 */

/** Runs `task` when fewer than `limit` tasks given to this limiter are running. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimiter(limit: number): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return (task) =>
    new Promise((resolve, reject) => {
      const start = () => {
        running += 1;
        task().then(resolve, reject).finally(next);
      };
      if (running < limit) start();
      else waiting.push(start);
    });
}
