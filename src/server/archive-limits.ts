/**
 * @module
 * What `package.add` reads from a fetched archive, bounded (issue 11 item 9). Upstream reads
 * every dependency icon whatever its size or count; these caps are the stand-in's own, checked
 * from the table sizes before any member beyond `manifest.json` is read, so the memory one call
 * can take is bounded by constants, not by dependencies × icon size. The dependency count is
 * core's `MAX_DEPENDENCIES` (json-limits.ts), refused when the manifest is parsed: one limit
 * for the console's inspect and the stand-in, so pre-flight never passes what this refuses.
 */
import type { OpenedS9pk } from '../core/s9pk/open.ts';
import { iconMime } from '../core/s9pk/mime.ts';
import { MAX_MANIFEST_BYTES } from '../core/s9pk/json-limits.ts';
import { MAX_PACKAGE_ID_LENGTH } from './package-id.ts';
import { RpcError } from './rpc-error.ts';

/** Largest icon (`icon.*` or `dependencies/<id>/icon.*`) the stand-in reads (1 MiB). */
export const MAX_ICON_BYTES = 1 << 20;
/** Total bytes of icons and dependency `metadata.json` files read for one record (8 MiB). */
export const MAX_RECORD_MEMBER_BYTES = 8 << 20;

/** Size of the icon `readIcon` would pick in `dir` (the largest image file), 0 when none. */
function iconSize(archive: OpenedS9pk, dir: string): { size: number; path: string } | null {
  const d = archive.entry(dir);
  if (d?.kind !== 'dir') return null;
  let best: { size: number; path: string } | null = null;
  for (const [name, e] of d.entries) {
    if (e.kind !== 'file' || iconMime(name) === null) continue;
    if (!best || e.size > best.size) best = { size: e.size, path: e.path };
  }
  return best;
}

function tooLarge(url: string, what: string): RpcError {
  return new RpcError(18, `${url}: ${what}`);
}

/**
 * Checks the manifest's id and the sizes of the members the version
 * record reads, from the directory tables alone.
 * @throws RpcError `18 (ParseS9pk)` naming the limit.
 */
export function assertArchiveBounds(archive: OpenedS9pk, url: string): void {
  const { id, dependencies } = archive.manifest;
  if (id.length > MAX_PACKAGE_ID_LENGTH) throw tooLarge(url, `package id is longer than ${MAX_PACKAGE_ID_LENGTH} characters`);
  const deps = Object.keys(dependencies); // at most MAX_DEPENDENCIES (checked by parseManifest)
  let total = 0;
  for (const dir of ['', ...deps.map((d) => `dependencies/${d}`)]) {
    const icon = iconSize(archive, dir);
    if (icon && icon.size > MAX_ICON_BYTES) {
      throw tooLarge(url, `${icon.path} is ${icon.size} bytes; this registry accepts icons up to ${MAX_ICON_BYTES} bytes`);
    }
    const meta = dir === '' ? undefined : archive.entry(`${dir}/metadata.json`);
    total += (icon?.size ?? 0) + (meta?.kind === 'file' ? Math.min(meta.size, MAX_MANIFEST_BYTES + 1) : 0);
  }
  if (total > MAX_RECORD_MEMBER_BYTES) {
    throw tooLarge(url, `icons and dependency metadata total ${total} bytes; this registry reads at most ${MAX_RECORD_MEMBER_BYTES}`);
  }
}
