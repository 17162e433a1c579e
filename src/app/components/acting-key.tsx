/**
 * @module
 * The key that signs the current registry's writes (issue 14 item 2), shown on every write
 * surface: "Signs as <name> (<fingerprint>)", or which key must be unlocked first when the
 * registry names its own key (registries.ts `keyId`) and another one (or none) is unlocked.
 * Which key acts is decided in one place, registry-scope.tsx; this only says it. It is in the
 * first download (the registry header): the key list and the fingerprint code load on demand.
 */
import { Link } from 'react-router';
import { paths } from '../lib/paths.ts';
import { useRegistryScope } from '../lib/registry-scope.tsx';
import { useKeyFingerprint, useVaultKeys } from '../lib/vault/get-vault-keys.ts';
import { useUnlockedKey } from '../lib/vault-session.ts';
import { useT } from '../i18n/i18n.ts';

/** What the line says: the signing key, the key to unlock, a default key gone from the vault, or nothing. */
export type ActingKeyView =
  | { kind: 'signs' | 'unlock'; name: string; publicKeyPem: string }
  | { kind: 'missing' }
  | null;

/** The view for the current registry scope. */
export function useActingKeyView(): ActingKeyView {
  const { keyUse, actingKeyId } = useRegistryScope();
  const unlocked = useUnlockedKey();
  const records = useVaultKeys().data;
  if (keyUse === 'signs' && unlocked) return { kind: 'signs', name: unlocked.name, publicKeyPem: unlocked.publicKeyPem };
  if (actingKeyId === null || (keyUse !== 'wrong-key' && keyUse !== 'no-key')) return null;
  if (!records) return null;
  const record = records.find((r) => r.id === actingKeyId);
  return record ? { kind: 'unlock', name: record.name, publicKeyPem: record.publicKeyPem } : { kind: 'missing' };
}

/** The compact line; renders nothing when no key can act (the header explains that case). */
export function ActingKey({ className = '' }: { className?: string }) {
  const t = useT();
  const view = useActingKeyView();
  const pem = view && view.kind !== 'missing' ? view.publicKeyPem : null;
  const fingerprint = useKeyFingerprint(pem) ?? '…';
  if (!view) return null;
  const mono = <span className="break-all font-mono text-xs">{fingerprint}</span>;
  if (view.kind === 'signs') {
    return (
      <p className={`text-sm text-slate-700 dark:text-slate-300 ${className}`} data-testid="acting-key">
        {t('actingKey.signsAs', { name: view.name })} ({mono})
      </p>
    );
  }
  return (
    <p className={`text-sm text-amber-800 dark:text-amber-300 ${className}`} data-testid="acting-key">
      {view.kind === 'missing' ? t('actingKey.missing') : <>{t('actingKey.unlock', { name: view.name })} ({mono})</>}{' '}
      <Link className="underline" to={paths.keys.getHref()}>
        {t('actingKey.openKeys')}
      </Link>
    </p>
  );
}
