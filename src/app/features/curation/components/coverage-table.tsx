/**
 * @module
 * Which published versions the scope covers now and after saving, newest first, with the
 * versions gained and lost spelled out.
 */
import type { RangeEditorState } from '../../../lib/range-editor.ts';
import { useT, type Translate } from '../../../i18n/i18n.ts';

const mark = (on: boolean, t: Translate) => (on ? <span role="img" aria-label={t('coverage.yes')}>✓</span> : <span role="img" aria-label={t('coverage.no')} className="text-slate-500 dark:text-slate-400">—</span>);

export function CoverageTable({ state, hasExisting }: { state: RangeEditorState; hasExisting: boolean }) {
  const { versions, gained, lost } = state;
  const t = useT();
  if (versions.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t('coverage.noVersions')}</p>;
  const after = versions.filter((v) => v.after).length;
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p aria-live="polite">
        {state.result === null ? t('coverage.fixRange') : t('coverage.after', { covered: after, total: versions.length })}
        {gained.length > 0 && ` ${t('coverage.gains', { list: gained.join(', ') })}`}
        {lost.length > 0 && <strong className="text-amber-800 dark:text-amber-300"> {t('coverage.loses', { list: lost.join(', ') })}</strong>}
      </p>
      <div className="max-h-64 overflow-auto rounded-md border border-slate-200 dark:border-slate-800">
        <table className="w-full text-start text-sm">
          <caption className="sr-only">{t('coverage.caption')}</caption>
          <thead className="bg-slate-50 text-xs uppercase text-slate-600 dark:bg-slate-800 dark:text-slate-300">
            <tr>
              <th scope="col" className="px-3 py-1.5">{t('clause.version')}</th>
              {hasExisting && <th scope="col" className="px-3 py-1.5">{t('coverage.now')}</th>}
              <th scope="col" className="px-3 py-1.5">{t('coverage.afterSaving')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {versions.map((v) => (
              <tr key={v.version} className={v.after !== v.before && hasExisting ? 'bg-amber-50 dark:bg-amber-950' : ''}>
                <td className="px-3 py-1 font-mono text-xs">{v.version}</td>
                {hasExisting && <td className="px-3 py-1">{mark(v.before, t)}</td>}
                <td className="px-3 py-1">{mark(v.after, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
