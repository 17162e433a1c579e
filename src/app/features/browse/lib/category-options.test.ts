/**
 * Tests for category-options.ts.
 */
import { describe, expect, it } from 'vitest';
import { categoryOptions } from './category-options.ts';
import { summarizeIndex } from './summaries.ts';
import { bigIndex } from '../testing/search-fixtures.ts';

const summaries = summarizeIndex(bigIndex(), 'en-US');

describe('categoryOptions', () => {
  it('localizes names, counts packages and keeps dangling ids', () => {
    const opts = categoryOptions(bigIndex().categories, summaries, 'de-DE');
    expect(opts).toEqual([
      { id: 'bitcoin', name: 'Bitcoin', count: 2 },
      { id: 'featured', name: 'Empfohlen', count: 2 },
      { id: 'gone', name: 'gone', count: 1 },
    ]);
  });
});
