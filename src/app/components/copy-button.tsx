/**
 * @module
 * Copies a value to the clipboard and says so (visibly and to screen readers).
 */
import { useState } from 'react';
import { announce } from './live-region.tsx';
import { Button } from './ui.tsx';
import { useT } from '../i18n/i18n.ts';

/**
 * `what` names the copied value in the active language ("public key"); `value` may be a
 * function, called only on click, for values that are costly to write out.
 */
export function CopyButton({ value, what }: { value: string | (() => string); what: string }) {
  const [done, setDone] = useState(false);
  const t = useT();
  return (
    <Button
      tone="ghost"
      className="!px-2 !py-0.5 text-xs"
      aria-label={t('copy.aria', { what })}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(typeof value === 'function' ? value() : value);
          setDone(true);
          announce(t('copy.done', { what }));
          setTimeout(() => setDone(false), 1500);
        } catch {
          announce(t('copy.failed', { what }));
        }
      }}
    >
      {done ? t('copy.copied') : t('copy.copy')}
    </Button>
  );
}
