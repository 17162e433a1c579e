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
import { translate, type MessageKey, type Translate } from '../../i18n/i18n.ts';
import type { RowVerdict } from './preflight-reports.ts';

export type Tone = 'green' | 'blue' | 'amber' | 'red' | 'neutral';

export function describeRefusal(r: Refusal, id: string, version: string, t: Translate = translate): string {
  switch (r.kind) {
    case 'new-package':
      return t('publish.refusal.newPackage', { id });
    case 'no-scope':
      return t('publish.refusal.noScope', { id });
    case 'out-of-range':
      return t('publish.refusal.outOfRange', { id, scope: r.scope, version });
  }
}

/** The catalog key of each verdict's badge label. */
const LABEL = {
  invalid: 'publish.verdict.invalid',
  'no-icon': 'publish.verdict.noIcon',
  collision: 'publish.verdict.collision',
  refused: 'publish.verdict.refused',
  'new-package': 'publish.verdict.newPackage',
  'new-version': 'publish.verdict.newVersion',
  'new-variant': 'publish.verdict.newVariant',
  'same-archive': 'publish.verdict.sameArchive',
  'replaces-variant': 'publish.verdict.replacesVariant',
  conflict: 'publish.verdict.conflict',
} as const satisfies Record<RowVerdict['kind'], MessageKey>;

const TONE: Record<RowVerdict['kind'], Tone> = {
  invalid: 'red',
  'no-icon': 'red',
  collision: 'red',
  refused: 'red',
  'new-package': 'blue',
  'new-version': 'green',
  'new-variant': 'green',
  'same-archive': 'neutral',
  'replaces-variant': 'amber',
  conflict: 'red',
};

function verdictText(v: RowVerdict, ctx: { id: string; version: string; viaBatch: boolean }, t: Translate): string {
  const { id, version } = ctx;
  const batch = ctx.viaBatch ? 'yes' : 'no';
  switch (v.kind) {
    case 'invalid':
      return t('publish.verdict.invalidText', { message: v.message });
    case 'no-icon':
      return t('publish.verdict.noIconText');
    case 'collision':
      return t('publish.verdict.collisionText', { files: v.files.join(', '), id, version });
    case 'refused':
      return describeRefusal(v.refusal, id, version, t);
    case 'new-package':
      return t('publish.verdict.newPackageText', { id });
    case 'new-version':
      return t('publish.verdict.newVersionText', { version, batch });
    case 'new-variant':
      return t('publish.verdict.newVariantText', { version, count: v.variants, batch });
    case 'same-archive':
      return t('publish.verdict.sameArchiveText', { urls: v.urls.length === 0 ? t('publish.verdict.noUrls') : v.urls.join(', ') });
    case 'replaces-variant':
      return t('publish.verdict.replacesVariantText', { batch });
    case 'conflict':
      return t('publish.verdict.conflictText', { message: v.message, batch });
  }
}

/** Badge label, tone and one-sentence explanation of a verdict. */
export function describeVerdict(v: RowVerdict, ctx: { id: string; version: string; viaBatch: boolean }, t: Translate = translate): { label: string; tone: Tone; text: string } {
  return { label: t(LABEL[v.kind]), tone: TONE[v.kind], text: verdictText(v, ctx, t) };
}

/** The side checks as short lines with a tone; dependencies beyond the display limit are counted. */
export function describeChecks(r: Omit<PreflightReport, 'verdict'>, t: Translate = translate): { text: string; tone: Tone }[] {
  const out: { text: string; tone: Tone }[] = [];
  const deps = boundedList(r.dependencies, DEPENDENCY_DISPLAY_LIMIT);
  for (const d of deps.shown) {
    const values = { id: d.id, optional: d.optional ? 'yes' : 'no' };
    if (d.source === 'registry') out.push({ text: t('publish.check.depInRegistry', values), tone: 'green' });
    else if (d.source === 'batch') out.push({ text: t('publish.check.depInBatch', values), tone: 'green' });
    else out.push({ text: t('publish.check.depMissing', values), tone: d.optional ? 'neutral' : 'amber' });
  }
  if (deps.more > 0) {
    const missing = r.dependencies.slice(DEPENDENCY_DISPLAY_LIMIT).filter((d) => d.source === 'missing').length;
    out.push({ text: t('publish.check.moreDeps', { more: moreText(deps.more, 'dependency', t), missing }), tone: missing ? 'amber' : 'neutral' });
  }
  out.push(r.osVersion ? { text: t('publish.check.osVersion', { os: r.osVersion }), tone: 'neutral' } : { text: t('publish.check.noOsVersion'), tone: 'amber' });
  out.push(r.hasIcon ? { text: t('publish.check.icon'), tone: 'green' } : { text: t('publish.check.noIcon'), tone: 'red' });
  out.push(r.hasLicense ? { text: t('publish.check.license'), tone: 'green' } : { text: t('publish.check.noLicense'), tone: 'amber' });
  if (r.similarVersion) out.push({ text: t('publish.check.similarVersion', { similar: r.similarVersion }), tone: 'amber' });
  return out;
}

export function describeUrlCheck(c: UrlCheck, t: Translate = translate): { text: string; tone: Tone } {
  switch (c.status) {
    case 'ok':
      return { text: t('publish.urlCheck.ok'), tone: 'green' };
    case 'unverifiable':
      return { text: t('publish.urlCheck.unverifiable'), tone: 'amber' };
    case 'bad':
      switch (c.problem) {
        case 'url':
          return { text: t('publish.urlCheck.badUrl', { message: c.message }), tone: 'red' };
        case 'http':
          return { text: t('publish.urlCheck.http', { method: c.method, status: String(c.httpStatus) }), tone: 'red' };
        case 'not-s9pk':
          return { text: t('publish.urlCheck.notS9pk', { message: c.message }), tone: 'red' };
        case 'mismatch':
          return { text: t('publish.urlCheck.mismatch'), tone: 'red' };
      }
  }
}

/** A file error with its precise reason (and the member path of a hash mismatch). */
export function describeFileError(e: unknown, t: Translate = translate): { title: string; details: string | null } {
  const d = describeError(e, t);
  if (isCoreError(e) && typeof e.detail.path === 'string' && e.detail.path && (e.code === 'S9PK_HASH_MISMATCH' || e.code === 'S9PK_MISSING_ENTRY')) {
    return { title: `${d.title.replace(/\.$/, '')}: ${e.detail.path}`, details: d.details };
  }
  return { title: d.title, details: d.details };
}
