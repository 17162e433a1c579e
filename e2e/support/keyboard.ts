/**
 * Keyboard-only driving for the end-to-end tests (issue 13 item 5): move the focus with Tab /
 * Shift+Tab until a target has it, noting every stop whose focus cannot be seen (no outline
 * or ring on the element, or on the label of a visually hidden input), and read where the
 * focus is now.
 */
import type { Locator, Page } from 'playwright-core';

declare global {
  interface Window {
    __pointerEvents?: number;
  }
}

/** Counts trusted pointer and mouse presses in the page (`pointerEvents` reads it). */
export async function countPointerEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__pointerEvents = 0;
    for (const type of ['pointerdown', 'mousedown', 'touchstart'])
      document.addEventListener(type, (e) => void (e.isTrusted && window.__pointerEvents!++), true);
  });
}

export function pointerEvents(page: Page): Promise<number> {
  return page.evaluate(() => window.__pointerEvents ?? 0);
}

export interface Focus {
  /** `<tag role name>` of the focused element, for messages. */
  what: string;
  visible: boolean;
  /** Its text content, trimmed. */
  text: string;
}

/** Where the focus is, and whether it shows (outline or box-shadow ring). */
export function focusNow(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement ?? document.body;
    const shows = (e: Element) => {
      const s = getComputedStyle(e);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !/rgba\(.*, 0\)$|transparent/.test(s.outlineColor);
      return outline || (s.boxShadow !== 'none' && s.boxShadow !== '');
    };
    const labels = el instanceof HTMLInputElement ? [...(el.labels ?? [])] : [];
    const name = el.getAttribute('aria-label') ?? labels[0]?.textContent ?? el.textContent ?? '';
    if (el === document.body) return { what: '<body>', visible: false, text: '' };
    return {
      what: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name.replace(/\s+/g, ' ').trim().slice(0, 50)}">`,
      visible: shows(el) || labels.some(shows),
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  });
}

export class FocusWalk {
  /** Every stop where the focus did not show, once each. */
  readonly invisible: string[] = [];
  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** Presses Tab (Shift+Tab with `back`) until `target` has the focus. */
  async tabTo(target: Locator, { back = false, max = 80 } = {}): Promise<Focus> {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return this.check();
      await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      await this.check();
    }
    throw new Error(`${String(target)} not reached in ${max} ${back ? 'Shift+Tab' : 'Tab'} presses; focus on ${(await focusNow(this.page)).what}`);
  }

  /** The focus now, noted when it does not show. */
  async check(): Promise<Focus> {
    const f = await focusNow(this.page);
    if (!f.visible && f.what !== '<body>' && !this.invisible.includes(f.what)) this.invisible.push(f.what);
    return f;
  }
}
