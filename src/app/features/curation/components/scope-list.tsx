/**
 * @module
 * The signers scoped to one package (`package.signer.list`) with their range and how many
 * published versions it covers; change or revoke each (revoking asks once more).
 */
import { useState } from 'react';
import { announce } from '../../../components/live-region.tsx';
import { Button } from '../../../components/ui.tsx';
import type { SignerInfo } from '../../../../core/rpc/types.ts';
import { useRemovePackageScope } from '../api/remove-package-scope.ts';
import { coveredVersions } from '../../../lib/range-editor.ts';
import { ActionError } from './action-error.tsx';
import { useT } from '../../../i18n/i18n.ts';

export function ScopeList({ pkg, scopes, versions, admins, onEdit }: { pkg: string; scopes: Record<string, [SignerInfo, string]>; versions: string[]; admins: string[]; onEdit: (guid: string) => void }) {
  const remove = useRemovePackageScope();
  const [confirm, setConfirm] = useState<string | null>(null);
  const t = useT();
  const rows = Object.entries(scopes).sort(([, [a]], [, [b]]) => a.name.localeCompare(b.name));
  if (rows.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t('scope.none', { id: pkg })}</p>;
  return (
    <div className="flex flex-col gap-2">
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800" aria-label={t('scope.listLabel', { id: pkg })}>
        {rows.map(([guid, [info, range]]) => {
          const covered = coveredVersions(range, versions).length;
          return (
            <li key={guid} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 text-sm" data-testid={`scope-${guid}`}>
              <span className="min-w-[8rem] flex-1">
                <span className="font-medium">{info.name}</span>
                {admins.includes(guid) && <span className="text-xs text-slate-600 dark:text-slate-400"> {t('scope.adminMark')}</span>}
                <code className="block break-all text-xs" data-testid="scope-range">
                  {range}
                </code>
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  {t('scope.covers', { covered, total: versions.length })}
                </span>
              </span>
              {confirm === guid ? (
                <span className="flex flex-wrap items-center gap-2" role="group" aria-label={t('scope.revokeNamed', { name: info.name })}>
                  <span>{t('scope.revokeQuestion', { name: info.name })}</span>
                  <Button
                    tone="danger"
                    disabled={remove.isPending}
                    onClick={() =>
                      remove.mutate({ id: pkg, signer: guid }, { onSuccess: () => announce(t('scope.revoked', { name: info.name, id: pkg })), onSettled: () => setConfirm(null) })
                    }
                  >
                    {t('scope.revoke')}
                  </Button>
                  <Button onClick={() => setConfirm(null)}>{t('scope.keep')}</Button>
                </span>
              ) : (
                <span className="flex gap-1">
                  <Button onClick={() => onEdit(guid)} aria-label={t('scope.changeRangeNamed', { name: info.name })}>
                    {t('scope.changeRange')}
                  </Button>
                  <Button tone="ghost" className="!text-red-700 dark:!text-red-400" onClick={() => setConfirm(guid)} aria-label={t('scope.revokeNamed', { name: info.name })}>
                    {t('scope.revoke')}
                  </Button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <ActionError action="scope.remove" error={remove.error} />
    </div>
  );
}
