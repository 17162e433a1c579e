/** Tests for retention-form.ts: switches, values, and the field errors of rules that are on. */
import { describe, expect, it } from 'vitest';
import { INITIAL_RETENTION_FORM, readRetentionForm } from './retention-form.ts';

describe('readRetentionForm', () => {
  it('reads every rule that is on; a date is the start of that day in UTC', () => {
    const r = readRetentionForm({ keepOn: true, keep: ' 2 ', dateOn: true, date: '2026-03-01', osOn: true, os: '0.4.0-beta.10' });
    expect(r).toEqual({ rules: { keepNewest: 2, publishedBefore: '2026-03-01T00:00:00Z', notNewestFromOs: '0.4.0-beta.10' }, errors: {} });
  });

  it('ignores the values of rules that are off, however they read', () => {
    expect(readRetentionForm({ keepOn: false, keep: 'x', dateOn: false, date: 'soon', osOn: false, os: '?' })).toEqual({
      rules: { keepNewest: null, publishedBefore: null, notNewestFromOs: null },
      errors: {},
    });
  });

  it('names each invalid field of a rule that is on and leaves that rule out', () => {
    const r = readRetentionForm({ ...INITIAL_RETENTION_FORM, keep: '-1', dateOn: true, date: '2026-13-45', osOn: true, os: '0.4.0:0' });
    expect(r.errors).toEqual({ keep: 'retention.keepInvalid', date: 'retention.dateInvalid', os: 'retention.osInvalid' });
    expect(r.rules).toEqual({ keepNewest: null, publishedBefore: null, notNewestFromOs: null });
  });
});
