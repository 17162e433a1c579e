/**
 * @module
 * The hardware variants of one version (design.md §4.4): architectures, RAM, device filters,
 * sighash (shortened, with a copy button), publication time, download URLs and signatures. The
 * table scrolls horizontally inside its own focusable region, never the page.
 */
import { useState } from 'react';
import type { S9pkVariant } from '../../../../core/rpc/types.ts';
import { EmptyNote, focusRing } from '../../../components/ui.tsx';
import type { SignerCoverage } from '../api/signer-directory.ts';
import { formatBytes } from '../lib/format.ts';
import type { SignerDirectory } from '../../../../core/registry/signer-directory.ts';
import { SignatureList } from './signature-list.tsx';
import { DeviceFilters, Published, Sighash, Urls } from './variant-cells.tsx';

const COVERAGE_NOTE: Record<SignerCoverage, string> = {
  all: '“Unknown key” means no registered signer holds the key (often the developer key embedded in the package).',
  package:
    'Names come from the signers scoped to this package; other keys show as “unknown key”. Unlock a registered key to match every signer.',
  none: 'Signer names are not available; keys are shown by fingerprint.',
};

const COLUMNS = [
  'Architectures',
  'Minimum RAM',
  'Device filters',
  'Sighash',
  'Published',
  'Downloads',
  'Signatures',
];
const th = 'px-2 py-1.5 text-left font-medium';
const td = 'px-2 py-1.5';

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
  if (variants.length === 0) return <EmptyNote>This version has no hardware variant.</EmptyNote>;
  return (
    <div className="flex flex-col gap-2">
      <div
        role="region"
        aria-label={`Hardware variants of ${version}`}
        tabIndex={0}
        className={`max-w-full overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800 ${focusRing}`}
      >
        <table className="w-full min-w-[60rem] border-collapse text-sm">
          <caption className="sr-only">Hardware variants of version {version}</caption>
          <thead className="bg-slate-50 dark:bg-slate-800/60">
            <tr>
              {COLUMNS.map((h) => (
                <th key={h} scope="col" className={th}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {variants.map(([hw, asset], i) => (
              <tr
                key={asset.commitment.rootSighash + i}
                className="border-t border-slate-200 align-top dark:border-slate-800"
              >
                <th scope="row" className={`${th} font-mono`}>
                  {hw.arch === null ? (
                    <span className="font-sans italic">any</span>
                  ) : (
                    hw.arch.join(', ')
                  )}
                </th>
                <td className={`${td} whitespace-nowrap`}>
                  {hw.ram === null ? (
                    <span className="text-slate-500">none</span>
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
                  <SignatureList signatures={asset.signatures} directory={directory} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">{COVERAGE_NOTE[coverage]}</p>
    </div>
  );
}
