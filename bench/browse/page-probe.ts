/**
 * @module
 * Page side of the browse benchmark, installed with `page.addInitScript` before the console
 * loads (so it must be self-contained: no imports, no closures). It records long tasks, when
 * the first package card was painted, and for each keystroke in the search box when the grid
 * showed its results. "Painted" is the first task after the next frame: a `setTimeout` queued
 * from `requestAnimationFrame` runs once that frame is presented. Not product code.
 */

export interface ProbeState {
  longTasks: { start: number; duration: number }[];
  /** When the first `[role=listitem]` was painted (a preview's card, while the index is still checked). */
  firstCard: number | null;
  /** When the result count was painted: the whole index has passed its check. */
  complete: number | null;
  /** Every `input` event of the search box: its value and time stamp. */
  inputs: { value: string; at: number }[];
  /** Every painted change of the result count: its text, whether stale, and when. */
  counts: { text: string; stale: boolean; at: number }[];
}

declare global {
  interface Window {
    browseProbe: ProbeState;
  }
}

/** Installs the probe (runs in the page). */
export function installProbe(): void {
  const state: ProbeState = { longTasks: [], firstCard: null, complete: null, inputs: [], counts: [] };
  window.browseProbe = state;
  const afterPaint = (then: (t: number) => void) =>
    requestAnimationFrame(() => setTimeout(() => then(performance.now()), 0));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      state.longTasks.push({ start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  const cards = new MutationObserver(() => {
    if (document.querySelector('[role=listitem]')) {
      cards.disconnect();
      afterPaint((t) => (state.firstCard = t));
    }
  });
  cards.observe(document, { subtree: true, childList: true });
  const count = new MutationObserver(() => {
    if (document.querySelector('[data-testid=result-count]')) {
      count.disconnect();
      afterPaint((t) => (state.complete = t));
    }
  });
  count.observe(document, { subtree: true, childList: true });
  document.addEventListener(
    'input',
    (e) => {
      const t = e.target;
      if (t instanceof HTMLInputElement && t.type === 'search') {
        state.inputs.push({ value: t.value, at: e.timeStamp });
      }
    },
    true,
  );
}

/**
 * Records every painted change of the result count (runs in the page, once the grid shows).
 * It watches only that element, so scrolling the grid costs the probe nothing.
 */
export function watchResultCount(): void {
  const state = window.browseProbe;
  const el = document.querySelector('[data-testid=result-count]')!;
  let last = '';
  new MutationObserver(() => {
    const stale = el.className.includes('opacity-');
    const text = el.textContent ?? '';
    if (`${stale}:${text}` === last) return;
    last = `${stale}:${text}`;
    requestAnimationFrame(() =>
      setTimeout(() => state.counts.push({ text, stale, at: performance.now() }), 0),
    );
  }).observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** Scrolls the window to the bottom, `step` px per frame (runs in the page); resolves its duration. */
export function scrollToBottom(step: number): Promise<number> {
  return new Promise((done) => {
    const t0 = performance.now();
    const tick = () => {
      const max = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollBy(0, step);
      if (window.scrollY >= max - 1) done(performance.now() - t0);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
