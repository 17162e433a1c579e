/**
 * @module
 * Release notes as Markdown (a plain string, spec registry-api.md §4.6), with a preview drawn
 * through the shared sanitizer exactly as the release list draws it.
 */
import { useState } from 'react';
import { RegistryContent } from '../../../components/registry-content.tsx';
import { Button, EmptyNote, fieldClass } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';

export function ReleaseNotesField({ id, value, onChange }: { id: string; value: string; onChange: (text: string) => void }) {
  const t = useT();
  const [preview, setPreview] = useState(false);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium">
          {t('os.form.notes')}
        </label>
        <Button tone="ghost" aria-pressed={preview} onClick={() => setPreview(!preview)}>
          {t('os.form.preview')}
        </Button>
      </div>
      <textarea
        id={id}
        rows={6}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-help`}
        className={`${fieldClass} font-mono`}
      />
      <p id={`${id}-help`} className="text-xs text-slate-600 dark:text-slate-400">
        {t('os.form.notesHelp')}
      </p>
      {preview && (
        <section aria-label={t('os.form.previewLabel')} className="rounded-md border border-dashed border-slate-300 p-3 dark:border-slate-700">
          {value.trim() ? <RegistryContent source={value} format="markdown" /> : <EmptyNote>{t('package.noReleaseNotes')}</EmptyNote>}
        </section>
      )}
    </div>
  );
}
