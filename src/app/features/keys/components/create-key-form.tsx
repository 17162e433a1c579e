/**
 * @module
 * Generates a new key: name, passphrase, confirmation. Uncontrolled fields (the passphrase is
 * read at submit, never held in React state); errors sit under their fields.
 */
import type { FormEvent } from 'react';
import { toast } from '../../../components/live-region.tsx';
import { useCreateKey } from '../api/create-key.ts';
import { useVaultKeys } from '../../../lib/vault/get-vault-keys.ts';
import { NewKeyForm, readNewKey } from './new-key-form.tsx';
import { useFieldErrors } from './use-field-errors.ts';
import type { VaultField } from './vault-error-view.tsx';
import { useT } from '../../../i18n/i18n.ts';

const ID = 'vault-create';
const idOf = (f: VaultField) => `${ID}-${f}`;

export function CreateKeyForm({ iterations, onCreated }: { iterations?: number; onCreated: (id: string) => void }) {
  const create = useCreateKey({ iterations });
  const { data: records } = useVaultKeys();
  const { errors, show, showError } = useFieldErrors(idOf);
  const busy = create.isPending;
  const t = useT();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const { name, passphrase, problems } = readNewKey(new FormData(form), records);
    create.reset();
    if (show(problems)) return;
    create.mutate(
      { name, passphrase },
      {
        onSuccess: (record) => {
          form.reset();
          create.reset();
          toast('success', t('keys.created', { name: record.name }));
          onCreated(record.id);
        },
        onError: showError,
      },
    );
  };

  return (
    <NewKeyForm
      id={ID}
      title={t('keys.createTitle')}
      nameHint={t('keys.nameHint')}
      errors={errors}
      mutation={create}
      submitLabel={t('keys.create')}
      busyLabel={t('keys.creating')}
      onSubmit={submit}
    >
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t('keys.createAbout')}
      </p>
    </NewKeyForm>
  );
}
