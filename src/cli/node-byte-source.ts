/**
 * @module
 * Node adapters for the s9pk core's ByteSource (spec/s9pk-format.md §3.1): a file read through
 * positional reads on a file handle, so multi-GB files are never loaded whole.
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import { CoreError } from '../core/errors.ts';
import type { ByteSource } from '../core/s9pk/byte-source.ts';

/** A ByteSource over an open file handle of known size. The caller closes the handle. */
export function fileHandleByteSource(handle: FileHandle, size: number): ByteSource {
  return {
    size,
    async read(offset, length) {
      const out = new Uint8Array(length);
      let done = 0;
      while (done < length) {
        const { bytesRead } = await handle.read(out, done, length - done, offset + done);
        if (bytesRead === 0) {
          throw new CoreError('S9PK_TRUNCATED', `short read at ${offset + done}`, {
            offset: offset + done,
          });
        }
        done += bytesRead;
      }
      return out;
    },
  };
}

/** Opens `path` read-only; returns the source and a close function. */
export async function openFileByteSource(
  path: string,
): Promise<{ source: ByteSource; close: () => Promise<void> }> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  return { source: fileHandleByteSource(handle, size), close: () => handle.close() };
}

/** A ByteSource that opens `path` for each read (many members, few descriptors held). */
export async function lazyFileByteSource(path: string): Promise<ByteSource> {
  const { size } = await stat(path);
  return {
    size,
    async read(offset, length) {
      const handle = await open(path, 'r');
      try {
        return await fileHandleByteSource(handle, size).read(offset, length);
      } finally {
        await handle.close();
      }
    },
  };
}
