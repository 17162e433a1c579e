import { describe, expect, it } from 'vitest';
import { hashHref, paths, registryFromPathname } from './paths.ts';

describe('paths', () => {
  it('encode the registry URL as one path segment', () => {
    expect(paths.registry.browse.getHref('http://localhost:5959')).toBe('/r/http%3A%2F%2Flocalhost%3A5959');
    expect(paths.registry.package.getHref('http://h', 'hello world', { version: '1.0:0' })).toBe('/r/http%3A%2F%2Fh/p/hello%20world?v=1.0%3A0');
    expect(paths.registry.browse.getHref('http://h', { category: 'bitcoin' })).toBe('/r/http%3A%2F%2Fh?cat=bitcoin');
    expect(paths.registry.curate.scopes.getHref('http://h', { pkg: 'lnd' })).toBe('/r/http%3A%2F%2Fh/curate/scopes?pkg=lnd');
    expect(hashHref(paths.registry.publish.getHref('http://h'))).toBe('#/r/http%3A%2F%2Fh/publish');
  });

  it("carry the admin pages' options in the query", () => {
    expect(paths.registry.curate.signers.getHref('http://h', { edit: 'ABC' })).toBe('/r/http%3A%2F%2Fh/curate/signers?edit=ABC');
    expect(paths.registry.metrics.getHref('http://h', { from: '2026-12-01', to: '2026-12-07', by: 'day' })).toBe('/r/http%3A%2F%2Fh/metrics?from=2026-12-01&to=2026-12-07&by=day');
    expect(paths.registry.access.getHref('http://h', { all: true })).toBe('/r/http%3A%2F%2Fh/access?all=1');
    expect(paths.registry.access.getHref('http://h')).toBe('/r/http%3A%2F%2Fh/access');
    expect(paths.registry.overview.getHref('http://h')).toBe('/r/http%3A%2F%2Fh/overview');
  });

  it.each(['http://registry.test/base%2541', 'http://registry.test/a%2Fb', 'https://r.example:8443/x?y#z', 'http://[::1]:5959'])(
    'round-trip %s through an href, decoded exactly once',
    (url) => {
      expect(registryFromPathname(paths.registry.package.getHref(url, 'p'))).toBe(url);
      expect(registryFromPathname(paths.registry.browse.getHref(url))).toBe(url);
    },
  );

  it('find no registry outside registry routes or in a malformed segment', () => {
    expect(registryFromPathname('/keys')).toBeNull();
    expect(registryFromPathname('/r/')).toBeNull();
    expect(registryFromPathname('/r/%E0%A4%A')).toBeNull();
  });
});
