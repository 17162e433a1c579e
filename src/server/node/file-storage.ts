/**
 * @module
 * The registry document on disk: `<datadir>/registry.json`, replaced atomically (temp file,
 * fsync, rename, fsync of the directory), so a crash leaves the previous or the new text.
 */
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentStorage } from '../ports.ts';

const FILE = 'registry.json';

async function syncPath(path: string, flags: 'r' | 'w', data?: string | Uint8Array): Promise<void> {
  const fh = await open(path, flags, 0o600);
  try {
    if (data !== undefined) await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Replaces `target` in `dir` with `data` atomically: temp file, fsync, rename, fsync of `dir`. */
export async function replaceFile(dir: string, target: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${target}.${process.pid}.tmp`;
  await syncPath(tmp, 'w', data);
  try {
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  await syncPath(dir, 'r');
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
    save: (text) => replaceFile(dir, target, text),
  };
}
