/**
 * @module
 * The category name editor's model (spec/registry-api.md §4.5, §5.1): a category has only a
 * name, a LocaleString — either one plain string or a map of locale → text. The form edits the
 * five locales the console offers (plus any others a category already has) or a plain string.
 */
import type { LocaleString } from '../../../../core/rpc/types.ts';
import { ownValue } from '../../../../core/registry/own-key.ts';
import { translate } from '../../../i18n/i18n.ts';

/** The locales the editor always offers, in this order. */
export const EDITOR_LOCALES = ['en_US', 'es_ES', 'de_DE', 'pl_PL', 'fr_FR'] as const;

/** A locale's field label in the reader's language, by `Intl`: `German (de_DE)`, `Deutsch (de_DE)`. */
export function localeLabel(locale: string, readerTag: string): string {
  const language = locale.split('_')[0] ?? locale;
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([readerTag], { type: 'language' }).of(language);
  } catch {
    name = undefined;
  }
  return name && name !== language ? `${name} (${locale})` : locale;
}

export interface NameDraft {
  mode: 'localized' | 'plain';
  plain: string;
  /** Locale → text; empty entries are dropped on save. */
  locales: Record<string, string>;
}

/** Locales shown in the editor: the five standard ones, then any extra ones the name already has. */
export function editorLocales(d: NameDraft): string[] {
  const extra = Object.keys(d.locales).filter((l) => !(EDITOR_LOCALES as readonly string[]).includes(l));
  return [...EDITOR_LOCALES, ...extra];
}

export function emptyNameDraft(): NameDraft {
  return { mode: 'localized', plain: '', locales: Object.fromEntries(EDITOR_LOCALES.map((l) => [l, ''])) };
}

export function nameDraftOf(name: LocaleString): NameDraft {
  if (typeof name === 'string') return { ...emptyNameDraft(), mode: 'plain', plain: name };
  return { mode: 'localized', plain: '', locales: { ...emptyNameDraft().locales, ...name } };
}

/** The LocaleString to send, or an error message. Localized names keep only filled-in locales. */
export function nameFromDraft(d: NameDraft): { ok: true; name: LocaleString } | { ok: false; error: string } {
  if (d.mode === 'plain') {
    const v = d.plain.trim();
    return v ? { ok: true, name: v } : { ok: false, error: translate('category.nameEmpty') };
  }
  const entries = Object.entries(d.locales)
    .map(([l, v]) => [l, v.trim()] as const)
    .filter(([, v]) => v !== '');
  if (entries.length === 0) return { ok: false, error: translate('category.nameNoLanguage') };
  return { ok: true, name: Object.fromEntries(entries) };
}

/** Why a new category id is not acceptable, or null. The registry accepts any string; keep ids URL-friendly. */
export function categoryIdError(id: string, existing: Iterable<string>): string | null {
  if (id === '') return translate('category.idEmpty');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return translate('category.idSyntax');
  for (const e of existing) if (e === id) return translate('category.idTaken', { id });
  return null;
}

/** True when two LocaleStrings are equal (maps compare regardless of key order, §5.1). */
export function sameLocaleString(a: LocaleString, b: LocaleString): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => ownValue(b, k) === a[k]);
}
