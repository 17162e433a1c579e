/**
 * @module
 * The dashboard's range: two dates, day or week buckets, and quick ranges; kept in the address.
 */

import { Button, SelectField, TextField } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { lastDays, type DashboardRange } from '../lib/range.ts';
import { useAddressParams } from '../../../lib/use-address-params.tsx';

export function RangeForm({ range, today }: { range: DashboardRange; today: number }) {
  const t = useT();
  const [, setParams] = useAddressParams();
  const set = (next: Partial<DashboardRange>) =>
    setParams((p) => {
      const q = new URLSearchParams(p);
      for (const [k, v] of Object.entries({ ...range, ...next })) q.set(k, v);
      return q;
    });
  return (
    <fieldset className="flex flex-wrap items-end gap-3">
      <legend className="sr-only">{t('metrics.range')}</legend>
      <TextField id="metrics-from" type="date" label={t('metrics.from')} value={range.from} max={range.to} onChange={(e) => e.target.value && set({ from: e.target.value })} />
      <TextField id="metrics-to" type="date" label={t('metrics.to')} value={range.to} min={range.from} onChange={(e) => e.target.value && set({ to: e.target.value })} />
      <SelectField id="metrics-by" label={t('metrics.granularity')} value={range.by} onChange={(e) => set({ by: e.target.value === 'week' ? 'week' : 'day' })}>
        <option value="day">{t('metrics.byDay')}</option>
        <option value="week">{t('metrics.byWeek')}</option>
      </SelectField>
      <div className="flex flex-wrap gap-2">
        {([30, 90, 365] as const).map((days) => (
          <Button key={days} onClick={() => set(lastDays(days, today, days > 90 ? 'week' : 'day'))}>
            {t('metrics.lastDays', { days })}
          </Button>
        ))}
      </div>
    </fieldset>
  );
}
