/**
 * @module
 * The supply-chain diff before a promotion (issue 14 item 4, the shared component): the
 * promoted version against the version it supersedes in the target channel, collapsed with
 * its count of changes and the riskiest one named; drawn only when opened.
 */
import { useMemo, useState } from 'react';
import { diffSupplyChain } from '../../../../core/registry/supply-chain-diff.ts';
import { factsFromVersionInfo } from '../../../../core/registry/supply-chain-facts.ts';
import { supersededVersion } from '../../../../core/registry/superseded-version.ts';
import { ownValue } from '../../../../core/registry/own-key.ts';
import type { PackageInfo, PackageVersionInfo } from '../../../../core/rpc/types.ts';
import { SupplyChainDiff } from '../../../components/supply-chain-diff.tsx';
import { Badge, focusRing } from '../../../components/ui.tsx';
import { RISK_LABEL, RISK_TONE } from '../../../lib/supply-chain-text.ts';
import { useT } from '../../../i18n/i18n.ts';

export function PromoteDiff({ version, source, target, targetLabel }: { version: string; source: PackageVersionInfo; target: PackageInfo | undefined; targetLabel: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const before = supersededVersion(Object.keys(target?.versions ?? {}), version);
  const diff = useMemo(() => {
    const info = before === null ? undefined : ownValue(target?.versions, before);
    if (before === null || !info) return null;
    const b = factsFromVersionInfo(before, info);
    const a = factsFromVersionInfo(version, source);
    return { before: b, after: a, changes: diffSupplyChain(b, a) };
  }, [before, target, version, source]);
  if (!diff) return <p className="ps-4 text-sm text-slate-600 dark:text-slate-400">{t('channels.diff.first', { to: targetLabel })}</p>;
  const top = diff.changes[0];
  return (
    <details className="ps-4 text-sm" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={`cursor-pointer ${focusRing}`}>
        {t('channels.diff.summary', { count: diff.changes.length, before: diff.before.version, to: targetLabel })}{' '}
        {top && <Badge tone={RISK_TONE[top.risk]}>{t(RISK_LABEL[top.risk])}</Badge>}
      </summary>
      {open && <SupplyChainDiff before={diff.before} after={diff.after} changes={diff.changes} beforeLabel={`${targetLabel}: ${diff.before.version}`} afterLabel={version} />}
    </details>
  );
}
