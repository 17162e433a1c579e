/**
 * @module
 * The language menu beside the theme menu: each language under its own name. The choice
 * covers the console's text and the registry's content (titles, descriptions, release notes).
 */
import { LOCALES, LOCALE_NAMES, isLocale } from '../i18n/locales.ts';
import { setLocale, useLocale, useT } from '../i18n/i18n.ts';
import { focusRing } from './ui.tsx';

export function LanguageSelect() {
  const t = useT();
  const locale = useLocale();
  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only">{t('layout.language')}</span>
      <select
        value={locale}
        onChange={(e) => {
          if (isLocale(e.target.value)) void setLocale(e.target.value);
        }}
        className={`rounded-md border border-slate-300 bg-white px-1 py-1 dark:border-slate-600 dark:bg-slate-900 ${focusRing}`}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l.replace('_', '-')}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
