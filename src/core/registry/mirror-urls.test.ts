import { describe, expect, it } from 'vitest';
import { exampleIndex } from '../testing/example-index.ts';
import { canRemoveUrl, versionUrls } from './mirror-urls.ts';

describe('mirror URLs', () => {
  it('a URL can be removed only when no variant would be left without one', () => {
    const info = structuredClone(exampleIndex().packages['bitcoind']!.versions['28.1:0']!);
    const urls = versionUrls(info);
    expect(urls.length).toBeGreaterThan(1);
    // the example's x86_64 variant has a mirror: both its URLs are removable unless sole elsewhere
    for (const u of urls) {
      const sole = info.s9pks.some(([, a]) => a.urls.length === 1 && a.urls[0] === u);
      expect(canRemoveUrl(info, u)).toBe(!sole);
    }
    const shared = 'https://shared.test/x.s9pk';
    info.s9pks = [structuredClone(info.s9pks[0]!), structuredClone(info.s9pks[0]!)];
    info.s9pks[0]![1].urls = [shared, 'https://a.test/'];
    info.s9pks[1]![1].urls = [shared];
    expect(canRemoveUrl(info, shared)).toBe(false);
    expect(canRemoveUrl(info, 'https://a.test/')).toBe(true);
  });
});
