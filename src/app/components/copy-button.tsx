/**
 * @module
 * Copies a value to the clipboard and says so (visibly and to screen readers).
 */
import { useState } from 'react';
import { announce } from './live-region.tsx';
import { Button } from './ui.tsx';

export function CopyButton({ value, label = 'Copy', what }: { value: string; label?: string; what: string }) {
  const [done, setDone] = useState(false);
  return (
    <Button
      tone="ghost"
      className="!px-2 !py-0.5 text-xs"
      aria-label={`${label} ${what}`}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(value);
          setDone(true);
          announce(`${what} copied`);
          setTimeout(() => setDone(false), 1500);
        } catch {
          announce(`Could not copy ${what}; select it and copy by hand`);
        }
      }}
    >
      {done ? 'Copied' : label}
    </Button>
  );
}
