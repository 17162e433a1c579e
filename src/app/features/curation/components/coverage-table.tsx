/**
 * @module
 * Which published versions the scope covers now and after saving, newest first, with the
 * versions gained and lost spelled out.
 */
import type { RangeEditorState } from '../lib/range-editor.ts';

const mark = (on: boolean) => (on ? <span aria-label="yes">✓</span> : <span aria-label="no" className="text-slate-400">—</span>);

export function CoverageTable({ state, hasExisting }: { state: RangeEditorState; hasExisting: boolean }) {
  const { versions, gained, lost } = state;
  if (versions.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">This package has no published versions yet.</p>;
  const after = versions.filter((v) => v.after).length;
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p aria-live="polite">
        {state.result === null ? 'Fix the range to see which versions it covers.' : `After saving, the scope covers ${after} of ${versions.length} published version${versions.length === 1 ? '' : 's'}.`}
        {gained.length > 0 && ` Gains ${gained.join(', ')}.`}
        {lost.length > 0 && <strong className="text-amber-800 dark:text-amber-300"> Loses {lost.join(', ')}.</strong>}
      </p>
      <div className="max-h-64 overflow-auto rounded-md border border-slate-200 dark:border-slate-800">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Published versions covered by the scope</caption>
          <thead className="bg-slate-50 text-xs uppercase text-slate-600 dark:bg-slate-800 dark:text-slate-300">
            <tr>
              <th scope="col" className="px-3 py-1.5">Version</th>
              {hasExisting && <th scope="col" className="px-3 py-1.5">Now</th>}
              <th scope="col" className="px-3 py-1.5">After saving</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {versions.map((v) => (
              <tr key={v.version} className={v.after !== v.before && hasExisting ? 'bg-amber-50 dark:bg-amber-950' : ''}>
                <td className="px-3 py-1 font-mono text-xs">{v.version}</td>
                {hasExisting && <td className="px-3 py-1">{mark(v.before)}</td>}
                <td className="px-3 py-1">{mark(v.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
