/**
 * Catalogs compiled at build time format exactly as the ICU source would at run time, keep
 * plain text as strings, and fill a locale's missing keys with English, listed as such.
 */
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { compileMessage, compileSlice } from './compile-catalog.ts';

describe('compileMessage', () => {
  it('keeps plain text a string', () => {
    expect(compileMessage('Search', 'en-US')).toBe('Search');
  });

  it('compiles ICU to the AST intl-messageformat formats like the source text', () => {
    const source = '{count, plural, =0 {No packages} one {# package} few {# pakiety} other {# packages}} in <b>{category}</b>';
    const compiled = compileMessage(source, 'pl-PL');
    expect(typeof compiled).not.toBe('string');
    for (const count of [0, 1, 3, 5, 1234]) {
      const values = { count, category: 'Bitcoin', b: (c: string[]) => `*${c.join('')}*` };
      expect(new IntlMessageFormat(compiled, 'pl-PL').format(values)).toBe(new IntlMessageFormat(source, 'pl-PL').format(values));
    }
  });

  it('turns ICU quoting into its text, so an escaped brace is not left a string', () => {
    const compiled = compileMessage("Use '{name}' literally, it''s fine", 'en-US');
    expect(new IntlMessageFormat(compiled, 'en-US').format()).toBe("Use {name} literally, it's fine");
  });
});

describe('compileSlice', () => {
  const english = { 'a.hello': 'Hello', 'a.count': '{n, plural, one {# file} other {# files}}', 'a.new': 'New' };

  it('takes the given keys in order and marks the ones the locale lacks as English', () => {
    const de = { 'a.hello': 'Hallo', 'a.count': '{n, plural, one {# Datei} other {# Dateien}}' };
    const slice = compileSlice(['a.new', 'a.hello'], de, 'de-DE', english);
    expect(slice).toEqual({ messages: { 'a.new': 'New', 'a.hello': 'Hallo' }, english: ['a.new'] });
  });

  it('lists nothing as English in the English catalog itself', () => {
    expect(compileSlice(Object.keys(english), english, 'en-US', english).english).toEqual([]);
  });
});
