/**
 * Watches a page for Content-Security-Policy violations (issue 11 item 2): the page's own
 * `securitypolicyviolation` events, reported through an exposed binding so they survive
 * reloads, and Chromium's "Refused to …" console errors as a second witness. Neither sees a
 * violation inside a Web Worker (measured: a policy without 'wasm-unsafe-eval' leaves both
 * silent); worker.e2e.test.ts witnesses the workers by their result (blake3-wasm, not noble).
 */
import type { ConsoleMessage, Page } from 'playwright-core';

export interface CspWatch {
  /** One line per violation: directive, blocked URI and sample. */
  violations: string[];
}

declare global {
  interface Window {
    __reportCspViolation?: (line: string) => void;
  }
}

export async function watchCsp(page: Page): Promise<CspWatch> {
  const watch: CspWatch = { violations: [] };
  await page.exposeFunction('__reportCspViolation', (line: string) => {
    watch.violations.push(line);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportCspViolation?.(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`);
    });
  });
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
      watch.violations.push(`console: ${m.text()}`);
  };
  page.on('console', onConsole);
  return watch;
}
