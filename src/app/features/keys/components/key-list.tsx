/**
 * @module
 * The stored keys, one card each; the unlocked one is marked. After a delete, focus moves to
 * this list's heading.
 */
import { ErrorView } from '../../../components/error-view.tsx';
import { Panel, Spinner } from '../../../components/ui.tsx';
import { useVaultKeys } from '../../../lib/vault/get-vault-keys.ts';
import { KeyCard } from './key-card.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';

export const KEY_LIST_TITLE_ID = 'vault-list-title';

export function KeyList({ focusId, onDeleted }: { focusId: string | null; onDeleted: () => void }) {
  const { data, error, isPending, refetch } = useVaultKeys();
  const t = useT();
  return (
    <Panel
      title={
        <span id={KEY_LIST_TITLE_ID} tabIndex={-1}>
          {t('keys.stored')}
        </span>
      }
    >
      {isPending ? (
        <Spinner label={t('keys.loading')} />
      ) : error ? (
        <ErrorView error={error} onRetry={() => void refetch()} />
      ) : data.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Trans k="keys.none" />
        </p>
      ) : (
        <ul className="grid gap-3 xl:grid-cols-2" aria-labelledby={KEY_LIST_TITLE_ID}>
          {data.map((r) => (
            <li key={r.id} className="min-w-0">
              <KeyCard record={r} focusOnMount={r.id === focusId} onDeleted={onDeleted} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
