import { describe, expect, it } from 'vitest';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { encodePrivateKeyPem, encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../core/sign/keys.ts';
import { createRegistryClient } from '../core/rpc/client.ts';
import { seedSigner } from '../core/rpc/seed-signer.ts';
import { encodeMerkleCommitment, parseMerkleCommitment, signCommitment, S9PK_SIG_CONTEXT } from '../core/sign/commitment.ts';
import { Store } from './store/store.ts';
import { fileStorage } from './node/file-storage.ts';

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const run = promisify(execFile);

function startRegistry(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  // One process (no tsx wrapper), so SIGKILL really kills the server.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`registry exited ${code}: ${err}`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'rc-main-'));
  const seed = generateSeed();
  writeFileSync(join(dir, 'admin.pub.pem'), encodePublicKeyPem(publicKeyFromSeed(seed)));
  writeFileSync(join(dir, 'admin.key.pem'), encodePrivateKeyPem(seed));
  return { dir, seed, datadir: join(dir, 'data') };
}

describe('npm run registry', () => {
  it('refuses to start without a hostname, like upstream', async () => {
    const r = await run(tsx, ['src/server/main.ts', '-d', mkdtempSync(join(tmpdir(), 'rc-'))]).catch((e: { code: number; stderr: string }) => e);
    expect((r as { code: number }).code).toBe(2);
    expect((r as { stderr: string }).stderr).toContain('Missing required configuration: registry-hostname');
  });

  it('bootstraps the admin key, serves the rpc CLI, persists across restarts and stops on SIGTERM', async () => {
    const { dir, datadir } = setup();
    const args = ['-l', '127.0.0.1:0', '-H', '127.0.0.1', '-d', datadir, '--admin-key', join(dir, 'admin.pub.pem')];
    const first = await startRegistry(args);
    const cli = (a: string[]) => run(tsx, ['src/cli/rpc.ts', ...a, '--registry', first.url]);
    await cli(['info.set-name', '{"name":"Interop"}', '--key', join(dir, 'admin.key.pem')]);
    const info = JSON.parse((await cli(['info'])).stdout) as { name: string };
    expect(info.name).toBe('Interop');
    const anon = await cli(['admin.list']).catch((e: { code: number; stderr: string }) => e);
    expect((anon as { code: number }).code).toBe(1);
    expect((anon as { stderr: string }).stderr).toMatch(/error 34/);
    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);

    const second = await startRegistry(args);
    const client = createRegistryClient({ url: second.url });
    expect((await client.api.info.get()).name).toBe('Interop');
    second.child.kill('SIGTERM');
    await exited(second.child);
  });

  it('--seed-metrics fills a year of metrics; rows recorded later survive SIGTERM and a restart', async () => {
    const { dir, seed, datadir } = setup();
    const args = ['-l', '127.0.0.1:0', '-H', '127.0.0.1', '-d', datadir, '--admin-key', join(dir, 'admin.pub.pem')];
    const first = await startRegistry([...args, '--seed-metrics', '2000', '--seed-packages', '30']);
    const admin = (url: string) => createRegistryClient({ url, signer: seedSigner(seed) });
    const seeded = await admin(first.url).api.metrics.summary();
    expect(seeded).toMatchObject({ totalPackageRequests: 2000, totalCheckins: 1000 });
    expect((await admin(first.url).api.metrics.downloads()).byPackage).toHaveLength(30);
    await admin(first.url).api.package.get({ id: 'late-arrival', targetVersion: '*' });
    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);

    const second = await startRegistry(args);
    expect(await admin(second.url).api.metrics.summary()).toEqual({ ...seeded, totalPackageRequests: 2001 });
    expect((await admin(second.url).api.metrics.downloads({ pkgId: 'late-arrival' })).totalRequests).toBe(1);
    second.child.kill('SIGTERM');
    await exited(second.child);
  });

  it('--deny-private-urls: package.add to a loopback URL is refused before any connection, generically', async () => {
    const { dir, seed, datadir } = setup();
    const reg = await startRegistry(['-l', '127.0.0.1:0', '-H', '127.0.0.1', '-d', datadir, '--admin-key', join(dir, 'admin.pub.pem'), '--deny-private-urls']);
    const client = createRegistryClient({ url: reg.url, signer: seedSigner(seed), timeoutMs: 5_000 });
    const commitment = encodeMerkleCommitment({ hash: new Uint8Array(32), size: 1000n });
    const signature = signCommitment(parseMerkleCommitment(commitment), seed, S9PK_SIG_CONTEXT);
    // The registry's own port: open, so only the flag can refuse it.
    const url = `${reg.url}/rpc/v0`;
    const refused = await client.callRaw('package.add', { urls: [url], commitment, signature }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'RPC_REMOTE', detail: { code: 9, details: `${url}: could not download the archive` } });
    reg.child.kill('SIGTERM');
    await exited(reg.child);
  });

  it('rejects oversized bodies with 413', async () => {
    const { dir, datadir } = setup();
    const reg = await startRegistry(['-l', '127.0.0.1:0', '-H', '127.0.0.1', '-d', datadir, '--admin-key', join(dir, 'admin.pub.pem')]);
    const res = await fetch(`${reg.url}/rpc/v0`, { method: 'POST', body: new Uint8Array(17 << 20) });
    expect(res.status).toBe(413);
    reg.child.kill('SIGTERM');
    await exited(reg.child);
  });

  it('crash safety: SIGKILL during a stream of writes always leaves a loadable database', async () => {
    for (let round = 0; round < 3; round++) {
      const { dir, seed, datadir } = setup();
      const reg = await startRegistry(['-l', '127.0.0.1:0', '-H', '127.0.0.1', '-d', datadir, '--admin-key', join(dir, 'admin.pub.pem')]);
      const client = createRegistryClient({ url: reg.url, signer: seedSigner(seed), timeoutMs: 5_000 });
      const done: string[] = [];
      let finished = false;
      const writes = (async () => {
        for (let i = 0; i < 400; i++) {
          const name = `name-${i}-${'x'.repeat(i % 50)}`;
          await client.api.info.setName({ name });
          done.push(name);
        }
      })().catch(() => undefined).finally(() => (finished = true));
      // Kill while writes are in flight, after a different number of them each round.
      while (!finished && done.length < 3 + round * 7) await new Promise((r) => setTimeout(r, 2));
      reg.child.kill('SIGKILL');
      await exited(reg.child);
      await writes;
      const store = await Store.open(fileStorage(datadir));
      const name = store.db.index.name;
      // The last acknowledged write is durable; at most one unacknowledged write is also there.
      expect(done.length).toBeGreaterThan(0);
      const last = done.at(-1)!;
      const i = Number(last.split('-')[1]);
      expect([last, `name-${i + 1}-${'x'.repeat((i + 1) % 50)}`]).toContain(name);
    }
  });
});
