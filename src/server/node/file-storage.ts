/**
 * @module
 * The registry document on disk: `<datadir>/registry.json`, replaced atomically (temp file,
 * fsync, rename, fsync of the directory), so a crash leaves the previous or the new text.
 */
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentStorage } from '../ports.ts';

const FILE = 'registry.json';

async function syncPath(path: string, flags: 'r' | 'w', text?: string): Promise<void> {
  const fh = await open(path, flags, 0o600);
  try {
    if (text !== undefined) await fh.writeFile(text);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Storage in `dir` (created when missing). */
export function fileStorage(dir: string): DocumentStorage {
  const target = join(dir, FILE);
  return {
    async load() {
      await mkdir(dir, { recursive: true });
      try {
        return await readFile(target, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    async save(text) {
      const tmp = `${target}.${process.pid}.tmp`;
      await syncPath(tmp, 'w', text);
      try {
        await rename(tmp, target);
      } catch (e) {
        await unlink(tmp).catch(() => undefined);
        throw e;
      }
      await syncPath(dir, 'r');
    },
  };
}
