/**
 * @module
 * Cells shared by asset tables (package variants, OS images): publication time (local and
 * relative) and download links (http(s) only, `rel="noopener noreferrer"`).
 */
import { formatRelative, parseTimestamp, safeHttpUrl } from '../lib/format-text.ts';
import { useLocale, useT } from '../i18n/i18n.ts';
import { localeTag } from '../i18n/locales.ts';
import { formatDateTime } from '../lib/format-date.ts';

export function None() {
  const t = useT();
  return <span className="text-slate-600 dark:text-slate-400">{t('signer.none')}</span>;
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
