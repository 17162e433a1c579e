/**
 * @module
 * The retention rules as typed on the form (core/registry/retention.ts): each rule has a switch
 * and a value; a rule that is on needs a valid value (a whole number ≥ 0, a calendar date, a
 * StartOS version). A date means the start of that day in UTC, as the registry's `publishedAt`
 * is UTC.
 */
import { parseVersion } from '../../../../core/exver/index.ts';
import type { RetentionRules } from '../../../../core/registry/retention.ts';
import type { MessageKey } from '../../../i18n/i18n.ts';

export interface RetentionForm {
  keepOn: boolean;
  keep: string;
  dateOn: boolean;
  date: string;
  osOn: boolean;
  os: string;
}

export const INITIAL_RETENTION_FORM: RetentionForm = { keepOn: true, keep: '1', dateOn: false, date: '', osOn: false, os: '' };

export type RetentionFormErrors = Partial<Record<'keep' | 'date' | 'os', MessageKey>>;

/** The rules of a valid form, or the message key of each invalid field. */
export function readRetentionForm(f: RetentionForm): { rules: RetentionRules; errors: RetentionFormErrors } {
  const errors: RetentionFormErrors = {};
  const keep = f.keep.trim();
  if (f.keepOn && !/^\d{1,4}$/.test(keep)) errors.keep = 'retention.keepInvalid';
  const date = f.date.trim();
  if (f.dateOn && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))) errors.date = 'retention.dateInvalid';
  const os = f.os.trim();
  if (f.osOn) {
    try {
      parseVersion(os);
    } catch {
      errors.os = 'retention.osInvalid';
    }
  }
  return {
    rules: {
      keepNewest: f.keepOn && !errors.keep ? Number(keep) : null,
      publishedBefore: f.dateOn && !errors.date ? `${date}T00:00:00Z` : null,
      notNewestFromOs: f.osOn && !errors.os ? os : null,
    },
    errors,
  };
}
