/**
 * @module
 * Cells of the variant table: device filters and sighash with copy button (publication time and
 * download links are shared with OS assets, components/asset-cells.tsx).
 */
import type { DeviceFilter } from '../../../../core/rpc/types.ts';
import { CopyButton } from '../../../components/copy-button.tsx';
import { None } from '../../../components/asset-cells.tsx';
import { shortenMiddle } from '../lib/format.ts';
import { useT } from '../../../i18n/i18n.ts';

export function DeviceFilters({ filters }: { filters: DeviceFilter[] }) {
  const t = useT();
  if (filters.length === 0) return <None />;
  return (
    <ul className="flex flex-col gap-1">
      {filters.map((d, j) => {
        const match = [
          d.vendor && t('variant.vendor', { pattern: d.vendor }),
          d.product && t('variant.product', { pattern: d.product }),
          d.driver && t('variant.driver', { driver: d.driver }),
          d.capabilities?.length && t('variant.capabilities', { list: d.capabilities.join(', ') }),
        ].filter(Boolean);
        return (
          <li key={j}>
            <span className="text-xs uppercase text-slate-600 dark:text-slate-400">{d.class}</span> {d.description}
            {match.length > 0 && (
              <span className="block font-mono text-xs text-slate-600 dark:text-slate-400">
                {match.join(' · ')}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function Sighash({ value, variant }: { value: string; variant: number }) {
  const t = useT();
  return (
    <span className="flex items-center gap-1 whitespace-nowrap">
      <code title={value}>{shortenMiddle(value)}</code>
      <CopyButton value={value} what={t('variant.sighashWhat', { n: variant })} />
    </span>
  );
}
