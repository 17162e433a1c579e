/**
 * @module
 * `os.version.get` (spec/registry-api.md §4.6, §6): update candidates for a device. Releases
 * are kept when the platform has a squashfs image, the version satisfies `targetVersion` and
 * the source version satisfies the release's `sourceVersion`; with a device-info header the
 * answer is then filtered again by the header's `os.version` (even when `sourceVersion` was
 * passed), and devices at or below 0.4.0-alpha.17 get each asset's first URL as `url`.
 * A known `serverId` and platform record a `user_activity` row.
 */
import {
  compareVersion,
  parseVersion,
  printVersion,
  satisfiesVersion,
  type Version,
} from '../../core/exver/index.ts';
import type { OsVersionInfo } from '../../core/rpc/types.ts';
import { encodeUtf8 } from '../../core/bytes/utf8.ts';
import { hasOwnKey, setOwn } from '../../core/registry/own-key.ts';
import type { MethodHandler } from '../context.ts';
import { rangeParam, storedRange } from './package-signer.ts';
import { parseOsVersionParam } from '../os-release.ts';

/** Upstream's `MAX_SERVER_ID_LEN`, counted in UTF-8 bytes (`String::len`). */
export const MAX_SERVER_ID_BYTES = 256;
const LEGACY_MAX = parseVersion('0.4.0-alpha.17');

const admits = (release: OsVersionInfo, source: Version) =>
  satisfiesVersion(source, storedRange(release.sourceVersion));

/** `DeviceInfoMiddleware::filter_os_version`'s shim: `url` = the first URL, or null. */
function legacyShim(release: OsVersionInfo): OsVersionInfo {
  const shim = (assets: OsVersionInfo['iso']) =>
    Object.fromEntries(Object.entries(assets).map(([k, a]) => [k, { ...a, url: a.urls[0] ?? null }]));
  return { ...release, iso: shim(release.iso), squashfs: shim(release.squashfs), img: shim(release.img) };
}

export const osVersionGet: MethodHandler<'os.version.get'> = (p, ctx) => {
  const device = ctx.deviceInfo;
  const deviceVersion = device ? parseVersion(device.os.version) : null;
  const source = p.sourceVersion == null ? deviceVersion : parseOsVersionParam(p.sourceVersion, 'sourceVersion');
  const target = p.targetVersion == null ? null : rangeParam(p.targetVersion, 'targetVersion');
  const platform = p.platform ?? device?.os.platform ?? null;
  if (p.serverId != null && platform !== null && encodeUtf8(p.serverId).length <= MAX_SERVER_ID_BYTES) {
    const osVersion = source === null ? null : printVersion(source);
    ctx.metrics.recordUserActivity(p.serverId, platform, osVersion, ctx.now());
  }
  const legacy = deviceVersion !== null && compareVersion(deviceVersion, LEGACY_MAX) <= 0;
  const out: Record<string, OsVersionInfo> = {};
  for (const [key, release] of Object.entries(ctx.store.db.index.os.versions)) {
    let version: Version;
    try {
      version = parseVersion(key);
    } catch {
      continue;
    }
    if (platform !== null && !hasOwnKey(release.squashfs, platform)) continue;
    if (target !== null && !satisfiesVersion(version, target)) continue;
    if (source !== null && !admits(release, source)) continue;
    if (deviceVersion !== null && !admits(release, deviceVersion)) continue;
    setOwn(out, key, legacy ? legacyShim(release) : release);
  }
  return out;
};
