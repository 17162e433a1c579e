/**
 * @module
 * LocaleString handling of the device-info path (spec/registry-api.md §6): collapse to the
 * exact locale, else the first key with the language prefix (`en_` for `en_US`), else the
 * first entry, else "".
 */
import type { LocaleString } from '../core/rpc/types.ts';

export function localize(s: LocaleString, language: string): string {
  if (typeof s === 'string') return s;
  if (language in s) return s[language]!;
  const prefix = `${language.split('_')[0]}_`;
  const byPrefix = Object.keys(s).find((k) => k.startsWith(prefix));
  if (byPrefix !== undefined) return s[byPrefix]!;
  const first = Object.values(s)[0];
  return first ?? '';
}
