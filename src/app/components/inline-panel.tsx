/**
 * @module
 * A button that opens an inline panel in its place (the release form, the signer manager, the
 * promotion): the panel's heading takes the focus, Escape or the panel's own close gives it back
 * to the button.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from './ui.tsx';

export function InlinePanel({
  label,
  name,
  title,
  heading = 'h3',
  primary = false,
  children,
}: {
  /** The opening button's text. */
  label: string;
  /** The opening button's accessible name when its text alone is too short (it starts with `label`). */
  name?: string;
  /** The panel's heading. */
  title: string;
  heading?: 'h2' | 'h3';
  primary?: boolean;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const title$ = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(false);
  const id = useId();
  useEffect(() => {
    if (open) title$.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const close = () => setOpen(false);
  if (!open) {
    return (
      <Button ref={opener} tone={primary ? 'primary' : 'secondary'} aria-label={name} onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  const Heading = heading;
  return (
    <section
      aria-labelledby={id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
      className="flex w-full flex-col gap-3 rounded-md border border-slate-300 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-950"
    >
      <Heading id={id} ref={title$} tabIndex={-1} className="text-base font-semibold outline-none">
        {title}
      </Heading>
      {children(close)}
    </section>
  );
}
