import { describe, expect, it } from 'vitest';
import { METHOD_ACCESS, METHOD_NAMES } from '../core/rpc/methods.ts';
import { createHarness, newKey } from './testing/test-harness.ts';

const details = (r: { error?: { data?: unknown } }) => (r.error?.data as { details?: string } | undefined)?.details;

describe('signature failures (§2.9), each with its code', () => {
  it('check 1: a missing key → 6 naming the key', async () => {
    const h = await createHarness();
    for (const key of ['timestamp', 'nonce', 'size', 'blake3', 'signer', 'signature']) {
      const body = '{"id":1,"method":"admin.list","params":{}}';
      const signed = await captureHeader(h, body);
      const q = new URLSearchParams(signed);
      q.delete(key);
      const r = (await (await h.post(body, { headers: { 'X-StartOS-Auth-Sig': q.toString() } })).json()) as { error: { code: number; data: { details: string } } };
      expect(r.error.code).toBe(6);
      expect(r.error.data.details).toBe(key);
    }
  });

  it('check 2: bad numbers → 28, bad Base64/PEM → 12', async () => {
    const h = await createHarness();
    const body = '{"id":1,"method":"admin.list","params":{}}';
    const q = new URLSearchParams(await captureHeader(h, body));
    const variant = async (k: string, v: string) => {
      const x = new URLSearchParams(q);
      x.set(k, v);
      return ((await (await h.post(body, { headers: { 'X-StartOS-Auth-Sig': x.toString() } })).json()) as { error: { code: number } }).error.code;
    };
    expect(await variant('nonce', 'x')).toBe(28);
    expect(await variant('size', '-1')).toBe(28);
    expect(await variant('blake3', '!!')).toBe(12);
    expect(await variant('signer', 'nope')).toBe(12);
    expect(await variant('signature', 'nope')).toBe(12);
  });

  it('check 3: wrong context → 31; a second configured hostname works', async () => {
    const h = await createHarness();
    expect((await h.call('admin.list', {}, { key: h.admin, context: 'localhost' })).error?.code).toBe(31);
    expect((await h.call('admin.list', {}, { key: h.admin, context: 'alt.test' })).result).toBeDefined();
  });

  it('check 4: ±30 s window → 31 "timestamp not within 30s of now"', async () => {
    const h = await createHarness();
    const now = BigInt(Math.floor(h.clock.ms / 1000));
    expect((await h.call('admin.list', {}, { key: h.admin, timestamp: now - 30n })).result).toBeDefined();
    expect((await h.call('admin.list', {}, { key: h.admin, timestamp: now + 30n })).result).toBeDefined();
    const late = await h.call('admin.list', {}, { key: h.admin, timestamp: now - 31n });
    expect(late.error?.code).toBe(31);
    expect(details(late)).toBe('timestamp not within 30s of now');
  });

  it('check 5: nonces are replayable by default, rejected with --strict-nonce (34)', async () => {
    const lax = await createHarness();
    const init = { key: lax.admin, nonce: 42n };
    expect((await lax.call('admin.list', {}, init)).result).toBeDefined();
    expect((await lax.call('admin.list', {}, init)).result).toBeDefined();
    const strict = await createHarness({ strictNonce: true });
    expect((await strict.call('admin.list', {}, { key: strict.admin, nonce: 7n })).result).toBeDefined();
    const replay = await strict.call('admin.list', {}, { key: strict.admin, nonce: 7n });
    expect(replay.error?.code).toBe(34);
    expect(details(replay)).toBe('replay attack detected');
  });

  it('check 6: body mismatch or short body → -32700 without CORS, even on anonymous methods; longer body is truncated', async () => {
    const h = await createHarness();
    const body = new TextEncoder().encode('{"id":1,"method":"info","params":{}}');
    const tampered = body.slice();
    tampered[2] = 0x4a;
    for (const sendBody of [tampered, body.subarray(0, body.length - 1)]) {
      const res = await h.post(body, { key: h.admin, sendBody, headers: { Origin: 'http://c.test' } });
      const json = (await res.json()) as { error: { code: number }; id: unknown };
      expect(json.error.code).toBe(-32700);
      expect(json.id).toBeNull();
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
    const longer = new Uint8Array([...body, ...new TextEncoder().encode('garbage')]);
    const ok = (await (await h.post(body, { key: h.admin, sendBody: longer })).json()) as { result?: unknown };
    expect(ok.result).toBeDefined();
  });

  it('checks 7 and 8: unknown signer and non-admin', async () => {
    const h = await createHarness();
    const signer = newKey();
    await h.addSigner('Bob', signer);
    expect(details(await h.call('admin.list', {}, { key: newKey() }))).toBe('Unknown signer');
    const nonAdmin = await h.call('admin.list', {}, { key: signer });
    expect(nonAdmin.error?.code).toBe(34);
    expect(details(nonAdmin)).toBe('Unauthorized');
    expect(details(await h.call('admin.list', {}))).toBe('Unauthorized');
  });

  it('anonymous methods ignore credential failures', async () => {
    const h = await createHarness();
    expect((await h.call('info', {}, { key: h.admin, context: 'wrong' })).result).toBeDefined();
    expect((await h.call('info', {}, { key: newKey() })).result).toBeDefined();
  });
});

describe('access matrix (§3.2): every method', () => {
  it.each(METHOD_NAMES)('%s', async (method) => {
    const h = await createHarness();
    const signer = newKey();
    await h.addSigner('Plain signer', signer);
    const level = METHOD_ACCESS[method].level;
    const anon = await h.call(method, {});
    const plain = await h.call(method, {}, { key: signer });
    const admin = await h.call(method, {}, { key: h.admin });
    const is34 = (r: { error?: { code: number } }) => r.error?.code === 34;
    expect(is34(anon)).toBe(level !== 'anon');
    expect(is34(plain) && details(plain) === 'Unauthorized' && level === 'admin').toBe(level === 'admin');
    if (level !== 'admin') expect(is34(plain) && details(plain) !== 'Unauthorized').toBe(false);
    expect(is34(admin)).toBe(false);
  });
});

/** The header the harness would send for `body`, signed by the admin key. */
async function captureHeader(h: Awaited<ReturnType<typeof createHarness>>, body: string): Promise<string> {
  const { buildAuthHeader } = await import('../core/sign/request-auth.ts');
  return buildAuthHeader({ seed: h.admin.seed, body: new TextEncoder().encode(body), context: 'registry.test', timestamp: BigInt(Math.floor(h.clock.ms / 1000)) });
}
