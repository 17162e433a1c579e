import { describe, expect, it } from 'vitest';
import { CoreError } from '../errors.ts';
import { pluginSet, samePluginSet, sameVersionSet, versionSet } from './metadata-sets.ts';

describe('plugins and satisfies are sets (BTreeSet upstream)', () => {
  it('pluginSet sorts, deduplicates and rejects unknown ids', () => {
    expect(pluginSet(['url-v0', 'url-v0'])).toEqual(['url-v0']);
    expect(pluginSet([])).toEqual([]);
    expect(() => pluginSet(['url-v1'])).toThrow(expect.objectContaining({ code: 'S9PK_BAD_MANIFEST', detail: { field: 'plugins' } }));
  });

  it('versionSet sorts by exver, keeps the first of equal versions and rejects non-versions', () => {
    expect(versionSet(['2.0.0:0', '1.0:0', '1.0.0:0', '1.5.0:0'])).toEqual(['1.0:0', '1.5.0:0', '2.0.0:0']);
    expect(versionSet(['1.0.0:0', '1.0:0'])).toEqual(['1.0.0:0']);
    expect(() => versionSet(['nope'])).toThrow(CoreError);
  });

  it('compares as sets', () => {
    expect(samePluginSet(['url-v0'], ['url-v0', 'url-v0'])).toBe(true);
    expect(samePluginSet([], ['url-v0'])).toBe(false);
    expect(sameVersionSet(['2.0.0:0', '1.0.0:0'], ['1.0:0', '2.0.0:0', '2.0.0:0'])).toBe(true);
    expect(sameVersionSet(['1.0.0:0'], ['1.0.1:0'])).toBe(false);
    expect(sameVersionSet(['legacy text'], ['legacy text'])).toBe(true);
    expect(sameVersionSet(['legacy text'], ['1.0.0:0'])).toBe(false);
  });
});
