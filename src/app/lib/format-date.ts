/**
 * @module
 * Dates and times for every screen, written the active locale's way through `Intl`.
 */
import { currentLocale } from '../i18n/i18n.ts';
import { localeTag } from '../i18n/locales.ts';

/** A calendar date (`5 Dec 2026` style, per locale). */
export function formatDate(ms: number | string, locale: string = localeTag(currentLocale())): string {
  return new Date(ms).toLocaleDateString(locale);
}

/** A date with the time of day. */
export function formatDateTime(ms: number | string, locale: string = localeTag(currentLocale())): string {
  return new Date(ms).toLocaleString(locale);
}
