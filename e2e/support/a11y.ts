/**
 * Accessibility checks for the end-to-end tests (issue 13 item 5): axe-core through
 * `@axe-core/playwright` (a devDependency; nothing of it reaches the app bundle), reporting
 * only serious and critical violations, one readable line per offending element.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const SEVERE = new Set(['serious', 'critical']);

/**
 * Runs axe on the page as it is now (WCAG 2.x A/AA and best-practice rules) and returns one
 * line per serious or critical violation and element: `label: rule-id at <selector> — help
 * (summary)`. Empty when there is none.
 */
export async function a11yViolations(page: Page, label: string): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    // Only violations are needed; legacy mode runs axe in the page itself instead of finishing
    // in a second page per run (measured 2.4 s vs 6.4 s per run here). The console has no frames.
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  const lines: string[] = [];
  for (const v of result.violations) {
    if (!SEVERE.has(v.impact ?? '')) continue;
    for (const node of v.nodes) {
      const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim().slice(0, 240);
      lines.push(`${label}: ${v.id} at ${node.target.join(' ')} — ${v.help} (${summary})`);
    }
  }
  return lines;
}

/** Like `a11yViolations`, but throws an Error listing them (for a single check in a test). */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const lines = await a11yViolations(page, label);
  if (lines.length > 0) throw new Error(`${lines.length} serious or critical accessibility violation(s):\n${lines.join('\n')}`);
}
