/**
 * @module
 * Display formatting of registry assets (package variants, OS images): shortened hashes,
 * timestamps (local time and relative), and the only URLs a page turns into links.
 */

/** Keeps the head and tail of a long token: `u3Lx8xxB…SQUygA8`. */
export function shortenMiddle(s: string, head = 8, tail = 6): string {
  return s.length <= head + tail + 1 ? s : `${s.slice(0, head)}…${s.slice(-tail)}`;
}

/** RFC 3339 → ms; fractional seconds beyond milliseconds (up to 9 digits) are cut first. */
export function parseTimestamp(s: string): number | null {
  const ms = Date.parse(s.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isNaN(ms) ? null : ms;
}

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 days ago", "in 2 hours", "now" (in the given locale, else the browser's). */
export function formatRelative(ms: number, now: number, locale?: string): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const seconds = (ms - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(seconds) >= size || unit === 'second')
      return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(0, 'second');
}

/** The URL when it is absolute http(s), else null: anything else is shown as text, never linked. */
export function safeHttpUrl(s: string | null | undefined): string | null {
  if (!s) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
