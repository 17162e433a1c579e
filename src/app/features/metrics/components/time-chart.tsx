/**
 * @module
 * A time-series line chart drawn by uPlot on a canvas (this page's chunk only; no <style>
 * elements: uPlot sets styles through the CSSOM and its stylesheet comes as a file). Sized to
 * its container, redrawn in the theme's text colour; the values are offered as a table by the
 * card around it, so the canvas is one labelled image.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { currentLocale } from '../../../i18n/i18n.ts';
import { localeTag } from '../../../i18n/locales.ts';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
}

const REDRAW_MS = 300;

/** Distinct on white and on slate-900 (the dark theme's panel). */
export const SERIES_COLORS = ['#2563eb', '#059669', '#d97706', '#db2777', '#7c3aed', '#0891b2', '#dc2626', '#65a30d', '#64748b'];

/** True while the page is in the dark theme (the `dark` class on <html>). */
function useDark(): boolean {
  const [dark, setDark] = useState(() => document.documentElement.classList.contains('dark'));
  useEffect(() => {
    const observer = new MutationObserver(() => setDark(document.documentElement.classList.contains('dark')));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    return () => observer.disconnect();
  }, []);
  return dark;
}

export function TimeChart({ x, series, label, height = 240 }: { x: number[]; series: ChartSeries[]; label: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const dark = useDark();
  const data = useMemo((): uPlot.AlignedData => [x.map((ms) => ms / 1000), ...series.map((s) => s.values)], [x, series]);
  const latest = useRef(data);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  // While hundreds of buckets arrive one by one, redraw at most every REDRAW_MS, not per answer.
  useEffect(() => {
    latest.current = data;
    pending.current ??= setTimeout(() => {
      pending.current = null;
      // A different number of series means new labels: the chart is built again below instead.
      if (chart.current?.series.length === latest.current.length) chart.current.setData(latest.current);
    }, REDRAW_MS);
  }, [data]);
  useEffect(
    () => () => {
      // Reset too: React's development double mount runs this cleanup and then keeps the
      // component, and a stale handle here stopped every later redraw (empty charts).
      if (pending.current) clearTimeout(pending.current);
      pending.current = null;
    },
    [],
  );
  const labels = series.map((s) => s.label).join('\n');
  // Built again only when the series, the size class or the theme change; new numbers only redraw.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ink = dark ? '#cbd5e1' : '#334155';
    const grid = dark ? '#334155' : '#e2e8f0';
    const numbers = new Intl.NumberFormat(localeTag(currentLocale()));
    const dates = new Intl.DateTimeFormat(localeTag(currentLocale()), { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const axis = { stroke: ink, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    const u = new uPlot(
      {
        width: Math.max(200, el.clientWidth),
        height,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.05] } },
        axes: [
          { ...axis, values: (_u, ticks) => ticks.map((t) => dates.format(t * 1000)) },
          { ...axis, size: 60, values: (_u, ticks) => ticks.map((t) => numbers.format(t)) },
        ],
        series: [{}, ...(labels === '' ? [] : labels.split('\n')).map((l, i) => ({ label: l, stroke: SERIES_COLORS[i % SERIES_COLORS.length], width: 2, points: { show: latest.current[0].length <= 60 } }))],
      },
      latest.current,
      el,
    );
    chart.current = u;
    const resize = new ResizeObserver(() => u.setSize({ width: Math.max(200, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.destroy();
      chart.current = null;
    };
  }, [labels, height, dark]);
  return (
    <div>
      <div ref={box} role="img" aria-label={label} className="w-full overflow-hidden" />
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
        {series.map((s, i) => (
          <li key={s.label} className="flex items-center gap-1">
            <span aria-hidden className="inline-block h-2 w-4 rounded-sm" style={{ backgroundColor: SERIES_COLORS[i % SERIES_COLORS.length] }} />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
