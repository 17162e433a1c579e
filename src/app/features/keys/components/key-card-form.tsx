/**
 * @module
 * The frame of a form that opens inside a key card (unlock, export, delete): a bordered box,
 * the caller's fields, then the submit button and Cancel. Escape or Cancel closes it unless
 * the action is running; the submit button shows `busyLabel` while it runs.
 */
import type { FormEvent, ReactNode } from 'react';
import { Button } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';

const BORDER = {
  primary: 'border-slate-200 dark:border-slate-700',
  danger: 'border-red-300 dark:border-red-800',
} as const;

export interface KeyCardFormProps {
  /** `danger` for an action that cannot be undone: red border and submit button. */
  tone: keyof typeof BORDER;
  busy: boolean;
  /** False keeps the submit button disabled (for example until a confirmation matches). */
  canSubmit?: boolean;
  submitLabel: string;
  busyLabel: string;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  children: ReactNode;
}

export function KeyCardForm({ tone, busy, canSubmit = true, submitLabel, busyLabel, onSubmit, onCancel, children }: KeyCardFormProps) {
  const t = useT();
  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(e) => e.key === 'Escape' && !busy && onCancel()}
      className={`mt-3 flex flex-col gap-3 rounded-md border p-3 ${BORDER[tone]}`}
    >
      {children}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" tone={tone} disabled={!canSubmit || busy}>
          {busy ? busyLabel : submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
