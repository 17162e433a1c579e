/**
 * @module
 * The state of a check-then-sign action (co-sign, add mirror): progress with cancel, the
 * precise refusal (size or hash with both values, or why the URL could not be read), the
 * registry's error, or success.
 */
import { ErrorView } from '../../../components/error-view.tsx';
import { Spinner } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import type { CheckedWrite } from '../api/use-asset-writes.ts';
import { verdictText } from '../lib/verdict-text.ts';
import { ProgressLine } from './progress-line.tsx';

export function CheckedWriteStatus({ state, checkingLabel, doneText, onCancel }: { state: CheckedWrite; checkingLabel: string; doneText: string; onCancel: () => void }) {
  const t = useT();
  switch (state.status) {
    case 'idle':
      return null;
    case 'checking':
      return <ProgressLine label={checkingLabel} progress={state.progress} onCancel={onCancel} />;
    case 'refused':
      return (
        <p role="alert" className="break-all text-sm text-red-700 dark:text-red-400">
          {t('os.check.refused', { reason: verdictText(state.verdict, t) })}
        </p>
      );
    case 'writing':
      return <Spinner label={t('os.check.signing')} />;
    case 'done':
      return (
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {doneText}
        </p>
      );
    case 'failed':
      return <ErrorView error={state.error} />;
  }
}
