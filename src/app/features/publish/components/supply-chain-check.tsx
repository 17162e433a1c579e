/**
 * @module
 * The publish pre-flight's supply-chain diff (issue #14 item 4): the dropped archive against
 * the version it supersedes in the selected registry (the same version for a further variant,
 * else the greatest lower one of its flavor), from the registry index the pre-flight reads.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { supersededVersion } from '../../../../core/registry/superseded-version.ts';
import { diffSupplyChain } from '../../../../core/registry/supply-chain-diff.ts';
import { factsFromManifest, factsFromVersionInfo } from '../../../../core/registry/supply-chain-facts.ts';
import { ownValue } from '../../../../core/registry/own-key.ts';
import { validateManifest } from '../../../../core/s9pk/manifest.ts';
import type { InspectResult } from '../../../../worker/client.ts';
import { SupplyChainDiff } from '../../../components/supply-chain-diff.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { packageIndexOptions } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

export function SupplyChainCheck({ result }: { result: InspectResult }) {
  const t = useT();
  const index = useQuery(packageIndexOptions(useRegistryScope())).data;
  const diff = useMemo(() => {
    const pkg = index && ownValue(index.packages, result.id);
    if (!pkg) return null;
    const previous = supersededVersion(Object.keys(pkg.versions), result.version);
    const info = previous === null ? undefined : ownValue(pkg.versions, previous);
    if (previous === null || !info) return null;
    let manifest;
    try {
      manifest = validateManifest(result.manifest);
    } catch {
      return null; // the pre-flight already reports an invalid manifest
    }
    const before = factsFromVersionInfo(previous, info);
    const after = factsFromManifest(manifest, result.signer);
    return { before, after, changes: diffSupplyChain(before, after) };
  }, [index, result]);
  if (!diff) return null;
  const critical = diff.changes.some((c) => c.risk === 'critical');
  return (
    <section aria-label={t('publish.supplyChain.label', { before: diff.before.version })} className={`flex flex-col gap-2 rounded-md border p-2 ${critical ? 'border-red-400 dark:border-red-800' : 'border-slate-200 dark:border-slate-700'}`}>
      <p className="text-sm font-medium">{t('publish.supplyChain.title', { before: diff.before.version })}</p>
      <SupplyChainDiff {...diff} beforeLabel={t('publish.supplyChain.registrySide', { version: diff.before.version })} afterLabel={t('publish.supplyChain.fileSide', { version: diff.after.version })} />
    </section>
  );
}
