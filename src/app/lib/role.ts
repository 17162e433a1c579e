/**
 * @module
 * What the unlocked key may do on the current registry (design.md §1, spec §3): admin (in
 * `admin.list`), registered signer (found in the signed `index`, with its package scopes),
 * unknown key, viewer (no key), or not saved (a key is unlocked but the registry is not saved,
 * so nothing is signed for it; issue 11, item 8). A rejected signature is diagnosed: clock
 * skew (measured by probing, §2.10) or a signing hostname the registry does not accept (§2.6).
 * The query over it (`roleOptions`, `useRole`) lives in registry-queries.ts.
 */
import { isCoreError } from '../../core/errors.ts';
import type { RegistryClient } from '../../core/rpc/client.ts';
import { remoteErrorOf } from '../../core/rpc/envelope.ts';
import { measureSkew } from '../../core/rpc/skew.ts';
import { hasOwnKey, ownValue, setOwn } from '../../core/registry/own-key.ts';
import { translate } from '../i18n/i18n.ts';

export type Role =
  | { kind: 'viewer' }
  /** A key is unlocked, but the registry is not saved: the console does not sign for it. */
  | { kind: 'not-saved' }
  /** The registry names its own key (registries.ts `keyId`) and another one is unlocked: nothing is signed. */
  | { kind: 'wrong-key' }
  | { kind: 'unknown-key' }
  | { kind: 'signer' | 'admin'; guid: string; name: string; scopes: Record<string, string> }
  | { kind: 'clock-skew'; seconds: number | null; range: number }
  | { kind: 'bad-signature'; context: string; details: string | null };

/** Code 31 (InvalidSignature) covers both a skewed clock and a bad signature (§2.10). */
function signatureRejected(e: unknown): boolean {
  return remoteErrorOf(e)?.code === 31;
}

/** Clocks this close are inside the registry's ±30 s window: not the cause of a rejection. */
const WINDOW_SECONDS = 30;

/**
 * Tells a skewed clock from a bad signature by measurement, never by the registry's words
 * (upstream translates them): the `Date` header's offset when the registry sends one, else
 * signed probes with shifted timestamps. No accepted probe means the signature itself is bad.
 */
async function diagnoseRejection(client: RegistryClient): Promise<{ seconds: number | null; range: number } | null> {
  if (client.clock.offsetMs !== null) {
    const seconds = Math.round(client.clock.offsetMs / 1000);
    return Math.abs(seconds) > WINDOW_SECONDS ? { seconds, range: Infinity } : null;
  }
  const m = await measureSkew(async (o) => {
    try {
      await client.api.index({ clockOffsetMs: o * 1000 });
      return true;
    } catch (err) {
      if (signatureRejected(err)) return false;
      throw err;
    }
  });
  return m.seconds !== null && Math.abs(m.seconds) > WINDOW_SECONDS ? { seconds: m.seconds, range: m.range } : null;
}

/** The two signed reads a role is made of; the query cache passes its own, so they are shared. */
export interface RoleReads {
  index(): ReturnType<RegistryClient['api']['index']>;
  admins(): ReturnType<RegistryClient['api']['admin']['list']>;
}

/**
 * Detects the role of the client's key; never throws for a registry answer. `reads` default
 * to direct calls; skew probing always calls the registry directly.
 */
export async function detectRole(
  client: RegistryClient,
  keyPem: string | null,
  reads: RoleReads = { index: () => client.api.index(), admins: () => client.api.admin.list() },
): Promise<Role> {
  if (!keyPem) return { kind: 'viewer' };
  let index;
  try {
    index = await reads.index();
  } catch (e) {
    const r = remoteErrorOf(e);
    if (r?.code === 34) return { kind: 'unknown-key' };
    if (r?.code === 31) {
      const skew = await diagnoseRejection(client);
      if (skew) return { kind: 'clock-skew', ...skew };
      return { kind: 'bad-signature', context: client.context, details: r.details };
    }
    throw e;
  }
  const entry = Object.entries(index.signers).find(([, s]) => s.keys.includes(keyPem));
  if (!entry) return { kind: 'unknown-key' };
  const [guid, info] = entry;
  const scopes: Record<string, string> = {};
  for (const [id, pkg] of Object.entries(index.package.packages)) {
    const range = ownValue(pkg.authorized, guid);
    if (range !== undefined) setOwn(scopes, id, range);
  }
  let admin = false;
  try {
    admin = hasOwnKey(await reads.admins(), guid);
  } catch (e) {
    if (!(isCoreError(e) && remoteErrorOf(e)?.code === 34)) throw e;
  }
  return { kind: admin ? 'admin' : 'signer', guid, name: info.name, scopes };
}

/** A one-line human description of a role, in the active language. */
export function describeRole(role: Role): string {
  switch (role.kind) {
    case 'viewer':
      return translate('role.viewer');
    case 'not-saved':
      return translate('role.notSaved');
    case 'wrong-key':
      return translate('role.wrongKey');
    case 'unknown-key':
      return translate('role.unknownKey');
    case 'admin':
      return translate('role.admin', { name: role.name });
    case 'signer': {
      return translate('role.signer', { name: role.name, count: Object.keys(role.scopes).length });
    }
    case 'clock-skew':
      return role.seconds === null
        ? translate('role.clockSkewRange', { minutes: Math.round(role.range / 60) })
        : translate(role.seconds > 0 ? 'role.clockBehind' : 'role.clockAhead', { seconds: Math.abs(role.seconds) });
    case 'bad-signature':
      return translate('role.badSignature', { context: role.context });
  }
}
