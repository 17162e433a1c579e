/**
 * @module
 * The release form's model (issue #15 item 3; spec registry-api.md §4.6 `os.version.add`): the
 * version must be a plain exver Version (`0.4.0-beta.10`, no flavor or downstream), stored in
 * its printed form; the headline is required here (upstream accepts an empty one, the release
 * list would show nothing); the upgrade-source range goes through the shared live range parser
 * (lib/range-editor.ts), and the form shows which listed releases it lets upgrade. Pure.
 */
import { CoreError } from '../../../../core/errors.ts';
import {
  extendedVersionFromVersion,
  parseVersion,
  printVersion,
  satisfies,
  type VersionRange,
} from '../../../../core/exver/index.ts';
import type { OsVersionInfo } from '../../../../core/rpc/types.ts';
import { parseRangeInput, type ParsedRange } from '../../../lib/range-editor.ts';
import { translate } from '../../../i18n/i18n.ts';

export interface ReleaseDraft {
  version: string;
  headline: string;
  releaseNotes: string;
  sourceVersion: string;
}

export type VersionCheck =
  | { ok: true; version: string; exists: boolean; normalized: boolean }
  | { ok: false; message: string };

/** A typed version: parsed, printed as the registry stores it, and whether a release has it. */
export function checkReleaseVersion(text: string, existing: readonly string[]): VersionCheck {
  const input = text.trim();
  if (input === '') return { ok: false, message: translate('os.form.versionEmpty') };
  try {
    const version = printVersion(parseVersion(input));
    return { ok: true, version, exists: existing.includes(version), normalized: version !== input };
  } catch (e) {
    if (e instanceof CoreError && e.code === 'EXVER_SYNTAX') {
      const offset = typeof e.detail.offset === 'number' ? e.detail.offset : 0;
      return { ok: false, message: translate('os.form.versionInvalid', { position: offset + 1 }) };
    }
    throw e;
  }
}

/** The draft of a new release, or of an existing one to edit. */
export function releaseDraft(version?: string, info?: OsVersionInfo): ReleaseDraft {
  return {
    version: version ?? '',
    headline: info?.headline ?? '',
    releaseNotes: info?.releaseNotes ?? '',
    sourceVersion: info?.sourceVersion ?? '',
  };
}

/** The listed releases a device may upgrade from under `range` (OS versions, downstream 0). */
export function releasesCovered(range: VersionRange, versions: readonly string[]): string[] {
  return versions.filter((v) => {
    try {
      return satisfies(extendedVersionFromVersion(parseVersion(v)), range);
    } catch {
      return false;
    }
  });
}

export interface DraftCheck {
  version: VersionCheck;
  headlineMissing: boolean;
  range: ParsedRange;
  /** `os.version.add` params, or null while something is invalid. */
  params: ReleaseDraft | null;
}

/**
 * Everything the form says about a draft. When `editing`, the version is fixed (an edit is
 * `os.version.add` again with the same version); otherwise a version that exists is refused.
 */
export function checkDraft(draft: ReleaseDraft, existing: readonly string[], editing: boolean): DraftCheck {
  const version = checkReleaseVersion(draft.version, editing ? [] : existing);
  const range = parseRangeInput(draft.sourceVersion);
  const headlineMissing = draft.headline.trim() === '';
  const ok = version.ok && !(version.exists && !editing) && range.ok && !headlineMissing;
  return {
    version,
    headlineMissing,
    range,
    params:
      ok && version.ok && range.ok
        ? { version: version.version, headline: draft.headline.trim(), releaseNotes: draft.releaseNotes, sourceVersion: range.printed }
        : null,
  };
}
