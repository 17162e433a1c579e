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
import { Button } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { useRemoveMirror } from '../../../lib/mirror-mutations.ts';
import { UrlStatus } from './url-status.tsx';

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
      <UrlStatus url={url} result={result} now={now}>
        <Button tone="ghost" className="!px-2 !py-0.5 text-xs" disabled={checking} aria-label={t('health.checkHeaderOf', { url })} onClick={onCheck}>
          {checking ? t('health.checking') : t('health.checkHeader')}
        </Button>
      </UrlStatus>
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
