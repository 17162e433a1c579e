/**
 * @module
 * Test support for publish journeys: a real file host on a loopback port serving a temp
 * directory, fixture archives written into it, and a signed `package.add`. Used only by tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeMerkleCommitment, parseMerkleCommitment, signCommitment, S9PK_SIG_CONTEXT, type MerkleArchiveCommitmentWire } from '../../core/sign/commitment.ts';
import { parseHeader } from '../../core/s9pk/header.ts';
import { buildFixtureS9pk, type FixtureOptions } from '../../core/testing/fixtures.ts';
import { createFileHost } from '../node/file-host.ts';
import { serve } from '../node/serve.ts';
import type { Harness, TestKey } from './test-harness.ts';

export interface FileHost {
  url: string;
  dir: string;
  requests: { method: string; path: string; range: string | null }[];
  /** Builds a fixture archive, writes it as `name`, returns its URL and commitment. */
  put(name: string, options?: FixtureOptions): Promise<{ url: string; commitment: MerkleArchiveCommitmentWire; bytes: Uint8Array }>;
  close(): Promise<void>;
}

export function commitmentOf(bytes: Uint8Array): MerkleArchiveCommitmentWire {
  const h = parseHeader(bytes.subarray(0, 155), bytes.length);
  return encodeMerkleCommitment({ hash: h.rootSighash, size: h.rootMaxSize });
}

export async function startFileHost(): Promise<FileHost> {
  const dir = mkdtempSync(join(tmpdir(), 'rc-files-'));
  const requests: FileHost['requests'] = [];
  const { server, url } = await serve(
    createFileHost(dir, (req) => requests.push({ method: req.method, path: new URL(req.url).pathname, range: req.headers.get('range') })),
    { host: '127.0.0.1', port: 0 },
  );
  return {
    url,
    dir,
    requests,
    async put(name, options = {}) {
      const bytes = await buildFixtureS9pk(options);
      writeFileSync(join(dir, name), bytes);
      return { url: `${url}/${name}`, commitment: commitmentOf(bytes), bytes };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `package.add` signed by `key` (request and commitment signature). */
export function publish(h: Harness, key: TestKey, urls: string[], commitment: MerkleArchiveCommitmentWire) {
  const signature = signCommitment(parseMerkleCommitment(commitment), key.seed, S9PK_SIG_CONTEXT);
  return h.call('package.add', { urls, commitment, signature }, { key });
}

/** `package.add-mirror` signed by `key`. */
export function addMirror(h: Harness, key: TestKey, url: string, commitment: MerkleArchiveCommitmentWire) {
  const signature = signCommitment(parseMerkleCommitment(commitment), key.seed, S9PK_SIG_CONTEXT);
  return h.call('package.add-mirror', { url, commitment, signature }, { key });
}
