import { describe, expect, it } from 'vitest';
import { reviewAccess } from '../../../../core/registry/access-review.ts';
import { example, exampleIndex } from '../../../../core/testing/example-index.ts';
import { translate } from '../../../i18n/i18n.ts';
import { accessCsv, accessCsvName } from './access-csv.ts';

describe('accessCsv', () => {
  it('writes one line per package and signer with a scope or a publish seen, headers in English', () => {
    const review = reviewAccess({ signers: example.signers, admins: ['RRUXNZNVIECBLPPJBC6U33QV36YWPKOI'], packages: exampleIndex().packages, os: null });
    const lines = accessCsv(review, review.rows, translate).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Package,Signer,Signer ID,Administrator,Scope range,Last version seen,Published at,Keys');
    // the spec example: Alice scoped on bitcoind; the developer key and the admin signed variants
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 7).join(','))).toEqual([
      'bitcoind,Alice,FPMANSL7BYAK6GQ7YMZI7J3DVETJOI6I,no,>=28.0:0,28.1:0,2026-06-01T12:05:10.500Z',
      'bitcoind,Package Developer,54TA5GVDYZZ26JANC6RGMBEAGYNI4CA5,no,,28.1:0,2026-06-01T12:05:10.500Z',
      'hello-world,Package Developer,54TA5GVDYZZ26JANC6RGMBEAGYNI4CA5,no,,1.0.0:0,2026-05-20T08:30:00Z',
      'hello-world,Registry Admin,RRUXNZNVIECBLPPJBC6U33QV36YWPKOI,yes,,1.0.0:0,2026-05-20T08:30:00Z',
    ]);
    expect(lines[1]).toMatch(/,SHA256:[A-Za-z0-9+/]{43}$/);
    expect(accessCsv(review, [], translate)).toBe(`${lines[0]}\r\n`);
  });

  it('names the file after the registry host', () => {
    expect(accessCsvName('http://127.0.0.1:5959/', false)).toBe('127.0.0.1_5959-access-review.csv');
    expect(accessCsvName('not a url', true)).toBe('registry-access-review-all.csv');
  });
});
