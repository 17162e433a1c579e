import { describe, expect, it } from 'vitest';
import { keyUseFor } from './registry-scope.tsx';

const saved = [{ url: 'http://a.test', label: null, context: null, addedAt: '2026-12-01T00:00:00Z' }];

describe('keyUseFor: the key signs only for saved registries (issue 11, item 8)', () => {
  it('no key, still loading, unsaved, saved', () => {
    expect(keyUseFor('http://a.test', null, saved)).toBe('no-key');
    expect(keyUseFor('http://a.test', 'PEM', undefined)).toBe('pending');
    expect(keyUseFor('http://b.test', 'PEM', saved)).toBe('unsaved');
    expect(keyUseFor('http://a.test', 'PEM', saved)).toBe('signs');
  });
});
