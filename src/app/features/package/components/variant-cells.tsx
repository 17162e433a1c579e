/**
 * @module
 * Cells of the variant table: device filters, sighash with copy button, publication time (local
 * and relative) and download links (http(s) only, `rel="noopener noreferrer"`).
 */
import type { DeviceFilter } from '../../../../core/rpc/types.ts';
import { CopyButton } from '../../../components/copy-button.tsx';
import { formatRelative, parseTimestamp, safeHttpUrl, shortenMiddle } from '../lib/format.ts';
import { useLocale, useT } from '../../../i18n/i18n.ts';
import { localeTag } from '../../../i18n/locales.ts';
import { formatDateTime } from '../../../lib/format-date.ts';

function None() {
  const t = useT();
  return <span className="text-slate-500">{t('signer.none')}</span>;
}

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
            <span className="text-xs uppercase text-slate-500">{d.class}</span> {d.description}
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

export function Published({ at, now }: { at: string; now: number }) {
  const tag = localeTag(useLocale());
  const ms = parseTimestamp(at);
  if (ms === null) return <span>{at}</span>;
  return (
    <>
      <time dateTime={at} title={at} className="block whitespace-nowrap">
        {formatDateTime(ms, tag)}
      </time>
      <span className="text-xs text-slate-600 dark:text-slate-400">{formatRelative(ms, now, tag)}</span>
    </>
  );
}

export function Urls({ urls }: { urls: string[] }) {
  if (urls.length === 0) return <None />;
  return (
    <ul className="flex flex-col gap-1">
      {urls.map((u) => {
        const href = safeHttpUrl(u);
        return (
          <li key={u} className="break-all text-xs">
            {href ? (
              <a
                href={href}
                rel="noopener noreferrer"
                className="text-blue-700 underline dark:text-blue-400"
              >
                {u}
              </a>
            ) : (
              <code>{u}</code>
            )}
          </li>
        );
      })}
    </ul>
  );
}
