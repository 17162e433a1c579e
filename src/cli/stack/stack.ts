/**
 * @module
 * The local stack behind `npm start` and the end-to-end tests: stand-in registry (hostname
 * `localhost`), an S3-compatible bucket with CORS, a demo admin key, and demo content published
 * through `package.add`. Data persists in `dataDir`; a second start reuses it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRegistryClient } from '../../core/rpc/client.ts';
import { seedSigner } from '../../core/rpc/seed-signer.ts';
import { encodePrivateKeyPem, encodePublicKeyPem, generateSeed, parsePrivateKeyPem, publicKeyFromSeed } from '../../core/sign/keys.ts';
import { buildPackageFiles, DEMO_FIRST_PUBLISH, publishDemo } from './demo-content.ts';
import { startRegistry, type LocalRegistry } from './registry.ts';
import { startBucket, type LocalBucket } from './s3.ts';

export interface StackOptions {
  dataDir: string;
  registryPort: number;
  bucketPort: number;
  /** Publish the demo packages when the registry is empty (default true). */
  demo?: boolean;
  log?: (line: string) => void;
}

export interface Stack {
  registry: LocalRegistry;
  bucket: LocalBucket;
  adminSeed: Uint8Array;
  adminKeyPem: string;
  adminKeyFile: string;
  /** Folder with the demo .s9pk files (for drag and drop), including one not yet published. */
  filesDir: string;
  close(): Promise<void>;
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
  if ((opts.demo ?? true) && Object.keys(registry.store.db.index.package.packages).length === 0) {
    const client = createRegistryClient({ url: registry.url, signer: seedSigner(adminSeed) });
    try {
      const files = await publishDemo(
        client,
        adminSeed,
        (name, bytes, id) => bucket.put(`${id}/${name}`, bytes),
        log,
      );
      const unpublished = await buildPackageFiles(DEMO_FIRST_PUBLISH, adminSeed);
      for (const f of [...files, ...unpublished]) writeFileSync(join(dirs.files, f.name), f.bytes);
    } catch (e) {
      await stack.close();
      throw e;
    }
  }
  return stack;
}
