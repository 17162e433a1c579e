/**
 * @module
 * The language LocaleStrings are shown in: the one the reader chose for the console's own text
 * (`i18n/i18n.ts`: remembered choice, else the browser's), so the UI and registry content
 * always speak the same language. `localize` applies the upstream fallback rule (spec §6).
 */
import { currentLocale, useLocale } from '../i18n/i18n.ts';

/** The active language as a registry locale, e.g. `de_DE`. */
export function userLanguage(): string {
  return currentLocale();
}

/** The active language as a registry locale; components re-render when it changes. */
export function useContentLanguage(): string {
  return useLocale();
}

/** A browser tag (`de-DE`) in the registry's locale form (`de_DE`). */
export function localeFromTag(tag: string): string {
  return tag.replaceAll('-', '_');
}
