/**
 * @module
 * The one owner of registry reads (spec/registry-api.md §4, §7): an options factory per read,
 * `xOptions(scope)`, keyed by `registry-keys.ts` on everything that changes the answer — URL
 * and parameters, and for signed reads the signing context and key. Public reads are never
 * signed (the scope's client signs only what the registry authenticates, registry-scope.tsx). Features build their hooks
 * on these options and never spell a key; writes refresh reads through the named groups of
 * `registry-invalidation.ts`.
 *
 * IMPORTANT: query functions do not pass TanStack's `signal` on. A query whose function reads
 * the signal is aborted when its last observer unmounts — React StrictMode's double mount
 * (dev) and a quick navigation would cancel a request that has already reached the registry
 * and send it again. Without it, a remount joins the request in flight; the client's timeout
 * still bounds every call.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { createRegistryClient } from '../../core/rpc/client.ts';
import { checkLargeAnswer } from '../../worker/client.ts';
import type { DeviceInfo } from '../../core/rpc/types.ts';
import type { CallOptions } from '../../core/rpc/call-options.ts';
import { registryKeys, type Signing } from './registry-keys.ts';
import { useRegistryScope, type RegistryScope } from './registry-scope.tsx';
import { detectRole, type Role } from './role.ts';
import { createLimiter } from '../../core/concurrency/limit.ts';
import type { ParamsOf } from '../../core/rpc/methods.ts';

/** What a read needs: the client (URL, signing context, signer), the unlocked key and its use here. */
export type QueryScope = Pick<RegistryScope, 'client' | 'keyPem' | 'keyUse'>;

/** An unsigned scope for screens outside a registry route (registry cards, adding a registry). */
export function anonymousScope(url: string, timeoutMs?: number): QueryScope {
  return { client: createRegistryClient({ url, timeoutMs, checkLargeAnswer }), keyPem: null, keyUse: 'no-key' };
}

/** Who signs this scope's authenticated reads: the unlocked key on a saved registry, else nobody. */
const signing = ({ client, keyPem, keyUse }: QueryScope): Signing => ({
  context: client.context,
  keyPem: keyUse === 'signs' ? keyPem : null,
});
const anonymous = { anonymous: true } as const;

export const registryInfoOptions = ({ client }: QueryScope) =>
  queryOptions({
    queryKey: registryKeys.anonymous(client.url, 'info'),
    queryFn: () => client.api.info.get(anonymous),
  });

/**
 * The whole `package.index`; `early` hears of its previews and browse digest first
 * (answer-digest.ts, index-digest-query.ts).
 */
export const packageIndexOptions = ({ client }: QueryScope, early?: Pick<CallOptions, 'onDigest' | 'onPreview'>) =>
  // `early` only hears of the answer early; it does not change it, so it is not in the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: registryKeys.anonymous(client.url, 'package.index'),
    queryFn: () => client.api.package.index({ ...anonymous, ...early }),
  });

export const categoriesOptions = ({ client }: QueryScope) =>
  queryOptions({
    queryKey: registryKeys.anonymous(client.url, 'package.category.list'),
    queryFn: () => client.api.package.category.list(anonymous),
  });

/**
 * What the registry offers `device` for package `id`: `package.get` with `otherVersions: "full"`
 * and the device header (§4.3, §6). IMPORTANT: never `targetVersion` here — with an `id` it
 * records a download in the registry's metrics (§4.3 side effect, §7).
 */
export const deviceOfferOptions = ({ client }: QueryScope, id: string, device: DeviceInfo) => {
  const params = { id, otherVersions: 'full' } as const;
  return queryOptions({
    queryKey: registryKeys.anonymous(client.url, 'package.get', params, device),
    queryFn: () => client.api.package.get(params, { ...anonymous, deviceInfo: device }),
  });
};

/** A package's scoped signers and their ranges, `{ guid: [SignerInfo, range] }` (§4.4). */
export const packageSignersOptions = ({ client }: QueryScope, id: string) =>
  queryOptions({
    queryKey: registryKeys.anonymous(client.url, 'package.signer.list', id),
    queryFn: () => client.api.package.signer.list({ id }, anonymous),
  });

/** Every StartOS release and its image assets: `os.index` (anyone, §4.6). */
export const osIndexOptions = ({ client }: QueryScope) =>
  queryOptions({
    queryKey: registryKeys.anonymous(client.url, 'os.index'),
    queryFn: () => client.api.os.index(anonymous),
  });

/**
 * The releases `os.version.get` offers `device` (§4.6, §6): no parameters, only the device
 * header. IMPORTANT: never a `serverId` — with a platform it records a device check-in in the
 * registry's metrics (§4.6 side effect).
 */
export const osOfferOptions = ({ client }: QueryScope, device: DeviceInfo) =>
  queryOptions({
    queryKey: registryKeys.anonymous(client.url, 'os.version.get', device),
    queryFn: () => client.api.os.version.get({}, { ...anonymous, deviceInfo: device }),
  });

/** One OS release's authorized signers and their keys: `os.version.signer.list` (anyone, §4.6). */
export const osVersionSignersOptions = ({ client }: QueryScope, version: string) =>
  queryOptions({
    queryKey: registryKeys.anonymous(client.url, 'os.version.signer.list', version),
    queryFn: () => client.api.os.version.signer.list({ version }, anonymous),
  });

/** Every registered signer: `admin.signer.list` (admins only, §4.7). */
export const signersOptions = (scope: QueryScope) =>
  queryOptions({
    queryKey: registryKeys.signed(scope.client.url, 'admin.signer.list', signing(scope)),
    queryFn: () => scope.client.api.admin.signer.list(),
  });

/** The admin set: `admin.list` (admins only, §4.7). */
export const adminsOptions = (scope: QueryScope) =>
  queryOptions({
    queryKey: registryKeys.signed(scope.client.url, 'admin.list', signing(scope)),
    queryFn: () => scope.client.api.admin.list(),
  });

/** The full signed `index` (registered signers only, §4.1). */
export const signedIndexOptions = (scope: QueryScope) =>
  queryOptions({
    queryKey: registryKeys.signed(scope.client.url, 'index', signing(scope)),
    queryFn: () => scope.client.api.index(),
  });

/** At most this many `metrics.*` calls in flight at once (a dashboard asks one per time bucket). */
export const METRICS_CONCURRENCY = 4;
/** `metrics.downloads` filters; `MetricsWindow` is the time window alone (`metrics.users`). */
export type MetricsFilter = Pick<ParamsOf<'metrics.downloads'>, 'pkgId' | 'version' | 'after' | 'before'>;
export type MetricsWindow = Pick<MetricsFilter, 'after' | 'before'>;
const metricsCall = createLimiter(METRICS_CONCURRENCY);

/** `metrics.summary` (admins only, §4.9): all-time totals, by architecture and OS version. */
export const metricsSummaryOptions = (scope: QueryScope) =>
  queryOptions({
    queryKey: registryKeys.signed(scope.client.url, 'metrics.summary', signing(scope)),
    queryFn: () => metricsCall(() => scope.client.api.metrics.summary()),
    staleTime: 60_000,
  });

/** `metrics.users` over `after`/`before` (admins only, §4.9). */
export const metricsUsersOptions = (scope: QueryScope, window: MetricsWindow) =>
  queryOptions({
    queryKey: registryKeys.signed(scope.client.url, 'metrics.users', signing(scope), window),
    queryFn: () => metricsCall(() => scope.client.api.metrics.users(window)),
    staleTime: 60_000,
  });

/** `metrics.downloads` with its filters (admins only, §4.9). */
export const metricsDownloadsOptions = (scope: QueryScope, filter: MetricsFilter) =>
  queryOptions({
    queryKey: registryKeys.signed(scope.client.url, 'metrics.downloads', signing(scope), filter),
    queryFn: () => metricsCall(() => scope.client.api.metrics.downloads(filter)),
    staleTime: 60_000,
  });

/**
 * Only `totalRequests` of `metrics.downloads` over a window: a time series keeps one number per
 * bucket in the cache, not each bucket's per-package lists.
 */
export const metricsRequestTotalOptions = (scope: QueryScope, window: MetricsWindow) =>
  queryOptions({
    queryKey: registryKeys.signed(scope.client.url, 'metrics.downloads', signing(scope), window, 'total'),
    queryFn: async () => (await metricsCall(() => scope.client.api.metrics.downloads(window))).totalRequests,
    staleTime: 60_000,
  });

/**
 * The whole database, `db.dump` without a pointer (admins only, §4.8): `{ id: revision, value }`.
 * Large answers are parsed and checked in the answer worker (client `checkLargeAnswer`).
 */
export const dbDumpOptions = (scope: QueryScope) =>
  queryOptions({
    queryKey: registryKeys.signed(scope.client.url, 'db.dump', signing(scope)),
    queryFn: () => scope.client.api.db.dump({}),
  });

/**
 * The unlocked key's role (role.ts); a minute fresh, never retried (it diagnoses failures
 * itself). It reads `index` and `admin.list` through the cache, unretried, so the pages that
 * show them do not ask again, and a write that invalidates them re-detects from fresh answers.
 * On a registry the user has not saved it is `not-saved`, on one whose default key is not the
 * unlocked one `wrong-key`; in both the registry is asked nothing.
 */
export const roleOptions = (scope: QueryScope) =>
  queryOptions({
    queryKey: registryKeys.role(scope.client.url, signing(scope), scope.keyUse),
    queryFn: ({ client: qc }): Promise<Role> => {
      if (scope.keyUse === 'unsaved') return Promise.resolve({ kind: 'not-saved' });
      if (scope.keyUse === 'wrong-key') return Promise.resolve({ kind: 'wrong-key' });
      return detectRole(scope.client, signing(scope).keyPem, {
        index: () => qc.fetchQuery({ ...signedIndexOptions(scope), retry: false }),
        admins: () => qc.fetchQuery({ ...adminsOptions(scope), retry: false }),
      });
    },
    // Until the saved registries are read, it is not known whether the key may sign here.
    enabled: scope.keyUse !== 'pending',
    staleTime: 60_000,
    retry: false,
  });

export function useRegistryInfo() {
  return useQuery(registryInfoOptions(useRegistryScope()));
}

export function usePackageIndex() {
  return useQuery(packageIndexOptions(useRegistryScope()));
}

export function useCategories() {
  return useQuery(categoriesOptions(useRegistryScope()));
}

/** The role of the unlocked key on the current registry (re-detected when the key or the signing context changes). */
export function useRole() {
  return useQuery(roleOptions(useRegistryScope()));
}
