/**
 * @module
 * The hardware variants of one version (design.md §4.4): architectures, RAM, device filters,
 * sighash (shortened, with a copy button), publication time, download URLs and signatures. The
 * table scrolls horizontally inside its own focusable region, never the page (ScrollTable).
 */
import { useState } from 'react';
import type { S9pkVariant } from '../../../../core/rpc/types.ts';
import { EmptyNote } from '../../../components/ui.tsx';
import {
  ScrollTable,
  tableCell,
  tableHeadCell,
  tableRow,
} from '../../../components/scroll-table.tsx';
import type { SignerCoverage } from '../api/signer-directory.ts';
import { formatBytes } from '../lib/format.ts';
import type { SignerDirectory } from '../../../../core/registry/signer-directory.ts';
import { SignatureList } from './signature-list.tsx';
import { Published, Urls } from '../../../components/asset-cells.tsx';
import { DeviceFilters, Sighash } from './variant-cells.tsx';
import { useT, type MessageKey } from '../../../i18n/i18n.ts';

const COVERAGE_NOTE: Record<SignerCoverage, MessageKey> = {
  all: 'variant.coverageAll',
  package: 'variant.coveragePackage',
  none: 'variant.coverageNone',
};

const COLUMNS: MessageKey[] = [
  'variant.architectures',
  'variant.minimumRam',
  'variant.deviceFilters',
  'variant.sighash',
  'variant.published',
  'variant.downloads',
  'variant.signatures',
];
const th = tableHeadCell;
const td = tableCell;

export function VariantTable({
  version,
  variants,
  directory,
  coverage,
  now: nowProp,
}: {
  version: string;
  variants: S9pkVariant[];
  directory: SignerDirectory;
  coverage: SignerCoverage;
  /** Reference time for "3 days ago" (default: when the table first rendered). */
  now?: number;
}) {
  const [mountedAt] = useState(() => Date.now());
  const now = nowProp ?? mountedAt;
  const t = useT();
  if (variants.length === 0) return <EmptyNote>{t('variant.none')}</EmptyNote>;
  return (
    <div className="flex flex-col gap-2">
      <ScrollTable
        label={t('variant.regionLabel', { version })}
        caption={t('variant.caption', { version })}
        columns={COLUMNS.map((h) => t(h))}
        minWidth="min-w-[60rem]"
      >
            {variants.map(([hw, asset], i) => (
              <tr key={asset.commitment.rootSighash + i} className={tableRow}>
                <th scope="row" className={`${th} font-mono`}>
                  {hw.arch === null ? (
                    <span className="font-sans italic">{t('variant.anyArch')}</span>
                  ) : (
                    hw.arch.join(', ')
                  )}
                </th>
                <td className={`${td} whitespace-nowrap`}>
                  {hw.ram === null ? (
                    <span className="text-slate-600 dark:text-slate-400">{t('signer.none')}</span>
                  ) : (
                    formatBytes(hw.ram)
                  )}
                </td>
                <td className={td}>
                  <DeviceFilters filters={hw.device} />
                </td>
                <td className={td}>
                  <Sighash value={asset.commitment.rootSighash} variant={i + 1} />
                </td>
                <td className={td}>
                  <Published at={asset.publishedAt} now={now} />
                </td>
                <td className={`${td} max-w-[20rem]`}>
                  <Urls urls={asset.urls} />
                </td>
                <td className={td}>
                  <SignatureList asset={asset} directory={directory} coverage={coverage} />
                </td>
              </tr>
            ))}
      </ScrollTable>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t(COVERAGE_NOTE[coverage])}</p>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t('vouch.noCosign')}</p>
    </div>
  );
}
