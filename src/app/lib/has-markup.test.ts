import { describe, expect, it } from 'vitest';
import { hasMarkup } from './has-markup.ts';

describe('hasMarkup', () => {
  it('tells HTML from plain text', () => {
    expect(hasMarkup('a <i>b</i>')).toBe(true);
    expect(hasMarkup('<p>x')).toBe(true);
    expect(hasMarkup('1 < 2 and 3 > 2\nnext line')).toBe(false);
  });
});
