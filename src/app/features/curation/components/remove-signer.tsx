/**
 * @module
 * Remove a signer, explaining the registry's cascade first (spec registry-api.md §4.7): their
 * scope on every package, their OS-release rights and their admin status go too. The only admin
 * cannot be removed.
 */
import { announce } from '../../../components/live-region.tsx';
import { Button } from '../../../components/ui.tsx';
import { useRemoveSigner } from '../api/remove-signer.ts';
import { checkAdminAction } from '../../../lib/admin-guard.ts';
import { ActionError } from './action-error.tsx';
import { warnBoxClass } from './styles.ts';
import { useT } from '../../../i18n/i18n.ts';

export interface RemoveSignerProps {
  guid: string;
  name: string;
  admins: string[];
  me: string | null;
  scopes: [string, string][];
  onClose: () => void;
  onRemoved: () => void;
}

export function RemoveSigner({ guid, name, admins, me, scopes, onClose, onRemoved }: RemoveSignerProps) {
  const remove = useRemoveSigner();
  const t = useT();
  const verdict = checkAdminAction({ admins, target: guid, me, action: 'remove' });
  if (!verdict.allowed) {
    return (
      <div role="alert" className={`${warnBoxClass} flex flex-col gap-2`}>
        <p>{verdict.reason}</p>
        <Button className="self-start" onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>
    );
  }
  const isAdmin = admins.includes(guid);
  return (
    <div className="flex flex-col gap-3 rounded-md border border-red-300 p-3 text-sm dark:border-red-800" role="group" aria-label={t('signer.removeNamed', { name })}>
      <p className="font-medium">{t('signer.removeQuestion', { name })}</p>
      <ul className="list-disc ps-5">
        <li>
          {scopes.length === 0 ? t('signer.removeNoScopes') : t('signer.removeScopes', { count: scopes.length, list: scopes.map(([id, r]) => `${id} (${r})`).join(', ') })}
        </li>
        <li>{t('signer.removeOsRights')}</li>
        {isAdmin && <li>{t('signer.removeAdminRights')}</li>}
      </ul>
      <p className="text-slate-600 dark:text-slate-400">{t('signer.removeKeepsVersions')}</p>
      {verdict.warning && <p className={warnBoxClass}>{verdict.warning}</p>}
      <ActionError action="signer.remove" error={remove.error} />
      <div className="flex flex-wrap gap-2">
        <Button
          tone="danger"
          disabled={remove.isPending}
          onClick={() =>
            remove.mutate(guid, {
              onSuccess: () => {
                announce(t('signer.removed', { name, count: scopes.length }));
                onRemoved();
              },
            })
          }
        >
          {remove.isPending ? t('signer.removing') : t('signer.removeNamed', { name })}
        </Button>
        <Button onClick={onClose} disabled={remove.isPending}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
