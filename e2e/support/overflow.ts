/**
 * Layout checks for long words (issue 13 item 6): no button, label, table cell or navigation
 * heading/link whose content is wider than its box, no horizontal scrolling of the document,
 * and every table wider than its parent inside its own horizontally scrolling container.
 */
import type { Page } from 'playwright-core';

/** What `overflowProblems` inspects: controls, labels, cells, and headings and links in nav. */
export const OVERFLOW_SELECTOR = 'button, label, th, td, nav a, nav h1, nav h2, nav h3, h1, h2, h3, summary, select';

/**
 * Returns one line per element whose content overflows its box by more than 1 px (rounding),
 * plus a line when the document scrolls sideways or a table is wider than its parent outside
 * an `overflow-x: auto|scroll` container. Hidden, screen-reader-only and intentionally
 * truncated (`text-overflow: ellipsis`) elements are skipped.
 */
export async function overflowProblems(page: Page, label: string): Promise<string[]> {
  const lines = await page.evaluate((selector) => {
    const out: string[] = [];
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      const id = el.id ? `#${el.id}` : '';
      return `<${el.tagName.toLowerCase()}${id}> "${text}"`;
    };
    const hidden = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden') return true;
        // screen-reader-only text (Tailwind's sr-only): 1×1 px and clipped on purpose
        if (s.position === 'absolute' && e.clientWidth <= 1 && s.overflow === 'hidden') return true;
      }
      return false;
    };
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) out.push(`the document scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth} px)`);
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const s = getComputedStyle(el);
      if (s.display === 'inline' || s.textOverflow === 'ellipsis' || hidden(el)) continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${describe(el)} overflows its box (${el.scrollWidth} > ${el.clientWidth} px)`);
    }
    for (const table of document.querySelectorAll('table')) {
      const parent = table.parentElement;
      if (!parent || hidden(table) || table.offsetWidth <= parent.clientWidth + 1) continue;
      let scroller = false;
      for (let e: Element | null = parent; e && !scroller; e = e.parentElement) scroller = /auto|scroll/.test(getComputedStyle(e).overflowX);
      if (!scroller) out.push(`${describe(table)} is wider than its parent without a scrolling container`);
    }
    return out;
  }, OVERFLOW_SELECTOR);
  return lines.map((l) => `${label}: ${l}`);
}
