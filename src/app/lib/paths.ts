/**
 * @module
 * Every route of the console, in one place (bulletproof-react's `config/paths.ts`): each entry
 * has its route pattern (`path`, relative to its parent as react-router nests them) and
 * `getHref(…)`, which builds a link to it. Call sites never spell `/r/…` themselves.
 *
 * The registry URL travels as one percent-encoded path segment. It is decoded exactly once,
 * here, from the raw (still encoded) location pathname: react-router's own param decoding also
 * turns a literal `%2F` into `/`, and decoding its result a second time sent requests for a
 * registry path holding `%25` to the wrong URL.
 */
import { useLocation } from 'react-router';

const seg = encodeURIComponent;

/** `?a=1&b=2` from the defined values, or '' when there are none. */
function query(params: Record<string, string | null | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

const registryBase = (url: string) => `/r/${seg(url)}`;
const curateBase = (url: string) => `${registryBase(url)}/curate`;

export const paths = {
  home: { path: '/', getHref: () => '/' },
  keys: { path: '/keys', getHref: () => '/keys' },
  /**
   * The channel board; `line` is a shared line's query (channel-line.ts `encodeLine`), `from` +
   * `id` + `version` open the promotion of that version from that registry.
   */
  channels: {
    path: '/channels',
    getHref: (opts: { line?: string; from?: string; id?: string; version?: string } = {}) =>
      `/channels${opts.line ? `?${opts.line}` : query({ from: opts.from, id: opts.id, v: opts.version })}`,
  },
  history: { path: '/history', getHref: () => '/history' },
  /** The key-compromise response across every saved registry. */
  keyCompromise: { path: '/key-compromise', getHref: () => '/key-compromise' },
  registry: {
    path: '/r/:registry',
    /** The registry's package list; `category` preselects a category (`?cat=`). */
    browse: { getHref: (url: string, opts: { category?: string } = {}) => `${registryBase(url)}${query({ cat: opts.category })}` },
    package: {
      path: 'p/:id',
      getHref: (url: string, id: string, opts: { version?: string } = {}) => `${registryBase(url)}/p/${seg(id)}${query({ v: opts.version })}`,
    },
    publish: { path: 'publish', getHref: (url: string) => `${registryBase(url)}/publish` },
    /** The metrics dashboard (admins; range and package in its query, features/metrics/lib/range.ts). */
    metrics: {
      path: 'metrics',
      getHref: (url: string, range: { from?: string; to?: string; by?: 'day' | 'week' } = {}) => `${registryBase(url)}/metrics${query(range)}`,
    },
    /** The admin overview: counts and every warning, each linking to where it is fixed. */
    overview: { path: 'overview', getHref: (url: string) => `${registryBase(url)}/overview` },
    /** The access review (signers × packages); `all` lists every package, not only scoped ones. */
    access: { path: 'access', getHref: (url: string, opts: { all?: boolean } = {}) => `${registryBase(url)}/access${query({ all: opts.all ? '1' : null })}` },
    /** StartOS releases and their image assets. */
    os: { path: 'os', getHref: (url: string) => `${registryBase(url)}/os` },
    health: { path: 'health', getHref: (url: string) => `${registryBase(url)}/health` },
    /** The database viewer; `pointer` opens a JSON pointer (`?p=`). */
    database: { path: 'database', getHref: (url: string, opts: { pointer?: string } = {}) => `${registryBase(url)}/database${query({ p: opts.pointer })}` },
    curate: {
      path: 'curate',
      getHref: (url: string) => curateBase(url),
      categories: { path: 'categories', getHref: (url: string) => `${curateBase(url)}/categories` },
      /** Signers and admins; `edit` opens one signer's form (`?edit=<guid>`). */
      signers: { path: 'signers', getHref: (url: string, opts: { edit?: string } = {}) => `${curateBase(url)}/signers${query({ edit: opts.edit })}` },
      /** Package scopes; `pkg` opens one package's scopes (`?pkg=`). */
      scopes: { path: 'scopes', getHref: (url: string, opts: { pkg?: string } = {}) => `${curateBase(url)}/scopes${query({ pkg: opts.pkg })}` },
      identity: { path: 'identity', getHref: (url: string) => `${curateBase(url)}/identity` },
      /** Retention: old versions removed in bulk by rule. */
      retention: { path: 'retention', getHref: (url: string) => `${curateBase(url)}/retention` },
    },
  },
} as const;

/** An href for a plain `<a>` outside the router (toasts): the hash router's `#` + route. */
export function hashHref(route: string): string {
  return `#${route}`;
}

/**
 * The registry URL of a raw location pathname (`/r/<encoded url>/…`), decoded once; null
 * outside registry routes or when the segment is not valid percent-encoding.
 */
export function registryFromPathname(pathname: string): string | null {
  const m = /^\/r\/([^/]+)(?:\/|$)/.exec(pathname);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}

/** The registry URL of the current route, or null outside registry routes. */
export function useRouteRegistry(): string | null {
  return registryFromPathname(useLocation().pathname);
}
