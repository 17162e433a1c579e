/**
 * @module
 * Which key acts on a registry other than the current scope's — a channel's, a promotion's target, every saved registry of an incident (issue 14 item 2): the registry's default key when
 * one is chosen (saved registries, registries.ts `keyId`), otherwise the unlocked key. Writes
 * happen only on a saved registry and with that key unlocked; the pre-flight uses its role
 * there (the shared role query, with a client that signs for the target's hostname).
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createRegistryClient, type RegistryClient } from '../../core/rpc/client.ts';
import { checkLargeAnswer } from '../../worker/client.ts';
import { authorityOf } from './publishing/preflight-reports.ts';
import { signingContext, useSavedRegistries, type SavedRegistry } from './registries.ts';
import { roleOptions } from './registry-queries.ts';
import { keyUseFor } from './registry-scope.tsx';
import { useVaultKeys } from './vault/get-vault-keys.ts';
import { sessionSigner, useUnlockedKey } from './vault-session.ts';
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
  const saved = useSavedRegistries().data?.find((r) => r.url === url) ?? null;
  const records = useVaultKeys().data ?? [];
  const unlocked = useUnlockedKey();
  const keyId = saved?.keyId ?? null;
  const defaultKeyName = keyId === null ? null : (records.find((r) => r.id === keyId)?.name ?? null);
  const signs = saved !== null && unlocked !== null && keyUseFor(url, unlocked, [saved]) === 'signs';
  const context = signingContext({ url, context: saved?.context ?? null });
  const keyPem = signs ? unlocked.publicKeyPem : null;
  const client = useMemo(
    () => createRegistryClient({ url, context, signer: keyPem ? sessionSigner(keyId) : null, sign: 'when-required', checkLargeAnswer }),
    [url, context, keyPem, keyId],
  );
  const role = useQuery({ ...roleOptions({ client, keyPem, keyUse: 'signs' }), enabled: keyPem !== null }).data;
  const authority = authorityOf(role);
  const problem: ActingKeyProblem =
    saved === null ? 'not-saved' : unlocked === null ? 'locked' : !signs ? 'wrong-key' : role !== undefined && authority === null ? 'no-rights' : null;
  return { saved, defaultKeyName, actingName: signs ? unlocked.name : null, actingPem: keyPem, client, role, authority, problem };
}
