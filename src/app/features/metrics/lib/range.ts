/**
 * @module
 * The dashboard's range, kept in the address (`?from=YYYY-MM-DD&to=YYYY-MM-DD&by=day|week`) so
 * a view can be linked and reloaded. Missing or invalid values fall back to the last 90 days by
 * day; a range with more than {@link MAX_BUCKETS} days is shown by week.
 */
import { dayOf, MAX_BUCKETS, parseDay, type Granularity } from '../../../lib/metrics-buckets.ts';

export interface DashboardRange {
  from: string;
  to: string;
  by: Granularity;
}

const DAY = 86_400_000;
export const DEFAULT_DAYS = 90;

/** The range `params` asks for, `today` (ms) giving the defaults. */
export function readRange(params: URLSearchParams, today: number): DashboardRange {
  const end = parseDay(params.get('to') ?? '') ?? parseDay(dayOf(today))!;
  const start = parseDay(params.get('from') ?? '') ?? end - (DEFAULT_DAYS - 1) * DAY;
  const [a, b] = start <= end ? [start, end] : [end, start];
  const days = (b - a) / DAY + 1;
  const by: Granularity = params.get('by') === 'week' || days > MAX_BUCKETS ? 'week' : 'day';
  return { from: dayOf(a), to: dayOf(b), by };
}

/** The last `days` days up to `today`, as a range. */
export function lastDays(days: number, today: number, by: Granularity): DashboardRange {
  const end = parseDay(dayOf(today))!;
  return { from: dayOf(end - (days - 1) * DAY), to: dayOf(end), by };
}
