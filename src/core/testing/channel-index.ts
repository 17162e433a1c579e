/**
 * @module
 * Test fixture: small package indexes for channel-board and promotion tests, each version built
 * from the spec §5.5 example's `hello-world` record, with variants given as arch + commitment.
 */
import type { PackageIndex, PackageVersionInfo, S9pkVariant } from '../rpc/types.ts';
import { example } from './example-index.ts';

export interface VariantSpec {
  arch: string[];
  /** One character, repeated into a 43-character Base64 sighash. */
  sighash: string;
  urls?: string[];
  signers?: string[];
}

/** A version record of `id` with the given variants (and optional metadata changes). */
export function channelVersion(id: string, variants: VariantSpec[], patch: Partial<PackageVersionInfo> = {}): PackageVersionInfo {
  const info = structuredClone(example.package.packages['hello-world']!.versions['1.0.0:0']!);
  info.title = id;
  info.s9pks = variants.map(
    (v): S9pkVariant => [
      { device: [], ram: null, arch: v.arch },
      {
        publishedAt: '2026-01-01T00:00:00Z',
        urls: v.urls ?? [`https://files.test/${id}/${v.sighash}.s9pk`],
        commitment: { rootSighash: v.sighash.repeat(43), rootMaxsize: 4096 },
        signatures: Object.fromEntries((v.signers ?? []).map((k) => [k, 'sig'])),
      },
    ],
  );
  return { ...info, ...patch };
}

/** An index from `{ id: { version: variants } }`, every package in `categories`. */
export function channelIndex(packages: Record<string, Record<string, VariantSpec[]>>, categories: string[] = []): PackageIndex {
  const index: PackageIndex = { categories: {}, packages: {} };
  for (const c of categories) index.categories[c] = { name: c };
  for (const [id, versions] of Object.entries(packages)) {
    index.packages[id] = {
      authorized: {},
      categories,
      versions: Object.fromEntries(Object.entries(versions).map(([v, variants]) => [v, channelVersion(id, variants)])),
    };
  }
  return index;
}
