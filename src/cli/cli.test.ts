import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parsePrivateKeyPem, publicKeyFromSeed, encodePublicKeyPem } from '../core/sign/keys.ts';
import { checkSignedBody, parseAuthHeader, verifyAuthSignature } from '../core/sign/request-auth.ts';

const run = promisify(execFile);
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
async function cli(script: string, args: string[]) {
  try {
    const r = await run(tsx, [join('src/cli', script), ...args], { cwd: process.cwd() });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'rc-cli-'));
let server: Server;
let url = '';
let lastSig: string | undefined;
let lastBody = Buffer.alloc(0);

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      lastBody = Buffer.concat(chunks);
      lastSig = req.headers['x-startos-auth-sig'] as string | undefined;
      const { method, params, id } = JSON.parse(lastBody.toString());
      res.writeHead(200, { 'Content-Type': 'application/json' });
      if (method === 'admin.list' && !lastSig) {
        res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: 34, message: 'Unauthorized', data: { details: 'Unauthorized', debug: '', info: null } }, id }));
      } else {
        res.end(JSON.stringify({ jsonrpc: '2.0', result: { echo: method, params }, id }));
      }
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe('keygen and pubkey', () => {
  it('writes a start-cli compatible key that re-imports, and prints the same public key', async () => {
    const file = join(dir, 'developer.key.pem');
    const gen = await cli('keygen.ts', ['-o', file]);
    expect(gen.code).toBe(0);
    const seed = parsePrivateKeyPem(readFileSync(file, 'utf8'));
    const pub = encodePublicKeyPem(publicKeyFromSeed(seed));
    expect(gen.stdout).toBe(pub);
    expect((await cli('pubkey.ts', [file])).stdout).toBe(pub);
    expect((await cli('keygen.ts', ['-o', file])).code).toBe(1);
  }, 20_000);
  it('pubkey reports a bad file with its error code', async () => {
    const bad = join(dir, 'bad.pem');
    writeFileSync(bad, 'not a key');
    const r = await cli('pubkey.ts', [bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/PEM_MALFORMED/);
  }, 20_000);
});

describe('rpc', () => {
  it('calls anonymously, then signed with --key and --context', async () => {
    const anon = await cli('rpc.ts', ['package.get', '{"id":"hello"}', '--registry', url]);
    expect(anon.code).toBe(0);
    expect(JSON.parse(anon.stdout)).toEqual({ echo: 'package.get', params: { id: 'hello' } });
    expect(lastSig).toBeUndefined();

    const file = join(dir, 'k2.pem');
    await cli('keygen.ts', ['-o', file]);
    const signed = await cli('rpc.ts', ['admin.list', '--registry', url, '--key', file, '--context', 'reg.example']);
    expect(signed.code).toBe(0);
    const h = parseAuthHeader(lastSig!);
    expect(verifyAuthSignature(h, ['reg.example'])).toBe('reg.example');
    expect(checkSignedBody(h, new Uint8Array(lastBody))).not.toBeNull();
  }, 30_000);
  it('prints the registry error code and exits 1; rejects bad params', async () => {
    const r = await cli('rpc.ts', ['admin.list', '--registry', url]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error 34 \(Authorization\): Unauthorized/);
    expect((await cli('rpc.ts', ['info', 'null', '--registry', url])).code).toBe(2);
  }, 20_000);
});
