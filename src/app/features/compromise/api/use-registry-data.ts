/**
 * @module
 * What the key-compromise page knows of every saved registry (issue 17 item 3): its scope (the
 * acting key, registry-scope.tsx), the acting key's role, the public `package.index` and
 * `os.index`, and — where the acting key may read them — the signers (signed `index`, any
 * registered signer) and the admin set (`admin.list`, admins). The shared read options are used
 * unchanged, so writes refresh them through the usual invalidation groups; their calls go
 * through one limiter, a few registries at a time. One registry's failure is its own. An
 * incident is answered on the registries' current state: opening the page reads the indexes and
 * the signer and admin sets again even when another page cached them moments ago (a signer added
 * elsewhere would otherwise stay unseen for the cache's minute).
 */
import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { RegistrySnapshot } from '../../../../core/registry/key-compromise.ts';
import { createLimiter } from '../../../../core/concurrency/limit.ts';
import { adminsOptions, osIndexOptions, packageIndexOptions, roleOptions, signedIndexOptions } from '../../../lib/registry-queries.ts';
import { registryScopeOf, useScopeRegistries, type RegistryScope } from '../../../lib/registry-scope.tsx';
import { useUnlockedKey } from '../../../lib/vault-session.ts';
import type { Role } from '../../../lib/role.ts';

/** Registry reads in flight at once for this page (every saved registry is read on opening it). */
export const READ_CONCURRENCY = 4;
const limit = createLimiter(READ_CONCURRENCY);

/** The same options, their query function run through the page's limiter. */
function limited<O extends { queryFn?: unknown }>(options: O): O {
  const fn = options.queryFn;
  if (typeof fn !== 'function') return options;
  const queryFn = (ctx: unknown): Promise<unknown> => limit(async () => (fn as (ctx: unknown) => unknown)(ctx));
  return { ...options, queryFn };
}

export interface RegistryData {
  scope: RegistryScope;
  /** The saved label, or the URL. */
  label: string;
  role: Role | undefined;
  /** Null until the public indexes are read (or when they failed: `error`). */
  snapshot: RegistrySnapshot | null;
  error: unknown;
  pending: boolean;
  /** No read of it is in flight (a snapshot from the cache may be about to change). */
  settled: boolean;
  /** Changes whenever one of the reads the snapshot is made of changes (a memo key). */
  stamp: string;
  /** Reads the failed parts again. */
  retry(): void;
  /** Reads everything again; resolves when done. */
  refetch(): Promise<void>;
}

const isSigner = (role: Role | undefined) => role?.kind === 'admin' || role?.kind === 'signer';

export function useRegistryData(): { registries: RegistryData[]; loading: boolean } {
  const list = useScopeRegistries();
  const key = useUnlockedKey();
  const scopes = useMemo(() => (list ?? []).map((r) => registryScopeOf(r.url, list, key)), [list, key]);
  const roles = useQueries({ queries: scopes.map((s) => limited(roleOptions(s))) });
  const packages = useQueries({ queries: scopes.map((s) => ({ ...limited(packageIndexOptions(s)), refetchOnMount: 'always' as const })) });
  const os = useQueries({ queries: scopes.map((s) => ({ ...limited(osIndexOptions(s)), refetchOnMount: 'always' as const })) });
  const signers = useQueries({
    queries: scopes.map((s, i) => ({ ...limited(signedIndexOptions(s)), enabled: isSigner(roles[i]?.data), retry: false, refetchOnMount: 'always' as const })),
  });
  const admins = useQueries({
    queries: scopes.map((s, i) => ({ ...limited(adminsOptions(s)), enabled: roles[i]?.data?.kind === 'admin', retry: false, refetchOnMount: 'always' as const })),
  });
  const registries = scopes.map((scope, i): RegistryData => {
    const role = roles[i]!.data;
    const pkg = packages[i]!;
    const osq = os[i]!;
    const signed = signers[i]!;
    const adm = admins[i]!;
    const ready = pkg.data !== undefined && osq.data !== undefined && (!isSigner(role) || !signed.isPending) && (role?.kind !== 'admin' || !adm.isPending);
    const snapshot: RegistrySnapshot | null = ready
      ? { packages: pkg.data!, os: osq.data!, signers: signed.data?.signers ?? null, admins: adm.data ? Object.keys(adm.data) : null }
      : null;
    const error = pkg.error ?? osq.error ?? null;
    return {
      scope,
      label: scope.saved?.label ?? scope.url,
      role,
      snapshot,
      error,
      pending: snapshot === null && error === null,
      settled: ![roles[i]!, pkg, osq, signed, adm].some((q) => q.isFetching),
      stamp: [pkg, osq, signed, adm].map((q) => q.dataUpdatedAt).join(':'),
      retry: () => {
        for (const q of [pkg, osq, signed, adm]) if (q.isError) void q.refetch();
      },
      refetch: async () => {
        await Promise.all([roles[i]!, pkg, osq, signed, adm].filter((q) => !q.isPending || q.isError).map((q) => q.refetch()));
      },
    };
  });
  return { registries, loading: list === undefined };
}
