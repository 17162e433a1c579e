/**
 * @module
 * Managing one version: per variant its download URLs (remove a mirror — never the last URL of
 * a variant), add a mirror, remove the variant; and removing the whole version. Every removal
 * shows what it takes away first.
 */
import { hardwareLabel } from '../../../../lib/hardware-label.ts';
import type { PackageVersionInfo } from '../../../../../core/rpc/types.ts';
import { ErrorView } from '../../../../components/error-view.tsx';
import { announce } from '../../../../components/live-region.tsx';
import { Button } from '../../../../components/ui.tsx';
import { canRemoveUrl } from '../../../../../core/registry/mirror-urls.ts';
import { useRemove } from '../../../../lib/package-removal.ts';
import { useRemoveMirror } from '../../../../lib/mirror-mutations.ts';
import { shortenMiddle } from '../../lib/format.ts';
import { describeImpact, removalMessage, variantRemovalImpact, versionRemovalImpact, type Dependent } from '../../lib/manage.ts';
import { AddMirrorForm } from '../../../../components/add-mirror-form.tsx';
import { ConfirmAction } from '../../../../components/confirm-action.tsx';
import { DependentsNote } from './dependents-note.tsx';
import { useT } from '../../../../i18n/i18n.ts';

export function VersionManage({ id, version, info, dependents }: { id: string; version: string; info: PackageVersionInfo; dependents: Dependent[] }) {
  const removeMirror = useRemoveMirror();
  const removeVariant = useRemove();
  const removeVersion = useRemove();
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <ol className="flex flex-col gap-3">
        {info.s9pks.map(([hw, asset], i) => {
          const label = t('manage.variantLabel', { n: i + 1, hardware: hardwareLabel(hw, t) });
          const sighash = asset.commitment.rootSighash;
          const impact = variantRemovalImpact(info, sighash);
          return (
            <li key={sighash + i} aria-label={t('manage.variantOf', { n: i + 1, version })} className="flex flex-col gap-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
              <p className="text-sm font-medium">
                {t('manage.variantHeading', { n: i + 1, hardware: hardwareLabel(hw, t) })} <code className="text-xs font-normal" title={sighash}>{shortenMiddle(sighash)}</code>
              </p>
              <ul className="flex flex-col gap-1 text-xs">
                {asset.urls.map((u) => (
                  <li key={u} className="flex flex-wrap items-center gap-2">
                    <span className="break-all font-mono">{u}</span>
                    {canRemoveUrl(info, u) ? (
                      <Button
                        tone="ghost"
                        className="!px-2 !py-0.5 text-xs"
                        aria-label={t('manage.removeMirror', { url: u })}
                        disabled={removeMirror.isPending}
                        onClick={() => removeMirror.mutate({ id, version, url: u }, { onSuccess: () => announce(t('manage.mirrorRemoved', { url: u, version })) })}
                      >
                        {t('registries.remove')}
                      </Button>
                    ) : (
                      <span className="text-slate-600 dark:text-slate-400">{t('manage.onlyUrl')}</span>
                    )}
                  </li>
                ))}
              </ul>
              <AddMirrorForm commitment={asset.commitment} variantLabel={label} />
              <div>
                <ConfirmAction
                  label={t('manage.removeVariant', { n: i + 1, version })}
                  confirmLabel={t('manage.removeTheVariant')}
                  pending={removeVariant.isPending}
                  error={removeVariant.error}
                  onConfirm={() => removeVariant.mutate({ id, version, sighash }, { onSuccess: (removed) => announce(removalMessage(removed, t('manage.variantOfVersion', { variant: label, version }))) })}
                >
                  <p>
                    {t('manage.removeVariantImpact', { impact: describeImpact(impact), urls: impact.urls.join(', ') })}
                    {impact.deletesVersion && ` ${t('manage.lastVariant', { version })}`}
                  </p>
                  {impact.deletesVersion && <DependentsNote id={id} dependents={dependents} />}
                </ConfirmAction>
              </div>
            </li>
          );
        })}
      </ol>
      {removeMirror.isError && <ErrorView error={removeMirror.error} />}
      <div>
        <ConfirmAction
          label={t('manage.removeVersion', { version })}
          confirmLabel={t('manage.removeNamed', { version })}
          pending={removeVersion.isPending}
          error={removeVersion.error}
          onConfirm={() => removeVersion.mutate({ id, version }, { onSuccess: (removed) => announce(removalMessage(removed, `${id} ${version}`)) })}
        >
          <p>{t('manage.removeVersionImpact', { impact: describeImpact(versionRemovalImpact(info)) })}</p>
          <DependentsNote id={id} dependents={dependents} />
        </ConfirmAction>
      </div>
    </div>
  );
}
