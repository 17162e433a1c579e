import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeBase64 } from '../core/bytes/base64.ts';
import { memoryLog, memoryMetricsStorage, memoryStorage } from './ports.ts';
import { publish } from './testing/publish-harness.ts';
import { createHarness } from './testing/test-harness.ts';

const SECRET = 'EIO: write failed at /srv/registry/secret/registry.json';
const UNKNOWN = { code: 1, message: 'Unknown Error', data: { details: 'Unknown Error', debug: 'Unknown Error', info: null } };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('internal errors (one error path, nothing internal leaks)', () => {
  it('a failed save answers a bare 1, logs the cause, and the change is not visible', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const storage = memoryStorage();
    let fail = false;
    const h = await createHarness({
      ports: {
        storage: { load: storage.load, save: (text) => (fail ? Promise.reject(new Error(SECRET)) : storage.save(text)) },
        audit: memoryLog(),
        metrics: memoryMetricsStorage(),
      },
    });
    await h.ok('info.set-name', { name: 'Kept' }, { key: h.admin });
    fail = true;
    const res = await h.post(JSON.stringify({ id: 7, method: 'info.set-name', params: { name: 'Lost' } }), { key: h.admin });
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ jsonrpc: '2.0', error: UNKNOWN, id: 7 });
    expect(text).not.toContain('/srv/');
    expect(text).not.toContain('EIO');
    expect(logged).toHaveBeenCalledWith('internal error:', expect.objectContaining({ message: SECRET }));
    expect(await h.ok('info', {})).toMatchObject({ name: 'Kept' });
    fail = false;
    await h.ok('info.set-icon', { icon: 'data:image/png;base64,' }, { key: h.admin });
    expect(JSON.parse(storage.text ?? 'null')).toMatchObject({ db: { index: { name: 'Kept', icon: 'data:image/png;base64,' } } });
  });

  it('an unexpected throw inside a handler sends no message or stack', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const boom = new TypeError("Cannot read properties of undefined (reading 'x')");
    boom.stack = `TypeError: ${boom.message}\n    at open (/home/registry/src/server/s9pk-fetch.ts:12:3)`;
    const h = await createHarness({ fetcher: { open: () => Promise.reject(boom) } });
    const commitment = { rootSighash: encodeBase64(new Uint8Array(32).fill(7)), rootMaxsize: 1024 };
    const r = await publish(h, h.admin, ['http://127.0.0.1:9/x.s9pk'], commitment);
    expect(r.error).toEqual(UNKNOWN);
  });
});
