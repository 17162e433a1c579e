/**
 * @module
 * The channel board table: one row per package and flavor, the best version in each channel,
 * the drift in words, and a promote button for each drift that a promotion resolves. Long
 * boards show 100 rows at a time; the table scrolls in its own container on a phone.
 */
import { useState } from 'react';
import type { BoardRow } from '../../../../core/registry/channel-board.ts';
import { Badge, Button, EmptyNote } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import type { DriftPromotion } from '../../../../core/registry/promote-plan.ts';
import { describeDrift } from '../lib/describe-drift.ts';

const PAGE = 100;

export function BoardTable({ rows, labels, onPromote }: { rows: BoardRow[]; labels: string[]; onPromote: (from: number, item: DriftPromotion) => void }) {
  const t = useT();
  const [shown, setShown] = useState(PAGE);
  if (rows.length === 0) return <EmptyNote>{t('channels.noRows')}</EmptyNote>;
  return (
    <div className="flex flex-col gap-2">
      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t('channels.tableCaption')}</caption>
          <thead className="bg-slate-100 text-start dark:bg-slate-800">
            <tr>
              <th scope="col" className="px-3 py-2 text-start">{t('channels.package')}</th>
              {labels.map((l) => (
                <th key={l} scope="col" className="px-3 py-2 text-start">{l}</th>
              ))}
              <th scope="col" className="px-3 py-2 text-start">{t('channels.drift')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((r) => (
              <tr key={`${r.id}#${r.flavor ?? ''}`} className="border-t border-slate-200 align-top dark:border-slate-800">
                <th scope="row" className="px-3 py-2 text-start font-normal">
                  <span className="font-medium">{r.title}</span>
                  <span className="block font-mono text-xs text-slate-600 dark:text-slate-400">{r.id}</span>
                  {r.flavor !== null && <Badge tone="blue">{t('channels.flavor', { flavor: r.flavor })}</Badge>}
                </th>
                {r.entries.map((e, i) => (
                  <td key={labels[i]} className="px-3 py-2">
                    {e ? (
                      <>
                        <span className="font-mono">{e.version}</span>
                        <span className="block text-xs text-slate-600 dark:text-slate-400">{t('channels.variants', { count: e.variants.length })}</span>
                      </>
                    ) : (
                      <span className="text-slate-600 dark:text-slate-400">{t('channels.absent')}</span>
                    )}
                  </td>
                ))}
                <td className="min-w-[18rem] px-3 py-2">
                  {r.drift.length === 0 ? (
                    <Badge tone="green">{t('channels.inSync')}</Badge>
                  ) : (
                    <ul className="flex flex-col gap-1.5">
                      {r.drift.map((d, k) => {
                        const described = describeDrift(d, labels, t);
                        const promotable = d.kind === 'newer' || d.kind === 'missing-variant' ? d : null;
                        return (
                          <li key={k} className="flex flex-wrap items-center gap-2">
                            <Badge tone={described.tone}>{described.label}</Badge>
                            <span>{described.text}</span>
                            {promotable && (
                              <Button
                                className="!px-2 !py-0.5 text-xs"
                                onClick={() => onPromote(promotable.from, { id: r.id, version: promotable.version, hardware: promotable.kind === 'newer' ? null : promotable.hardware })}
                              >
                                {t('channels.promoteTo', { id: r.id, version: promotable.version, to: labels[promotable.to] ?? '' })}
                              </Button>
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown && (
        <Button className="self-start" onClick={() => setShown((n) => n + PAGE)}>
          {t('channels.showMore', { shown, total: rows.length })}
        </Button>
      )}
    </div>
  );
}
