import { describe, expect, it } from 'vitest';
import { BASE, createHarness, newKey } from './testing/test-harness.ts';

describe('routes (§1.1, §1.7)', () => {
  it('answers /rpc/<anything>, 404s the rest and fixes the continuation routes', async () => {
    const h = await createHarness();
    const body = JSON.stringify({ id: 1, method: 'info', params: {} });
    for (const path of ['/rpc/v0', '/rpc/v1', '/rpc/x/y']) {
      const res = await h.handler(new Request(`${BASE}${path}`, { method: 'POST', body }));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json');
    }
    for (const path of ['/rpc', '/rpc/', '/', '/other']) {
      const res = await h.handler(new Request(`${BASE}${path}`, { method: 'POST', body }));
      expect(res.status).toBe(404);
      expect(await res.text()).toBe('');
    }
    const guid = 'A'.repeat(32);
    expect((await h.handler(new Request(`${BASE}/rest/rpc/${guid}`))).status).toBe(404);
    expect((await h.handler(new Request(`${BASE}/rest/rpc/nope`))).status).toBe(400);
    const upgrade = { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==' };
    expect((await h.handler(new Request(`${BASE}/ws/rpc/${guid}`, { headers: upgrade }))).status).toBe(404);
    expect((await h.handler(new Request(`${BASE}/ws/rpc/nope`, { headers: upgrade }))).status).toBe(400);
  });
});

describe('envelope (§1.3)', () => {
  it('echoes ids, answers requests without id with null, key order jsonrpc/result/id', async () => {
    const h = await createHarness();
    const res = await h.post('{"id":"abc","method":"info","params":{}}');
    const text = await res.text();
    expect(text.startsWith('{"jsonrpc":"2.0","result":')).toBe(true);
    expect(JSON.parse(text).id).toBe('abc');
    expect(await (await h.post('{"method":"info","params":{}}')).json()).toMatchObject({ id: null });
  });

  it('params absent or null, bad JSON and missing method are -32700 with id null and no CORS', async () => {
    const h = await createHarness();
    for (const body of ['{"id":4,"method":"info"}', '{"id":4,"method":"info","params":null}', '{nope', '{"id":4,"params":{}}', '']) {
      const res = await h.post(body, { headers: { Origin: 'http://console.test' } });
      expect(res.status).toBe(200);
      const json = (await res.json()) as { error: { code: number; data: unknown }; id: unknown };
      expect(json.error.code).toBe(-32700);
      expect(typeof json.error.data).toBe('string');
      expect(json.id).toBeNull();
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('unknown methods are -32601 without data; inner nodes need auth first', async () => {
    const h = await createHarness();
    expect((await h.call('nope', {})).error).toEqual({ code: -32601, message: 'Method not found' });
    expect((await h.call('package', {})).error?.code).toBe(34);
    expect((await h.call('admin.signer', {}, { key: h.admin })).error?.code).toBe(-32601);
    expect((await h.call('registry.package.get', {})).error?.code).toBe(-32601);
  });

  it('non-object params are -32602', async () => {
    const h = await createHarness();
    expect((await h.call('info', [1])).error?.code).toBe(-32602);
    expect((await h.call('package.signer.add', { id: 'x', signer: 'y' }, { key: h.admin })).error).toMatchObject({
      code: -32602,
      data: 'missing field `merge`',
    });
  });

  it('display methods accept a valid `format` and reject an invalid one (-32602)', async () => {
    const h = await createHarness();
    expect((await h.call('info', { format: 'json-pretty' })).result).toBeDefined();
    expect((await h.call('info', { format: 'xml' })).error?.code).toBe(-32602);
    expect((await h.call('package.index', { format: 'xml' })).error?.code).toBe(-32602);
  });

  it('batches: each element answered in order; [] yields []', async () => {
    const h = await createHarness();
    const res = await h.post(JSON.stringify([
      { id: 1, method: 'info', params: {} },
      { id: 2, method: 'nope', params: {} },
      { id: 3, method: 'admin.list', params: {} },
    ]));
    const out = (await res.json()) as { id: number; error?: { code: number } }[];
    expect(out.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(out[1]!.error?.code).toBe(-32601);
    expect(out[2]!.error?.code).toBe(34);
    expect(await (await h.post('[]')).json()).toEqual([]);
  });

  it('a signed batch authenticates every element', async () => {
    const h = await createHarness();
    const res = await h.post(JSON.stringify([{ id: 1, method: 'admin.list', params: {} }, { id: 2, method: 'db.dump', params: {} }]), { key: h.admin });
    const out = (await res.json()) as { result?: unknown }[];
    expect(out.every((r) => r.result !== undefined)).toBe(true);
  });
});

describe('CORS (§1.6)', () => {
  it('preflight reflects origin, method and headers with credentials; nothing else', async () => {
    const h = await createHarness();
    const res = await h.handler(new Request(`${BASE}/rpc/v0`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://console.test', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-startos-auth-sig,content-type' },
    }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(Object.fromEntries(res.headers.entries())).toEqual({
      'access-control-allow-credentials': 'true',
      'access-control-allow-origin': 'http://console.test',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'x-startos-auth-sig,content-type',
    });
  });
  it('responses carry the four headers, * when the request has none', async () => {
    const h = await createHarness();
    const res = await h.post('{"id":1,"method":"info","params":{}}');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    const withOrigin = await h.post('{"id":1,"method":"info","params":{}}', { headers: { Origin: 'https://a.example' } });
    expect(withOrigin.headers.get('access-control-allow-origin')).toBe('https://a.example');
  });
});

describe('admin methods', () => {
  it('keys are never mistaken for admins', async () => {
    const h = await createHarness();
    expect((await h.call('admin.list', {}, { key: newKey() })).error).toMatchObject({ code: 34, data: { details: 'Unknown signer' } });
  });
});
