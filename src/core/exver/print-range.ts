/**
 * @module
 * Prints a `VersionRange` in the Rust `Display` form (spec/s9pk-format.md §8.5): `&&` as a
 * space, `||` as ` || `, operands other than anchors, `*` and `!` in parentheses.
 */
import { printExtendedVersion } from './extended-version.ts';
import type { VersionRange } from './range.ts';

function operand(r: VersionRange): string {
  return r.type === 'anchor' || r.type === 'any' || r.type === 'none'
    ? printRange(r)
    : `(${printRange(r)})`;
}

/**
 * Prints a range so that `parseRange` gives back the same meaning. For every tree produced by
 * `parseRange` or the `range*` constructors the output is byte-for-byte what Rust prints.
 * Deviation (trees only reachable by hand): a `!` on the left of an `and` is written `(!)`,
 * because Rust's `! X` would read back as "not X".
 * Limits (as in Rust): an empty-string flavor prints as no flavor, and prerelease strings that are
 * all digits or contain other characters than `[0-9A-Za-z-]` do not read back.
 */
export function printRange(r: VersionRange): string {
  switch (r.type) {
    case 'any':
      return '*';
    case 'none':
      return '!';
    case 'flavor':
      return `#${r.flavor ?? ''}`;
    case 'anchor':
      return `${r.op}${printExtendedVersion(r.version)}`;
    case 'not':
      return `!${operand(r.range)}`;
    case 'and': {
      const left = r.left.type === 'none' ? '(!)' : operand(r.left);
      return `${left} ${operand(r.right)}`;
    }
    case 'or':
      return `${operand(r.left)} || ${operand(r.right)}`;
  }
}
