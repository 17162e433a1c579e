/**
 * @module
 * Upload progress across parts sent at once: bytes of finished parts plus the bytes each
 * running part has handed to the network (when its sender can tell), reported never
 * backwards (a retried part's bytes count again only once they pass the reported value) and
 * at most every `intervalMs`, with a trailing report so a pause in events still shows the
 * latest count. `finish()` reports the exact final value.
 */

export interface ProgressMeter {
  /** Bytes of running part `n` sent so far. */
  sending(n: number, loaded: number): void;
  /** Part `n` of `bytes` bytes is stored. */
  stored(n: number, bytes: number): void;
  /** Part `n` failed or stopped: its running bytes no longer count. */
  dropped(n: number): void;
  /** Bytes of stored parts. */
  readonly storedBytes: number;
  /** Reports the current value now and stops the trailing timer. */
  finish(): void;
}

export function progressMeter(total: number, onProgress: ((sent: number, total: number) => void) | undefined, storedBytes = 0, intervalMs = 100): ProgressMeter {
  const running = new Map<number, number>();
  let stored = storedBytes;
  let reported = -1;
  let lastAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const value = () => {
    let v = stored;
    for (const b of running.values()) v += b;
    return Math.min(total, v);
  };
  const report = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastAt = Date.now();
    const v = Math.max(reported, value());
    if (v === reported) return;
    reported = v;
    onProgress?.(v, total);
  };
  const changed = () => {
    if (!onProgress || timer !== null) return;
    const wait = lastAt + intervalMs - Date.now();
    if (wait <= 0) report();
    else timer = setTimeout(report, wait);
  };
  report();
  return {
    sending(n, loaded) {
      running.set(n, loaded);
      changed();
    },
    stored(n, bytes) {
      running.delete(n);
      stored += bytes;
      changed();
    },
    dropped(n) {
      running.delete(n);
    },
    get storedBytes() {
      return stored;
    },
    finish: report,
  };
}
