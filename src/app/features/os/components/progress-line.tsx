/**
 * @module
 * One running check or transfer: a labelled progress bar in bytes, with Cancel when it can stop.
 */
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { Button } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { formatBytes } from '../../../lib/format-bytes.ts';
import type { Progress } from '../../../../worker/client.ts';

export function ProgressLine({ label, progress, onCancel }: { label: string; progress: Progress | null; onCancel?: () => void }) {
  const t = useT();
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  const text = total > 0 ? t('os.progress.of', { done: formatBytes(done), total: formatBytes(total) }) : formatBytes(done);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ProgressBar label={label} done={done} total={total > 0 ? total : 1} text={text} />
      {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
    </div>
  );
}
