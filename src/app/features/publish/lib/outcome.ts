/**
 * @module
 * What publishing a file did, as a short lower-case phrase for "Added to the registry (…)":
 * the row keeps the verdict's kind (not words), so the phrase follows the active language.
 */
import { translate, type MessageKey, type Translate } from '../../../i18n/i18n.ts';
import type { RowVerdict } from '../../../lib/publishing/preflight-reports.ts';

/** The verdict a published row had (null: published without a report). */
export type Outcome = RowVerdict['kind'] | null;

const PHRASE: Partial<Record<RowVerdict['kind'], MessageKey>> = {
  'new-package': 'publish.outcome.newPackage',
  'new-version': 'publish.outcome.newVersion',
  'new-variant': 'publish.outcome.newVariant',
  'same-archive': 'publish.outcome.sameArchive',
  'replaces-variant': 'publish.outcome.replacedVariant',
};

export function outcomeText(outcome: Outcome, t: Translate = translate): string {
  return t((outcome && PHRASE[outcome]) ?? 'publish.outcome.published');
}
