/**
 * @module
 * One download URL in mirror health: its state with the reason and age, a check of its first
 * bytes on demand, and — when it is dead and every variant of the version keeps another URL —
 * removal behind a confirmation that says `package.remove-mirror` takes it from every variant
 * of that version (spec/registry-api.md §4.3).
 */
import type { MirrorResult } from '../../../../core/registry/mirror-check.ts';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { announce } from '../../../components/live-region.tsx';
import { Badge, Button } from '../../../components/ui.tsx';
import { useT, type Translate } from '../../../i18n/i18n.ts';
import { formatBytes } from '../../../lib/format-bytes.ts';
import { formatAge } from '../../../lib/format-date.ts';
import { useRemoveMirror } from '../../../lib/mirror-mutations.ts';

const BADGE = { ok: 'green', dead: 'red', unverifiable: 'amber' } as const;

function detail(r: MirrorResult, t: Translate): string {
  const parts: string[] = [];
  // An HTTP status is a technical token, the same in every language.
  if (r.reason) parts.push(r.reason === 'http' ? `HTTP ${r.httpStatus ?? ''}` : t(`health.reason.${r.reason}`));
  if (r.state === 'ok') parts.push(r.headerChecked ? t('health.headerVerified') : t('health.headOnly'));
  if (r.size !== null) parts.push(formatBytes(r.size));
  return parts.join(' · ');
}

export interface UrlHealthProps {
  id: string;
  version: string;
  url: string;
  result: MirrorResult | undefined;
  now: number;
  checking: boolean;
  onCheck: () => void;
  /** Removal offered (dead, and not the last URL of any variant of the version); null: not allowed for this key. */
  removable: boolean | null;
  /** How many variants of the version list this URL. */
  sharedBy: number;
}

export function UrlHealth({ id, version, url, result, now, checking, onCheck, removable, sharedBy }: UrlHealthProps) {
  const remove = useRemoveMirror();
  const t = useT();
  return (
    <li className="flex flex-col gap-1 border-t border-slate-100 py-2 first:border-t-0 dark:border-slate-800">
      <div className="flex flex-wrap items-center gap-2">
        {result ? <Badge tone={BADGE[result.state]}>{t(`health.state.${result.state}`)}</Badge> : <Badge>{t('health.state.unchecked')}</Badge>}
        <span className="min-w-0 break-all font-mono text-xs">{url}</span>
      </div>
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
        {result && <span>{detail(result, t)}</span>}
        {result && <span>{t('health.checkedAgo', { age: formatAge(result.checkedAt, now) })}</span>}
        <Button tone="ghost" className="!px-2 !py-0.5 text-xs" disabled={checking} aria-label={t('health.checkHeaderOf', { url })} onClick={onCheck}>
          {checking ? t('health.checking') : t('health.checkHeader')}
        </Button>
      </div>
      {result?.state === 'dead' && removable === false && <p className="text-xs text-slate-700 dark:text-slate-300">{t('health.lastUrl')}</p>}
      {result?.state === 'dead' && removable === true && (
        <div>
          <ConfirmAction
            label={t('health.removeUrl', { url })}
            buttonText={t('health.removeDead')}
            confirmLabel={t('health.removeConfirm')}
            pending={remove.isPending}
            error={remove.error}
            onConfirm={() => remove.mutate({ id, version, url }, { onSuccess: () => announce(t('manage.mirrorRemoved', { url, version })) })}
          >
            <p className="break-words">{t('health.removeImpact', { url, id, version, count: sharedBy })}</p>
          </ConfirmAction>
        </div>
      )}
    </li>
  );
}
