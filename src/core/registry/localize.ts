/**
 * @module
 * LocaleString lookup. `localizeFor` is upstream's `LocaleString::localize_for`
 * (s9pk/v2/manifest.rs, spec/registry-api.md §6, §12): the exact locale, else the first key
 * starting with the locale up to and including its first `_` (the whole locale when it has
 * none), else the first entry, else "". The stand-in uses it as is. `localize` is the
 * console's rule: a browser language tag (`de-DE`) is first mapped to a locale key (`de_DE`).
 */
import type { LocaleString } from '../rpc/types.ts';

/** Upstream's lookup for a locale key such as `de_DE` (no `-`→`_` rewrite). */
export function localizeFor(s: LocaleString, locale: string): string {
  if (typeof s === 'string') return s;
  if (Object.hasOwn(s, locale)) return s[locale]!;
  const cut = locale.indexOf('_');
  const prefix = cut < 0 ? locale : locale.slice(0, cut + 1);
  const byPrefix = Object.keys(s).find((k) => k.startsWith(prefix));
  if (byPrefix !== undefined) return s[byPrefix]!;
  return Object.values(s)[0] ?? '';
}

/** The console's content language: `language` may be a browser tag (`de-DE`) or a locale key. */
export function localize(s: LocaleString, language: string): string {
  return localizeFor(s, language.replaceAll('-', '_'));
}
