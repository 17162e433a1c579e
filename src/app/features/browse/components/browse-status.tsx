/**
 * @module
 * The result count (visible, and announced to screen readers when it changes) and the two empty
 * states: a registry without packages, and filters that match nothing.
 */
import { useEffect } from 'react';
import { announce } from '../../../components/live-region.tsx';
import { Button } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';

export function ResultCount({ text, stale }: { text: string; stale: boolean }) {
  useEffect(() => {
    if (!stale) announce(text);
  }, [text, stale]);
  return (
    <p
      className={`text-sm text-slate-600 dark:text-slate-300 ${stale ? 'opacity-60' : ''}`}
      data-testid="result-count"
    >
      {text}
    </p>
  );
}

export function EmptyRegistry() {
  const t = useT();
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <h2 className="text-lg font-semibold">{t('browse.emptyTitle')}</h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{t('browse.emptyAbout')}</p>
    </div>
  );
}

export function NoMatches({ onClear }: { onClear: () => void }) {
  const t = useT();
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <h2 className="text-lg font-semibold">{t('browse.noMatchesTitle')}</h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{t('browse.noMatchesAbout')}</p>
      <Button className="mt-3" onClick={onClear}>
        {t('browse.clearFilters')}
      </Button>
    </div>
  );
}
