/**
 * @module
 * `manifest.json` (spec/s9pk-format.md §6): types, and a parser that checks the §6.2 field
 * types, applies defaults, tolerates unknown and legacy keys, and keeps the raw object.
 */
import { CoreError, isCoreError } from '../errors.ts';
import { parseUtf8 } from '../bytes/utf8.ts';
import { assertDependencyCount, assertJsonDepth, assertManifestSize } from './json-limits.ts';
import type {
  DeviceFilter as IndexDeviceFilter,
  HardwareRequirements as IndexHardwareRequirements,
  LocaleString,
} from '../rpc/types.ts';

export type { LocaleString };

export interface ImageConfig {
  /** Always `"packed"` in a packed s9pk; build-time forms are objects. */
  source: unknown;
  arch: string[];
  emulateMissingAs: string | null;
  nvidiaContainer: boolean;
}

export interface DepInfo {
  description: LocaleString | null;
  optional: boolean;
}

/** A manifest's device filter: `capabilities` and `driver` may be absent here (§6.2). */
export type DeviceFilter = Omit<IndexDeviceFilter, 'capabilities' | 'driver'> &
  Partial<Pick<IndexDeviceFilter, 'capabilities' | 'driver'>>;

/** A manifest's hardware requirements: the index shape with manifest device filters. */
export type HardwareRequirements = Omit<IndexHardwareRequirements, 'device'> & {
  device: DeviceFilter[];
};

/** The current manifest field set (§6.2), defaults applied. */
export interface Manifest {
  id: string;
  version: string;
  canMigrateTo: string;
  canMigrateFrom: string;
  title: string;
  description: { short: LocaleString; long: LocaleString };
  releaseNotes: LocaleString;
  gitHash: string | null;
  license: string;
  packageRepo: string;
  upstreamRepo: string;
  marketingUrl: string | null;
  donationUrl: string | null;
  /** null when absent (upstream would substitute the parsing OS's own version). */
  osVersion: string | null;
  sdkVersion: string | null;
  hardwareAcceleration: boolean;
  userspaceFilesystems: boolean;
  virtualNetworking: boolean;
  plugins: string[];
  satisfies: string[];
  images: Record<string, ImageConfig>;
  volumes: string[];
  dependencies: Record<string, DepInfo>;
  hardwareRequirements: HardwareRequirements;
}

export interface ParsedManifest {
  manifest: Manifest;
  /** The JSON object exactly as parsed, unknown and legacy keys included. */
  raw: Record<string, unknown>;
}

/** Package, image and volume ids (§6.3). */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function bad(field: string, expected: string): CoreError {
  return new CoreError('S9PK_BAD_MANIFEST', `manifest.json: ${field} must be ${expected}`, {
    field,
  });
}

function str(o: Obj, k: string, path: string, dflt?: string | null): string {
  const v = o[k] ?? dflt;
  if (typeof v !== 'string') throw bad(path + k, 'a string');
  return v;
}
function optStr(o: Obj, k: string, path: string): string | null {
  const v = o[k];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw bad(path + k, 'a string or null');
  return v;
}
function bool(o: Obj, k: string, path: string): boolean {
  const v = o[k] ?? false;
  if (typeof v !== 'boolean') throw bad(path + k, 'a boolean');
  return v;
}
function strArray(v: unknown, field: string): string[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
    throw bad(field, 'an array of strings');
  return v as string[];
}
function locale(v: unknown, field: string): LocaleString {
  if (typeof v === 'string') return v;
  if (isObj(v) && Object.values(v).every((x) => typeof x === 'string'))
    return v as Record<string, string>;
  throw bad(field, 'a LocaleString');
}
function url(v: unknown, field: string): string {
  if (typeof v !== 'string' || !URL.canParse(v)) throw bad(field, 'a URL');
  return v;
}
function optUrl(o: Obj, k: string): string | null {
  return o[k] === undefined || o[k] === null ? null : url(o[k], k);
}
function id(v: string, field: string): string {
  if (!ID_PATTERN.test(v)) throw bad(field, `an id matching ${ID_PATTERN}`);
  return v;
}
function map<T>(v: unknown, field: string, each: (o: Obj, f: string) => T): Record<string, T> {
  if (!isObj(v)) throw bad(field, 'an object');
  const out: Record<string, T> = {};
  for (const [k, x] of Object.entries(v)) {
    id(k, `${field} key`);
    if (!isObj(x)) throw bad(`${field}.${k}`, 'an object');
    out[k] = each(x, `${field}.${k}.`);
  }
  return out;
}

function parseHardware(v: unknown): HardwareRequirements {
  if (v === undefined || v === null) return { device: [], ram: null, arch: null };
  if (!isObj(v)) throw bad('hardwareRequirements', 'an object');
  const device = v.device ?? [];
  if (!Array.isArray(device)) throw bad('hardwareRequirements.device', 'an array');
  const ram = v.ram ?? null;
  if (ram !== null && (typeof ram !== 'number' || !Number.isSafeInteger(ram) || ram < 0)) {
    throw bad('hardwareRequirements.ram', 'a byte count or null');
  }
  const arch =
    v.arch === undefined || v.arch === null ? null : strArray(v.arch, 'hardwareRequirements.arch');
  return {
    device: device.map((d, i) => {
      const f = `hardwareRequirements.device[${i}].`;
      if (!isObj(d)) throw bad(f.slice(0, -1), 'an object');
      if (d.class !== 'processor' && d.class !== 'display')
        throw bad(`${f}class`, '"processor" or "display"');
      const out: DeviceFilter = {
        description: str(d, 'description', f),
        class: d.class,
        product: optStr(d, 'product', f),
        vendor: optStr(d, 'vendor', f),
      };
      if ('capabilities' in d)
        out.capabilities =
          d.capabilities == null ? null : strArray(d.capabilities, `${f}capabilities`);
      if ('driver' in d) out.driver = optStr(d, 'driver', f);
      return out;
    }),
    ram,
    arch,
  };
}

/**
 * Validates a parsed manifest object against §6.2 and applies defaults.
 * @throws CoreError `S9PK_BAD_MANIFEST` (detail.field), `S9PK_TOO_LARGE` (more than
 * `MAX_DEPENDENCIES` dependencies).
 */
export function validateManifest(raw: unknown): Manifest {
  if (!isObj(raw)) throw bad('manifest', 'a JSON object');
  const o = raw;
  if (!isObj(o.description)) throw bad('description', 'an object');
  const volumes = strArray(o.volumes, 'volumes');
  for (const v of volumes) if (v !== 'BACKUP') id(v, 'volumes[]');
  // Counted before any entry is checked, so a huge list costs one key count.
  if (isObj(o.dependencies)) assertDependencyCount(Object.keys(o.dependencies).length);
  return {
    id: id(str(o, 'id', ''), 'id'),
    version: str(o, 'version', ''),
    canMigrateTo: str(o, 'canMigrateTo', ''),
    canMigrateFrom: str(o, 'canMigrateFrom', ''),
    title: str(o, 'title', ''),
    description: {
      short: locale(o.description.short, 'description.short'),
      long: locale(o.description.long, 'description.long'),
    },
    releaseNotes: locale(o.releaseNotes, 'releaseNotes'),
    gitHash: optStr(o, 'gitHash', ''),
    license: str(o, 'license', ''),
    packageRepo: url(o.packageRepo ?? 'https://example.com/', 'packageRepo'),
    upstreamRepo: url(o.upstreamRepo, 'upstreamRepo'),
    marketingUrl: optUrl(o, 'marketingUrl'),
    donationUrl: optUrl(o, 'donationUrl'),
    osVersion: optStr(o, 'osVersion', ''),
    sdkVersion: optStr(o, 'sdkVersion', ''),
    hardwareAcceleration: bool(o, 'hardwareAcceleration', ''),
    userspaceFilesystems: bool(o, 'userspaceFilesystems', ''),
    virtualNetworking: bool(o, 'virtualNetworking', ''),
    plugins: strArray(o.plugins ?? [], 'plugins'),
    satisfies: strArray(o.satisfies ?? [], 'satisfies'),
    images: map(o.images, 'images', (x, f) => ({
      source: x.source,
      arch: strArray(x.arch ?? [], `${f}arch`),
      emulateMissingAs: optStr(x, 'emulateMissingAs', f),
      nvidiaContainer: bool(x, 'nvidiaContainer', f),
    })),
    volumes,
    dependencies: map(o.dependencies ?? {}, 'dependencies', (x, f) => {
      if (typeof x.optional !== 'boolean') throw bad(`${f}optional`, 'a boolean');
      return {
        description:
          x.description === undefined || x.description === null
            ? null
            : locale(x.description, `${f}description`),
        optional: x.optional,
      };
    }),
    hardwareRequirements: parseHardware(o.hardwareRequirements),
  };
}

/**
 * Decodes `manifest.json` bytes (UTF-8 JSON) and validates them. The bytes and the nesting are
 * bounded first (json-limits.ts).
 * @throws CoreError `S9PK_BAD_MANIFEST`, `S9PK_TOO_LARGE` (over `MAX_MANIFEST_BYTES`, or more
 * than `MAX_DEPENDENCIES` dependencies),
 * `S9PK_JSON_TOO_DEEP` (nested `JSON_RECURSION_LIMIT` or more levels).
 */
export function parseManifest(bytes: Uint8Array): ParsedManifest {
  assertManifestSize(bytes.length, 'manifest.json');
  let raw: unknown;
  try {
    const text = parseUtf8(bytes);
    assertJsonDepth(text, 'manifest.json');
    raw = JSON.parse(text);
  } catch (e) {
    if (isCoreError(e, 'S9PK_JSON_TOO_DEEP')) throw e;
    throw new CoreError('S9PK_BAD_MANIFEST', 'manifest.json is not UTF-8 JSON', {
      field: 'manifest',
    });
  }
  const manifest = validateManifest(raw);
  return { manifest, raw: raw as Record<string, unknown> };
}
