/**
 * @module
 * The state of one checked URL in mirror health: a badge, the URL, the reason, size and age,
 * and the caller's actions on the same line (a package URL's header check, an OS image URL's
 * full hash).
 */
import type { ReactNode } from 'react';
import type { MirrorResult } from '../../../../core/registry/mirror-check.ts';
import { Badge } from '../../../components/ui.tsx';
import { useT, type Translate } from '../../../i18n/i18n.ts';
import { formatBytes } from '../../../lib/format-bytes.ts';
import { formatAge } from '../../../lib/format-date.ts';

const BADGE = { ok: 'green', dead: 'red', unverifiable: 'amber' } as const;

function detail(r: MirrorResult, t: Translate): string {
  const parts: string[] = [];
  // An HTTP status is a technical token, the same in every language.
  if (r.reason) parts.push(r.reason === 'http' ? `HTTP ${r.httpStatus ?? ''}` : t(`health.reason.${r.reason}`));
  if (r.state === 'ok') parts.push(r.hashChecked ? t('health.hashVerified') : r.headerChecked ? t('health.headerVerified') : t('health.headOnly'));
  if (r.size !== null) parts.push(formatBytes(r.size));
  return parts.join(' · ');
}

export function UrlStatus({ url, result, now, children }: { url: string; result: MirrorResult | undefined; now: number; children?: ReactNode }) {
  const t = useT();
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        {result ? <Badge tone={BADGE[result.state]}>{t(`health.state.${result.state}`)}</Badge> : <Badge>{t('health.state.unchecked')}</Badge>}
        <span className="min-w-0 break-all font-mono text-xs">{url}</span>
      </div>
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
        {result && <span>{detail(result, t)}</span>}
        {result && <span>{t('health.checkedAgo', { age: formatAge(result.checkedAt, now) })}</span>}
        {children}
      </div>
    </>
  );
}
