// Issue 11 item 10: batches are bounded in length and response size, answered with one
// -32600 error object (id null, CORS headers kept), and do not stall other requests.
import { describe, expect, it } from 'vitest';
import { MAX_BATCH_CALLS, MAX_BATCH_RESPONSE_BYTES } from './batch.ts';
import { createHarness } from './testing/test-harness.ts';

const ORIGIN = { Origin: 'http://console.test' };
const calls = (n: number, method = 'package.index') =>
  JSON.stringify(Array.from({ length: n }, (_, i) => ({ jsonrpc: '2.0', id: i, method, params: {} })));

describe('bounded batches', () => {
  it(`a batch of ${MAX_BATCH_CALLS + 1} calls is one -32600 error with id null and the CORS headers`, async () => {
    const h = await createHarness();
    const res = await h.post(calls(MAX_BATCH_CALLS + 1), { headers: ORIGIN });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://console.test');
    const body: unknown = await res.json();
    expect(body).toEqual({
      jsonrpc: '2.0',
      error: { code: -32600, message: 'Invalid Request', data: `a batch of ${MAX_BATCH_CALLS + 1} calls is over this registry's limit of ${MAX_BATCH_CALLS}` },
      id: null,
    });
  });

  it(`a batch of ${MAX_BATCH_CALLS} calls is answered in order`, async () => {
    const h = await createHarness();
    const body: unknown = await (await h.post(calls(MAX_BATCH_CALLS))).json();
    expect(Array.isArray(body)).toBe(true);
    expect(body).toHaveLength(MAX_BATCH_CALLS);
    expect(body).toMatchObject(Array.from({ length: MAX_BATCH_CALLS }, (_, i) => ({ id: i, result: { packages: {} } })));
  });

  it(`answers over ${MAX_BATCH_RESPONSE_BYTES} bytes in total become one -32600 error`, async () => {
    const h = await createHarness();
    const perCall = Math.ceil(MAX_BATCH_RESPONSE_BYTES / 64);
    await h.store.mutate((db) => {
      db.index.package.categories.big = { name: 'x'.repeat(perCall) };
    });
    const single: unknown = await (await h.post(JSON.stringify({ id: 0, method: 'package.index', params: {} }))).json();
    expect(single).toMatchObject({ id: 0, result: { categories: { big: { name: 'x'.repeat(perCall) } } } });
    const res = await h.post(calls(64), { headers: ORIGIN });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://console.test');
    expect(await res.json()).toMatchObject({ jsonrpc: '2.0', error: { code: -32600, message: 'Invalid Request' }, id: null });
  });

  it('a single request sent during a large batch is answered before the batch', async () => {
    const h = await createHarness();
    await h.store.mutate((db) => {
      for (let i = 0; i < 200; i++) db.index.package.categories[`c${i}`] = { name: `Category ${i}` };
    });
    const order: string[] = [];
    const batch = h.post(calls(MAX_BATCH_CALLS, 'package.category.list')).then(async (r) => {
      await r.arrayBuffer();
      order.push('batch');
    });
    const single = h.post(JSON.stringify({ id: 1, method: 'info', params: {} })).then(async (r) => {
      await r.arrayBuffer();
      order.push('single');
    });
    await Promise.all([batch, single]);
    expect(order).toEqual(['single', 'batch']);
  });
});
