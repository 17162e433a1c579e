/**
 * Role detection tells a skewed clock from a bad signature by measurement (issue 11, item 8):
 * the registry below answers code 31 with details in the host's language, as upstream does,
 * and sends no `Date` header unless asked.
 */
import { describe, expect, it } from 'vitest';
import { createRegistryClient } from '../../core/rpc/client.ts';
import { seedSigner } from '../../core/rpc/seed-signer.ts';
import { encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../../core/sign/keys.ts';
import { AUTH_HEADER, parseAuthHeader, verifyAuthSignature } from '../../core/sign/request-auth.ts';
import { detectRole } from './role.ts';

const DETAILS = {
  de: 'Zeitstempel liegt außerhalb des zulässigen Bereichs',
  es: 'la marca de tiempo está fuera del rango permitido',
  fr: "l'horodatage est hors de la plage autorisée",
  pl: 'znacznik czasu jest poza dozwolonym zakresem',
};
const LOCAL = Date.parse('2026-12-05T08:00:00Z');
const seed = generateSeed();
const keyPem = encodePublicKeyPem(publicKeyFromSeed(seed));

function registry(opts: { skewSeconds: number; context?: string; details: string; date?: boolean }) {
  const serverNow = LOCAL + opts.skewSeconds * 1000;
  const answer = (method: string, auth: string | null): object => {
    if (auth) {
      const h = parseAuthHeader(auth);
      const fresh = Math.abs(Number(h.timestamp) - serverNow / 1000) <= 30;
      if (!fresh || !verifyAuthSignature(h, [opts.context ?? 'registry.test'])) {
        return { error: { code: 31, message: 'Invalid Signature', data: { details: opts.details } } };
      }
    }
    if (method === 'index') {
      return { result: { name: null, icon: null, os: { versions: {} }, signers: { G1: { name: 'Dev', contact: [], keys: [keyPem] } }, package: { packages: {}, categories: {} } } };
    }
    if (method === 'admin.list') return { result: {} };
    throw new Error(`unexpected ${method}`);
  };
  const fetch = async (_url: URL | RequestInfo, init?: RequestInit) => {
    const req: { id: number; method: string } = JSON.parse(await new Response(init?.body).text());
    const body = { jsonrpc: '2.0', id: req.id, ...answer(req.method, new Headers(init?.headers).get(AUTH_HEADER)) };
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (opts.date) headers.date = new Date(serverNow).toUTCString();
    return new Response(JSON.stringify(body), { headers });
  };
  return createRegistryClient({ url: 'http://registry.test', signer: seedSigner(seed), fetch, now: () => LOCAL });
}

describe('detectRole: skew by measurement, whatever the language', () => {
  it.each(Object.entries(DETAILS))('measures a 5-minute skew with %s details', async (_lang, details) => {
    const role = await detectRole(registry({ skewSeconds: 300, details }), keyPem);
    expect(role).toMatchObject({ kind: 'clock-skew' });
    if (role.kind === 'clock-skew') expect(Math.abs(role.seconds! - 300)).toBeLessThanOrEqual(1);
  });

  it.each(Object.entries(DETAILS))('calls a wrong signing hostname a bad signature with %s details', async (_lang, details) => {
    const role = await detectRole(registry({ skewSeconds: 0, context: 'other.test', details }), keyPem);
    expect(role).toEqual({ kind: 'bad-signature', context: 'registry.test', details });
  });

  it('uses the Date header when the registry sends one', async () => {
    const skewed = await detectRole(registry({ skewSeconds: -120, details: DETAILS.de, date: true }), keyPem);
    expect(skewed.kind === 'clock-skew' && Math.abs(skewed.seconds! + 120) <= 1).toBe(true);
    expect(await detectRole(registry({ skewSeconds: 5, context: 'other.test', details: DETAILS.fr, date: true }), keyPem)).toMatchObject({
      kind: 'bad-signature',
    });
  });

  it('still detects the signer when everything is right', async () => {
    expect(await detectRole(registry({ skewSeconds: 10, details: DETAILS.pl }), keyPem)).toMatchObject({ kind: 'signer', guid: 'G1' });
  });
});
