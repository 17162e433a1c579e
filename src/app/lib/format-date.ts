/**
 * @module
 * Dates and times for every screen, written the active locale's way through `Intl`.
 */
import { currentLocale } from '../i18n/i18n.ts';
import { localeTag } from '../i18n/locales.ts';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date (`5 Dec 2026` style, per locale), as `toLocaleDateString` writes it, through
 * one formatter per locale: a table of a thousand dates does not build a thousand formatters.
 */
export function formatDate(ms: number | string, locale: string = localeTag(currentLocale())): string {
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale)));
  return format.format(new Date(ms));
}

/** A date with the time of day. */
export function formatDateTime(ms: number | string, locale: string = localeTag(currentLocale())): string {
  return new Date(ms).toLocaleString(locale);
}

const AGE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How long ago `ms` was, relative to `now` ("5 minutes ago", "yesterday"; "now" under a minute). */
export function formatAge(ms: number, now: number = Date.now(), locale: string = localeTag(currentLocale())): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const diff = ms - now;
  for (const [unit, size] of AGE_UNITS) if (Math.abs(diff) >= size) return rtf.format(Math.round(diff / size), unit);
  return rtf.format(0, 'second');
}
