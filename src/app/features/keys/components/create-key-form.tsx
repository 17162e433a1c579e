/**
 * @module
 * Generates a new key: name, passphrase, confirmation. Uncontrolled fields (the passphrase is
 * read at submit, never held in React state); errors sit under their fields.
 */
import type { FormEvent } from 'react';
import { Button, Panel, TextField } from '../../../components/ui.tsx';
import { toast } from '../../../components/live-region.tsx';
import { useCreateKey } from '../api/create-key.ts';
import { useVaultKeys } from '../api/get-vault-keys.ts';
import { keyNameProblem, newPassphraseProblems, sameKeyName } from '../../../lib/vault/vault-rules.ts';
import { VAULT_ERROR_MESSAGES } from '../../../lib/vault/vault-errors.ts';
import { NewPassphraseFields } from './new-passphrase-fields.tsx';
import { formString, useFieldErrors } from './use-field-errors.ts';
import { vaultErrorField, VaultErrorView, type VaultField } from './vault-error-view.tsx';

const ID = 'vault-create';
const idOf = (f: VaultField) => `${ID}-${f}`;

export function CreateKeyForm({ iterations, onCreated }: { iterations?: number; onCreated: (id: string) => void }) {
  const create = useCreateKey({ iterations });
  const { data: records } = useVaultKeys();
  const { errors, show, showError } = useFieldErrors(idOf);
  const busy = create.isPending;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const data = new FormData(form);
    const name = formString(data, 'name');
    const passphrase = formString(data, 'passphrase');
    const taken = records?.some((r) => sameKeyName(r.name, name));
    const problems = {
      name: keyNameProblem(name) ?? (taken ? VAULT_ERROR_MESSAGES.VAULT_DUPLICATE_NAME : undefined),
      ...newPassphraseProblems(passphrase, formString(data, 'confirm')),
    };
    create.reset();
    if (show(problems)) return;
    create.mutate(
      { name, passphrase },
      {
        onSuccess: (record) => {
          form.reset();
          create.reset();
          toast('success', `Key "${record.name}" created. Export a copy and keep it somewhere safe.`);
          onCreated(record.id);
        },
        onError: showError,
      },
    );
  };

  return (
    <Panel title={<span id={`${ID}-title`}>Create a key</span>}>
      <form aria-labelledby={`${ID}-title`} noValidate onSubmit={submit} className="flex flex-col gap-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          A new Ed25519 key, generated in this browser and stored encrypted with your passphrase.
        </p>
        <TextField id={idOf('name')} name="name" label="Key name" autoComplete="off" aria-required readOnly={busy} hint="For example: work laptop." error={errors.name} />
        <NewPassphraseFields idPrefix={ID} errors={errors} busy={busy} />
        {create.error && vaultErrorField(create.error) === null ? <VaultErrorView error={create.error} /> : null}
        <div>
          <Button type="submit" tone="primary" disabled={busy}>
            {busy ? 'Creating key…' : 'Create key'}
          </Button>
        </div>
      </form>
    </Panel>
  );
}
