/**
 * @module
 * The key that acts on a registry, shown on every write (issue 14 item 2), or why nothing can
 * be written there yet.
 */
import { Link } from 'react-router';
import { paths } from '../../../lib/paths.ts';
import { useT, type MessageKey } from '../../../i18n/i18n.ts';
import type { ActingKey, ActingProblem } from '../api/use-acting-key.ts';

const PROBLEM: Record<Exclude<ActingProblem, null>, MessageKey> = {
  'not-saved': 'channels.key.notSaved',
  locked: 'channels.key.locked',
  'wrong-key': 'channels.key.wrongKey',
  'no-rights': 'channels.key.noRights',
};

export function ActingKeyNote({ acting, label }: { acting: ActingKey; label: string }) {
  const t = useT();
  if (acting.problem) {
    return (
      <p className="text-sm text-amber-800 dark:text-amber-300">
        {t(PROBLEM[acting.problem], { label, key: acting.defaultKeyName ?? '' })}{' '}
        {acting.problem !== 'no-rights' && acting.problem !== 'not-saved' && (
          <Link className="underline" to={paths.keys.getHref()}>
            {t('channels.key.openKeys')}
          </Link>
        )}
      </p>
    );
  }
  return <p className="text-sm" data-testid="acting-key">{t('channels.key.acting', { label, key: acting.actingName ?? '' })}</p>;
}
