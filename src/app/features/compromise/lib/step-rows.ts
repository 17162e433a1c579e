/**
 * @module
 * The rows of one response step across registries: each item with the scope that runs it, and
 * whether it may run — the access matrix (key-response.ts `itemBlocker`) and the last-admin
 * guard (lib/admin-guard.ts: never leave a registry without an admin or the only admin without
 * a key), with the guard's warning when it allows a risky item (the acting key removing itself).
 */
import type { KeyFindings } from '../../../../core/registry/key-compromise.ts';
import { itemBlocker, responseItems, type ResponseItem, type ResponseStep } from '../../../../core/registry/key-response.ts';
import { checkAdminAction, checkKeyRemoval, type GuardVerdict } from '../../../lib/admin-guard.ts';
import { authorityOf } from '../../../lib/publishing/preflight-reports.ts';
import type { RegistryScope } from '../../../lib/registry-scope.tsx';
import type { Translate } from '../../../i18n/i18n.ts';
import type { ItemState } from '../api/response-store.ts';
import type { RegistryData } from '../api/use-registry-data.ts';
import { BLOCKER } from './labels.ts';

export interface StepRow {
  item: ResponseItem;
  scope: RegistryScope;
  registryLabel: string;
  /** Why it cannot run (translated), or null. */
  blocked: string | null;
  warning: string | null;
}

function guard(item: ResponseItem, data: RegistryData, actingPem: string | null): GuardVerdict {
  if (item.step === 'remove-variant') return { allowed: true, warning: null };
  const admins = data.snapshot?.admins ?? [];
  const me = data.role?.kind === 'admin' || data.role?.kind === 'signer' ? data.role.guid : null;
  const h = item.holder;
  if (item.step === 'revoke-admin') return checkAdminAction({ admins, target: h.guid, me, action: 'revoke' });
  return checkKeyRemoval({ admins, target: h.guid, me, keysAfter: h.keys.filter((k) => k !== h.storedPem), myKeyPem: actingPem, removing: [h.storedPem] });
}

/**
 * Rows of `step` for every readable registry with findings, followed by the items already run
 * that the registry no longer shows (a removed variant, a key no longer held): their results stay.
 */
export function stepRows(
  step: ResponseStep,
  registries: readonly { data: RegistryData; findings: KeyFindings | null }[],
  actingPem: (scope: RegistryScope) => string | null,
  t: Translate,
  done: Readonly<Record<string, ItemState>> = {},
): StepRow[] {
  return registries.flatMap(({ data, findings }) => {
    const current = findings === null || data.snapshot === null ? [] : responseItems(data.scope.url, findings).filter((item) => item.step === step);
    const listed = new Set(current.map((i) => i.key));
    const past = Object.values(done)
      .filter((s) => s.item.step === step && s.item.registry === data.scope.url && !listed.has(s.item.key))
      .map((s): StepRow => ({ item: s.item, scope: data.scope, registryLabel: data.label, blocked: null, warning: null }));
    if (current.length === 0) return past;
    return [...current
      .map((item): StepRow => {
        const blocker = itemBlocker(item, authorityOf(data.role), data.snapshot!.packages);
        const verdict = guard(item, data, actingPem(data.scope));
        return {
          item,
          scope: data.scope,
          registryLabel: data.label,
          blocked: blocker !== null ? t(BLOCKER[blocker], { registry: data.label }) : verdict.allowed ? null : verdict.reason,
          warning: verdict.allowed ? verdict.warning : null,
        };
      }), ...past];
  });
}
