/**
 * @module
 * Vault errors as words: which form field an error belongs to (so it can be shown next to the
 * field and tied to it with aria-describedby), and an alert for everything else.
 */
import { isCoreError } from '../../../../core/errors.ts';
import { describeError, vaultErrorMessage as codeMessage } from '../../../lib/error-messages.ts';
import { ErrorView } from '../../../components/error-view.tsx';
import { isVaultError } from '../../../lib/vault/vault-errors.ts';
import { translate, useT } from '../../../i18n/i18n.ts';

export type VaultField = 'name' | 'pem' | 'passphrase' | 'confirm';

/** A human message for any error a vault mutation can throw. */
export function vaultErrorMessage(e: unknown): string {
  if (isVaultError(e, 'VAULT_DUPLICATE_KEY')) {
    const existing = e.detail.existingName;
    return typeof existing === 'string' ? translate('errors.vaultDuplicateKeyAs', { name: existing }) : codeMessage('VAULT_DUPLICATE_KEY');
  }
  // Input problems carry their own human message (from vault-rules).
  if (isVaultError(e, 'VAULT_BAD_INPUT')) return e.message;
  if (isVaultError(e)) return codeMessage(e.code);
  return describeError(e).title;
}

/** The form field an error belongs to, or null when it concerns the whole action. */
export function vaultErrorField(e: unknown): VaultField | null {
  if (isVaultError(e, 'VAULT_WRONG_PASSPHRASE')) return 'passphrase';
  if (isVaultError(e, 'VAULT_DUPLICATE_NAME')) return 'name';
  if (isVaultError(e, 'VAULT_DUPLICATE_KEY')) return 'pem';
  if (isVaultError(e, 'VAULT_BAD_INPUT')) {
    const f = e.detail.field;
    return f === 'name' || f === 'passphrase' ? f : null;
  }
  if (isCoreError(e) && /^(PEM_|KEY_|BYTES_BAD_BASE64)/.test(e.code)) return 'pem';
  return null;
}

/** An alert for an error that belongs to no single field. */
export function VaultErrorView({ error }: { error: unknown }) {
  const t = useT();
  if (!isVaultError(error)) return <ErrorView error={error} />;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <p className="font-medium">{vaultErrorMessage(error)}</p>
      <p className="mt-1 text-xs opacity-75">{t('error.code', { code: error.code })}</p>
    </div>
  );
}
