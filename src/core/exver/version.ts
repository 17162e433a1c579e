/**
 * @module
 * Plain exver versions (`1.2.3-rc.1`): the value type, parsing and printing. Follows
 * spec/s9pk-format.md §8.1 and §8.5 with the Rust semantics (crates/exver, `Version`).
 */
import { CoreError } from '../errors.ts';

/** Largest value of a version number: Rust stores them as `usize` (64-bit on the registry). */
export const U64_MAX = (1n << 64n) - 1n;

/** A prerelease identifier: numeric (`bigint`) or alphanumeric (`string`, never all digits). */
export type PrereleaseSegment = bigint | string;

/**
 * A version: dot-separated numbers (u64, kept as bigint so values up to 2^64-1 are exact) and an
 * optional prerelease list. Trailing zero numbers are kept as written (`1.0` prints as `1.0`) but
 * compare equal to their absence (see compare.ts).
 */
export interface Version {
  readonly number: readonly bigint[];
  readonly prerelease: readonly PrereleaseSegment[];
}

/** `0`, the Rust `Version::default()`; the downstream used when a range or osVersion omits it. */
export const VERSION_ZERO: Version = { number: [0n], prerelease: [] };

const LENIENT_NUMBER = /^\+?[0-9]+$/;
const DIGITS = /^[0-9]+$/;
const PRERELEASE_CHARS = /^[0-9A-Za-z-]+$/;

function fail(input: string, offset: number, reason: string): never {
  throw new CoreError('EXVER_SYNTAX', `invalid version ${JSON.stringify(input)}: ${reason}`, {
    input,
    offset,
  });
}

/**
 * Parses the version found in `text`, which sits at `base` inside the full `input` (for error
 * offsets). Shared by the plain, extended and range parsers; not part of the public API.
 *
 * Mirrors Rust `Version::from_str`: split at the first `-`; every number goes through Rust's
 * unsigned integer parser, which accepts leading zeros and one leading `+` (so `+01.2` is `1.2`);
 * numeric prerelease identifiers may not have a leading zero.
 * @throws CoreError `EXVER_SYNTAX`
 */
export function parseVersionPart(text: string, input: string, base: number): Version {
  const dash = text.indexOf('-');
  const numberText = dash < 0 ? text : text.slice(0, dash);
  const number: bigint[] = [];
  let at = base;
  for (const part of numberText.split('.')) {
    if (!LENIENT_NUMBER.test(part)) fail(input, at, 'invalid numeric identifier');
    const value = BigInt(part.startsWith('+') ? part.slice(1) : part);
    if (value > U64_MAX) fail(input, at, 'number does not fit in 64 bits');
    number.push(value);
    at += part.length + 1;
  }
  const prerelease: PrereleaseSegment[] = [];
  if (dash >= 0) {
    at = base + dash + 1;
    for (const seg of text.slice(dash + 1).split('.')) {
      if (seg === '') fail(input, at, 'prerelease identifier may not be empty');
      if (DIGITS.test(seg)) {
        if (seg.length > 1 && seg.startsWith('0')) {
          fail(input, at, 'numeric prerelease identifier may not have a leading zero');
        }
        const value = BigInt(seg);
        if (value > U64_MAX) fail(input, at, 'number does not fit in 64 bits');
        prerelease.push(value);
      } else if (PRERELEASE_CHARS.test(seg)) {
        prerelease.push(seg);
      } else {
        fail(input, at, 'invalid character in prerelease identifier');
      }
      at += seg.length + 1;
    }
  }
  return { number, prerelease };
}

/**
 * Parses a plain version such as `0.4.0-beta.10` (an OS or SDK version).
 * Accepts the Rust leniencies (leading zeros and a `+` sign in numbers); never produces them.
 * @throws CoreError `EXVER_SYNTAX` with `{ input, offset }` in `detail`.
 */
export function parseVersion(s: string): Version {
  return parseVersionPart(s, s, 0);
}

/**
 * Prints a version the way Rust does: numbers joined by `.`, then `-` and the prerelease joined by
 * `.`. Numbers are printed as stored (no trailing-zero trimming); an empty number list prints `0`.
 */
export function printVersion(v: Version): string {
  const head = v.number.length === 0 ? '0' : v.number.join('.');
  return v.prerelease.length === 0 ? head : `${head}-${v.prerelease.join('.')}`;
}
