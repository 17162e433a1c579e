/**
 * The role reads `index` and `admin.list` through the query cache: the pages that show them
 * reuse its answers, and a write's named group re-detects the role from fresh ones.
 */
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRegistryClient } from '../../core/rpc/client.ts';
import { seedSigner } from '../../core/rpc/seed-signer.ts';
import { generateSeed } from '../../core/sign/keys.ts';
import { invalidateRegistry } from './registry-invalidation.ts';
import { adminsOptions, roleOptions, signedIndexOptions, type QueryScope } from './registry-queries.ts';

const REGISTRY = 'http://registry.test';
const signer = seedSigner(generateSeed());
const scope: QueryScope = { client: createRegistryClient({ url: REGISTRY, signer }), keyPem: signer.publicKeyPem, keyUse: 'signs' };
let calls: string[];
let admins: Record<string, { name: string; contact: never[]; keys: string[] }>;

beforeEach(() => {
  calls = [];
  admins = {};
  vi.stubGlobal('fetch', async (_url: URL, init: RequestInit) => {
    const req: { id: number; method: string } = JSON.parse(await new Response(init.body).text());
    calls.push(req.method);
    const me = { name: 'Me', contact: [], keys: [signer.publicKeyPem] };
    const result = req.method === 'index' ? { name: null, icon: null, os: { versions: {} }, signers: { G1: me }, package: { packages: {}, categories: {} } } : admins;
    return new Response(JSON.stringify({ jsonrpc: '2.0', id: req.id, result }), { headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('roleOptions', () => {
  it('caches the index and admin set it read, and re-detects from fresh ones after a write', async () => {
    const qc = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } });
    expect((await qc.fetchQuery(roleOptions(scope))).kind).toBe('signer');
    expect(calls).toEqual(['index', 'admin.list']);
    await qc.fetchQuery(adminsOptions(scope));
    await qc.fetchQuery(signedIndexOptions(scope));
    expect(calls).toHaveLength(2);

    admins = { G1: { name: 'Me', contact: [], keys: [signer.publicKeyPem] } };
    await invalidateRegistry(qc, REGISTRY, 'admins', 'role');
    expect((await qc.fetchQuery(roleOptions(scope))).kind).toBe('admin');
    expect(calls).toEqual(['index', 'admin.list', 'admin.list']);
  });
});
