/**
 * @module
 * The pre-flight report of one file against the selected registry: what publishing would do,
 * why it is blocked, the conflict diff, the confirmation a replacement needs, and the side checks.
 */
import { Badge } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { hardwareLabel } from '../../../lib/hardware-label.ts';
import { describeChecks, describeVerdict } from '../../../lib/publishing/describe.ts';
import type { RowReport } from '../../../lib/publishing/preflight-reports.ts';
import { ConflictDiff } from './conflict-diff.tsx';

const DOT = { green: 'text-emerald-700 dark:text-emerald-400', blue: 'text-blue-700 dark:text-blue-400', amber: 'text-amber-700 dark:text-amber-400', red: 'text-red-700 dark:text-red-400', neutral: 'text-slate-600 dark:text-slate-400' };

export function PreflightView({
  report,
  id,
  version,
  confirmed,
  onConfirm,
}: {
  report: RowReport;
  id: string;
  version: string;
  confirmed: boolean;
  onConfirm: (v: boolean) => void;
}) {
  const v = report.verdict;
  const t = useT();
  const d = describeVerdict(v, { id, version, viaBatch: report.viaBatch }, t);
  return (
    <div className="flex flex-col gap-2" data-testid="preflight">
      <p className="flex flex-wrap items-baseline gap-2 text-sm">
        <span className="font-medium">{t('publish.preflight.title')}</span>
        <Badge tone={d.tone}>{d.label}</Badge>
        <span>{d.text}</span>
      </p>
      {v.kind === 'conflict' && <ConflictDiff diff={v.diff} version={version} />}
      {v.kind === 'replaces-variant' && (
        <label className="flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-800 dark:bg-amber-950">
          <input type="checkbox" checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} className="mt-1" />
          <span>
            {t('publish.preflight.confirmReplace', { hardware: hardwareLabel(v.replaced[0], t), urls: v.replaced[1].urls.join(', ') || t('publish.preflight.noUrl') })}
          </span>
        </label>
      )}
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
        {describeChecks(report, t).map((c) => (
          <li key={c.text} className="flex items-baseline gap-1">
            <span aria-hidden className={DOT[c.tone]}>●</span>
            {c.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
