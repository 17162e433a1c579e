/**
 * @module
 * "Compare versions" (issue #14 item 4): the supply-chain diff between any two versions of the
 * package as this registry indexes them. Developer keys come from sole signatures; images are
 * not in the index, so they are not compared here.
 */
import { useId, useMemo, useState } from 'react';
import { diffSupplyChain } from '../../../../core/registry/supply-chain-diff.ts';
import { factsFromVersionInfo } from '../../../../core/registry/supply-chain-facts.ts';
import type { PackageInfo } from '../../../../core/rpc/types.ts';
import { SupplyChainDiff } from '../../../components/supply-chain-diff.tsx';
import { SelectField } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import type { SignerNames } from '../api/signer-directory.ts';
import { Section } from './section.tsx';

export function CompareVersions({ pkg, versions, signers }: { pkg: PackageInfo; versions: string[]; signers: SignerNames }) {
  const t = useT();
  const id = useId();
  const [from, setFrom] = useState(versions[1] ?? versions[0] ?? '');
  const [to, setTo] = useState(versions[0] ?? '');
  const diff = useMemo(() => {
    const a = pkg.versions[from];
    const b = pkg.versions[to];
    if (!a || !b) return null;
    const before = factsFromVersionInfo(from, a);
    const after = factsFromVersionInfo(to, b);
    return { before, after, changes: diffSupplyChain(before, after) };
  }, [pkg, from, to]);
  if (versions.length < 2) return null;
  return (
    <Section title={t('compare.title')}>
      <div className="flex flex-wrap gap-3">
        <SelectField label={t('compare.from')} id={`${id}-from`} value={from} onChange={(e) => setFrom(e.target.value)}>
          {versions.map((v) => (
            <option key={v} value={v}>{v}</option>
          ))}
        </SelectField>
        <SelectField label={t('compare.to')} id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
          {versions.map((v) => (
            <option key={v} value={v}>{v}</option>
          ))}
        </SelectField>
      </div>
      {diff && <SupplyChainDiff {...diff} directory={signers.directory} />}
    </Section>
  );
}
