/**
 * @module
 * The image assets of one release (spec registry-api.md §5.3): platform, type, size, BLAKE3
 * hash (shortened, with a copy button), publication time, download URLs, signatures matched to
 * signer names (a signature that does not verify says so) and the verdict: how many of the
 * release's authorized signers signed it. Scrolls inside its own focusable region (ScrollTable).
 */
import { useState } from 'react';
import type { OsAssetView } from '../../../../core/registry/os-release.ts';
import { Published, Urls } from '../../../components/asset-cells.tsx';
import { CopyButton } from '../../../components/copy-button.tsx';
import { EmptyNote } from '../../../components/ui.tsx';
import {
  ScrollTable,
  tableCell,
  tableHeadCell,
  tableRow,
} from '../../../components/scroll-table.tsx';
import { formatBytes } from '../../../lib/format-bytes.ts';
import { shortenMiddle } from '../../../lib/format-text.ts';
import { useT, type MessageKey } from '../../../i18n/i18n.ts';
import { AssetSignatures, AssetVerdict } from './asset-signatures.tsx';

const COLUMNS: MessageKey[] = [
  'os.asset.platform',
  'os.asset.type',
  'os.asset.size',
  'os.asset.hash',
  'variant.published',
  'variant.downloads',
  'variant.signatures',
  'os.asset.verdict',
];
const th = tableHeadCell;
const td = tableCell;

export function AssetTable({ version, assets }: { version: string; assets: OsAssetView[] }) {
  const [now] = useState(() => Date.now());
  const t = useT();
  if (assets.length === 0) return <EmptyNote>{t('os.asset.none')}</EmptyNote>;
  return (
    <ScrollTable
      label={t('os.asset.region', { version })}
      caption={t('os.asset.caption', { version })}
      columns={COLUMNS.map((h) => t(h))}
      minWidth="min-w-[64rem]"
    >
      {assets.map((a) => (
        <tr key={`${a.platform}/${a.type}`} className={tableRow}>
          <th scope="row" className={`${th} font-mono`}>
            {a.platform}
          </th>
          <td className={`${td} font-mono`}>{a.type}</td>
          <td className={`${td} whitespace-nowrap`}>{formatBytes(a.asset.commitment.size)}</td>
          <td className={td}>
            <span className="flex items-center gap-1 whitespace-nowrap">
              <code title={a.asset.commitment.hash}>{shortenMiddle(a.asset.commitment.hash)}</code>
              <CopyButton
                value={a.asset.commitment.hash}
                what={t('os.asset.hashWhat', { platform: a.platform, type: a.type })}
              />
            </span>
          </td>
          <td className={td}>
            <Published at={a.asset.publishedAt} now={now} />
          </td>
          <td className={td}>
            <Urls urls={a.asset.urls} />
          </td>
          <td className={td}>
            <AssetSignatures asset={a} />
          </td>
          <td className={td}>
            <AssetVerdict asset={a} />
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}
