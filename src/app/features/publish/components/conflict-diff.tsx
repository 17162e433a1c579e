/**
 * @module
 * A version conflict side by side: each differing field as stored in the registry and as
 * carried by the dropped file (icons as images, everything else as JSON). Two columns from
 * small screens up; stacked on a phone.
 */
import type { FieldDiff } from '../../../../core/registry/version-diff.ts';
import { focusRing, Icon } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';

function Value({ field, value }: { field: string; value: unknown }) {
  const t = useT();
  if (value === undefined) return <span className="italic text-slate-600 dark:text-slate-400">{t('publish.diff.absent')}</span>;
  if (field === 'icon' && typeof value === 'string') return <Icon src={value} size="md" />;
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 1);
  // focusable: a scrolling box must be reachable by keyboard to be scrolled (axe scrollable-region-focusable)
  return <code tabIndex={0} className={`block max-h-40 overflow-auto whitespace-pre-wrap break-words text-xs ${focusRing}`}>{text.length > 600 ? `${text.slice(0, 600)}…` : text}</code>;
}

export function ConflictDiff({ diff, version }: { diff: FieldDiff[]; version: string }) {
  const t = useT();
  return (
    <div role="region" aria-label={t('publish.diff.region', { version })} className="rounded-md border border-slate-200 dark:border-slate-700">
      <dl className="divide-y divide-slate-200 text-sm dark:divide-slate-700">
        {diff.map((d) => (
          <div key={d.field} className="p-2">
            <dt className="font-mono text-xs font-semibold">{d.field}</dt>
            <dd className="mt-1 grid gap-2 sm:grid-cols-2">
              <div className="min-w-0 rounded bg-slate-50 p-1.5 dark:bg-slate-800/60">
                <p className="text-xs text-slate-600 dark:text-slate-400">{t('publish.diff.registry')}</p>
                <Value field={d.field} value={d.existing} />
              </div>
              <div className="min-w-0 rounded bg-amber-50 p-1.5 dark:bg-amber-950">
                <p className="text-xs text-slate-600 dark:text-slate-400">{t('publish.diff.file')}</p>
                <Value field={d.field} value={d.incoming} />
              </div>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
