import { describe, expect, it } from 'vitest';
import { keyUseFor } from './registry-scope.tsx';

const saved = [{ url: 'http://a.test', label: null, context: null, addedAt: '2026-12-01T00:00:00Z' }];
const key = { id: 'a' };

describe('keyUseFor: the key signs only for saved registries (issue 11, item 8)', () => {
  it('no key, still loading, unsaved, saved', () => {
    expect(keyUseFor('http://a.test', null, saved)).toBe('no-key');
    expect(keyUseFor('http://a.test', key, undefined)).toBe('pending');
    expect(keyUseFor('http://b.test', key, saved)).toBe('unsaved');
    expect(keyUseFor('http://a.test', key, saved)).toBe('signs');
  });

  it("a registry's default key: only that key signs there (issue 14 item 2)", () => {
    const withKey = [{ ...saved[0]!, keyId: 'a' }];
    expect(keyUseFor('http://a.test', { id: 'a' }, withKey)).toBe('signs');
    expect(keyUseFor('http://a.test', { id: 'b' }, withKey)).toBe('wrong-key');
    expect(keyUseFor('http://a.test', { id: 'b' }, [{ ...saved[0]!, keyId: null }])).toBe('signs');
  });
});
