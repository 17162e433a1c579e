/**
 * @module
 * Asks for an existing key's passphrase (to unlock or export it). Uncontrolled: the passphrase
 * is read from the form at submit and never kept in React state. A wrong passphrase is shown
 * under the field, tied to it with aria-describedby, and the field is focused and selected.
 */
import { useEffect, type FormEvent, type ReactNode } from 'react';
import { TextField } from '../../../components/ui.tsx';
import type { VaultRecord } from '../../../lib/vault/vault-record.ts';
import { KeyCardForm } from './key-card-form.tsx';
import { vaultErrorField, vaultErrorMessage, VaultErrorView } from './vault-error-view.tsx';
import { useT } from '../../../i18n/i18n.ts';

export interface PassphrasePromptProps {
  id: string;
  /** The key whose passphrase is asked; its name is offered to password managers as the account. */
  record: VaultRecord;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  error: unknown;
  description?: ReactNode;
  onSubmit: (input: { id: string; passphrase: string }) => void;
  onCancel: () => void;
}

export function PassphrasePrompt({ id, record, submitLabel, busyLabel, busy, error, description, onSubmit, onCancel }: PassphrasePromptProps) {
  const inputId = `${id}-passphrase`;
  const t = useT();
  const input = () => document.getElementById(inputId) as HTMLInputElement | null;
  const fieldError = error && vaultErrorField(error) === 'passphrase' ? vaultErrorMessage(error) : null;
  useEffect(() => {
    // Runs again for each new error object, so a second wrong try selects the field again.
    if (fieldError && error) (document.getElementById(inputId) as HTMLInputElement | null)?.select();
  }, [error, fieldError, inputId]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const passphrase = String(new FormData(e.currentTarget).get('passphrase') ?? '');
    if (passphrase) onSubmit({ id: record.id, passphrase });
    else input()?.focus();
  };

  return (
    <KeyCardForm tone="primary" busy={busy} submitLabel={submitLabel} busyLabel={busyLabel} onSubmit={submit} onCancel={onCancel}>
      {description}
      <input type="text" name="username" autoComplete="username" value={record.name} readOnly hidden />
      <TextField
        id={inputId}
        name="passphrase"
        type="password"
        label={t('keys.passphraseFor', { name: record.name })}
        autoComplete="current-password"
        autoFocus
        required
        readOnly={busy}
        error={fieldError}
      />
      {error && !fieldError ? <VaultErrorView error={error} /> : null}
    </KeyCardForm>
  );
}
