/**
 * @module
 * The response to a compromised key on one registry (issue 17 item 3), as items the console runs
 * one call each: remove the key from each signer holding it (`admin.signer.edit` `removeKey`,
 * spec/registry-api.md §4.7), revoke a holder's admin status (`admin.remove`), remove a variant
 * it signed (`package.remove` with `version` + `sighash`, §4.3). Who may run which item follows
 * the access matrix (§3.2): admins for the first two, admins or a scope covering the version for
 * the third.
 */
import type { PackageIndex } from '../rpc/types.ts';
import type { ParamsOf } from '../rpc/methods.ts';
import { versionRefusal, type Authority } from './authority.ts';
import type { KeyFindings, KeyHolder, SignedVariant } from './key-compromise.ts';

export type ResponseStep = 'remove-key' | 'revoke-admin' | 'remove-variant';

export const RESPONSE_STEPS: readonly ResponseStep[] = ['remove-key', 'revoke-admin', 'remove-variant'];

export type ResponseItem =
  | { step: 'remove-key' | 'revoke-admin'; registry: string; key: string; holder: KeyHolder }
  | { step: 'remove-variant'; registry: string; key: string; variant: SignedVariant };

/** Why the acting key may not run an item here (null: it may). */
export type ItemBlocker = 'no-key' | 'not-admin' | 'no-scope' | 'out-of-range';

/** One registry's items, in step order; admin revocation only for holders known to be admins. */
export function responseItems(registry: string, findings: KeyFindings): ResponseItem[] {
  const items: ResponseItem[] = [];
  for (const holder of findings.holders) {
    items.push({ step: 'remove-key', registry, key: `${registry} remove-key ${holder.guid}`, holder });
  }
  for (const holder of findings.holders) {
    if (holder.admin) items.push({ step: 'revoke-admin', registry, key: `${registry} revoke-admin ${holder.guid}`, holder });
  }
  for (const variant of findings.variants) {
    items.push({ step: 'remove-variant', registry, key: `${registry} remove-variant ${variant.id}@${variant.version} ${variant.sighash}`, variant });
  }
  return items;
}

/** Whether `authority` (null: no key acts here, or its role is unknown) may run `item`. */
export function itemBlocker(item: ResponseItem, authority: Authority | null, index: PackageIndex): ItemBlocker | null {
  if (authority === null) return 'no-key';
  if (item.step !== 'remove-variant') return authority.admin ? null : 'not-admin';
  const refusal = versionRefusal(authority, index, item.variant.id, item.variant.version);
  if (refusal === null) return null;
  // a package removed since the snapshot: the registry answers 6; report it as out of scope
  return refusal.kind === 'out-of-range' ? 'out-of-range' : 'no-scope';
}

/** The call that runs an item. */
export type ResponseCall =
  | { method: 'admin.signer.edit'; params: ParamsOf<'admin.signer.edit'> }
  | { method: 'admin.remove'; params: ParamsOf<'admin.remove'> }
  | { method: 'package.remove'; params: ParamsOf<'package.remove'> };

export function responseCall(item: ResponseItem): ResponseCall {
  switch (item.step) {
    case 'remove-key':
      // every array is required (§4.7); the key exactly as the signer stores it
      return { method: 'admin.signer.edit', params: { id: item.holder.guid, addContact: [], addKey: [], removeContact: [], removeKey: [item.holder.storedPem] } };
    case 'revoke-admin':
      return { method: 'admin.remove', params: { signer: item.holder.guid } };
    case 'remove-variant':
      return { method: 'package.remove', params: { id: item.variant.id, version: item.variant.version, sighash: item.variant.sighash } };
  }
}
