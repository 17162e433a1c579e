/**
 * @module
 * Package handler rules (spec/registry-api.md §3.2 "handler rule", §3.3, §3.5): admins may do
 * anything; other signers need a scope on an existing package whose range the version satisfies.
 */
import { parseExtendedVersion, satisfies } from '../core/exver/index.ts';
import type { RegistryDatabase } from '../core/rpc/types.ts';
import { notFound, RpcError, unauthorized } from './rpc-error.ts';
import { storedRange } from './rpc/package-signer.ts';
import { isAdmin, signerByKey } from './signers.ts';
import { ownValue } from '../core/registry/own-key.ts';

export interface Caller {
  guid: string;
  admin: boolean;
}

/** Resolves the injected signer; a missing one is 38 "Missing signer" (cookie auth, §2.11). */
export function callerOf(db: Readonly<RegistryDatabase>, signerPem: string | null): Caller {
  if (signerPem === null) throw new RpcError(38, 'Missing signer');
  const found = signerByKey(db, signerPem);
  if (!found) throw unauthorized('Unknown signer');
  return { guid: found.guid, admin: isAdmin(db, found.guid) };
}

/**
 * Admin, or the package exists and the caller's scope is satisfied by `version` (or, when
 * `version` is undefined, the caller merely has a scope: `package.remove` without a version).
 * @throws RpcError 6 (package id) for a non-admin on an unknown package, 34 otherwise.
 */
export function assertScope(db: Readonly<RegistryDatabase>, caller: Caller, id: string, version: string | undefined): void {
  if (caller.admin) return;
  const pkg = ownValue(db.index.package.packages, id);
  if (!pkg) throw notFound(id);
  const range = ownValue(pkg.authorized, caller.guid);
  if (range === undefined) throw unauthorized();
  if (version === undefined) return;
  let ok: boolean;
  try {
    ok = satisfies(parseExtendedVersion(version), storedRange(range));
  } catch {
    ok = false;
  }
  if (!ok) throw unauthorized();
}
