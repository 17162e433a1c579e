/**
 * @module
 * Managing a release's images (issue #15 item 3; spec registry-api.md §3.4): admins and the
 * release's authorized signers drop image files to add them, and act on each recorded image —
 * co-sign (authorized signers only: `os.asset.sign` does not exempt admins), add a mirror URL,
 * remove. Renders nothing for anyone else.
 */
import type { OsReleaseView } from '../../../../core/registry/os-release.ts';
import { useT } from '../../../i18n/i18n.ts';
import { useRole } from '../../../lib/registry-queries.ts';
import { useDroppedIds } from '../api/use-asset-drop.ts';
import { AssetActions } from './asset-actions.tsx';
import { AssetDrop } from './asset-drop.tsx';
import { DroppedRow } from './dropped-row.tsx';
import { ImageBucket } from './image-bucket.tsx';

export function AssetManager({ release }: { release: OsReleaseView }) {
  const t = useT();
  const role = useRole().data;
  const ids = useDroppedIds(release.version);
  if (!role || (role.kind !== 'admin' && role.kind !== 'signer')) return null;
  const authorized = release.info.authorized.includes(role.guid);
  if (role.kind !== 'admin' && !authorized) return null;
  const headingId = `os-manage-${release.version}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 border-t border-slate-200 pt-3 dark:border-slate-800">
      <h3 id={headingId} className="text-sm font-semibold">
        {t('os.manage.title', { version: release.version })}
      </h3>
      <AssetDrop version={release.version} />
      <ImageBucket />
      {ids.length > 0 && (
        <ol className="flex flex-col gap-3" aria-label={t('os.drop.rows', { version: release.version })}>
          {ids.map((id) => (
            <DroppedRow key={id} id={id} />
          ))}
        </ol>
      )}
      {release.assets.length > 0 && (
        <ul className="flex flex-col gap-2" aria-label={t('os.manage.recorded', { version: release.version })}>
          {release.assets.map((a) => (
            <AssetActions key={`${a.platform}/${a.type}`} version={release.version} asset={a} mayCoSign={authorized} />
          ))}
        </ul>
      )}
    </section>
  );
}
