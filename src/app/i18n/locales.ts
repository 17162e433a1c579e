/**
 * @module
 * The console's five languages: the same locale ids as a manifest's `LocaleString`
 * (`en_US`, `es_ES`, `de_DE`, `pl_PL`, `fr_FR`), each named in its own language for the menu,
 * and the choice of one from the browser's preferred languages.
 */

export const LOCALES = ['en_US', 'es_ES', 'de_DE', 'pl_PL', 'fr_FR'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en_US';

/** Each language's own name (never translated: a reader finds their language by it). */
export const LOCALE_NAMES: Record<Locale, string> = {
  en_US: 'English',
  es_ES: 'Español',
  de_DE: 'Deutsch',
  pl_PL: 'Polski',
  fr_FR: 'Français',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 tag `Intl` and `<html lang>` take: `de_DE` → `de-DE`. */
export function localeTag(locale: Locale): string {
  return locale.replace('_', '-');
}

/**
 * The first of the browser's languages (`navigator.languages`, best first) the console speaks:
 * an exact region match (`de-DE`) or the same language in another region (`de-AT` → `de_DE`);
 * English when none matches.
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const [lang = '', region = ''] = tag.replaceAll('_', '-').split('-');
    const exact = LOCALES.find((l) => l.toLowerCase() === `${lang}_${region}`.toLowerCase());
    if (exact) return exact;
    const sameLanguage = LOCALES.find((l) => l.startsWith(`${lang.toLowerCase()}_`));
    if (sameLanguage) return sameLanguage;
  }
  return DEFAULT_LOCALE;
}
