/**
 * @module
 * The state for a package id this registry does not have (or a version it does not have).
 */
import { Link } from 'react-router';
import { focusRing } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';

export function PackageNotFound({ id, browseHref }: { id: string; browseHref: string }) {
  const t = useT();
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <h1 className="text-xl font-semibold">{t('package.notFound')}</h1>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        <Trans k="package.notFoundAbout" values={{ id: id || t('package.noId') }} />
      </p>
      <Link
        to={browseHref}
        className={`mt-3 inline-block text-blue-700 underline dark:text-blue-400 ${focusRing}`}
      >
        {t('package.browseThis')}
      </Link>
    </div>
  );
}

export function VersionMissing({ requested, shown }: { requested: string; shown: string | null }) {
  return (
    <p
      role="status"
      className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <Trans k="package.versionMissing" values={{ requested, shown: shown ?? 'none' }} />
    </p>
  );
}
