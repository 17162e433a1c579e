/** A promotion item's summary never hides a half-done version. */
import { describe, expect, it } from 'vitest';
import { translate } from '../../../i18n/i18n.ts';
import { unsettledItems, type PromotionItem, type VariantResult } from '../api/promotion-store.ts';
import { describeItem } from './describe-result.ts';

const item = (results: VariantResult[], error: unknown = null): PromotionItem => ({
  key: 'app@1.0.0:0',
  id: 'app',
  version: '1.0.0:0',
  hardware: null,
  steps: results.length > 0 ? [] : null,
  results,
  error,
});

describe('describeItem', () => {
  it('says how many variants went in when only some did', () => {
    const partly = item([{ status: 'done', urls: ['https://a.test/x.s9pk'] }, { status: 'failed', error: new Error('boom') }]);
    expect(describeItem(partly, translate)).toEqual({ tone: 'amber', text: 'Partly done: 1 of 2 variants added' });
    expect(unsettledItems({ from: 0, to: 1, running: false, items: [partly] })).toEqual([partly]);
  });

  it('counts a skipped variant as settled, and a bad URL or a blocked one as not done', () => {
    expect(describeItem(item([{ status: 'skipped' }]), translate).text).toBe('Nothing to do: already there');
    const bad = item([{ status: 'bad-url', url: 'https://a.test/x.s9pk', check: { status: 'bad', problem: 'http', method: 'HEAD', httpStatus: 404 } }, { status: 'blocked' }]);
    expect(describeItem(bad, translate)).toEqual({ tone: 'red', text: 'Not done: 2 of 2 variants' });
    expect(unsettledItems({ from: 0, to: 1, running: false, items: [item([{ status: 'skipped' }]), bad] })).toEqual([bad]);
  });

  it('reports a planning error', () => {
    expect(describeItem(item([], new Error('offline')), translate).tone).toBe('red');
  });
});
