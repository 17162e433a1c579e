/**
 * @module
 * Imports `developer.key.pem` (start-cli init-key / npm run keygen, PKCS#8 v1 or v2) by drop,
 * file picker or paste, under a name and a new passphrase. The PEM is read from the file or
 * the uncontrolled paste box at submit; it is never held in React state.
 */
import { useCallback, useState, type FormEvent } from 'react';
import { focusRing } from '../../../components/ui.tsx';
import { announce, toast } from '../../../components/live-region.tsx';
import { useImportKey } from '../api/import-key.ts';
import { useVaultKeys } from '../../../lib/vault/get-vault-keys.ts';
import { nameFromFileName } from '../../../lib/vault/vault-rules.ts';
import { KeyFileDrop } from './key-file-drop.tsx';
import { NewKeyForm, readNewKey } from './new-key-form.tsx';
import { formString, useFieldErrors } from './use-field-errors.ts';
import type { VaultField } from './vault-error-view.tsx';
import { useT } from '../../../i18n/i18n.ts';

const ID = 'vault-import';
/** A key file is a few hundred bytes; refuse to read anything large. */
const MAX_FILE_BYTES = 64 * 1024;

export function ImportKeyForm({ iterations, onImported }: { iterations?: number; onImported: (id: string) => void }) {
  const importKey = useImportKey({ iterations });
  const { data: records } = useVaultKeys();
  const [file, setFile] = useState<File | null>(null);
  const idOf = useCallback((f: VaultField) => (f === 'pem' && file ? `${ID}-file` : `${ID}-${f}`), [file]);
  const { errors, show, showError } = useFieldErrors(idOf);
  const busy = importKey.isPending;
  const pemHelp = `${ID}-pem-help`;
  const t = useT();

  const chooseFile = (f: File | null) => {
    setFile(f);
    show({});
    if (!f) return;
    const name = document.getElementById(`${ID}-name`) as HTMLInputElement | null;
    if (name && !name.value) name.value = nameFromFileName(f.name);
    announce(t('keys.selectedAnnounce', { file: f.name }));
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const data = new FormData(form);
    const pem = file ? (file.size > MAX_FILE_BYTES ? null : await file.text()) : formString(data, 'pem');
    const { name, passphrase, problems } = readNewKey(data, records);
    importKey.reset();
    const pemProblem = pem === null ? t('keys.fileTooLarge') : pem.trim() ? undefined : t('keys.pemMissing');
    if (show({ pem: pemProblem, ...problems }) || pem === null) return;
    importKey.mutate(
      { name, pem, passphrase },
      {
        onSuccess: (record) => {
          form.reset();
          setFile(null);
          importKey.reset();
          toast('success', t('keys.imported', { name: record.name }));
          onImported(record.id);
        },
        onError: showError,
      },
    );
  };

  return (
    <NewKeyForm
      id={ID}
      title={t('keys.importTitle')}
      errors={errors}
      mutation={importKey}
      submitLabel={t('keys.import')}
      busyLabel={t('keys.importing')}
      onSubmit={submit}
    >
      <KeyFileDrop id={`${ID}-file`} file={file} onFile={chooseFile} describedBy={errors.pem ? pemHelp : undefined}>
        {!file && (
          <div className="flex flex-col gap-1">
            <label htmlFor={`${ID}-pem`} className="text-sm font-medium">
              {t('keys.pastePem')}
            </label>
            <textarea
              id={`${ID}-pem`}
              name="pem"
              rows={4}
              readOnly={busy}
              placeholder="-----BEGIN PRIVATE KEY-----"
              spellCheck={false}
              autoComplete="off"
              autoCapitalize="off"
              autoCorrect="off"
              aria-invalid={errors.pem ? true : undefined}
              aria-describedby={errors.pem ? pemHelp : undefined}
              className={`rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-950 ${focusRing}`}
            />
          </div>
        )}
        {errors.pem && (
          <p id={pemHelp} className="text-xs text-red-700 dark:text-red-400">
            {errors.pem}
          </p>
        )}
      </KeyFileDrop>
    </NewKeyForm>
  );
}
