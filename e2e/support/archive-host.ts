/**
 * A file host for e2e journeys that publish archives over RPC: fixture archives are written to
 * a temp folder it serves on `127.0.0.1` and added to a registry with `package.add`
 * (support/add-archive.ts), so the registry lists them at this host's URLs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFixtureS9pk, type FixtureOptions } from '../../src/core/testing/fixtures.ts';
import { createFileHost } from '../../src/server/node/file-host.ts';
import { serve } from '../../src/server/node/serve.ts';
import { addArchive } from './add-archive.ts';

export interface ArchiveHost {
  /** The folder served (a test may add or remove files in it). */
  dir: string;
  url: string;
  /**
   * Builds an archive (signed by `o.seed`, default the fixtures' test key), writes it here as
   * `name` and adds it to `registry` with `urls` (default: its URL here), the commitment and
   * the call signed by `by` (default the seed the host was started with). Returns its URL here.
   */
  publish(registry: string, name: string, o: FixtureOptions & { seed?: Uint8Array }, urls?: string[], by?: Uint8Array): Promise<string>;
  /** Stops serving and removes the folder. */
  close(): Promise<void>;
}

/** Serves a new temp folder; `publisher` signs the adds unless a call names another key. */
export async function startArchiveHost(publisher: Uint8Array): Promise<ArchiveHost> {
  const dir = mkdtempSync(join(tmpdir(), 'rc-e2e-archives-'));
  const { server, url } = await serve(createFileHost(dir), { host: '127.0.0.1', port: 0 });
  return {
    dir,
    url,
    async publish(registry, name, o, urls, by = publisher) {
      const bytes = await buildFixtureS9pk(o);
      writeFileSync(join(dir, name), bytes);
      const at = `${url}/${name}`;
      await addArchive(registry, by, bytes, urls ?? [at]);
      return at;
    },
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
