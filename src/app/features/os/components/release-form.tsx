/**
 * @module
 * Create or edit a StartOS release (issue #15 item 3; spec registry-api.md §4.6
 * `os.version.add`, admins only): version (exver, fixed when editing), headline, Markdown notes
 * with a sanitized preview, and the upgrade-source range with the live range editor. Editing
 * sends `os.version.add` again with the same version: the registry overwrites the three texts
 * and keeps the images and authorized signers, and the form says so.
 */
import { useId, useState, type FormEvent } from 'react';
import { ActingKey } from '../../../components/acting-key.tsx';
import { ErrorView } from '../../../components/error-view.tsx';
import { announce } from '../../../components/live-region.tsx';
import { Button, TextField } from '../../../components/ui.tsx';
import type { OsVersionInfo } from '../../../../core/rpc/types.ts';
import { useT } from '../../../i18n/i18n.ts';
import { useSaveRelease } from '../api/save-release.ts';
import { osErrorOf } from '../lib/os-errors.ts';
import { checkDraft, releaseDraft, type ReleaseDraft } from '../lib/release-form.ts';
import { ReleaseNotesField } from './release-notes-field.tsx';
import { SourceRangeEditor } from './source-range-editor.tsx';

export function ReleaseForm({
  editing,
  versions,
  onDone,
}: {
  /** The release to edit, or null for a new one. */
  editing: { version: string; info: OsVersionInfo } | null;
  /** Every release of the registry, newest first. */
  versions: readonly string[];
  onDone: () => void;
}) {
  const id = useId();
  const t = useT();
  const save = useSaveRelease();
  const [draft, setDraft] = useState<ReleaseDraft>(() => releaseDraft(editing?.version, editing?.info));
  const [touched, setTouched] = useState(false);
  const check = checkDraft(draft, versions, editing !== null);
  const set = (patch: Partial<ReleaseDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const v = check.version;
  const versionError = !touched && draft.version === '' ? null : !v.ok ? v.message : v.exists ? t('os.form.versionExists', { version: v.version }) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    const params = check.params;
    if (!params) return;
    save.mutate(params, {
      onSuccess: () => {
        announce(t(editing ? 'os.form.saved' : 'os.form.created', { version: params.version }));
        onDone();
      },
    });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={editing ? t('os.form.editLabel', { version: editing.version }) : t('os.form.newLabel')}
      className="flex flex-col gap-4"
    >
      <ActingKey />
      {editing ? (
        <p className="text-sm">{t('os.form.editing', { version: editing.version })}</p>
      ) : (
        <TextField
          id={`${id}-version`}
          label={t('os.form.version')}
          value={draft.version}
          onChange={(e) => set({ version: e.target.value })}
          placeholder="0.4.0-beta.1"
          spellCheck={false}
          autoComplete="off"
          className="font-mono"
          error={versionError}
          hint={v.ok && v.normalized ? t('os.form.versionStored', { version: v.version }) : t('os.form.versionHelp')}
        />
      )}
      <TextField
        id={`${id}-headline`}
        label={t('os.form.headline')}
        value={draft.headline}
        onChange={(e) => set({ headline: e.target.value })}
        error={touched && check.headlineMissing ? t('os.form.headlineMissing') : null}
      />
      <ReleaseNotesField id={`${id}-notes`} value={draft.releaseNotes} onChange={(releaseNotes) => set({ releaseNotes })} />
      <SourceRangeEditor
        id={`${id}-source`}
        value={draft.sourceVersion}
        parsed={check.range}
        versions={versions.filter((x) => x !== editing?.version)}
        onChange={(sourceVersion) => set({ sourceVersion })}
      />
      <p className="text-sm text-slate-600 dark:text-slate-400">{editing ? t('os.form.editKeeps') : t('os.form.createAdds')}</p>
      {save.error !== null && <ErrorView error={save.error} describe={osErrorOf('release.save')} />}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" tone="primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : editing ? t('os.form.save') : t('os.form.create')}
        </Button>
        <Button onClick={onDone} disabled={save.isPending}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
