/**
 * @module
 * Asks for an existing key's passphrase (to unlock or export it). Uncontrolled: the passphrase
 * is read from the form at submit and never kept in React state. A wrong passphrase is shown
 * under the field, tied to it with aria-describedby, and the field is focused and selected.
 */
import { useEffect, type FormEvent, type ReactNode } from 'react';
import { Button, TextField } from '../../../components/ui.tsx';
import { vaultErrorField, vaultErrorMessage, VaultErrorView } from './vault-error-view.tsx';

export interface PassphrasePromptProps {
  id: string;
  /** The key's name, offered to password managers as the account the passphrase belongs to. */
  keyName: string;
  label: string;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  error: unknown;
  description?: ReactNode;
  onSubmit: (passphrase: string) => void;
  onCancel: () => void;
}

export function PassphrasePrompt({ id, keyName, label, submitLabel, busyLabel, busy, error, description, onSubmit, onCancel }: PassphrasePromptProps) {
  const inputId = `${id}-passphrase`;
  const input = () => document.getElementById(inputId) as HTMLInputElement | null;
  const fieldError = error && vaultErrorField(error) === 'passphrase' ? vaultErrorMessage(error) : null;
  useEffect(() => {
    // Runs again for each new error object, so a second wrong try selects the field again.
    if (fieldError && error) (document.getElementById(inputId) as HTMLInputElement | null)?.select();
  }, [error, fieldError, inputId]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const passphrase = String(new FormData(e.currentTarget).get('passphrase') ?? '');
    if (passphrase) onSubmit(passphrase);
    else input()?.focus();
  };

  return (
    <form
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && !busy && onCancel()}
      className="mt-3 flex flex-col gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700"
    >
      {description}
      <input type="text" name="username" autoComplete="username" value={keyName} readOnly hidden />
      <TextField
        id={inputId}
        name="passphrase"
        type="password"
        label={label}
        autoComplete="current-password"
        autoFocus
        required
        readOnly={busy}
        error={fieldError}
      />
      {error && !fieldError ? <VaultErrorView error={error} /> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" tone="primary" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
