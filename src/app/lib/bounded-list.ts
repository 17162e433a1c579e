/**
 * @module
 * Long lists from files and registries are shown up to a limit and summarized beyond it
 * ("and K more"): a manifest may declare up to core's MAX_DEPENDENCIES (1000), and a hostile
 * registry any number; rendering each as a list item blocks the main thread.
 */
import { translate, type MessageKey, type Translate } from '../i18n/i18n.ts';

/**
 * Most dependencies the pre-flight report and the package page list one by one. Real
 * packages declare a handful; 20 keeps a report readable and any render cheap.
 */
export const DEPENDENCY_DISPLAY_LIMIT = 20;

/** The first `limit` items, and how many are left out. */
export function boundedList<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/** The catalog key of "and K more …" for each kind of item listed. */
const MORE = { dependency: 'list.moreDependencies' } as const satisfies Record<string, MessageKey>;

/** "and 3 more dependencies" ("and 1 more dependency"), in the active language. */
export function moreText(more: number, what: keyof typeof MORE, t: Translate = translate): string {
  return t(MORE[what], { count: more });
}
