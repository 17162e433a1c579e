/**
 * @module
 * The frame the create and import forms share: a titled panel around an uncontrolled form with
 * the caller's own fields first, then key name, new passphrase and confirmation, the error that
 * belongs to no field, and the submit button. The caller reads the values at submit
 * (`readNewKey`), so the passphrase is never held in React state.
 */
import type { FormEvent, ReactNode } from 'react';
import { Button, Panel, TextField } from '../../../components/ui.tsx';
import { keyNameProblem, newPassphraseProblems, sameKeyName } from '../../../lib/vault/vault-rules.ts';
import { vaultErrorMessage } from '../../../lib/error-messages.ts';
import { NewPassphraseFields } from './new-passphrase-fields.tsx';
import { formString, type FieldErrors } from './use-field-errors.ts';
import { vaultErrorField, VaultErrorView } from './vault-error-view.tsx';
import { useT } from '../../../i18n/i18n.ts';

export function NewKeyForm({
  id,
  title,
  nameHint,
  errors,
  mutation,
  submitLabel,
  busyLabel,
  onSubmit,
  children,
}: {
  /** Prefix of every element id: `${id}-title`, `${id}-name`, `${id}-passphrase`, … */
  id: string;
  title: string;
  nameHint?: string;
  errors: FieldErrors;
  /** The create or import mutation: busy while pending; its error is shown here when it belongs to no field. */
  mutation: { isPending: boolean; error: unknown };
  submitLabel: string;
  busyLabel: string;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const { isPending: busy, error } = mutation;
  const t = useT();
  return (
    <Panel title={<span id={`${id}-title`}>{title}</span>}>
      <form aria-labelledby={`${id}-title`} noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
        {children}
        <TextField id={`${id}-name`} name="name" label={t('keys.name')} autoComplete="off" aria-required readOnly={busy} hint={nameHint} error={errors.name} />
        <NewPassphraseFields idPrefix={id} errors={errors} busy={busy} />
        {error && vaultErrorField(error) === null ? <VaultErrorView error={error} /> : null}
        <div>
          <Button type="submit" tone="primary" disabled={busy}>
            {busy ? busyLabel : submitLabel}
          </Button>
        </div>
      </form>
    </Panel>
  );
}

/**
 * The name and passphrase a `NewKeyForm` holds, with the problem of each field: a bad or taken
 * name (compared with the names in the vault), a short passphrase, a confirmation that differs.
 */
export function readNewKey(data: FormData, vaultNames: readonly { name: string }[] | undefined) {
  const name = formString(data, 'name');
  const passphrase = formString(data, 'passphrase');
  const taken = vaultNames?.some((r) => sameKeyName(r.name, name));
  const problems: FieldErrors = {
    name: keyNameProblem(name) ?? (taken ? vaultErrorMessage('VAULT_DUPLICATE_NAME') : undefined),
    ...newPassphraseProblems(passphrase, formString(data, 'confirm')),
  };
  return { name, passphrase, problems };
}
