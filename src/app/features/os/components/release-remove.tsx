/**
 * @module
 * Remove a StartOS release (`os.version.remove`, spec registry-api.md §4.6, admins only) behind
 * a typed confirmation of its version. The confirmation lists the image records that go with it
 * (platform and type); the files stay wherever they are hosted.
 */
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { announce } from '../../../components/live-region.tsx';
import { ActingKey } from '../../../components/acting-key.tsx';
import type { OsAssetView } from '../../../../core/registry/os-release.ts';
import { formatBytes } from '../../../lib/format-bytes.ts';
import { useT } from '../../../i18n/i18n.ts';
import { useRemoveRelease } from '../api/remove-release.ts';
import { osErrorOf } from '../lib/os-errors.ts';

export function ReleaseRemove({ version, assets }: { version: string; assets: OsAssetView[] }) {
  const t = useT();
  const remove = useRemoveRelease();
  return (
    <ConfirmAction
      label={t('os.remove.label', { version })}
      buttonText={t('os.remove.button')}
      confirmLabel={t('os.remove.confirm', { version })}
      typed={version}
      pending={remove.isPending}
      error={remove.error}
      describeError={osErrorOf('release.remove')}
      onConfirm={() => remove.mutate(version, { onSuccess: () => announce(t('os.remove.done', { version })) })}
    >
      <p className="font-medium">{t('os.remove.impact', { version, count: assets.length })}</p>
      {assets.length > 0 && (
        <ul className="list-disc ps-5" aria-label={t('os.remove.assetsLabel', { version })}>
          {assets.map((a) => (
            <li key={`${a.type}/${a.platform}`}>
              {t('os.asset.label', { platform: a.platform, type: a.type, size: formatBytes(a.asset.commitment.size) })}
            </li>
          ))}
        </ul>
      )}
      <p>{t('os.remove.filesStay')}</p>
      <ActingKey />
    </ConfirmAction>
  );
}
