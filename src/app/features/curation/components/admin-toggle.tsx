/**
 * @module
 * Grant or revoke administrator rights (`admin.add` / `admin.remove`) with the last-admin guard:
 * revoking the only admin is refused (the card says why, `noteId`); revoking yourself asks again.
 */
import { useState } from 'react';
import { announce } from '../../../components/live-region.tsx';
import { Button } from '../../../components/ui.tsx';
import { useSetAdmin } from '../api/set-admin.ts';
import { checkAdminAction } from '../../../lib/admin-guard.ts';
import { ActionError } from './action-error.tsx';
import { warnBoxClass } from './styles.ts';
import { useT } from '../../../i18n/i18n.ts';

export function AdminToggle({ guid, name, admins, me, noteId }: { guid: string; name: string; admins: string[]; me: string | null; noteId: string }) {
  const set = useSetAdmin();
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const isAdmin = admins.includes(guid);
  const run = (admin: boolean) =>
    set.mutate(
      { guid, admin },
      {
        onSuccess: () => announce(t(admin ? 'admin.granted' : 'admin.revoked', { name })),
        onSettled: () => setConfirming(false),
      },
    );

  if (!isAdmin) {
    return (
      <>
        <Button onClick={() => run(true)} disabled={set.isPending}>
          {t('admin.grant')}
        </Button>
        <div className="order-last basis-full empty:hidden">
          <ActionError action="admin.grant" error={set.error} />
        </div>
      </>
    );
  }
  const verdict = checkAdminAction({ admins, target: guid, me, action: 'revoke' });
  return (
    <>
      <Button
        onClick={() => (verdict.allowed && verdict.warning ? setConfirming(true) : run(false))}
        disabled={!verdict.allowed || set.isPending || confirming}
        aria-describedby={!verdict.allowed ? noteId : undefined}
      >
        {t('admin.revoke')}
      </Button>
      {confirming && verdict.allowed && (
        <div role="alert" className={`${warnBoxClass} order-last flex basis-full flex-col gap-2`}>
          <p>{verdict.warning}</p>
          <div className="flex flex-wrap gap-2">
            <Button tone="danger" onClick={() => run(false)} disabled={set.isPending}>
              {t('admin.revokeMine')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('admin.keep')}</Button>
          </div>
        </div>
      )}
      <div className="order-last basis-full empty:hidden">
        <ActionError action="admin.revoke" error={set.error} />
      </div>
    </>
  );
}
