/**
 * Tests for normalize.ts: case, accents, compatibility forms, spaces and word splitting.
 */
import { describe, expect, it } from 'vitest';
import { foldText, wordsOf } from './normalize.ts';

describe('foldText', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(foldText('  Café  Crème ')).toBe('cafe creme');
    expect(foldText('ÉCOLE')).toBe('ecole');
    expect(foldText('Ångström')).toBe('angstrom');
  });
  it('folds compatibility forms (ligatures, full-width letters)', () => {
    expect(foldText('ﬁle')).toBe('file');
    expect(foldText('ＳＶＣ')).toBe('svc');
  });
});

describe('wordsOf', () => {
  it('splits on anything that is not a letter or a digit', () => {
    expect(wordsOf('svc-0777')).toEqual(['svc', '0777']);
    expect(wordsOf('a self-hosted café, number 7')).toEqual([
      'a',
      'self',
      'hosted',
      'café',
      'number',
      '7',
    ]);
    expect(wordsOf('')).toEqual([]);
  });
});
