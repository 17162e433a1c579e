import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './config-schema.ts';
import { loadRuntimeConfig } from './load-config.ts';

const BASE = 'https://console.example.com/store/index.html';

/** A fetch that answers every request with `res` and records the URLs asked for. */
function answering(res: () => Response) {
  const urls: string[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    urls.push(String(input));
    return res();
  };
  return { fetch, urls };
}

const load = (res: () => Response, allowDemo = false) => loadRuntimeConfig({ allowDemo, baseUrl: BASE, fetch: answering(res).fetch });

describe('loadRuntimeConfig', () => {
  it('reads config.json beside index.html', async () => {
    const f = answering(() => Response.json({ title: 'Store' }));
    const r = await loadRuntimeConfig({ allowDemo: false, baseUrl: BASE, fetch: f.fetch });
    expect(f.urls).toEqual(['https://console.example.com/store/config.json']);
    expect(r).toEqual({ ok: true, config: { ...DEFAULT_CONFIG, title: 'Store' }, notes: [] });
  });

  it('uses the defaults when there is no file, or a single-page host answers with index.html', async () => {
    expect(await load(() => new Response('Not Found', { status: 404 }))).toEqual({ ok: true, config: DEFAULT_CONFIG, notes: [] });
    const html = () => new Response('<!doctype html><title>x</title>', { headers: { 'content-type': 'text/html; charset=utf-8' } });
    expect(await load(html)).toEqual({ ok: true, config: DEFAULT_CONFIG, notes: [] });
  });

  it('reports a file that is not JSON, a failed request and an invalid field', async () => {
    const notJson = await load(() => new Response('{"title": ', { headers: { 'content-type': 'application/json' } }));
    expect(notJson.ok).toBe(false);
    expect(!notJson.ok && notJson.problems[0]).toMatch(/^config\.json is not valid JSON: /);
    expect(await load(() => new Response('', { status: 500 }))).toEqual({ ok: false, problems: ['could not read https://console.example.com/store/config.json: HTTP 500'] });
    const failing = loadRuntimeConfig({ allowDemo: false, baseUrl: BASE, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(await failing).toEqual({ ok: false, problems: ['could not read https://console.example.com/store/config.json: Failed to fetch'] });
    expect(await load(() => Response.json({ registryChooser: 'no' }))).toEqual({ ok: false, problems: ['registryChooser must be true or false'] });
  });
});
