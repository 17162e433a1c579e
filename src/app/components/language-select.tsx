/**
 * @module
 * The language menu beside the theme menu: each language under its own name. The choice
 * covers the console's text and the registry's content (titles, descriptions, release notes).
 */
import { LOCALES, LOCALE_NAMES, isLocale, localeTag } from '../i18n/locales.ts';
import { setLocale, useLocale, useT } from '../i18n/i18n.ts';
import { MenuSelect } from './menu-select.tsx';

export function LanguageSelect() {
  const t = useT();
  const locale = useLocale();
  return (
    <MenuSelect label={t('layout.language')} value={locale} onChange={(v) => isLocale(v) && void setLocale(v)}>
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={localeTag(l)}>
          {LOCALE_NAMES[l]}
        </option>
      ))}
    </MenuSelect>
  );
}
