/**
 * @module
 * Display formatting of the publish page: sizes, durations, a short form of a PEM key.
 */

import { currentLocale } from '../../../i18n/i18n.ts';
import { localeTag } from '../../../i18n/locales.ts';

export { formatBytes } from '../../../lib/format-bytes.ts';

/** `75` → `1 min 15 sec` (`1 Min., 15 Sek.` in German): units and list from `Intl`. */
export function formatDuration(seconds: number, locale: string = localeTag(currentLocale())): string {
  const s = Math.max(0, Math.floor(seconds));
  const unit = (unit: 'minute' | 'second', n: number) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(n);
  if (s < 60) return unit('second', s);
  return new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format([unit('minute', Math.floor(s / 60)), unit('second', s % 60)]);
}

/** The distinctive middle of a `PUBLIC KEY` PEM (its last 12 Base64 characters). */
export function shortKey(pem: string): string {
  const body = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  return `…${body.slice(-12)}`;
}
