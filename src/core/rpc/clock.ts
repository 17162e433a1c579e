/**
 * @module
 * Clock-skew tracking (spec/registry-api.md §2.10): the registry rejects request timestamps
 * more than 30 s from its own clock. The HTTP `Date` header, when the client can read it,
 * gives the server's time to the second.
 */

export interface ClockEstimate {
  /** server time − local time, in milliseconds; null until a `Date` header was seen. */
  offsetMs: number | null;
  /** The last `Date` header value seen, verbatim. */
  lastServerDate: string | null;
}

/** Mutable estimator fed by every response. */
export class ClockTracker {
  offsetMs: number | null = null;
  lastServerDate: string | null = null;

  /** Records a response's `Date` header against the local time it arrived. */
  observe(dateHeader: string | null, localNowMs: number): void {
    if (!dateHeader) return;
    const server = Date.parse(dateHeader);
    if (Number.isNaN(server)) return;
    this.lastServerDate = dateHeader;
    // The header has one-second resolution and is truncated: add half a second.
    this.offsetMs = server + 500 - localNowMs;
  }

  /** True when the estimated offset exceeds the registry's 30 s window. */
  isSkewed(windowSeconds = 30): boolean {
    return this.offsetMs !== null && Math.abs(this.offsetMs) > windowSeconds * 1000;
  }

  snapshot(): ClockEstimate {
    return { offsetMs: this.offsetMs, lastServerDate: this.lastServerDate };
  }
}
