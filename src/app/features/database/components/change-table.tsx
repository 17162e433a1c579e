/**
 * @module
 * The structural diff of a `db.apply` dry run (core/json/json-diff.ts): one row per added,
 * removed or changed JSON pointer with the value before and after, shortened; a page of rows
 * at a time.
 */
import { useState } from 'react';
import { pathPointer, type JsonChange } from '../../../../core/json/json-diff.ts';
import { ScrollTable, tableCell, tableRow } from '../../../components/scroll-table.tsx';
import { Badge, Button } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';

const PAGE = 100;
const PREVIEW_CHARS = 240;

function Preview({ value }: { value: unknown }) {
  if (value === undefined) return <span aria-hidden="true">—</span>;
  const text = JSON.stringify(value);
  return <code className="break-all font-mono text-xs">{text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text}</code>;
}

export function ChangeTable({ changes }: { changes: readonly JsonChange[] }) {
  const t = useT();
  const [shown, setShown] = useState(PAGE);
  const label = { add: t('dbApply.opAdd'), remove: t('dbApply.opRemove'), replace: t('dbApply.opReplace') };
  const tone = { add: 'green', remove: 'red', replace: 'amber' } as const;
  return (
    <div className="flex flex-col gap-2">
      <ScrollTable
        label={t('dbApply.changesLabel')}
        caption={t('dbApply.changesLabel')}
        columns={[t('dbApply.colChange'), t('dbApply.colPointer'), t('dbApply.colBefore'), t('dbApply.colAfter')]}
        minWidth="min-w-[44rem]"
      >
        {changes.slice(0, shown).map((c) => (
          <tr key={`${c.op} ${pathPointer(c.path)}`} className={tableRow}>
            <td className={tableCell}>
              <Badge tone={tone[c.op]}>{label[c.op]}</Badge>
            </td>
            <td className={`${tableCell} break-all font-mono text-xs`}>{pathPointer(c.path) || t('db.root')}</td>
            <td className={tableCell}>
              <Preview value={c.op === 'add' ? undefined : c.old} />
            </td>
            <td className={tableCell}>
              <Preview value={c.op === 'remove' ? undefined : c.value} />
            </td>
          </tr>
        ))}
      </ScrollTable>
      {changes.length > shown && (
        <Button className="self-start" onClick={() => setShown((n) => n + PAGE)}>
          {t('db.showMore', { count: Math.min(PAGE, changes.length - shown), hidden: changes.length - shown })}
        </Button>
      )}
    </div>
  );
}
