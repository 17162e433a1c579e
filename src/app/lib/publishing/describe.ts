/**
 * @module
 * Human words for pre-flight verdicts, refusals, URL checks and file errors (the codes are
 * the contract; this is the only place they become sentences).
 */
import type { Refusal } from '../../../core/registry/authority.ts';
import type { PreflightReport } from '../../../core/registry/preflight.ts';
import type { UrlCheck } from '../../../core/registry/url-check.ts';
import { isCoreError } from '../../../core/errors.ts';
import { boundedList, DEPENDENCY_DISPLAY_LIMIT, moreText } from '../bounded-list.ts';
import { describeError } from '../error-messages.ts';
import type { RowVerdict } from './preflight-reports.ts';

export type Tone = 'green' | 'blue' | 'amber' | 'red' | 'neutral';

export function describeRefusal(r: Refusal, id: string, version: string): string {
  switch (r.kind) {
    case 'new-package':
      return `"${id}" is not in this registry yet, and only administrators can create a package. Ask an admin to publish the first version and grant you a scope.`;
    case 'no-scope':
      return `Your key has no publishing scope on "${id}". Ask an admin to grant one (package signers).`;
    case 'out-of-range':
      return `Your scope on "${id}" is ${r.scope}, which ${version} does not satisfy. Ask an admin to widen it, or publish a version inside it.`;
  }
}

/** Badge label, tone and one-sentence explanation of a verdict. */
export function describeVerdict(v: RowVerdict, ctx: { id: string; version: string; viaBatch: boolean }): { label: string; tone: Tone; text: string } {
  const batch = ctx.viaBatch ? ' (counting the files above it in this batch)' : '';
  switch (v.kind) {
    case 'invalid':
      return { label: 'Cannot be indexed', tone: 'red', text: `The registry could not index this manifest: ${v.message}` };
    case 'no-icon':
      return { label: 'No icon', tone: 'red', text: 'The package has no icon; the registry refuses it ("no icon found in archive").' };
    case 'collision':
      return { label: 'Same variant twice', tone: 'red', text: `This file and ${v.files.join(', ')} are the same hardware variant of ${ctx.id} ${ctx.version}: the later would replace the earlier. Remove one of them.` };
    case 'refused':
      return { label: 'Not authorized', tone: 'red', text: describeRefusal(v.refusal, ctx.id, ctx.version) };
    case 'new-package':
      return { label: 'New package', tone: 'blue', text: `${ctx.id} is not in this registry: publishing creates it (administrators only).` };
    case 'new-version':
      return { label: 'New version', tone: 'green', text: `Adds version ${ctx.version}${batch}.` };
    case 'new-variant':
      return { label: 'New variant', tone: 'green', text: `Adds a hardware variant to ${ctx.version}, next to ${v.variants} existing one${v.variants === 1 ? '' : 's'}${batch}.` };
    case 'same-archive':
      return { label: 'Already indexed', tone: 'neutral', text: `This exact archive is already indexed: only its download URLs change (now ${v.urls.length === 0 ? 'none' : v.urls.join(', ')}). Signatures and publication time stay.` };
    case 'replaces-variant':
      return { label: 'Replaces a variant', tone: 'amber', text: `A variant with the same hardware requirements but different content is indexed${batch}; publishing replaces it silently (its URLs and signatures are dropped).` };
    case 'conflict':
      return {
        label: 'Conflict',
        tone: 'red',
        text: `The registry would refuse this file (error 38: "${v.message}"). Every variant of one version must come from the same manifest, icon and dependency metadata${batch}. Remove the version first, then re-add every variant.`,
      };
  }
}

/** The side checks as short lines with a tone; dependencies beyond the display limit are counted. */
export function describeChecks(r: Omit<PreflightReport, 'verdict'>): { text: string; tone: Tone }[] {
  const out: { text: string; tone: Tone }[] = [];
  const deps = boundedList(r.dependencies, DEPENDENCY_DISPLAY_LIMIT);
  for (const d of deps.shown) {
    const what = `Dependency ${d.id}${d.optional ? ' (optional)' : ''}`;
    if (d.source === 'registry') out.push({ text: `${what}: in this registry`, tone: 'green' });
    else if (d.source === 'batch') out.push({ text: `${what}: in this batch`, tone: 'green' });
    else out.push({ text: `${what}: not in this registry — devices cannot install it from here`, tone: d.optional ? 'neutral' : 'amber' });
  }
  if (deps.more > 0) {
    const missing = r.dependencies.slice(DEPENDENCY_DISPLAY_LIMIT).filter((d) => d.source === 'missing').length;
    out.push({ text: `${moreText(deps.more, 'dependency', 'dependencies')}${missing ? ` (${missing} not in this registry)` : ''}`, tone: missing ? 'amber' : 'neutral' });
  }
  out.push(
    r.osVersion
      ? { text: `Built for StartOS ${r.osVersion}`, tone: 'neutral' }
      : { text: 'No StartOS version in the manifest: the registry records its own', tone: 'amber' },
  );
  out.push(r.hasIcon ? { text: 'Icon present', tone: 'green' } : { text: 'No icon', tone: 'red' });
  out.push(r.hasLicense ? { text: 'License present', tone: 'green' } : { text: 'No LICENSE.md in the package', tone: 'amber' });
  if (r.similarVersion) out.push({ text: `The registry lists ${r.similarVersion}, which equals this version but is spelled differently; it will be indexed as a separate key`, tone: 'amber' });
  return out;
}

export function describeUrlCheck(c: UrlCheck): { text: string; tone: Tone } {
  switch (c.status) {
    case 'ok':
      return { text: 'Serves this file', tone: 'green' };
    case 'unverifiable':
      return { text: 'Could not check from the browser (the host sends no CORS headers, or is unreachable). The registry will check it when adding.', tone: 'amber' };
    case 'bad':
      switch (c.problem) {
        case 'url':
          return { text: `Not usable: ${c.message}`, tone: 'red' };
        case 'http':
          return { text: `${c.method} answered HTTP ${c.httpStatus}; the registry needs HEAD and GET to succeed`, tone: 'red' };
        case 'not-s9pk':
          return { text: `Not an s9pk: ${c.message}`, tone: 'red' };
        case 'mismatch':
          return { text: 'Serves a different archive (another commitment)', tone: 'red' };
      }
  }
}

/** A file error with its precise reason (and the member path of a hash mismatch). */
export function describeFileError(e: unknown): { title: string; details: string | null } {
  const d = describeError(e);
  if (isCoreError(e) && typeof e.detail.path === 'string' && e.detail.path && (e.code === 'S9PK_HASH_MISMATCH' || e.code === 'S9PK_MISSING_ENTRY')) {
    return { title: `${d.title.replace(/\.$/, '')}: ${e.detail.path}`, details: d.details };
  }
  return { title: d.title, details: d.details };
}
