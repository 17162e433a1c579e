/**
 * @module
 * A destructive action behind an inline confirmation: the button opens a panel with the impact
 * summary and, for the heaviest actions, a typed confirmation; Escape or Cancel closes it and
 * gives the focus back to the opening button.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ErrorView, type DescribeError } from './error-view.tsx';
import { Button } from './ui.tsx';
import { useT } from '../i18n/i18n.ts';
import { Trans } from '../i18n/trans.tsx';

export function ConfirmAction({
  label,
  buttonText,
  confirmLabel,
  children,
  typed,
  pending,
  error,
  describeError,
  onConfirm,
}: {
  /** Accessible name of the opening button (and its text unless `buttonText` is given). */
  label: string;
  /** A shorter visible text for the opening button. */
  buttonText?: string;
  confirmLabel: string;
  /** The impact summary. */
  children: ReactNode;
  /** Text the user must type to enable the confirm button. */
  typed?: string;
  pending: boolean;
  error: unknown;
  /** The action's own error messages (default: the console-wide ones). */
  describeError?: DescribeError;
  onConfirm: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  const id = useId();
  const t = useT();
  useEffect(() => {
    // the panel (and the focused control in it) is gone: back to the button that opened it
    if (!open && closed.current) opener.current?.focus();
  }, [open]);
  const close = () => {
    closed.current = true;
    setOpen(false);
  };
  if (!open) {
    return (
      <Button ref={opener} tone="danger" aria-label={buttonText === undefined ? undefined : label} onClick={() => setOpen(true)}>
        {buttonText ?? label}
      </Button>
    );
  }
  const ok = typed === undefined || text === typed;
  return (
    <div
      role="group"
      aria-label={label}
      onKeyDown={(e) => e.key === 'Escape' && !pending && close()}
      className="flex flex-col gap-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950"
    >
      {children}
      {typed !== undefined && (
        <label htmlFor={id} className="flex flex-col gap-1">
          <span>
            <Trans k="manage.typeToConfirm" values={{ text: typed, code: (c) => <code className="font-mono font-semibold">{c}</code> }} />
          </span>
          <input id={id} value={text} autoFocus autoComplete="off" onChange={(e) => setText(e.target.value)} className="rounded-md border border-slate-300 bg-white px-2 py-1 font-mono dark:border-slate-600 dark:bg-slate-950" />
        </label>
      )}
      {error !== null && error !== undefined && <ErrorView error={error} describe={describeError} />}
      <div className="flex flex-wrap gap-2">
        <Button tone="danger" disabled={!ok || pending} onClick={onConfirm} autoFocus={typed === undefined}>
          {pending ? t('manage.working') : confirmLabel}
        </Button>
        <Button disabled={pending} onClick={close}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
