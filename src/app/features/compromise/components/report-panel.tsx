/**
 * @module
 * The report of the response: every step taken (time, step, registry, item, result, acting
 * key), printable (the page's print stylesheet keeps the findings and this, nothing else) and
 * downloadable as Markdown or JSON.
 */
import type { SuspectKey } from '../../../../core/registry/key-compromise.ts';
import { ScrollTable, tableCell, tableRow } from '../../../components/scroll-table.tsx';
import { Button, EmptyNote, Panel } from '../../../components/ui.tsx';
import { downloadText } from '../../../lib/csv.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useT } from '../../../i18n/i18n.ts';
import type { LogEntry } from '../api/response-store.ts';
import { RESULT, STEP_TITLE } from '../lib/labels.ts';
import { buildReport, reportMarkdown, type RegistryReport } from '../lib/report.ts';

export function ReportPanel({ suspect, registries, log }: { suspect: SuspectKey; registries: RegistryReport[]; log: LogEntry[] }) {
  const t = useT();
  const name = `key-compromise-${new Date().toISOString().slice(0, 10)}`;
  const report = () => buildReport(suspect, registries, log);
  return (
    <Panel
      title={t('compromise.report.title')}
      actions={
        <div className="flex flex-wrap gap-2 print:hidden">
          <Button onClick={() => window.print()}>{t('compromise.report.print')}</Button>
          <Button onClick={() => downloadText(`${name}.md`, reportMarkdown(report(), t), 'text/markdown;charset=utf-8')}>{t('compromise.report.markdown')}</Button>
          <Button onClick={() => downloadText(`${name}.json`, `${JSON.stringify(report(), null, 2)}\n`, 'application/json')}>{t('compromise.report.json')}</Button>
        </div>
      }
    >
      {log.length === 0 ? (
        <EmptyNote>{t('compromise.report.nothingDone')}</EmptyNote>
      ) : (
        <ScrollTable label={t('compromise.report.done')} caption={t('compromise.report.done')} minWidth="min-w-[52rem]"
          columns={[t('compromise.col.time'), t('compromise.col.step'), t('compromise.col.registry'), t('compromise.col.item'), t('compromise.col.result'), t('compromise.col.actingKey')]}>
          {log.map((e, i) => (
            <tr key={i} className={tableRow} data-testid="report-row">
              <td className={tableCell}>{formatDateTime(e.at)}</td>
              <td className={tableCell}>{t(STEP_TITLE[e.step])}</td>
              <td className={`${tableCell} break-all`}>{e.registry}</td>
              <td className={tableCell}>{e.item}</td>
              <td className={tableCell}>{t(RESULT[e.result])}{e.error && <span className="block break-words text-xs">{e.error}</span>}</td>
              <td className={`${tableCell} break-all font-mono text-xs`}>{e.actingKey ?? '—'}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </Panel>
  );
}
