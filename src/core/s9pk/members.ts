/**
 * @module
 * Verified convenience reads of the members a registry console shows (spec/s9pk-format.md
 * §5.3): icon (largest `icon.<image ext>`), LICENSE.md, instructions.md, dependency metadata
 * and icons. Every body is hash-checked as it is read (§3.4 rows 11–14).
 */
import { CoreError } from '../errors.ts';
import { encodeBase64 } from '../bytes/base64.ts';
import { assertJsonDepth, MAX_MANIFEST_BYTES } from './json-limits.ts';
import { iconMime } from './mime.ts';
import { compareNames, joinPath } from './names.ts';
import type { LocaleString } from './manifest.ts';
import type { OpenedS9pk } from './open.ts';

export interface IconFile {
  path: string;
  mime: string;
  bytes: Uint8Array;
}

export interface DependencyMetadata {
  /** From `dependencies/<id>/metadata.json`; null when absent. */
  title: LocaleString | null;
  icon: IconFile | null;
  /** From the manifest. */
  description: LocaleString | null;
  optional: boolean;
}

const lossy = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Reads the largest image icon in directory `dir` ('' = root); null when there is none.
 * Ties go to the first name in byte order, as upstream.
 * @throws CoreError `S9PK_HASH_MISMATCH`, `S9PK_TRUNCATED`, `S9PK_TOO_LARGE`.
 */
export async function readIcon(s9pk: OpenedS9pk, dir = ''): Promise<IconFile | null> {
  const d = s9pk.entry(dir);
  if (d?.kind !== 'dir') return null;
  let best: { path: string; mime: string; size: number } | null = null;
  const names = [...d.entries.keys()].sort(compareNames);
  for (const name of names) {
    const e = d.entries.get(name);
    const mime = iconMime(name);
    if (e?.kind !== 'file' || mime === null) continue;
    if (!best || e.size > best.size) best = { path: joinPath(dir, name), mime, size: e.size };
  }
  if (!best) return null;
  return { path: best.path, mime: best.mime, bytes: await s9pk.readFile(best.path) };
}

/** `data:<mime>;base64,<padded base64>` (§5.3). */
export function iconDataUrl(icon: Pick<IconFile, 'mime' | 'bytes'>): string {
  return `data:${icon.mime};base64,${encodeBase64(icon.bytes)}`;
}

/**
 * LICENSE.md as text.
 * @throws CoreError `S9PK_NOT_FOUND`, `S9PK_MISSING_ENTRY`, `S9PK_HASH_MISMATCH`, `S9PK_TRUNCATED`.
 */
export async function readLicense(s9pk: OpenedS9pk): Promise<string> {
  return lossy.decode(await s9pk.readFile('LICENSE.md'));
}

/**
 * instructions.md as text; null when the package predates it.
 * @throws CoreError `S9PK_NOT_FOUND` (a directory), `S9PK_MISSING_ENTRY`, `S9PK_HASH_MISMATCH`.
 */
export async function readInstructions(s9pk: OpenedS9pk): Promise<string | null> {
  if (s9pk.entry('instructions.md') === undefined) return null;
  return lossy.decode(await s9pk.readFile('instructions.md'));
}

async function readTitle(s9pk: OpenedS9pk, id: string): Promise<LocaleString | null> {
  const path = `dependencies/${id}/metadata.json`;
  if (s9pk.entry(path)?.kind !== 'file') return null;
  const bytes = await s9pk.readFile(path, { maxBytes: MAX_MANIFEST_BYTES });
  const text = lossy.decode(bytes);
  assertJsonDepth(text, path);
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    v = undefined;
  }
  const title = (v as { title?: unknown } | undefined)?.title;
  const ok =
    typeof title === 'string' ||
    (typeof title === 'object' &&
      title !== null &&
      Object.values(title).every((x) => typeof x === 'string'));
  if (!ok)
    throw new CoreError('S9PK_BAD_MANIFEST', `${path} is not {"title": LocaleString}`, {
      path,
      field: 'title',
    });
  return title as LocaleString;
}

/**
 * Metadata of every dependency the manifest declares (registry `dependencyMetadata`, §7.2).
 * @throws CoreError `S9PK_BAD_MANIFEST` (bad metadata.json), `S9PK_JSON_TOO_DEEP`, `S9PK_TOO_LARGE`
 * (metadata.json over `MAX_MANIFEST_BYTES`), `S9PK_HASH_MISMATCH`, `S9PK_TRUNCATED`.
 */
export async function readDependencyMetadata(
  s9pk: OpenedS9pk,
): Promise<Map<string, DependencyMetadata>> {
  const out = new Map<string, DependencyMetadata>();
  for (const [id, info] of Object.entries(s9pk.manifest.dependencies)) {
    out.set(id, {
      title: await readTitle(s9pk, id),
      icon: await readIcon(s9pk, `dependencies/${id}`),
      description: info.description,
      optional: info.optional,
    });
  }
  return out;
}
