/**
 * @module
 * Starts, follows and cancels a mirror health run: how many first bytes to read (none, a sample
 * of one URL per variant, all), how many checks at once, a progress bar and Cancel.
 */
import { useId, useState } from 'react';
import type { HeaderMode } from '../../../../core/registry/mirror-health.ts';
import { Button, SelectField } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import type { RunProgress } from '../api/use-mirror-health.ts';

const CONCURRENCY = [2, 4, 6, 8, 16] as const;

export function HealthToolbar({ progress, urls, onRun, onCancel }: { progress: RunProgress | null; urls: number; onRun: (mode: HeaderMode, concurrency: number) => void; onCancel: () => void }) {
  const [mode, setMode] = useState<HeaderMode>('sample');
  const [concurrency, setConcurrency] = useState(6);
  const id = useId();
  const t = useT();
  const running = progress !== null;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <SelectField id={`${id}-mode`} label={t('health.headerMode')} value={mode} disabled={running} onChange={(e) => setMode(e.target.value === 'all' ? 'all' : e.target.value === 'none' ? 'none' : 'sample')}>
          <option value="none">{t('health.headerNone')}</option>
          <option value="sample">{t('health.headerSample')}</option>
          <option value="all">{t('health.headerAll')}</option>
        </SelectField>
        <SelectField id={`${id}-lanes`} label={t('health.concurrency')} value={concurrency} disabled={running} onChange={(e) => setConcurrency(Number(e.target.value))}>
          {CONCURRENCY.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </SelectField>
        {running ? (
          <Button tone="danger" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : (
          <Button tone="primary" disabled={urls === 0} onClick={() => onRun(mode, concurrency)}>
            {t('health.run', { count: urls })}
          </Button>
        )}
      </div>
      {running && (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-progress`} className="text-sm">
            {t('health.progress', { done: progress.done, total: progress.total })}
          </label>
          <progress id={`${id}-progress`} max={Math.max(1, progress.total)} value={progress.done} className="h-2 w-full" />
        </div>
      )}
    </div>
  );
}
