/**
 * @module
 * The local stack behind `npm start` and the end-to-end tests: stand-in registry (hostname
 * `localhost`), an S3-compatible bucket with CORS, a demo admin key, and demo content published
 * through `package.add`, `os.version.add` and `os.asset.add.*`. Data persists in `dataDir`; a
 * second start reuses it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRegistryClient } from '../../core/rpc/client.ts';
import { seedSigner } from '../../core/rpc/seed-signer.ts';
import { encodePrivateKeyPem, encodePublicKeyPem, generateSeed, parsePrivateKeyPem, publicKeyFromSeed } from '../../core/sign/keys.ts';
import { buildPackageFiles, DEMO_FIRST_PUBLISH, publishDemo } from './demo-content.ts';
import { publishDemoOs } from './demo-os.ts';
import { startRegistry, type LocalRegistry } from './registry.ts';
import { startBucket, type LocalBucket } from './s3.ts';
import { seedMetrics, seedPackagesOf } from '../../server/metrics-seed.ts';

export interface StackOptions {
  dataDir: string;
  registryPort: number;
  bucketPort: number;
  /** Publish the demo packages and OS releases when the registry has none (default true). */
  demo?: boolean;
  /**
   * Synthetic package requests (a year of them, with about half as many OS update checks) added
   * over the registry's packages when its metrics are empty: default 5000 with the demo, else 0.
   */
  seedMetrics?: number;
  log?: (line: string) => void;
}

export interface Stack {
  registry: LocalRegistry;
  bucket: LocalBucket;
  adminSeed: Uint8Array;
  adminKeyPem: string;
  adminKeyFile: string;
  /**
   * Folder with the demo .s9pk files (for drag and drop), including one not yet published, and
   * the demo OS images in `startos/` (to co-sign by dropping them).
   */
  filesDir: string;
  close(): Promise<void>;
}

/** Runs one demo seeding step; on failure the stack is closed before the error goes on. */
async function seedDemo(stack: Stack, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (e) {
    await stack.close();
    throw e;
  }
}

function loadOrCreateKey(file: string): Uint8Array {
  if (existsSync(file)) return parsePrivateKeyPem(readFileSync(file, 'utf8'));
  const seed = generateSeed();
  writeFileSync(file, encodePrivateKeyPem(seed), { mode: 0o600 });
  return seed;
}

export async function startStack(opts: StackOptions): Promise<Stack> {
  const log = opts.log ?? (() => undefined);
  const dirs = { registry: join(opts.dataDir, 'registry'), bucket: join(opts.dataDir, 'bucket'), files: join(opts.dataDir, 'demo-files') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const adminKeyFile = join(opts.dataDir, 'demo-admin.key.pem');
  const adminSeed = loadOrCreateKey(adminKeyFile);
  const adminPub = encodePublicKeyPem(publicKeyFromSeed(adminSeed));
  const bucket = await startBucket({ directory: dirs.bucket, port: opts.bucketPort });
  let registry: LocalRegistry;
  try {
    registry = await startRegistry({ datadir: dirs.registry, port: opts.registryPort, hostnames: ['localhost', '127.0.0.1'], adminKeys: [adminPub] });
  } catch (e) {
    await bucket.close();
    throw e;
  }
  const stack: Stack = {
    registry,
    bucket,
    adminSeed,
    adminKeyPem: encodePrivateKeyPem(adminSeed),
    adminKeyFile,
    filesDir: dirs.files,
    close: async () => {
      await registry.close();
      await bucket.close();
    },
  };
  const demo = opts.demo ?? true;
  const client = createRegistryClient({ url: registry.url, signer: seedSigner(adminSeed) });
  if (demo && Object.keys(registry.store.db.index.package.packages).length === 0) {
    await seedDemo(stack, async () => {
      const upload = (name: string, bytes: Uint8Array, id: string) => bucket.put(`${id}/${name}`, bytes);
      const files = await publishDemo(client, adminSeed, upload, log);
      const unpublished = await buildPackageFiles(DEMO_FIRST_PUBLISH, adminSeed);
      for (const f of [...files, ...unpublished]) writeFileSync(join(dirs.files, f.name), f.bytes);
    });
  }
  if (demo && Object.keys(registry.store.db.index.os.versions).length === 0) {
    await seedDemo(stack, async () => {
      const upload = (name: string, bytes: Uint8Array) => bucket.put(`startos/${name}`, bytes);
      const images = await publishDemoOs(client, adminSeed, upload, log);
      const osDir = join(dirs.files, 'startos');
      mkdirSync(osDir, { recursive: true });
      for (const f of images) writeFileSync(join(osDir, f.name), f.bytes);
    });
  }
  const seedRequests = opts.seedMetrics ?? ((opts.demo ?? true) ? 5000 : 0);
  const { totalCheckins, totalPackageRequests } = registry.metrics.summary();
  if (seedRequests > 0 && totalCheckins + totalPackageRequests === 0) {
    registry.metrics.addRows(seedMetrics({ requests: seedRequests, packages: seedPackagesOf(registry.store.db), now: new Date() }));
    await registry.metrics.flush();
  }
  return stack;
}
