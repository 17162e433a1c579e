/**
 * @module
 * The supply-chain diff (issue #14 item 4) in words — every change, riskiest first, with its
 * risk — and side by side: each fact of the superseded version next to the new one, changed
 * rows marked. The table scrolls inside its own focusable region on narrow screens.
 */
import type { ReactNode } from 'react';
import type { ChangeKind, SupplyChainChange } from '../../core/registry/supply-chain-diff.ts';
import { HARDWARE_FLAGS, type SupplyChainFacts } from '../../core/registry/supply-chain-facts.ts';
import type { SignerDirectory } from '../../core/registry/signer-directory.ts';
import { useT, type MessageKey, type Translate } from '../i18n/i18n.ts';
import { archName, describeChange, FLAG_LABEL, keyName, RISK_LABEL, RISK_TONE } from '../lib/supply-chain-text.ts';
import { Badge, focusRing } from './ui.tsx';

type Row = { label: MessageKey; kinds: ChangeKind[]; value: (f: SupplyChainFacts) => string[] | null };

const ROWS: Row[] = [
  { label: 'supplyChain.field.developerKeys', kinds: ['developer-key', 'developer-key-unknown'], value: (f) => f.developerKeys },
  { label: 'supplyChain.field.packageRepo', kinds: [], value: (f) => [f.packageRepo] },
  { label: 'supplyChain.field.upstreamRepo', kinds: [], value: (f) => [f.upstreamRepo] },
  { label: 'supplyChain.field.dependencies', kinds: ['dependency-added', 'dependency-removed', 'dependency-optional'], value: (f) => Object.keys(f.dependencies).sort() },
  { label: 'supplyChain.field.flags', kinds: ['hardware-flag'], value: (f) => HARDWARE_FLAGS.filter((k) => f.flags[k]) },
  { label: 'supplyChain.field.plugins', kinds: ['plugin-added', 'plugin-removed'], value: (f) => f.plugins },
  { label: 'supplyChain.field.architectures', kinds: ['architecture-added', 'architecture-removed'], value: (f) => f.architectures },
  { label: 'supplyChain.field.images', kinds: ['image-added', 'image-removed'], value: (f) => (f.images === null ? null : Object.keys(f.images).sort()) },
  { label: 'supplyChain.field.osVersion', kinds: ['os-version'], value: (f) => [f.osVersion ?? ''] },
  { label: 'supplyChain.field.license', kinds: ['license'], value: (f) => [f.license] },
];

function rowChanged(row: Row, changes: SupplyChainChange[]): boolean {
  if (row.label === 'supplyChain.field.packageRepo') return changes.some((c) => c.kind === 'repository' && c.field === 'packageRepo');
  if (row.label === 'supplyChain.field.upstreamRepo') return changes.some((c) => c.kind === 'repository' && c.field === 'upstreamRepo');
  return changes.some((c) => row.kinds.includes(c.kind));
}

function display(row: Row, f: SupplyChainFacts, item: string, t: Translate, directory?: SignerDirectory): string {
  switch (row.label) {
    case 'supplyChain.field.developerKeys':
      return keyName(item, directory, t);
    case 'supplyChain.field.dependencies':
      return f.dependencies[item]!.optional ? t('supplyChain.optionalDependency', { id: item }) : item;
    case 'supplyChain.field.flags': {
      const flag = HARDWARE_FLAGS.find((k) => k === item);
      return flag ? t(FLAG_LABEL[flag]) : item;
    }
    case 'supplyChain.field.architectures':
      return archName(item, t);
    case 'supplyChain.field.osVersion':
      return item === '' ? t('supplyChain.unset') : item;
    default:
      return item;
  }
}

function Cell({ row, facts, directory }: { row: Row; facts: SupplyChainFacts; directory?: SignerDirectory }): ReactNode {
  const t = useT();
  const items = row.value(facts);
  if (items === null) return <span className="italic text-slate-600 dark:text-slate-400">{t('supplyChain.unknown')}</span>;
  if (items.length === 0) return <span className="text-slate-600 dark:text-slate-400">{t('supplyChain.noneValue')}</span>;
  return (
    <ul className="flex flex-col gap-0.5">
      {items.map((i) => (
        <li key={i} className="break-all">
          {display(row, facts, i, t, directory)}
        </li>
      ))}
    </ul>
  );
}

export function SupplyChainDiff({
  before,
  after,
  changes,
  directory,
  beforeLabel = before.version,
  afterLabel = after.version,
}: {
  before: SupplyChainFacts;
  after: SupplyChainFacts;
  changes: SupplyChainChange[];
  /** Puts signer names on developer keys. */
  directory?: SignerDirectory;
  beforeLabel?: string;
  afterLabel?: string;
}) {
  const t = useT();
  const sides = { before: before.version, after: after.version };
  return (
    <div className="flex flex-col gap-3" data-testid="supply-chain-diff">
      {changes.length === 0 ? (
        <p className="text-sm">{t('supplyChain.none', { before: sides.before })}</p>
      ) : (
        <ol className="flex flex-col gap-1 text-sm" aria-label={t('supplyChain.listLabel', { before: sides.before, after: sides.after })}>
          {changes.map((c, i) => (
            <li key={i} className="flex items-baseline gap-2" data-kind={c.kind}>
              <span className="shrink-0">
                <Badge tone={RISK_TONE[c.risk]}>{t(RISK_LABEL[c.risk])}</Badge>
              </span>
              <span className="min-w-0 flex-1 break-words">{describeChange(c, sides, t, directory)}</span>
            </li>
          ))}
        </ol>
      )}
      <div role="region" tabIndex={0} aria-label={t('supplyChain.tableRegion', { before: sides.before, after: sides.after })} className={`max-w-full overflow-x-auto rounded-md border border-slate-200 dark:border-slate-700 ${focusRing}`}>
        <table className="w-full min-w-[32rem] border-collapse text-sm">
          <caption className="sr-only">{t('supplyChain.caption', { before: sides.before, after: sides.after })}</caption>
          <thead className="bg-slate-50 dark:bg-slate-800/60">
            <tr>
              <th scope="col" className="px-2 py-1.5 text-start font-medium">{t('supplyChain.field')}</th>
              <th scope="col" className="px-2 py-1.5 text-start font-medium">{beforeLabel}</th>
              <th scope="col" className="px-2 py-1.5 text-start font-medium">{afterLabel}</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => {
              const changed = rowChanged(row, changes);
              return (
                <tr key={row.label} className={`border-t border-slate-200 align-top dark:border-slate-700 ${changed ? 'bg-amber-50 dark:bg-amber-950' : ''}`}>
                  <th scope="row" className="px-2 py-1.5 text-start font-medium">
                    {t(row.label)}
                    {changed && <span className="block text-xs font-normal text-amber-900 dark:text-amber-200">{t('supplyChain.changed')}</span>}
                  </th>
                  <td className="px-2 py-1.5">
                    <Cell row={row} facts={before} directory={directory} />
                  </td>
                  <td className="px-2 py-1.5">
                    <Cell row={row} facts={after} directory={directory} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
