/**
 * @module
 * Time buckets of the metrics dashboard. The registry answers totals over a window
 * (spec/registry-api.md §4.9), so a time series is one call per bucket. Buckets are UTC days or
 * weeks (Monday to Sunday, the first and last cut to the range) that partition the range
 * exactly, so the buckets of a range add up to the range's own total. Windows are RFC 3339 with
 * `+00:00`, the form the registry stores and compares as strings.
 */

export type Granularity = 'day' | 'week';

export interface Bucket {
  /** First day, `YYYY-MM-DD` (UTC). */
  label: string;
  /** Start of the bucket, ms since the epoch. */
  start: number;
  after: string;
  before: string;
}

const DAY = 86_400_000;
/** At most this many buckets: a longer range is shown by week. */
export const MAX_BUCKETS = 400;

/** `2026-07-01` → its UTC midnight in ms, or null when it is not a real date. */
export function parseDay(day: string): number | null {
  if (!/^\d{4}-\d\d-\d\d$/.test(day)) return null;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day ? null : ms;
}

export const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** The RFC 3339 `+00:00` form of a UTC midnight. */
export const windowEdge = (ms: number) => `${dayOf(ms)}T00:00:00+00:00`;

/** The whole range `from`…`to` (both days included) as one window. */
export function rangeWindow(from: string, to: string): { after: string; before: string } {
  return { after: windowEdge(parseDay(from)!), before: windowEdge(parseDay(to)! + DAY) };
}

/** The buckets of `from`…`to` (both included; `from` ≤ `to`, both valid days). */
export function makeBuckets(from: string, to: string, by: Granularity): Bucket[] {
  const start = parseDay(from)!;
  const end = parseDay(to)! + DAY;
  const buckets: Bucket[] = [];
  let t = start;
  while (t < end) {
    let next = t + DAY;
    if (by === 'week') {
      const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0
      next = Math.min(end, t + (7 - weekday) * DAY);
    }
    buckets.push({ label: dayOf(t), start: t, after: windowEdge(t), before: windowEdge(next) });
    t = next;
  }
  return buckets;
}
