/**
 * Keyboard-only driving for the end-to-end tests (issue 13 item 5): move the focus with Tab /
 * Shift+Tab until a target has it, noting every stop whose focus cannot be seen (no outline
 * or ring on the element, or on the label of a visually hidden input), and read where the
 * focus is now.
 */
import type { Locator, Page } from 'playwright-core';
import { S3_ACCESS_KEY, S3_SECRET_KEY } from '../../src/cli/stack/s3.ts';
import { PASSPHRASE } from './publish-steps.ts';

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

/**
 * Keeps Chromium's file-chooser interception on from now: `waitForEvent('filechooser')` alone
 * turns it on with a CDP round trip in parallel with the key press, and a press that wins that
 * race opens a chooser nobody sees. Call it when the page is created.
 */
export function interceptFileChoosers(page: Page): void {
  page.on('filechooser', () => undefined);
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

  /** Whether `target` holds the focus (false when it is not in the page). */
  hasFocus(target: Locator): Promise<boolean> {
    return target.evaluate((el) => el === document.activeElement).catch(() => false);
  }

  /**
   * Tabs to `target` and presses `key` on it once it (still) has the focus: a re-render of a
   * busy page may take the focus away between the last Tab and the key press.
   */
  async pressOn(target: Locator, key: string, { back = false } = {}): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await this.tabTo(target, { back, max: 150 });
      if (await this.hasFocus(target)) return this.page.keyboard.press(key);
      if (attempt === 3) throw new Error(`${String(target)} kept losing the focus`);
    }
  }

  /**
   * Presses `key` on the file-picking control `target` and answers the chooser with `path`.
   * The page must listen for 'filechooser' from its creation (see `interceptFileChoosers`).
   */
  async chooseFile(target: Locator, key: string, path: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await this.tabTo(target, { max: 150 });
      try {
        if (!(await this.hasFocus(target))) throw new Error('the focus moved away before the key press');
        const [chooser] = await Promise.all([this.page.waitForEvent('filechooser', { timeout: 30_000 }), this.page.keyboard.press(key)]);
        return chooser.setFiles(path);
      } catch (e) {
        if (attempt === 3) throw new Error(`no file chooser after ${key} on ${String(target)} (focus now on ${(await focusNow(this.page)).what})`, { cause: e });
      }
    }
  }

  /** Tabs to each labelled field inside `scope` in turn and types its value. */
  async typeFields(scope: Page | Locator, fields: readonly (readonly [label: string, value: string])[]): Promise<void> {
    for (const [label, value] of fields) {
      await this.tabTo(scope.getByLabel(label, { exact: true }));
      await this.page.keyboard.type(value);
    }
  }

  /** The focus now, noted when it does not show. */
  async check(): Promise<Focus> {
    const f = await focusNow(this.page);
    if (!f.visible && f.what !== '<body>' && !this.invisible.includes(f.what)) this.invisible.push(f.what);
    return f;
  }
}

/** The bucket form's fields and what the e2e stack's bucket needs in them. */
export function bucketFields(b: { endpoint: string; bucket: string; publicUrl: string }): [string, string][] {
  return [
    ['Endpoint', b.endpoint],
    ['Bucket', b.bucket],
    ['Public base URL', b.publicUrl],
    ['Access key ID', S3_ACCESS_KEY],
    ['Secret access key', S3_SECRET_KEY],
    ['Passphrase to encrypt the keys', PASSPHRASE],
  ];
}
