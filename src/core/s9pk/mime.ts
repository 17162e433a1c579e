/**
 * @module
 * Icon file types: upstream's extension → MIME table (util/mime.rs, image entries only),
 * which decides what counts as an icon (spec/s9pk-format.md §5.2, §5.3).
 */
import { fileExtension, fileStem } from './names.ts';

/** Image extensions upstream maps to `image/*` (lower-case only, as in mime.rs). */
export const IMAGE_MIME: ReadonlyMap<string, string> = new Map([
  ['apng', 'image/apng'],
  ['avif', 'image/avif'],
  ['flif', 'image/flif'],
  ['gif', 'image/gif'],
  ['jpg', 'image/jpeg'],
  ['jpeg', 'image/jpeg'],
  ['jfif', 'image/jpeg'],
  ['pjpeg', 'image/jpeg'],
  ['pjp', 'image/jpeg'],
  ['jxl', 'image/jxl'],
  ['png', 'image/png'],
  ['svg', 'image/svg+xml'],
  ['webp', 'image/webp'],
  ['mng', 'image/x-mng'],
  ['x-mng', 'image/x-mng'],
]);

/** MIME type of an icon name such as `icon.png`, or null when it is not an image icon. */
export function iconMime(name: string): string | null {
  if (fileStem(name) !== 'icon') return null;
  const ext = fileExtension(name);
  return ext === null ? null : (IMAGE_MIME.get(ext) ?? null);
}

/**
 * True for names that sort between `icon` and `icon.` (e.g. `icon-dark.png`): upstream's
 * stem scan stops at them and would not find `icon.png` (§5.2 quirk). Writers refuse them.
 */
export function hidesIcon(name: string): boolean {
  return name.length > 4 && name.startsWith('icon') && name.charCodeAt(4) < 0x2e;
}
