/**
 * The catalog hygiene check of issue 13 item 4 over the real catalogs and code, plus the rules
 * themselves on small made-up catalogs (so each rule is seen to fire).
 */
import { describe, expect, it } from 'vitest';
import { REGISTRY_ERROR_KINDS } from '../../core/rpc/error-codes.ts';
import { catalogProblems, placeholders } from './catalog-rules.ts';
import { APP_DIR, readAllowIdentical, readCatalogs } from './catalog-files.ts';
import { scanUsage, usageOf } from './scan-usage.ts';

describe('the console catalogs', () => {
  it('are complete, used, consistent and translated in every locale', () => {
    expect(catalogProblems(readCatalogs(), scanUsage(APP_DIR), readAllowIdentical())).toEqual([]);
  });

  it('have a message for every registry error kind and nothing else under errors.remote', () => {
    const en = readCatalogs().en_US!;
    const remote = Object.keys(en).filter((k) => k.startsWith('errors.remote.')).map((k) => k.slice('errors.remote.'.length));
    expect(remote.sort()).toEqual([...new Set(Object.values(REGISTRY_ERROR_KINDS))].sort());
  });
});

describe('catalog rules', () => {
  const usage = usageOf([`t('a.hello'); t('a.count', { n }); t(\`a.err.\${code}\`)`]);
  const en = { 'a.hello': 'Hello', 'a.count': '{n, plural, one {# file} other {# files}}', 'a.err.X': 'Bad' };

  it('accepts a clean set', () => {
    const de = { 'a.hello': 'Hallo', 'a.count': '{n, plural, one {# Datei} other {# Dateien}}', 'a.err.X': 'Schlecht' };
    expect(catalogProblems({ en_US: en, de_DE: de }, usage, {})).toEqual([]);
  });

  it('reports a missing key, an unused key, a placeholder mismatch and an English copy', () => {
    const de = { 'a.hello': 'Hello', 'a.count': '{count, plural, one {# Datei} other {# Dateien}}' };
    const withNewKey = usageOf([`t('a.hello'); t('a.count', { n }); t(\`a.err.\${code}\`); t('a.gone2')`]);
    const problems = catalogProblems({ en_US: { ...en, 'a.unused': 'x' }, de_DE: { ...de, 'a.unused': 'y' } }, withNewKey, {});
    expect(problems).toEqual(
      expect.arrayContaining([
        'en_US: "a.gone2" is used by the code but missing',
        'en_US: "a.unused" is not used by the code',
        'de_DE: "a.err.X" is missing',
        'de_DE: "a.count" has placeholders [{count}], en_US has [{n}]',
        'de_DE: "a.hello" is the English text',
      ]),
    );
  });

  it('refuses padding that would make a copy of English look different', () => {
    const de = { 'a.hello': 'Hello ', 'a.count': '{n, plural, other {# Dateien}}', 'a.err.X': 'Schlecht' };
    expect(catalogProblems({ en_US: en, de_DE: de }, usage, {})).toEqual(['de_DE: "a.hello" has leading or trailing spaces']);
  });

  it('lets an allow-listed technical token equal English, and only that', () => {
    const de = { 'a.hello': 'Hello', 'a.count': '{n, plural, other {# Dateien}}', 'a.err.X': 'Bad' };
    expect(catalogProblems({ en_US: en, de_DE: de }, usage, { de_DE: ['a.hello'] })).toEqual(['de_DE: "a.err.X" is the English text']);
  });

  it('compares argument names, select cases and tags, not plural categories', () => {
    expect(placeholders('{a, select, x {<b>{n}</b>} other {y}}')).toEqual(['<b>', '{a, select, other x}', '{n}']);
    expect(placeholders('{n, plural, one {#} few {#} other {#}}')).toEqual(placeholders('{n}'));
  });
});
