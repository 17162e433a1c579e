/**
 * @module
 * A failed curation write, explained for that action (lib/curation-errors.ts), with the
 * registry's own details and code. The form above it keeps what was typed.
 */
import { describeCurationError, type CurationAction } from '../lib/curation-errors.ts';
import { useT } from '../../../i18n/i18n.ts';

export function ActionError({ action, error }: { action: CurationAction; error: unknown }) {
  const t = useT();
  if (error === null || error === undefined) return null;
  const d = describeCurationError(action, error, t);
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <p className="font-medium">{d.title}</p>
      {d.details && <p className="mt-1 break-words font-mono text-xs opacity-90">{d.details}</p>}
      <p className="mt-1 text-xs opacity-75">{t('error.code', { code: d.code })}</p>
    </div>
  );
}
