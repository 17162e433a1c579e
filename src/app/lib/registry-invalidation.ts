/**
 * @module
 * Named invalidation groups: a write says what it changed on the registry ("packages",
 * "signers", …) and this table says which reads show it, for every signer and parameter
 * (prefixes from `registry-keys.ts`). Call sites never type a key prefix.
 */
import type { QueryClient } from '@tanstack/react-query';
import { isReadOf, type AnonymousRead, type SignedRead } from './registry-keys.ts';

/** What a write changed, and the reads that show it. */
const GROUPS = {
  /** Packages, versions, variants or mirrors were added or removed. */
  packages: ['package.index', 'index', 'package.get', 'db.dump'],
  /** Category definitions (their names show in `info` and the indexes too). */
  categories: ['package.category.list', 'package.index', 'info', 'db.dump'],
  /** Which packages a category holds. */
  membership: ['package.index', 'index', 'db.dump'],
  /** The registry's name or icon. */
  info: ['info', 'index', 'db.dump'],
  /** Signers: names, contacts, keys, added or removed. */
  signers: ['admin.signer.list', 'admin.list', 'package.signer.list', 'index', 'db.dump'],
  /** Who may publish which package, with which version range. */
  scopes: ['package.signer.list', 'package.index', 'index', 'db.dump'],
  /** StartOS releases, their images, signatures or authorized signers. */
  os: ['os.index', 'os.version.get', 'os.version.signer.list', 'index', 'db.dump'],
  /** The admin set. */
  admins: ['admin.list', 'db.dump'],
  /** The unlocked key's own standing (its signer, scopes or admin status changed). */
  role: ['role'],
} as const satisfies Record<string, readonly (AnonymousRead | SignedRead)[]>;

export type RegistryChange = keyof typeof GROUPS;

/**
 * Invalidates every read of registry `url` that shows one of `changes` (falsy entries are
 * skipped, for `own && 'role'`); resolves when the active ones have refetched. One call marks
 * them all stale before any refetch starts, so the role, which reads `index` and `admin.list`
 * through the cache, never re-detects from an answer about to be replaced.
 */
export async function invalidateRegistry(qc: QueryClient, url: string, ...changes: (RegistryChange | false | null | undefined)[]): Promise<void> {
  const reads = new Set<string>(changes.flatMap((c) => (c ? GROUPS[c] : [])));
  await qc.invalidateQueries({ predicate: (q) => isReadOf(q.queryKey, url, reads) });
}
