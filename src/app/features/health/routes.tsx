/**
 * @module
 * Mirror health (issue 16, spec/registry-api.md §4.3): every download URL of every variant of
 * every version, and every URL of every OS image, checked from this browser — HEAD status and
 * size, the s9pk header for a sample or on demand, an OS image's full BLAKE3 on demand — with
 * the registry-wide summary, kept in IndexedDB between visits.
 * Admins and signers; a signer adds and removes mirrors only within its scopes.
 */
import { useMemo, useState, useEffect } from 'react';
import { versionRefusal, type Authority } from '../../../core/registry/authority.ts';
import { useQuery } from '@tanstack/react-query';
import { mirrorChecks, mirrorVariants, summarizeHealth, type MirrorVariant } from '../../../core/registry/mirror-health.ts';
import { osMirrorAssets, osMirrorChecks, summarizeOsHealth } from '../../../core/registry/os-mirror.ts';
import { ErrorView } from '../../components/error-view.tsx';
import { announce } from '../../components/live-region.tsx';
import { RoleGatedPage } from '../../components/role-gated-page.tsx';
import { Spinner } from '../../components/ui.tsx';
import { useT } from '../../i18n/i18n.ts';
import { osIndexOptions, usePackageIndex } from '../../lib/registry-queries.ts';
import { useRegistryScope } from '../../lib/registry-scope.tsx';
import { useMirrorHealth, variantHeaderCheck } from './api/use-mirror-health.ts';
import { HealthList } from './components/health-list.tsx';
import { HealthSummaryPanel } from './components/health-summary.tsx';
import { HealthToolbar } from './components/health-toolbar.tsx';
import { OsHealthList } from './components/os-health-list.tsx';

/** "Now" for ages, moved on every half minute so "5 minutes ago" stays true. */
function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function HealthView({ authority }: { authority: Authority }) {
  const scope = useRegistryScope();
  const { url } = scope;
  const index = usePackageIndex();
  // A registry without OS releases (or an older one without os.index) has no images to check.
  const osIndex = useQuery(osIndexOptions(scope));
  const variants = useMemo(() => (index.data ? mirrorVariants(index.data) : []), [index.data]);
  const osAssets = useMemo(() => (osIndex.data ? osMirrorAssets(osIndex.data) : []), [osIndex.data]);
  const health = useMirrorHealth(url, index.data, variants, osAssets);
  const now = useNow();
  const t = useT();
  const summary = useMemo(() => (index.data ? summarizeHealth(index.data, health.results) : null), [index.data, health.results]);
  const osSummary = useMemo(() => (osAssets.length > 0 ? summarizeOsHealth(osAssets, health.results) : null), [osAssets, health.results]);
  const urls = useMemo(() => mirrorChecks(variants, 'none').length + osMirrorChecks(osAssets).length, [variants, osAssets]);
  if (index.isPending || osIndex.isPending || !health.loaded) return <Spinner />;
  if (index.isError) return <ErrorView error={index.error} onRetry={() => void index.refetch()} />;
  const mayEdit = (v: MirrorVariant) => versionRefusal(authority, index.data, v.id, v.version) === null;
  const onCheck = (v: MirrorVariant, u: string) => void health.checkOne(variantHeaderCheck(u, v.commitment));
  return (
    <>
      <HealthToolbar progress={health.progress} urls={urls} onRun={(mode, n) => void health.run(mode, n).then((last) => last && announce(t(last.outcome === 'done' ? 'health.finished' : 'health.cancelled', { count: last.checked })))} onCancel={health.cancel} />
      {health.error !== null && <ErrorView error={health.error} />}
      {summary && <HealthSummaryPanel summary={summary} os={osSummary} lastRun={health.lastRun} now={now} />}
      <HealthList registryUrl={url} index={index.data} variants={variants} results={health.results} now={now} checking={health.checking} onCheck={onCheck} mayEdit={mayEdit} />
      <OsHealthList registryUrl={url} assets={osAssets} results={health.results} now={now} hashing={health.hashing} onHash={(item) => void health.hashOne(item)} onCancelHash={health.cancelHash} />
    </>
  );
}

export function MirrorHealthPage() {
  const t = useT();
  return (
    <RoleGatedPage
      title={t('health.title')}
      about={t('health.about')}
      refusal={t('health.signersOnly')}
      render={(role) => (role.kind === 'admin' || role.kind === 'signer' ? <HealthView authority={{ admin: role.kind === 'admin', scopes: role.scopes }} /> : null)}
    />
  );
}
