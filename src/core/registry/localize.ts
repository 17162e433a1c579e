/**
 * @module
 * LocaleString fallback rule of upstream (spec/registry-api.md §6): the exact locale, else the
 * first key with the language prefix (`en_` for `en_US`), else the first entry, else "".
 * Used by the stand-in's device-info path and by the console to render manifests.
 */
import type { LocaleString } from '../rpc/types.ts';

/** Collapses a LocaleString for `language` (`de_DE`, or a browser tag such as `de-DE`). */
export function localize(s: LocaleString, language: string): string {
  if (typeof s === 'string') return s;
  language = language.replace('-', '_');
  if (language in s) return s[language]!;
  const prefix = `${language.split('_')[0]}_`;
  const byPrefix = Object.keys(s).find((k) => k.startsWith(prefix));
  if (byPrefix !== undefined) return s[byPrefix]!;
  const first = Object.values(s)[0];
  return first ?? '';
}
