import { describe, expect, it } from 'vitest';
import type { PreflightReport } from '../../../../core/registry/preflight.ts';
import type { InspectResult, VerifyResult } from '../../../../worker/client.ts';
import type { BucketSession } from '../../../lib/publishing/bucket-settings.ts';
import { PublishQueue, typedUrls, type PublishRow } from './publish-queue.ts';
import { blockedReason } from './readiness.ts';
import { describeChecks, describeFileError, describeUrlCheck, describeVerdict } from '../../../lib/publishing/describe.ts';
import { CoreError } from '../../../../core/errors.ts';

const inspected = { status: 'ok', result: { id: 'hello', version: '1.0.0:0' } as InspectResult } as const;
const verified = { status: 'ok', result: { complete: true } as VerifyResult } as const;
const report = (over: Partial<PreflightReport> = {}): PreflightReport => ({
  verdict: { kind: 'new-version' }, viaBatch: false, blocking: false, needsConfirmation: false, incoming: null,
  dependencies: [], osVersion: '0.4.0', hasIcon: true, hasLicense: true, similarVersion: null, ...over,
});
const bucket = {} as BucketSession;

function row(over: Partial<PublishRow> = {}): PublishRow {
  const q = new PublishQueue();
  return { ...q.add(new File([new Uint8Array(4)], 'a.s9pk'), 'bucket'), inspect: inspected, verify: verified, ...over };
}

describe('blockedReason', () => {
  it('is null only for a verified, allowed file with somewhere to go', () => {
    expect(blockedReason(row(), report(), bucket)).toBeNull();
    expect(blockedReason(row({ inspect: { status: 'running' } }), report(), bucket)).toMatch(/Reading/);
    expect(blockedReason(row({ verify: { status: 'running', progress: null } }), report(), bucket)).toMatch(/verification to finish/);
    expect(blockedReason(row({ verify: { status: 'failed', error: null } }), report(), bucket)).toMatch(/will not be sent/);
    expect(blockedReason(row(), undefined, bucket)).toMatch(/registry index/);
    expect(blockedReason(row(), report({ blocking: true }), bucket)).toMatch(/blocks/);
    expect(blockedReason(row(), report({ needsConfirmation: true }), bucket)).toMatch(/Confirm/);
    expect(blockedReason(row({ confirmReplace: true }), report({ needsConfirmation: true }), bucket)).toBeNull();
    expect(blockedReason(row(), report(), null)).toMatch(/bucket/);
    expect(blockedReason(row({ upload: { status: 'done', url: 'https://x/' } }), report(), null)).toBeNull();
    expect(blockedReason(row({ hosting: 'urls' }), report(), null)).toMatch(/at least one URL/);
    const bad = row({ hosting: 'urls', urlsText: 'https://a/x.s9pk', urlChecks: { 'https://a/x.s9pk': { status: 'bad', problem: 'http', method: 'HEAD', httpStatus: 404 } } });
    expect(blockedReason(bad, report(), null)).toMatch(/does not serve/);
    expect(blockedReason({ ...bad, urlChecks: { 'https://a/x.s9pk': { status: 'unverifiable', message: 'cors' } } }, report(), null)).toBeNull();
    expect(blockedReason(row({ add: { status: 'done', at: 0, urls: [], outcome: null } }), report(), bucket)).toBe('Published.');
  });

  it('typed URLs: split on whitespace, blanks and repeats dropped', () => {
    expect(typedUrls({ urlsText: ' https://a/1 \n\nhttps://b/2 https://a/1 ' })).toEqual(['https://a/1', 'https://b/2']);
  });
});

describe('human words', () => {
  const ctx = { id: 'hello', version: '1.0.0:0', viaBatch: false };
  it('verdicts and refusals', () => {
    expect(describeVerdict({ kind: 'refused', refusal: { kind: 'out-of-range', scope: '>=2.0.0:0' } }, ctx).text).toMatch(/Your scope on "hello" is >=2.0.0:0, which 1.0.0:0 does not satisfy/);
    expect(describeVerdict({ kind: 'refused', refusal: { kind: 'new-package' } }, ctx).text).toMatch(/only administrators can create a package/);
    expect(describeVerdict({ kind: 'collision', rows: [2], files: ['f2.s9pk'] }, ctx).text).toMatch(/f2\.s9pk/);
    expect(describeVerdict({ kind: 'new-variant', variants: 2 }, { ...ctx, viaBatch: true }).text).toMatch(/2 existing ones \(counting the files above it/);
    expect(describeVerdict({ kind: 'conflict', conflict: { kind: 'icon', fields: ['icon'] }, message: 'm', diff: [] }, ctx)).toMatchObject({ label: 'Conflict', tone: 'red' });
  });
  it('checks, URL checks and file errors', () => {
    const lines = describeChecks(report({ hasLicense: false, osVersion: null, dependencies: [{ id: 'bitcoind', optional: false, source: 'missing' }], similarVersion: '1.0:0' }));
    expect(lines.map((l) => l.tone)).toEqual(['amber', 'amber', 'green', 'amber', 'amber']);
    expect(describeUrlCheck({ status: 'unverifiable', message: 'x' }).text).toMatch(/registry will check it/);
    expect(describeUrlCheck({ status: 'bad', problem: 'mismatch', found: { rootSighash: 'A', rootMaxsize: 1 } }).tone).toBe('red');
    const e = new CoreError('S9PK_HASH_MISMATCH', 'hash mismatch', { path: 'images/x86_64/main.squashfs' });
    expect(describeFileError(e).title).toMatch(/recorded hash \(the package is corrupted or was tampered with\): images\/x86_64\/main\.squashfs$/);
    expect(describeFileError(new CoreError('S9PK_ZIP', 'zip')).title).toMatch(/unzip it first/);
  });
});
