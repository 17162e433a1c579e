/**
 * @module
 * Byte sizes in binary units for every screen, with the number written the active locale's
 * way: `2147483648` → `2 GiB`, `1610612736` → `1.5 GiB` (`1,5 GiB` in German), `512` →
 * `512 bytes` (`512 Byte`). The unit symbols are technical tokens and stay as they are; the
 * word for bytes comes from `Intl`.
 */
import { currentLocale } from '../i18n/i18n.ts';
import { localeTag } from '../i18n/locales.ts';

const UNITS = ['KiB', 'MiB', 'GiB', 'TiB'] as const;

export function formatBytes(n: number, locale: string = localeTag(currentLocale())): string {
  if (n < 1024) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(n);
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v)} ${UNITS[i]}`;
}
