/**
 * @module
 * Managing one version: per variant its download URLs (remove a mirror — never the last URL of
 * a variant), add a mirror, remove the variant; and removing the whole version. Every removal
 * shows what it takes away first.
 */
import { describeHardware } from '../../../../../core/registry/hardware.ts';
import type { PackageVersionInfo } from '../../../../../core/rpc/types.ts';
import { ErrorView } from '../../../../components/error-view.tsx';
import { announce } from '../../../../components/live-region.tsx';
import { Button } from '../../../../components/ui.tsx';
import { useRemove, useRemoveMirror } from '../../api/manage.ts';
import { shortenMiddle } from '../../lib/format.ts';
import { canRemoveUrl, describeImpact, removalMessage, variantRemovalImpact, versionRemovalImpact, type Dependent } from '../../lib/manage.ts';
import { AddMirrorForm } from './add-mirror-form.tsx';
import { ConfirmAction } from './confirm-action.tsx';
import { DependentsNote } from './dependents-note.tsx';

export function VersionManage({ id, version, info, dependents }: { id: string; version: string; info: PackageVersionInfo; dependents: Dependent[] }) {
  const removeMirror = useRemoveMirror();
  const removeVariant = useRemove();
  const removeVersion = useRemove();
  return (
    <div className="flex flex-col gap-3">
      <ol className="flex flex-col gap-3">
        {info.s9pks.map(([hw, asset], i) => {
          const label = `variant ${i + 1} (${describeHardware(hw)})`;
          const sighash = asset.commitment.rootSighash;
          const impact = variantRemovalImpact(info, sighash);
          return (
            <li key={sighash + i} aria-label={`Variant ${i + 1} of ${version}`} className="flex flex-col gap-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
              <p className="text-sm font-medium">
                Variant {i + 1}: {describeHardware(hw)} <code className="text-xs font-normal" title={sighash}>{shortenMiddle(sighash)}</code>
              </p>
              <ul className="flex flex-col gap-1 text-xs">
                {asset.urls.map((u) => (
                  <li key={u} className="flex flex-wrap items-center gap-2">
                    <span className="break-all font-mono">{u}</span>
                    {canRemoveUrl(info, u) ? (
                      <Button
                        tone="ghost"
                        className="!px-2 !py-0.5 text-xs"
                        aria-label={`Remove mirror ${u}`}
                        disabled={removeMirror.isPending}
                        onClick={() => removeMirror.mutate({ id, version, url: u }, { onSuccess: () => announce(`Removed ${u} from ${version}`) })}
                      >
                        Remove
                      </Button>
                    ) : (
                      <span className="text-slate-500">only URL of a variant: cannot be removed</span>
                    )}
                  </li>
                ))}
              </ul>
              <AddMirrorForm commitment={asset.commitment} variantLabel={label} />
              <div>
                <ConfirmAction
                  label={`Remove variant ${i + 1} of ${version}`}
                  confirmLabel="Remove the variant"
                  pending={removeVariant.isPending}
                  error={removeVariant.error}
                  onConfirm={() => removeVariant.mutate({ id, version, sighash }, { onSuccess: (removed) => announce(removalMessage(removed, `${label} of ${version}`)) })}
                >
                  <p>
                    Removes {describeImpact(impact)} ({impact.urls.join(', ')}) from the index. Devices can no longer install this build from here; the files stay where they are hosted.
                    {impact.deletesVersion && ` It is the last variant: version ${version} is removed too.`}
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
          label={`Remove version ${version}`}
          confirmLabel={`Remove ${version}`}
          pending={removeVersion.isPending}
          error={removeVersion.error}
          onConfirm={() => removeVersion.mutate({ id, version }, { onSuccess: (removed) => announce(removalMessage(removed, `${id} ${version}`)) })}
        >
          <p>Removes {describeImpact(versionRemovalImpact(info))} from the index. To fix a conflict, re-add every variant afterwards.</p>
          <DependentsNote id={id} dependents={dependents} />
        </ConfirmAction>
      </div>
    </div>
  );
}
