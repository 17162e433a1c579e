import { describe, expect, it } from 'vitest';
import { categoryIdError, editorLocales, emptyNameDraft, nameDraftOf, nameFromDraft, sameLocaleString } from './category-name.ts';

describe('category name drafts', () => {
  it('round-trips a localized name, keeping only filled-in locales', () => {
    const d = nameDraftOf({ en_US: 'Finance', de_DE: 'Finanzen' });
    expect(d.mode).toBe('localized');
    expect(d.locales.es_ES).toBe('');
    expect(nameFromDraft(d)).toEqual({ ok: true, name: { en_US: 'Finance', de_DE: 'Finanzen' } });
  });

  it('keeps extra locales a category already has', () => {
    const d = nameDraftOf({ en_US: 'Media', it_IT: 'Media' });
    expect(editorLocales(d)).toEqual(['en_US', 'es_ES', 'de_DE', 'pl_PL', 'fr_FR', 'it_IT']);
    expect(nameFromDraft(d)).toEqual({ ok: true, name: { en_US: 'Media', it_IT: 'Media' } });
  });

  it('supports a plain string', () => {
    const d = nameDraftOf('Tools');
    expect(d.mode).toBe('plain');
    expect(nameFromDraft({ ...d, plain: '  Tools ' })).toEqual({ ok: true, name: 'Tools' });
    expect(nameFromDraft({ ...d, plain: '' }).ok).toBe(false);
  });

  it('needs at least one language', () => {
    const r = nameFromDraft(emptyNameDraft());
    expect(!r.ok && r.error).toMatch(/at least one language/);
  });

  it('compares LocaleStrings regardless of key order', () => {
    expect(sameLocaleString({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true);
    expect(sameLocaleString({ a: '1' }, { a: '1', b: '2' })).toBe(false);
    expect(sameLocaleString('x', { en_US: 'x' })).toBe(false);
  });
});

describe('categoryIdError', () => {
  it('wants a new, URL-friendly id', () => {
    expect(categoryIdError('finance', ['media'])).toBeNull();
    expect(categoryIdError('', [])).toMatch(/Enter an id/);
    expect(categoryIdError('Finance Tools', [])).toMatch(/lower-case/);
    expect(categoryIdError('media', ['media'])).toMatch(/already exists/);
  });
});
