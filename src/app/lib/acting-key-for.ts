/**
 * @module
 * Which key acts on a registry other than the current scope's — a channel's, a promotion's target, every saved registry of an incident (issue 14 item 2): the registry's default key when
 * one is chosen (saved registries, registries.ts `keyId`), otherwise the unlocked key. Writes
 * happen only on a saved registry and with that key unlocked; the pre-flight uses its role
 * there (the shared role query, with a client that signs for the target's hostname).
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { RegistryClient } from '../../core/rpc/client.ts';
import { authorityOf } from './publishing/preflight-reports.ts';
import type { SavedRegistry } from './registries.ts';
import { roleOptions } from './registry-queries.ts';
import { registryScopeOf, useScopeRegistries } from './registry-scope.tsx';
import { useVaultKeys } from './vault/get-vault-keys.ts';
import { useUnlockedKey } from './vault-session.ts';
import type { Authority } from '../../core/registry/authority.ts';
import type { Role } from './role.ts';

/** Why nothing can be written to the registry yet. */
export type ActingKeyProblem = 'not-saved' | 'locked' | 'wrong-key' | 'no-rights' | null;

export interface ActingKeyFor {
  saved: SavedRegistry | null;
  /** Name of the default key (null: none chosen, the unlocked key acts). */
  defaultKeyName: string | null;
  /** Name of the key that would sign now (null: none unlocked). */
  actingName: string | null;
  /** Its public key (null: nothing signs here now). */
  actingPem: string | null;
  client: RegistryClient;
  role: Role | undefined;
  authority: Authority | null;
  problem: ActingKeyProblem;
}

export function useActingKeyFor(url: string): ActingKeyFor {
  const list = useScopeRegistries();
  const records = useVaultKeys().data ?? [];
  const unlocked = useUnlockedKey();
  // the same scope a registry route builds: who signs there and the client that signs so
  const { saved, actingKeyId: keyId, keyUse, client } = useMemo(() => registryScopeOf(url, list, unlocked), [url, list, unlocked]);
  const defaultKeyName = keyId === null ? null : (records.find((r) => r.id === keyId)?.name ?? null);
  const signs = saved !== null && unlocked !== null && keyUse === 'signs';
  const keyPem = signs ? unlocked.publicKeyPem : null;
  const role = useQuery({ ...roleOptions({ client, keyPem, keyUse: 'signs' }), enabled: keyPem !== null }).data;
  const authority = authorityOf(role);
  const problem: ActingKeyProblem =
    saved === null ? 'not-saved' : unlocked === null ? 'locked' : !signs ? 'wrong-key' : role !== undefined && authority === null ? 'no-rights' : null;
  return { saved, defaultKeyName, actingName: signs ? unlocked.name : null, actingPem: keyPem, client, role, authority, problem };
}
