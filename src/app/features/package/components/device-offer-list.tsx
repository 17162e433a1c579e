/**
 * @module
 * What the registry offers the device, as it answered: the best version per flavor with its
 * variants in the order the device would try them, then the other offered versions.
 */
import { hardwareLabel } from '../../../lib/hardware-label.ts';
import type { PackageGetFull, PackageVersionInfo } from '../../../../core/rpc/types.ts';
import { Badge } from '../../../components/ui.tsx';
import { sortVersionsDesc } from '../lib/versions.ts';
import { useT } from '../../../i18n/i18n.ts';

function Variants({ info }: { info: PackageVersionInfo }) {
  const t = useT();
  return (
    <ol className="ms-5 list-decimal text-sm">
      {info.s9pks.map(([hw, asset], i) => (
        <li key={asset.commitment.rootSighash + i}>
          {hardwareLabel(hw, t)}
          {hw.device.length > 0 && (
            <span className="text-slate-600 dark:text-slate-400">
              {' '}
              {t('device.filtersNote')}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

export function DeviceOfferList({ answer }: { answer: PackageGetFull }) {
  const best = sortVersionsDesc(Object.keys(answer.best));
  const others = sortVersionsDesc(Object.keys(answer.otherVersions));
  const t = useT();
  if (best.length === 0) {
    return (
      <p className="text-sm font-medium">
        {t('device.nothingOffered')}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-col gap-2">
        {best.map((v) => (
          <li key={v} className="rounded-md border border-emerald-300 p-2 dark:border-emerald-800">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-mono font-semibold">{v}</span>
              <Badge tone="green">{t('device.wouldInstall')}</Badge>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {t('device.variantOrder')}
              </span>
            </p>
            <Variants info={answer.best[v]!} />
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <div>
          <p className="text-sm font-medium">{t('device.alsoOffered')}</p>
          <ul className="flex flex-col gap-1">
            {others.map((v) => (
              <li key={v}>
                <span className="font-mono text-sm">{v}</span>
                <Variants info={answer.otherVersions[v]!} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
