/**
 * @module
 * The key that acts on a registry, shown on every write (issue 14 item 2), or why nothing can
 * be written there yet.
 */
import { Link } from 'react-router';
import { paths } from '../lib/paths.ts';
import { useKeyFingerprint } from '../lib/vault/get-vault-keys.ts';
import { useT, type MessageKey } from '../i18n/i18n.ts';
import type { ActingKeyFor, ActingKeyProblem } from '../lib/acting-key-for.ts';

const PROBLEM: Record<Exclude<ActingKeyProblem, null>, MessageKey> = {
  'not-saved': 'actingKey.for.notSaved',
  locked: 'actingKey.for.locked',
  'wrong-key': 'actingKey.for.wrongKey',
  'no-rights': 'actingKey.for.noRights',
};

export function ActingKeyForNote({ acting, label }: { acting: ActingKeyFor; label: string }) {
  const t = useT();
  const fingerprint = useKeyFingerprint(acting.actingPem) ?? '…';
  if (acting.problem) {
    return (
      <p className="text-sm text-amber-800 dark:text-amber-300">
        {t(PROBLEM[acting.problem], { label, key: acting.defaultKeyName ?? '' })}{' '}
        {acting.problem !== 'no-rights' && acting.problem !== 'not-saved' && (
          <Link className="underline" to={paths.keys.getHref()}>
            {t('actingKey.for.openKeys')}
          </Link>
        )}
      </p>
    );
  }
  return (
    <p className="text-sm" data-testid="acting-key">
      {t('actingKey.for.acting', { label, key: acting.actingName ?? '' })} (<span className="break-all font-mono text-xs">{fingerprint}</span>)
    </p>
  );
}
