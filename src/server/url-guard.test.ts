// Issue 11 item 12: `--deny-private-urls` refuses non-public targets (literals, names through the
// injected resolver, every redirect hop), and every download failure reads the same to a client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostResolver } from './ports.ts';
import { publish, startFileHost, type FileHost } from './testing/publish-harness.ts';
import { httpS9pkFetcher } from './s9pk-fetch.ts';
import { createHarness } from './testing/test-harness.ts';
import { publicOnlyFetch } from './url-guard.ts';

const resolver: HostResolver = {
  lookup: (host) => {
    const table: Record<string, string[]> = {
      'public.test': ['93.184.216.34', '2606:2800:220:1::1'],
      'mixed.test': ['93.184.216.34', '10.0.0.5'],
      'mapped.test': ['::ffff:169.254.169.254'],
    };
    return table[host] ? Promise.resolve(table[host]) : Promise.reject(new Error('ENOTFOUND'));
  },
};

/** A fake network: records what was requested; `public.test/hop` redirects to `to`. */
function network(to = 'http://127.0.0.1/') {
  const seen: string[] = [];
  const inner: typeof fetch = (input) => {
    const url = String(input);
    seen.push(url);
    if (url.endsWith('/hop')) return Promise.resolve(new Response(null, { status: 302, headers: { location: to } }));
    return Promise.resolve(new Response('ok'));
  };
  return { seen, fetch: publicOnlyFetch(resolver, inner) };
}

describe('publicOnlyFetch', () => {
  it.each([
    'http://127.0.0.1/a', 'http://2130706433/a', 'http://[::1]/a', 'http://[::ffff:127.0.0.1]/a', 'http://[fe80::1]/a',
    'http://169.254.169.254/latest', 'http://mixed.test/a', 'http://mapped.test/a', 'http://unknown.test/a', 'file:///etc/passwd',
  ])('refuses %s without connecting', async (url) => {
    const n = network();
    await expect(n.fetch(url)).rejects.toThrow(/not a public address|does not resolve|URLs are refused/);
    expect(n.seen).toEqual([]);
  });

  it('allows public names and follows redirects itself, checking every hop', async () => {
    const ok = network('http://public.test/final');
    expect(await (await ok.fetch('http://public.test/hop')).text()).toBe('ok');
    expect(ok.seen).toEqual(['http://public.test/hop', 'http://public.test/final']);
    const bad = network('http://[::ffff:7f00:1]:8080/admin');
    await expect(bad.fetch('http://public.test/hop')).rejects.toThrow(/not a public address/);
    expect(bad.seen).toEqual(['http://public.test/hop']);
  });
});

describe('package.add download failures', () => {
  let files: FileHost;
  beforeAll(async () => {
    files = await startFileHost();
  });
  afterAll(() => files.close());

  const generic = (url: string) => `${url}: could not download the archive`;
  const details = (r: { error?: { data?: unknown } }) => JSON.stringify(r.error?.data);

  it('refused connection, unknown name, timeout and HTTP 404 all read the same', async () => {
    const a = await files.put('generic.s9pk', { id: 'generic' });
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const noName: typeof fetch = () => Promise.reject(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND') }));
    const cases: [string, Parameters<typeof httpS9pkFetcher>[0]][] = [
      [`${files.url}/missing.s9pk`, {}],
      ['http://127.0.0.1:9/closed.s9pk', {}],
      ['http://nowhere.test/a.s9pk', { fetch: noName }],
      ['http://slow.test/a.s9pk', { fetch: never, timeoutMs: 50 }],
    ];
    for (const [url, options] of cases) {
      const h = await createHarness({ fetcher: httpS9pkFetcher(options) });
      const r = await publish(h, h.admin, [url], a.commitment);
      expect(r.error?.code).toBe(9);
      expect(details(r)).toBe(JSON.stringify({ details: generic(url), debug: generic(url), info: null }));
    }
  });

  it('--deny-private-urls refuses the loopback file host with the same message; off, it publishes', async () => {
    const a = await files.put('loopback.s9pk', { id: 'loopback' });
    const denied = await createHarness({ fetcher: httpS9pkFetcher({ denyPrivate: resolver }) });
    const r = await publish(denied, denied.admin, [a.url], a.commitment);
    expect(r.error?.code).toBe(9);
    expect(details(r)).toContain(generic(a.url));
    expect(files.requests.some((q) => q.path === '/loopback.s9pk')).toBe(false);
    const open = await createHarness();
    expect((await publish(open, open.admin, [a.url], a.commitment)).result).toBeNull();
  });
});
