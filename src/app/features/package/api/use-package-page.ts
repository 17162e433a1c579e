/**
 * @module
 * The package page's state: the package from `package.index` (unknown id → `pkg` undefined),
 * its versions newest first, and the URL-held version and tab (`?v=&tab=`), so deep links
 * carry registry, package, version and tab.
 */
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { usePackageIndex } from '../../../lib/registry-queries.ts';
import { parseTab, pickVersion, sortVersionsDesc, type PackageTab } from '../lib/versions.ts';
import { ownValue } from '../../../../core/registry/own-key.ts';
import { useAddressParams } from '../../../lib/use-address-params.tsx';

export function usePackagePage() {
  const { id = '' } = useParams();
  const [params] = useAddressParams();
  const index = usePackageIndex();
  const pkg = ownValue(index.data?.packages, id);
  const versions = useMemo(() => (pkg ? sortVersionsDesc(Object.keys(pkg.versions)) : []), [pkg]);
  const { version, missing } = pickVersion(versions, params.get('v'));
  const tab = parseTab(params.get('tab'));
  const info = version !== null ? ownValue(pkg?.versions, version) : undefined;

  /** `?…` search string for a version and/or tab, keeping the other params. */
  const searchFor = (next: { v?: string; tab?: PackageTab }): string => {
    const p = new URLSearchParams(params);
    if (next.v !== undefined) p.set('v', next.v);
    if (next.tab !== undefined) p.set('tab', next.tab);
    return `?${p.toString()}`;
  };

  return { id, index, pkg, versions, version, missing, info, tab, searchFor };
}
