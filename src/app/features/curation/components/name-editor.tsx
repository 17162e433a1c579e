/**
 * @module
 * Editor of a category name (a LocaleString): one field per locale (en_US, es_ES, de_DE, pl_PL,
 * fr_FR and any the name already has), or a single plain string for every language.
 */
import { TextField } from '../../../components/ui.tsx';
import { editorLocales, localeLabel, type NameDraft } from '../lib/category-name.ts';
import { ownValue, withOwn } from '../../../../core/registry/own-key.ts';
import { useLocale, useT } from '../../../i18n/i18n.ts';
import { localeTag } from '../../../i18n/locales.ts';

export function NameEditor({ idPrefix, draft, onChange, error }: { idPrefix: string; draft: NameDraft; onChange: (d: NameDraft) => void; error: string | null }) {
  const t = useT();
  const reader = localeTag(useLocale());
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-sm font-medium">{t('nameEditor.name')}</legend>
      <div className="flex flex-wrap gap-4 text-sm">
        {(['localized', 'plain'] as const).map((mode) => (
          <label key={mode} className="flex items-center gap-2">
            <input type="radio" name={`${idPrefix}-mode`} checked={draft.mode === mode} onChange={() => onChange({ ...draft, mode })} />
            {mode === 'localized' ? t('nameEditor.translated') : t('nameEditor.plain')}
          </label>
        ))}
      </div>
      {draft.mode === 'plain' ? (
        <TextField id={`${idPrefix}-plain`} label={t('nameEditor.plainLabel')} value={draft.plain} onChange={(e) => onChange({ ...draft, plain: e.target.value })} />
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          {editorLocales(draft).map((locale) => (
            <TextField
              key={locale}
              id={`${idPrefix}-${locale}`}
              label={localeLabel(locale, reader)}
              lang={locale.replace('_', '-')}
              value={ownValue(draft.locales, locale) ?? ''}
              onChange={(e) => onChange({ ...draft, locales: withOwn(draft.locales, locale, e.target.value) })}
            />
          ))}
        </div>
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {t('nameEditor.fallback')}
      </p>
      {error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
