/**
 * @module
 * A release's upgrade-source range (`sourceVersion`, spec registry-api.md §5.3, §6) as the
 * shape of a sentence: "devices on 0.3.5 or later may upgrade". The registry reads the range
 * leniently (parse-range.ts); the common shapes get their own sentence, anything else is
 * quoted as printed. The app turns each shape into words in the viewer's language. Pure.
 */
import {
  parseRange,
  printExtendedVersion,
  printRange,
  printVersion,
  VERSION_ZERO,
  versionEquals,
  type ExtendedVersion,
  type RangeOp,
  type VersionRange,
} from '../exver/index.ts';

export type SourceRangeWords =
  | { kind: 'any' }
  | { kind: 'none' }
  | { kind: 'anchor'; op: RangeOp; version: string }
  | { kind: 'between'; from: string; to: string; toInclusive: boolean }
  | { kind: 'other'; range: string }
  | { kind: 'invalid'; text: string };

/** `0.3.5` for `0.3.5:0` (an OS version has no downstream or flavor); the full form otherwise. */
function shortVersion(v: ExtendedVersion): string {
  return v.flavor === null && versionEquals(v.downstream, VERSION_ZERO)
    ? printVersion(v.upstream)
    : printExtendedVersion(v);
}

function wordsOf(r: VersionRange): SourceRangeWords {
  if (r.type === 'any') return { kind: 'any' };
  if (r.type === 'none') return { kind: 'none' };
  if (r.type === 'anchor') return { kind: 'anchor', op: r.op, version: shortVersion(r.version) };
  if (
    r.type === 'and' &&
    r.left.type === 'anchor' &&
    r.right.type === 'anchor' &&
    r.left.op === '>=' &&
    (r.right.op === '<' || r.right.op === '<=')
  ) {
    return {
      kind: 'between',
      from: shortVersion(r.left.version),
      to: shortVersion(r.right.version),
      toInclusive: r.right.op === '<=',
    };
  }
  return { kind: 'other', range: printRange(r) };
}

/** The sentence shape of a stored `sourceVersion`; text the registry could not read is `invalid`. */
export function sourceRangeWords(text: string): SourceRangeWords {
  try {
    return wordsOf(parseRange(text, 'lenient'));
  } catch {
    return { kind: 'invalid', text };
  }
}
