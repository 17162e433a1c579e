/**
 * @module
 * What a key may do to a package (spec/registry-api.md §3.2 handler rules, §3.3 scopes): admins
 * anything; a registered signer only versions of existing packages that satisfy its scope range.
 * The console uses it to gate publish and manage actions before the registry refuses them.
 */
import { parseExtendedVersion, parseRange, satisfies } from '../exver/index.ts';
import type { PackageIndex } from '../rpc/types.ts';
import { hasOwnKey, ownValue } from './own-key.ts';

/** The caller as the registry sees it: admin, and its scope range per package id. */
export interface Authority {
  admin: boolean;
  /** Package id → the caller's `authorized` range (normalized form, as stored). */
  scopes: Record<string, string>;
}

/** Why a key may not publish or remove a version (null = it may). */
export type Refusal =
  /** Only admins can create a package id (non-admins get 6 NotFound). */
  | { kind: 'new-package' }
  /** The package exists but the key has no scope on it (34). */
  | { kind: 'no-scope' }
  /** The version does not satisfy the key's scope (34). */
  | { kind: 'out-of-range'; scope: string };

/** Whether `version` satisfies a stored scope range; an unparsable range or version is false. */
export function scopeAllows(range: string, version: string): boolean {
  try {
    return satisfies(parseExtendedVersion(version), parseRange(range));
  } catch {
    return false;
  }
}

/**
 * `package.add` / `add-mirror` / `remove` (with a version) / `remove-mirror` rule for `id` at
 * `version`; null when allowed.
 */
export function versionRefusal(authority: Authority, index: PackageIndex, id: string, version: string): Refusal | null {
  if (authority.admin) return null;
  if (!hasOwnKey(index.packages, id)) return { kind: 'new-package' };
  const scope = ownValue(authority.scopes, id);
  if (scope === undefined) return { kind: 'no-scope' };
  return scopeAllows(scope, version) ? null : { kind: 'out-of-range', scope };
}

/** `package.remove` without a version: admins, or any signer with a scope on the package. */
export function mayRemovePackage(authority: Authority, id: string): boolean {
  return authority.admin || hasOwnKey(authority.scopes, id);
}
