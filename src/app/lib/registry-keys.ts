/**
 * @module
 * Query keys of registry reads, general to specific (style.md §2.4): `['registry', url]`, the
 * read (the RPC method, or `role`), then whatever else changes the answer. A signed read's
 * answer depends on who signs it, so its key ends with the signing context and the key (spec
 * registry-api.md §2.6, §3); public reads are never signed, so their keys leave the key out and
 * are shared whether a key is unlocked or not (issue 11, item 8). Only `registry-queries.ts` (options) and
 * `registry-invalidation.ts` (named groups) use these; call sites never spell a key.
 */

/** Reads anyone can make; their answers depend on the URL and the parameters only. */
export type AnonymousRead =
  | 'info'
  | 'package.index'
  | 'package.category.list'
  | 'package.get'
  | 'package.signer.list'
  | 'os.index'
  | 'os.version.get'
  | 'os.version.signer.list';
/** Reads signed with the unlocked key (`role` is derived from `index` and `admin.list`). */
export type SignedRead = 'index' | 'admin.list' | 'admin.signer.list' | 'db.dump' | 'role' | 'metrics.summary' | 'metrics.users' | 'metrics.downloads';

/** Who signs a read: the signing context in force and the signing key's PEM (null: unsigned). */
export interface Signing {
  context: string;
  keyPem: string | null;
}

export const registryKeys = {
  all: (url: string) => ['registry', url] as const,
  /** Every cached answer of one read, for any parameters and any signer (an invalidation prefix). */
  read: (url: string, read: AnonymousRead | SignedRead) => [...registryKeys.all(url), read] as const,
  anonymous: (url: string, read: AnonymousRead, ...params: readonly unknown[]) => [...registryKeys.read(url, read), ...params] as const,
  signed: (url: string, read: SignedRead, { context, keyPem }: Signing, ...params: readonly unknown[]) =>
    [...registryKeys.read(url, read), context, keyPem, ...params] as const,
  /** The role also depends on how the unlocked key is used here (registry-scope.ts `KeyUse`). */
  role: (url: string, signing: Signing, keyUse: string) => [...registryKeys.signed(url, 'role', signing), keyUse] as const,
};

/** True when `key` is a cached answer of one of `reads` on registry `url` (any parameters, any signer). */
export function isReadOf(key: readonly unknown[], url: string, reads: ReadonlySet<string>): boolean {
  const [root, keyUrl, read] = key;
  return root === 'registry' && keyUrl === url && typeof read === 'string' && reads.has(read);
}
