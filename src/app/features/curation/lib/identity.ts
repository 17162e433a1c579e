/**
 * @module
 * Registry identity rules (spec/registry-api.md §4.2, §7): a name of at most 32 characters (the
 * limit of upstream's own UI; the server enforces none) and an icon file of at most 100 KiB,
 * sent as `data:<mime>;base64,<padded Base64>`. Pure.
 */
import { encodeBase64 } from '../../../../core/bytes/base64.ts';
import { translate } from '../../../i18n/i18n.ts';
import { formatBytes } from '../../../lib/format-bytes.ts';

export const NAME_MAX = 32;
export const ICON_MAX_BYTES = 100 * 1024;

/** Characters as people count them (code points, so an emoji counts once). */
export function nameLength(name: string): number {
  return Array.from(name).length;
}

export function nameError(name: string): string | null {
  if (name.trim() === '') return translate('category.nameEmpty');
  const n = nameLength(name);
  return n > NAME_MAX ? translate('identity.nameTooLong', { length: n, max: NAME_MAX }) : null;
}

const MIME_BY_EXT: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  avif: 'image/avif',
  ico: 'image/x-icon',
};
const ALLOWED = new Set(Object.values(MIME_BY_EXT));

/** The image type of a file, from its declared type or else its extension; null if not an image. */
export function iconMime(file: { name: string; type: string }): string | null {
  const declared = file.type.toLowerCase();
  if (ALLOWED.has(declared)) return declared;
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  return declared === '' || declared === 'application/octet-stream' ? (MIME_BY_EXT[ext] ?? null) : null;
}

/** Human size in the active locale: "12.3 KiB", "512 bytes". */
export function formatKiB(bytes: number): string {
  return formatBytes(bytes);
}

/** Why a file cannot be the icon, or null. */
export function iconFileError(file: { name: string; type: string; size: number }): string | null {
  if (iconMime(file) === null) return translate('identity.notImage', { file: file.name });
  if (file.size === 0) return translate('identity.emptyFile', { file: file.name });
  if (file.size > ICON_MAX_BYTES) {
    return translate('identity.tooLarge', { file: file.name, size: formatKiB(file.size), bytes: file.size, max: ICON_MAX_BYTES });
  }
  return null;
}

/** The `info.set-icon` value: `data:<mime>;base64,<standard Base64 with padding>`. */
export function iconDataUrl(bytes: Uint8Array, mime: string): string {
  return `data:${mime};base64,${encodeBase64(bytes, { pad: true })}`;
}
