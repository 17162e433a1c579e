/**
 * @module
 * Extended versions `[#flavor:]upstream:downstream`: the value type, parsing and printing.
 * Follows spec/s9pk-format.md §8.1 and §8.5 with the Rust semantics (crates/exver).
 */
import { CoreError } from '../errors.ts';
import { parseVersionPart, printVersion, VERSION_ZERO, type Version } from './version.ts';

/**
 * An extended version. `flavor` is `null` when there is no `#flavor:` prefix. The empty string is
 * a distinct flavor (Rust parses `#:1.0:0` as flavor `""`); it is accepted but never produced.
 */
export interface ExtendedVersion {
  readonly flavor: string | null;
  readonly upstream: Version;
  readonly downstream: Version;
}

const FLAVOR = /^[a-z]*$/;

function fail(input: string, offset: number, reason: string): never {
  throw new CoreError('EXVER_SYNTAX', `invalid version ${JSON.stringify(input)}: ${reason}`, {
    input,
    offset,
  });
}

/** Splits off a `#flavor:` prefix the way Rust does (only when a `:` follows the `#`). */
function splitFlavor(s: string): { flavor: string | null; rest: string; base: number } {
  if (s.startsWith('#')) {
    const colon = s.indexOf(':', 1);
    if (colon >= 0) return { flavor: s.slice(1, colon), rest: s.slice(colon + 1), base: colon + 1 };
  }
  return { flavor: null, rest: s, base: 0 };
}

/**
 * Parses `[#flavor:]upstream:downstream`, e.g. `1.2.3:0`, `#knots:28.1:2`, `1.0.0-rc.1:0`.
 * The downstream is required. Same leniencies as `parseVersion` (leading zeros, `+`).
 * @throws CoreError `EXVER_SYNTAX` with `{ input, offset }` in `detail`.
 */
export function parseExtendedVersion(s: string): ExtendedVersion {
  const { flavor, rest, base } = splitFlavor(s);
  if (flavor !== null && !FLAVOR.test(flavor)) {
    fail(s, 1, 'invalid flavor (must be ascii lowercase)');
  }
  const colon = rest.indexOf(':');
  if (colon < 0) fail(s, s.length, 'missing downstream version');
  return {
    flavor,
    upstream: parseVersionPart(rest.slice(0, colon), s, base),
    downstream: parseVersionPart(rest.slice(colon + 1), s, base + colon + 1),
  };
}

/**
 * Parses the version part of a range anchor (Rust `ExtendedVersion::parse_spec`): the downstream
 * defaults to `0` and an empty flavor (`#:1.0`) means no flavor. `base` is the offset of `text`
 * inside `input`, for error reporting. Internal to the range parser.
 * @throws CoreError `EXVER_SYNTAX`
 */
export function parseVersionSpec(text: string, input: string, base: number): ExtendedVersion {
  const split = splitFlavor(text);
  if (split.flavor !== null && !FLAVOR.test(split.flavor)) {
    fail(input, base + 1, 'invalid flavor (must be ascii lowercase)');
  }
  const flavor = split.flavor === '' ? null : split.flavor;
  const at = base + split.base;
  const colon = split.rest.indexOf(':');
  if (colon < 0) {
    return { flavor, upstream: parseVersionPart(split.rest, input, at), downstream: VERSION_ZERO };
  }
  return {
    flavor,
    upstream: parseVersionPart(split.rest.slice(0, colon), input, at),
    downstream: parseVersionPart(split.rest.slice(colon + 1), input, at + colon + 1),
  };
}

/** Prints `[#flavor:]upstream:downstream` (Rust `Display`). */
export function printExtendedVersion(v: ExtendedVersion): string {
  const body = `${printVersion(v.upstream)}:${printVersion(v.downstream)}`;
  return v.flavor === null ? body : `#${v.flavor}:${body}`;
}

/**
 * The extended version a plain Version stands for when tested against a range (an `osVersion`
 * or `sdkVersion`): no flavor, downstream `0` (Rust `From<Version>` / `Version::satisfies`).
 */
export function extendedVersionFromVersion(v: Version): ExtendedVersion {
  return { flavor: null, upstream: v, downstream: VERSION_ZERO };
}
