/**
 * @module
 * The two set-valued fields of `PackageMetadata` (spec/registry-api.md §5.3, §12): `plugins` is
 * a `BTreeSet<PluginId>` and `satisfies` a `BTreeSet<VersionString>` upstream, so the registry
 * stores them sorted and deduplicated, rejects unknown plugin ids and unparseable versions
 * while deserializing the manifest (12), and compares them as sets when merging.
 */
import { CoreError } from '../errors.ts';
import { parseExtendedVersion, sortKeyCompare } from '../exver/index.ts';
import type { ExtendedVersion } from '../exver/extended-version.ts';

/** Upstream's `PluginId` variants (`service/effects/plugin.rs`), kebab-case. */
export const PLUGIN_IDS: readonly string[] = ['url-v0'];

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `plugins` as the registry stores it: sorted, without duplicates.
 * @throws CoreError `S9PK_BAD_MANIFEST` for an id upstream does not know.
 */
export function pluginSet(ids: readonly string[]): string[] {
  for (const id of ids) {
    if (!PLUGIN_IDS.includes(id)) {
      const expected = PLUGIN_IDS.map((p) => `\`${p}\``).join(', ');
      throw new CoreError('S9PK_BAD_MANIFEST', `manifest.json: unknown variant \`${id}\`, expected ${expected} for \`plugins\``, { field: 'plugins' });
    }
  }
  return [...new Set(ids)].sort(byString);
}

interface Entry {
  text: string;
  /** null: stored text that does not parse (compared as text, after every version). */
  version: ExtendedVersion | null;
}

function entries(list: readonly string[], strict: boolean): Entry[] {
  return list.map((text) => {
    try {
      return { text, version: parseExtendedVersion(text) };
    } catch (e) {
      if (!strict) return { text, version: null };
      throw new CoreError('S9PK_BAD_MANIFEST', `manifest.json: ${(e as Error).message} for \`satisfies\``, { field: 'satisfies' });
    }
  });
}

function compareEntries(a: Entry, b: Entry): number {
  if (a.version && b.version) return sortKeyCompare(a.version, b.version);
  if (a.version || b.version) return a.version ? -1 : 1;
  return byString(a.text, b.text);
}

/** Sorted by the exver total order; of entries that compare equal the first stays (BTreeSet). */
function normalize(list: Entry[]): Entry[] {
  const sorted = [...list].sort(compareEntries);
  return sorted.filter((e, i) => i === 0 || compareEntries(sorted[i - 1]!, e) !== 0);
}

/**
 * `satisfies` as the registry stores it: sorted by version, versions that compare equal
 * (`1.0:0`, `1.0.0:0`) kept once.
 * @throws CoreError `S9PK_BAD_MANIFEST` for a string that is not an ExtendedVersion.
 */
export function versionSet(versions: readonly string[]): string[] {
  return normalize(entries(versions, true)).map((e) => e.text);
}

/** Set equality of two stored `plugins` lists. */
export function samePluginSet(a: readonly string[], b: readonly string[]): boolean {
  const x = [...new Set(a)].sort(byString);
  const y = [...new Set(b)].sort(byString);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** Set equality of two stored `satisfies` lists under exver equality. */
export function sameVersionSet(a: readonly string[], b: readonly string[]): boolean {
  const x = normalize(entries(a, false));
  const y = normalize(entries(b, false));
  return x.length === y.length && x.every((e, i) => compareEntries(e, y[i]!) === 0);
}
