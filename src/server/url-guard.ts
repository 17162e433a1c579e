/**
 * @module
 * `--deny-private-urls` (issue 11 item 12; upstream fetches any http(s) URL): a `fetch` that
 * refuses loopback, private and link-local targets — IP literals directly, names by what the
 * injected resolver says they resolve to — and follows redirects itself so every hop is checked.
 * Residual risk: `fetch` resolves the name again, so a name whose answer changes between the
 * check and the connection (DNS rebinding) is not caught.
 */
import type { HostResolver } from './ports.ts';
import { isPrivateAddress, parseIpv4 } from './private-address.ts';

/** Redirect hops followed, like `fetch`'s own limit. */
const MAX_REDIRECTS = 20;

/** Why a target was refused; the fetcher reports it with the same generic message as any failure. */
export class DeniedTargetError extends Error {
  constructor(url: string, why: string) {
    super(`${url}: ${why}`);
    this.name = 'DeniedTargetError';
  }
}

/** Throws DeniedTargetError unless `url` is http(s) to a public address. */
export async function assertPublicTarget(url: string, resolver: HostResolver): Promise<void> {
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:') throw new DeniedTargetError(url, `${protocol} URLs are refused`);
  const host = hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = parseIpv4(host) !== null || host.includes(':');
  let addresses: string[];
  try {
    addresses = literal ? [host] : await resolver.lookup(host);
  } catch {
    throw new DeniedTargetError(url, `${host} does not resolve`);
  }
  const denied = addresses.length === 0 ? host : addresses.find(isPrivateAddress);
  if (denied !== undefined) throw new DeniedTargetError(url, `${denied} is not a public address`);
}

/** Wraps `fetch` so that every request and redirect hop goes to a public address. */
export function publicOnlyFetch(resolver: HostResolver, inner: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    let url = input instanceof Request ? input.url : String(input);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      await assertPublicTarget(url, resolver);
      const res = await inner(url, { ...init, redirect: 'manual' });
      const location = res.headers.get('location');
      if (res.status < 300 || res.status > 399 || location === null) return res;
      await res.body?.cancel().catch(() => undefined);
      url = new URL(location, url).href;
    }
    throw new DeniedTargetError(url, 'too many redirects');
  };
}
