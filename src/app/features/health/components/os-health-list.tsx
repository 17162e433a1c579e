/**
 * @module
 * The OS images of mirror health (core/registry/os-mirror.ts): each image of each release with
 * its URLs, their state from the last run, and on demand the full BLAKE3 of what a URL serves,
 * with progress and cancel. Mirrors of an image are added and removed on the OS releases page
 * (`os.asset.add` replaces an image's URL list, signed again), which the list links to.
 */
import { useId } from 'react';
import { Link } from 'react-router';
import { osMirrorKey, type OsCheckItem, type OsMirrorAsset } from '../../../../core/registry/os-mirror.ts';
import type { MirrorResults } from '../../../../core/registry/mirror-health.ts';
import { Button } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { formatBytes } from '../../../lib/format-bytes.ts';
import { paths } from '../../../lib/paths.ts';
import type { HashProgress } from '../api/use-mirror-health.ts';
import { UrlStatus } from './url-status.tsx';

export interface OsHealthListProps {
  registryUrl: string;
  assets: readonly OsMirrorAsset[];
  results: MirrorResults;
  now: number;
  hashing: HashProgress | null;
  onHash: (item: OsCheckItem) => void;
  onCancelHash: () => void;
}

export function OsHealthList({ registryUrl, assets, results, now, hashing, onHash, onCancelHash }: OsHealthListProps) {
  const id = useId();
  const t = useT();
  if (assets.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-h`} className="flex flex-col gap-3">
      <h2 id={`${id}-h`} className="text-lg font-semibold">
        {t('health.osImages')}
      </h2>
      <ul className="flex flex-col gap-3">
        {assets.map((a) => (
          <li key={`${a.version} ${a.type} ${a.platform}`} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
            <h3 className="text-sm font-semibold">{t('health.osImageLabel', { version: a.version, type: a.type, platform: a.platform })}</h3>
            <ul className="mt-1">
              {a.urls.map((url) => {
                const key = osMirrorKey(url, a.commitment);
                const mine = hashing?.key === key ? hashing : null;
                return (
                  <li key={url} className="flex flex-col gap-1 border-t border-slate-100 py-2 first:border-t-0 dark:border-slate-800">
                    <UrlStatus url={url} result={results[key]} now={now}>
                      {mine ? (
                        <>
                          <span role="status">{t('health.hashProgress', { done: formatBytes(mine.done), total: formatBytes(mine.total) })}</span>
                          <Button tone="ghost" className="!px-2 !py-0.5 text-xs" aria-label={t('health.cancelHashOf', { url })} onClick={onCancelHash}>
                            {t('common.cancel')}
                          </Button>
                        </>
                      ) : (
                        <Button tone="ghost" className="!px-2 !py-0.5 text-xs" disabled={hashing !== null} aria-label={t('health.verifyHashOf', { url })} onClick={() => onHash({ key, url, commitment: a.commitment })}>
                          {t('health.verifyHash')}
                        </Button>
                      )}
                    </UrlStatus>
                  </li>
                );
              })}
            </ul>
            <Link className="mt-1 inline-block text-sm text-blue-700 underline dark:text-blue-400" to={paths.registry.os.getHref(registryUrl)}>
              {t('health.osManage')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
