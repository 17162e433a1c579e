/**
 * @module
 * Passphrase + confirmation for a new or imported key (rules in lib/vault-rules.ts).
 */
import { TextField } from '../../../components/ui.tsx';
import { MIN_PASSPHRASE_LENGTH } from '../../../lib/vault/vault-rules.ts';
import type { FieldErrors } from './use-field-errors.ts';

const FIELDS = [
  {
    name: 'passphrase',
    label: 'Passphrase',
    hint: `At least ${MIN_PASSPHRASE_LENGTH} characters. It cannot be recovered: if you forget it, only an exported copy of the key can restore it.`,
  },
  { name: 'confirm', label: 'Confirm passphrase', hint: undefined },
] as const;

export function NewPassphraseFields({ idPrefix, errors, busy }: { idPrefix: string; errors: FieldErrors; busy: boolean }) {
  return FIELDS.map(({ name, label, hint }) => (
    <TextField
      key={name}
      id={`${idPrefix}-${name}`}
      name={name}
      type="password"
      label={label}
      autoComplete="new-password"
      aria-required
      readOnly={busy}
      hint={hint}
      error={errors[name]}
    />
  ));
}
