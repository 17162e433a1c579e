/**
 * Tests for summaries.ts: the index digest with the short description in the reader's language
 * (upstream's fallback rule), everything else as digested.
 */
import { describe, expect, it } from 'vitest';
import { digestIndex } from '../../../../core/registry/package-digest.ts';
import { summarizeDigests, summarizeIndex } from './summaries.ts';
import { exampleIndex } from '../testing/fixtures.ts';

describe('summaries', () => {
  it('localizes the short description with the upstream fallback rule', () => {
    const index = exampleIndex();
    index.packages['bitcoind']!.versions['28.1:0']!.description.short = {
      en_US: 'A full node',
      de_DE: 'Ein Vollknoten',
    };
    expect(summarizeIndex(index, 'de-AT')[0]!.description).toBe('Ein Vollknoten');
    expect(summarizeIndex(index, 'fr-FR')[0]!.description).toBe('A full node');
  });

  it('keeps every other field of the digest, in its order', () => {
    const digests = digestIndex(exampleIndex()).packages;
    const summaries = summarizeDigests(digests, 'en-US');
    expect(summaries.map(({ description: _, ...rest }) => rest)).toEqual(digests.map(({ description: _, ...rest }) => rest));
    expect(summaries[0]!.description).toBe('A full Bitcoin node');
  });
});
