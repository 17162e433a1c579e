/**
 * @module
 * Passphrase + confirmation for a new or imported key (rules in lib/vault-rules.ts).
 */
import { TextField } from '../../../components/ui.tsx';
import { MIN_PASSPHRASE_LENGTH } from '../../../lib/vault/vault-rules.ts';
import type { FieldErrors } from './use-field-errors.ts';
import { useT } from '../../../i18n/i18n.ts';

const FIELDS = [
  { name: 'passphrase', label: 'keys.passphrase', hint: 'keys.passphraseHint' },
  { name: 'confirm', label: 'keys.confirmPassphrase', hint: undefined },
] as const;

export function NewPassphraseFields({ idPrefix, errors, busy }: { idPrefix: string; errors: FieldErrors; busy: boolean }) {
  const t = useT();
  return FIELDS.map(({ name, label, hint }) => (
    <TextField
      key={name}
      id={`${idPrefix}-${name}`}
      name={name}
      type="password"
      label={t(label)}
      autoComplete="new-password"
      aria-required
      readOnly={busy}
      hint={hint && t(hint, { min: MIN_PASSPHRASE_LENGTH })}
      error={errors[name]}
    />
  ));
}
