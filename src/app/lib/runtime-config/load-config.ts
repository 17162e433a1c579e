/**
 * @module
 * Reads `config.json` from beside `index.html` once at startup (same origin: the CSP's
 * `connect-src 'self'`). No file is not an error: 404, or the `index.html` that single-page
 * hosts send for unknown paths, means the defaults. Anything else that is not a valid file is
 * a precise error for the startup screen and the browser console.
 */
import { DEFAULT_CONFIG, parseRuntimeConfig, type ParsedConfig } from './config-schema.ts';

export const CONFIG_FILE = 'config.json';

export interface LoadConfigOptions {
  /** Honour a `demo` section (development builds only). */
  allowDemo: boolean;
  /** The document's base URL; `config.json` is resolved against it. */
  baseUrl: string;
  fetch?: typeof fetch;
}

/** Loads and checks the runtime configuration; never throws. */
export async function loadRuntimeConfig({ allowDemo, baseUrl, fetch: get = fetch }: LoadConfigOptions): Promise<ParsedConfig> {
  const url = new URL(CONFIG_FILE, baseUrl).href;
  let res: Response;
  try {
    // no-cache: a deploy that edits config.json takes effect on the next load
    res = await get(url, { cache: 'no-cache', credentials: 'same-origin' });
  } catch (e) {
    return { ok: false, problems: [`could not read ${url}: ${(e as Error).message}`] };
  }
  if (res.status === 404) return { ok: true, config: DEFAULT_CONFIG, notes: [] };
  if (!res.ok) return { ok: false, problems: [`could not read ${url}: HTTP ${res.status}`] };
  if (/^text\/html\b/i.test(res.headers.get('content-type') ?? '')) return { ok: true, config: DEFAULT_CONFIG, notes: [] };
  let json: unknown;
  try {
    json = JSON.parse(await res.text());
  } catch (e) {
    return { ok: false, problems: [`${CONFIG_FILE} is not valid JSON: ${(e as Error).message}`] };
  }
  return parseRuntimeConfig(json, { allowDemo });
}
