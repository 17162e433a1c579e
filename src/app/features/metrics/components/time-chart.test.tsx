// @vitest-environment jsdom
/**
 * Regression: under React's development double mount (StrictMode, what `npm start` serves) the
 * chart never redrew after its first draw, so the time series stayed empty while the table view
 * had the numbers.
 */
import { StrictMode } from 'react';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const drawn: unknown[][] = [];
vi.mock('uplot', () => ({
  default: class FakePlot {
    series: unknown[];
    constructor(opts: { series: unknown[] }, data: unknown[]) {
      this.series = opts.series;
      drawn.push(data);
    }
    setData(data: unknown[]) {
      drawn.push(data);
    }
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

const { TimeChart } = await import('./time-chart.tsx');

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  drawn.length = 0;
});

describe('TimeChart', () => {
  it('redraws with the numbers that arrive after the first draw, also under StrictMode', () => {
    vi.useFakeTimers();
    globalThis.ResizeObserver ??= class {
      observe() {}
      disconnect() {}
      unobserve() {}
    };
    const x = [0, 86_400_000];
    const view = render(
      <StrictMode>
        <TimeChart x={x} series={[{ label: 'lookups', values: [null, null] }]} label="chart" />
      </StrictMode>,
    );
    view.rerender(
      <StrictMode>
        <TimeChart x={x} series={[{ label: 'lookups', values: [3, 5] }]} label="chart" />
      </StrictMode>,
    );
    act(() => vi.advanceTimersByTime(1000));
    expect(drawn.at(-1)).toEqual([[0, 86_400], [3, 5]]);
  });
});
