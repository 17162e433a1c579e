/**
 * @module
 * Test harness for the stand-in: an in-memory registry handler with a controllable clock,
 * keys, and helpers for signed and anonymous calls through `handler(new Request(…))`.
 * Used only by tests.
 */
import { encodeUtf8 } from '../../core/bytes/utf8.ts';
import { buildAuthHeader } from '../../core/sign/request-auth.ts';
import { encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../../core/sign/keys.ts';
import { encodeDeviceInfo } from '../../core/rpc/device-info.ts';
import * as v from 'valibot';
import { expect } from 'vitest';
import { METHODS, type MethodName, type PackageGetParams, type ParamsOf, type ResultOf } from '../../core/rpc/methods.ts';
import { parsePackageGetResult } from '../../core/rpc/schemas/package-get.ts';
import type { DeviceInfo, PackageGetResultFor } from '../../core/rpc/types.ts';
import { bootstrapAdmins } from '../bootstrap.ts';
import type { Handler } from '../handler.ts';
import type { Metrics } from '../metrics.ts';
import { memoryPorts, type RegistryPorts } from '../ports.ts';
import { openRegistry } from '../registry.ts';
import { httpS9pkFetcher, type S9pkFetcher } from '../s9pk-fetch.ts';
import type { Store } from '../store/store.ts';

export const HOST = 'registry.test';
export const BASE = `http://${HOST}`;

export interface TestKey {
  seed: Uint8Array;
  pem: string;
}

export function newKey(): TestKey {
  const seed = generateSeed();
  return { seed, pem: encodePublicKeyPem(publicKeyFromSeed(seed)) };
}

export interface CallInit {
  key?: TestKey;
  context?: string;
  timestamp?: bigint;
  nonce?: bigint;
  headers?: Record<string, string>;
  deviceInfo?: DeviceInfo;
  /** Overrides the signed body bytes (to test mismatches). */
  sendBody?: Uint8Array;
}

export interface Harness {
  handler: Handler;
  store: Store;
  metrics: Metrics;
  admin: TestKey;
  adminGuid: string;
  clock: { ms: number };
  /** POSTs raw bytes to /rpc/v0 with optional signing. */
  post(body: Uint8Array | string, init?: CallInit): Promise<Response>;
  /** One call; returns the parsed JSON-RPC response object. */
  call(method: string, params: unknown, init?: CallInit): Promise<{ result?: unknown; error?: { code: number; message: string; data?: unknown }; id: unknown }>;
  /**
   * One call that must succeed; returns `result` parsed with the method's result schema, which
   * must keep every key of it (the stand-in answers exactly the contract).
   */
  ok<M extends MethodName>(method: M, params: ParamsOf<M>, init?: CallInit): Promise<ResultOf<M>>;
  /** `ok` for `package.get`, typed by the params sent (level and single/all). */
  get<P extends PackageGetParams>(params: P, init?: CallInit): Promise<PackageGetResultFor<P>>;
  /** Registers a signer (as admin) and returns its guid. */
  addSigner(name: string, key: TestKey): Promise<string>;
}

export async function createHarness(opts: { fetcher?: S9pkFetcher; strictNonce?: boolean; ports?: RegistryPorts } = {}): Promise<Harness> {
  const clock = { ms: Date.now() };
  const { handler, store, metrics } = await openRegistry({
    ports: opts.ports ?? memoryPorts(),
    config: { hostnames: [HOST, 'alt.test'], strictNonce: opts.strictNonce ?? false, osVersion: '0.4.0' },
    fetcher: opts.fetcher ?? httpS9pkFetcher({ timeoutMs: 10_000 }),
    now: () => new Date(clock.ms),
  });
  const admin = newKey();
  await bootstrapAdmins(store, [admin.pem]);
  const adminGuid = store.db.admins[0]!;
  const post: Harness['post'] = (body, init = {}) => {
    const bytes = typeof body === 'string' ? encodeUtf8(body) : body;
    const headers: Record<string, string> = { 'Content-Type': 'application/json', ...init.headers };
    if (init.key) {
      headers['X-StartOS-Auth-Sig'] = buildAuthHeader({
        seed: init.key.seed,
        body: bytes,
        context: init.context ?? HOST,
        timestamp: init.timestamp ?? BigInt(Math.floor(clock.ms / 1000)),
        nonce: init.nonce,
      });
    }
    if (init.deviceInfo) headers['X-StartOS-Device-Info'] = encodeDeviceInfo(init.deviceInfo);
    return handler(new Request(`${BASE}/rpc/v0`, { method: 'POST', headers, body: (init.sendBody ?? bytes) as Uint8Array<ArrayBuffer> }));
  };
  const call: Harness['call'] = async (method, params, init) => {
    const res = await post(JSON.stringify({ id: 1, method, params }), init);
    return (await res.json()) as Awaited<ReturnType<Harness['call']>>;
  };
  const result = async (method: MethodName, params: unknown, init?: CallInit): Promise<unknown> => {
    const r = await call(method, params, init);
    if (r.error) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
    return r.result;
  };
  const exact = <T>(method: string, raw: unknown, parsed: T): T => {
    expect(parsed, `${method} answers only keys of the contract`).toEqual(raw);
    return parsed;
  };
  const ok: Harness['ok'] = async (method, params, init) => {
    const raw = await result(method, params, init);
    return exact(method, raw, v.parse(METHODS[method].result, raw));
  };
  const get: Harness['get'] = async (params, init) => {
    const raw = await result('package.get', params, init);
    return exact('package.get', raw, parsePackageGetResult(params, raw));
  };
  const addSigner: Harness['addSigner'] = (name, key) =>
    ok('admin.signer.add', { name, contact: [], keys: [key.pem] }, { key: admin });
  return { handler, store, metrics, admin, adminGuid, clock, post, call, ok, get, addSigner };
}
