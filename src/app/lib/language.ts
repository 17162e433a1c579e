/**
 * @module
 * The language LocaleStrings are shown in: the browser's (`navigator.language`), falling back
 * to `en_US` outside a browser. `localize` applies the upstream fallback rule (spec §6).
 */

/** The user's language tag, e.g. `de-DE`. */
export function userLanguage(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en_US';
}

/** A browser tag (`de-DE`) in the registry's locale form (`de_DE`). */
export function localeFromTag(tag: string): string {
  return tag.replaceAll('-', '_');
}
