/**
 * Stand-in registries started beside an e2e stack, for journeys across registries (release
 * channels, key compromise, OS promotion, the a11y walk's channel board): each in a temp folder
 * of its own, administered by the stack's admin key, and reached at — signing requests for —
 * `127.0.0.1`, while the stack's own registry is `localhost`. A file host comes with them to
 * seed any of these registries (or the stack's) with fixture archives, published by the admin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type LocalRegistry } from '../../src/cli/stack/registry.ts';
import { encodePublicKeyPem, publicKeyFromSeed } from '../../src/core/sign/keys.ts';
import { startArchiveHost, type ArchiveHost } from './archive-host.ts';
import type { E2E } from './stack.ts';

export interface ExtraRegistries {
  /** The registries in the order started; each `url` is on `127.0.0.1`. */
  registries: LocalRegistry[];
  /** The file host; its `publish` signs as the stack's admin unless told otherwise. */
  archives: ArchiveHost;
  /** Stops the file host, closes every registry and removes their folders. */
  close(): Promise<void>;
}

/** Starts `count` empty registries beside `env`'s stack, administered by its admin key, and the file host. */
export async function startExtraRegistries(env: E2E, count: number): Promise<ExtraRegistries> {
  const adminPub = encodePublicKeyPem(publicKeyFromSeed(env.stack.adminSeed));
  const archives = await startArchiveHost(env.stack.adminSeed);
  const registries: LocalRegistry[] = [];
  const dirs: string[] = [];
  const close = async () => {
    await archives.close();
    for (const r of registries) await r.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < count; i++) {
      const datadir = mkdtempSync(join(tmpdir(), 'rc-e2e-extra-registry-'));
      dirs.push(datadir);
      const r = await startRegistry({ datadir, port: 0, hostnames: ['127.0.0.1'], adminKeys: [adminPub] });
      registries.push({ ...r, url: r.url.replace('localhost', '127.0.0.1') });
    }
  } catch (e) {
    await close();
    throw e;
  }
  return { registries, archives, close };
}
