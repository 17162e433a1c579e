/**
 * @module
 * The compact header menu (theme, language): a `<select>` named for screen readers only.
 */
import type { ReactNode } from 'react';
import { focusRing } from './ui.tsx';

export function MenuSelect({ label, value, onChange, children }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only">{label}</span>
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`rounded-md border border-slate-300 bg-white px-1 py-1 dark:border-slate-600 dark:bg-slate-900 ${focusRing}`}
      >
        {children}
      </select>
    </label>
  );
}
