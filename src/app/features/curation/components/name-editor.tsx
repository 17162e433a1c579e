/**
 * @module
 * Editor of a category name (a LocaleString): one field per locale (en_US, es_ES, de_DE, pl_PL,
 * fr_FR and any the name already has), or a single plain string for every language.
 */
import { TextField } from '../../../components/ui.tsx';
import { editorLocales, LOCALE_LABELS, type NameDraft } from '../lib/category-name.ts';
import { ownValue, withOwn } from '../../../../core/registry/own-key.ts';

export function NameEditor({ idPrefix, draft, onChange, error }: { idPrefix: string; draft: NameDraft; onChange: (d: NameDraft) => void; error: string | null }) {
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-sm font-medium">Name</legend>
      <div className="flex flex-wrap gap-4 text-sm">
        {(['localized', 'plain'] as const).map((mode) => (
          <label key={mode} className="flex items-center gap-2">
            <input type="radio" name={`${idPrefix}-mode`} checked={draft.mode === mode} onChange={() => onChange({ ...draft, mode })} />
            {mode === 'localized' ? 'Translated names' : 'One name for every language'}
          </label>
        ))}
      </div>
      {draft.mode === 'plain' ? (
        <TextField id={`${idPrefix}-plain`} label="Name (all languages)" value={draft.plain} onChange={(e) => onChange({ ...draft, plain: e.target.value })} />
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          {editorLocales(draft).map((locale) => (
            <TextField
              key={locale}
              id={`${idPrefix}-${locale}`}
              label={ownValue(LOCALE_LABELS, locale) ?? locale}
              lang={locale.replace('_', '-')}
              value={ownValue(draft.locales, locale) ?? ''}
              onChange={(e) => onChange({ ...draft, locales: withOwn(draft.locales, locale, e.target.value) })}
            />
          ))}
        </div>
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Devices show the name in their language, else another variant of it (en_GB for en_US), else the first one given. Empty fields are left out.
      </p>
      {error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
