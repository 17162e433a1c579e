/**
 * @module
 * Version strings in exver order, newest first (package versions, for the curation pickers and
 * the range editor). Pure.
 */
import { parseExtendedVersion, sortKeyCompare } from '../../core/exver/index.ts';

/** Version strings newest first; unparseable ones last, in stored order. */
export function versionsNewestFirst(versions: Iterable<string>): string[] {
  const parsed = [...versions].map((v) => {
    try {
      return { v, ev: parseExtendedVersion(v) };
    } catch {
      return { v, ev: null };
    }
  });
  return parsed.sort((a, b) => (a.ev && b.ev ? sortKeyCompare(b.ev, a.ev) : a.ev ? -1 : b.ev ? 1 : 0)).map((x) => x.v);
}
