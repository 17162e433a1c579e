/**
 * @module
 * A list of warnings (lib/warning-items.ts): each sentence with the links to where it is fixed,
 * or a note that there is nothing to warn about.
 */
import { Link } from 'react-router';
import { EmptyNote, focusRing } from '../../../components/ui.tsx';
import type { WarningItem } from '../lib/warning-items.ts';

const link = `text-blue-800 underline dark:text-blue-300 ${focusRing}`;

export function WarningList({ items, label, empty }: { items: readonly WarningItem[]; label: string; empty: string }) {
  if (items.length === 0) return <EmptyNote>{empty}</EmptyNote>;
  return (
    <ul aria-label={label} className="flex flex-col gap-3">
      {items.map((w) => (
        <li key={w.key} data-testid="warning" className="rounded-md border-s-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm dark:bg-amber-950/40">
          <p className="break-words text-slate-900 dark:text-slate-100">{w.text}</p>
          {(w.links.length > 0 || w.more) && (
            <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
              {w.links.map((l) => (
                <Link key={l.href} to={l.href} className={`break-all ${link}`}>
                  {l.label}
                </Link>
              ))}
              {w.more && <span className="text-slate-600 dark:text-slate-400">{w.more}</span>}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
