/**
 * @module
 * The metrics database on disk: `<datadir>/metrics.db` (upstream's name, §4.9), replaced
 * atomically (temp file, fsync, rename, fsync of the directory) so a crash leaves the previous
 * or the new file; and the line log older stand-ins kept, `metrics.jsonl`, read line by line
 * and renamed `metrics.jsonl.migrated` once the database holding its rows is saved.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { MetricsStorage } from '../ports.ts';
import { replaceFile } from './file-storage.ts';

const errno = (e: unknown): string | undefined => (e instanceof Error && 'code' in e ? String(e.code) : undefined);

/** Metrics storage in `dir` (created when missing). */
export function metricsFile(dir: string): MetricsStorage {
  const target = join(dir, 'metrics.db');
  const legacy = join(dir, 'metrics.jsonl');
  return {
    async load() {
      await mkdir(dir, { recursive: true });
      try {
        return new Uint8Array(await readFile(target));
      } catch (e) {
        if (errno(e) === 'ENOENT') return null;
        throw e;
      }
    },
    save: (image) => replaceFile(dir, target, image),
    async *legacyLines() {
      const input = createReadStream(legacy, { encoding: 'utf8' });
      try {
        yield* createInterface({ input, crlfDelay: Infinity });
      } catch (e) {
        if (errno(e) !== 'ENOENT') throw e;
      } finally {
        input.destroy();
      }
    },
    async retireLegacy() {
      await rename(legacy, `${legacy}.migrated`).catch((e: unknown) => {
        if (errno(e) !== 'ENOENT') throw e;
      });
    },
  };
}
