import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('quotes only fields that need it and ends lines with CRLF', () => {
    expect(toCsv(['package', 'count'], [['bitcoind', 3], ['a,b', 1], ['say "hi"', 0], ['two\nlines', 2]])).toBe(
      'package,count\r\nbitcoind,3\r\n"a,b",1\r\n"say ""hi""",0\r\n"two\nlines",2\r\n',
    );
  });
});
