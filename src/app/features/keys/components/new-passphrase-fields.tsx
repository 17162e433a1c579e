/**
 * @module
 * Passphrase + confirmation for a new or imported key (rules in lib/vault-rules.ts).
 */
import { TextField } from '../../../components/ui.tsx';
import { MIN_PASSPHRASE_LENGTH } from '../../../lib/vault/vault-rules.ts';
import type { FieldErrors } from './use-field-errors.ts';

export function NewPassphraseFields({ idPrefix, errors, busy }: { idPrefix: string; errors: FieldErrors; busy: boolean }) {
  return (
    <>
      <TextField
        id={`${idPrefix}-passphrase`}
        name="passphrase"
        type="password"
        label="Passphrase"
        autoComplete="new-password"
        aria-required
        readOnly={busy}
        hint={`At least ${MIN_PASSPHRASE_LENGTH} characters. It cannot be recovered: if you forget it, only an exported copy of the key can restore it.`}
        error={errors.passphrase}
      />
      <TextField
        id={`${idPrefix}-confirm`}
        name="confirm"
        type="password"
        label="Confirm passphrase"
        autoComplete="new-password"
        aria-required
        readOnly={busy}
        error={errors.confirm}
      />
    </>
  );
}
