/**
 * @module
 * The package page (design.md §4.4, §4.6): header, section links and the chosen section —
 * overview of a version, all versions, or the "view as device" preview. Reads `package.index`
 * (anonymous); the URL carries registry, package, version and section (`?v=&tab=`). Keys that
 * may change the package get a Manage section (mirrors, removals), downloaded on demand: it is
 * fetched as soon as the key turns out to have that authority, before the tab is opened.
 */
import { Suspense, useEffect } from 'react';
import { ErrorView } from '../../components/error-view.tsx';
import { Spinner } from '../../components/ui.tsx';
import { paths } from '../../lib/paths.ts';
import { useRegistryScope } from '../../lib/registry-scope.tsx';
import { useSignerDirectory } from './api/signer-directory.ts';
import { usePackagePage } from './api/use-package-page.ts';
import { DeviceTab } from './components/device-tab.tsx';
import { OverviewTab } from './components/overview-tab.tsx';
import { PackageHeader } from './components/package-header.tsx';
import { PromoteLink } from './components/promote-link.tsx';
import { PackageNav } from './components/package-nav.tsx';
import { PackageNotFound, VersionMissing } from './components/package-not-found.tsx';
import { VersionsTab } from './components/versions-tab.tsx';
import { lazyComponent } from '../../lib/lazy-component.tsx';
import { useManageAuthority } from './api/manage-authority.ts';
import { mayRemovePackage, versionRefusal } from '../../../core/registry/authority.ts';
import { useContentLanguage } from '../../lib/language.ts';
import { categoryNames } from './lib/package-view.ts';
import { useT } from '../../i18n/i18n.ts';

const ManageTab = lazyComponent(() => import('./components/manage/manage-tab.tsx').then((m) => m.ManageTab));

export function PackagePage() {
  const { url } = useRegistryScope();
  const { id, index, pkg, versions, version, missing, info, tab, searchFor } = usePackagePage();
  const signers = useSignerDirectory(id, pkg !== undefined);
  const authority = useManageAuthority();
  const language = useContentLanguage();
  const t = useT();
  const browseHref = paths.registry.browse.getHref(url);
  const hrefFor = (dep: string) => paths.registry.package.getHref(url, dep);
  const mayManage = authority !== null;
  useEffect(() => {
    if (mayManage) ManageTab.preload().catch(() => {}); // the tab shows a failure if it persists
  }, [mayManage]);

  if (index.isPending) return <Spinner label={t('package.loading')} />;
  if (index.isError) return <ErrorView error={index.error} onRetry={() => void index.refetch()} />;
  if (!pkg) return <PackageNotFound id={id} browseHref={browseHref} />;

  return (
    <div className="flex flex-col gap-6">
      <PackageHeader
        id={id}
        version={version}
        info={info}
        categories={categoryNames(pkg.categories, index.data.categories, language)}
        language={language}
      />
      <PromoteLink url={url} id={id} version={version} />
      {missing !== null && <VersionMissing requested={missing} shown={version} />}
      <PackageNav
        tab={tab}
        versions={versions}
        version={version}
        searchFor={searchFor}
        canManage={
          authority !== null &&
          (mayRemovePackage(authority, id) || versions.some((v) => versionRefusal(authority, index.data, id, v) === null))
        }
      />
      {tab === 'overview' &&
        (info && version !== null ? (
          <OverviewTab
            version={version}
            info={info}
            index={index.data}
            signers={signers}
            language={language}
            hrefFor={hrefFor}
          />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t('package.noPublished')}
          </p>
        ))}
      {tab === 'versions' && (
        <VersionsTab
          pkg={pkg}
          versions={versions}
          signers={signers}
          language={language}
          searchFor={searchFor}
        />
      )}
      {tab === 'device' && <DeviceTab id={id} pkg={pkg} index={index.data} />}
      {tab === 'manage' && (
        <Suspense fallback={<Spinner />}>
          <ManageTab id={id} pkg={pkg} versions={versions} index={index.data} />
        </Suspense>
      )}
    </div>
  );
}
