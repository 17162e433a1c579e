/**
 * @module
 * One StartOS release: version, headline, who may upgrade to it, release notes (Markdown
 * through the shared sanitizer, as upstream's StartOS UI renders them), its authorized signers
 * its image assets and, for admins and signers, its readiness checklist.
 */
import type { OsReleaseView } from '../../../../core/registry/os-release.ts';
import type { OsIndex } from '../../../../core/rpc/types.ts';
import type { ReactNode } from 'react';
import { sourceRangeWords } from '../../../../core/registry/source-range.ts';
import { RegistryContent } from '../../../components/registry-content.tsx';
import { EmptyNote } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { sourceRangeText } from '../lib/source-range-text.ts';
import { AssetManager } from './asset-manager.tsx';
import { AssetTable } from './asset-table.tsx';
import { ReadinessChecklist } from './readiness-checklist.tsx';

export function ReleaseCard({
  index,
  release,
  minSigners,
  manager,
}: {
  index: OsIndex;
  release: OsReleaseView;
  /** N of the readiness checklist; null hides the checklist (not an admin or signer). */
  minSigners: number | null;
  /** The release manager's tools (admins), shown under the header. */
  manager?: ReactNode;
}) {
  const t = useT();
  const { version, info } = release;
  const headingId = `os-release-${version}`;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <header className="flex flex-col gap-1">
        <h2 id={headingId} className="text-lg font-semibold">
          {t('os.release.title', { version })}
        </h2>
        {info.headline && <p className="font-medium">{info.headline}</p>}
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {sourceRangeText(sourceRangeWords(info.sourceVersion), t)}
        </p>
      </header>
      {manager}
      <div>
        <h3 className="mb-1 text-sm font-semibold">{t('os.release.notes')}</h3>
        {info.releaseNotes.trim() ? (
          <RegistryContent source={info.releaseNotes} format="markdown" />
        ) : (
          <EmptyNote>{t('package.noReleaseNotes')}</EmptyNote>
        )}
      </div>
      <p className="text-sm">
        <span className="font-semibold">{t('os.release.authorized')}</span>{' '}
        {release.signers.length === 0 ? t('os.release.noAuthorized') : release.signers.join(', ')}
      </p>
      <div>
        <h3 className="mb-1 text-sm font-semibold">{t('os.release.assets')}</h3>
        <AssetTable version={version} assets={release.assets} />
      </div>
      <AssetManager release={release} />
      {minSigners !== null && (
        <ReadinessChecklist index={index} release={release} minSigners={minSigners} />
      )}
    </section>
  );
}
