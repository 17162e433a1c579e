/**
 * @module
 * StartOS releases of a registry (issue #15 item 2; spec registry-api.md §4.6, §5.3): anyone
 * may read them. Newest first, each with its notes, upgrade-source range and image assets,
 * after an update preview for a chosen device (item 4); admins and signers also see each
 * release's readiness checklist (item 5) with one N for the page; admins also create, edit and
 * remove releases, manage their authorized signers and promote them (items 3 and 6).
 */
import { ErrorView } from '../../components/error-view.tsx';
import { EmptyNote, Spinner } from '../../components/ui.tsx';
import { useT } from '../../i18n/i18n.ts';
import { useOsReleases } from './api/use-os-releases.ts';
import { ImageBucketDemoOffer } from './components/image-bucket.tsx';
import { ReleaseCard } from './components/release-card.tsx';
import { UpdatePreview } from './components/update-preview.tsx';
import { MinSignersField } from './components/min-signers-field.tsx';
import { ActingKey } from '../../components/acting-key.tsx';
import { useMinSigners } from './lib/min-signers.ts';
import { useRole } from '../../lib/registry-queries.ts';
import { useRegistryScope } from '../../lib/registry-scope.tsx';
import { Suspense } from 'react';
import { lazyComponent } from '../../lib/lazy-component.tsx';

// The manager is for admins only: everyone else never downloads it.
const NewRelease = lazyComponent(() => import('./components/new-release.tsx').then((m) => m.NewRelease));
const ReleaseManager = lazyComponent(() => import('./components/release-manager.tsx').then((m) => m.ReleaseManager));

export function OsReleasesPage() {
  const t = useT();
  const { index, releases, error, refetch } = useOsReleases();
  const role = useRole().data?.kind;
  const operator = role === 'admin' || role === 'signer';
  const admin = role === 'admin';
  const [minSigners, setMinSigners] = useMinSigners(useRegistryScope().url);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">{t('os.title')}</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('os.intro')}</p>
      {admin && index && (
        <Suspense fallback={<Spinner />}>
          <NewRelease index={index} />
        </Suspense>
      )}
      {error ? (
        <ErrorView error={error} onRetry={refetch} />
      ) : releases === undefined ? (
        <Spinner label={t('os.loading')} />
      ) : releases.length === 0 ? (
        <EmptyNote>{t('os.empty')}</EmptyNote>
      ) : (
        <>
          {index && <UpdatePreview index={index} />}
          {operator && <MinSignersField value={minSigners} onChange={setMinSigners} />}
          {operator && <ActingKey />}
          {operator && <ImageBucketDemoOffer />}
          {index &&
            releases.map((r) => (
              <ReleaseCard
                key={r.version}
                index={index}
                release={r}
                minSigners={operator ? minSigners : null}
                manager={
                  admin && (
                    <Suspense fallback={<Spinner />}>
                      <ReleaseManager index={index} release={r} />
                    </Suspense>
                  )
                }
              />
            ))}
        </>
      )}
    </div>
  );
}
