// The release readiness checklist (issue #15 item 5).
import { describe, expect, it } from 'vitest';
import type { OsIndex } from '../rpc/types.ts';
import { osReadiness, urlCheckKey } from './os-readiness.ts';
import { osReleaseView } from './os-release.ts';
import {
  OS_ALICE,
  OS_BOB,
  osRelease,
  osSignerMap,
  signedOsAsset,
} from '../testing/os-release-fixture.ts';

const bytes = new Uint8Array(10).fill(1);
const both = [OS_ALICE, OS_BOB];
const index: OsIndex = {
  versions: {
    '0.3.6': osRelease({
      iso: { x86_64: signedOsAsset(bytes, both) },
      img: { raspberrypi: signedOsAsset(bytes, both) },
    }),
    '0.4.0': osRelease({
      authorized: both.map((s) => s.guid),
      iso: {
        x86_64: signedOsAsset(bytes, both, ['https://a.example/x.iso', 'https://b.example/x.iso']),
      },
      squashfs: { x86_64: signedOsAsset(bytes, [OS_ALICE], ['https://a.example/x.squashfs']) },
    }),
  },
};
const view = osReleaseView('0.4.0', index.versions['0.4.0']!, osSignerMap(...both));

describe('osReadiness', () => {
  it('lists the previous release images that are missing and the under-signed images', () => {
    const r = osReadiness(index, view, 2, new Map());
    expect(r.previous).toBe('0.3.6');
    expect(r.missing).toEqual([{ type: 'img', platform: 'raspberrypi' }]);
    expect(r.underSigned).toEqual([{ type: 'squashfs', platform: 'x86_64', signedBy: 1 }]);
    expect(osReadiness(index, view, 1, new Map()).underSigned).toEqual([]);
    expect(r.urlsPending).toBe(3);
  });

  it('counts URL checks by URL and committed size', () => {
    const checks = new Map([
      [urlCheckKey('https://a.example/x.iso', 10), { status: 'ok' } as const],
      [
        urlCheckKey('https://b.example/x.iso', 10),
        { status: 'bad', problem: 'size', found: 9 } as const,
      ],
      [urlCheckKey('https://a.example/x.squashfs', 11), { status: 'ok' } as const],
    ]);
    const r = osReadiness(index, view, 1, checks);
    expect(r.urlsPending).toBe(1);
    expect(r.urlProblems).toEqual([
      {
        type: 'iso',
        platform: 'x86_64',
        url: 'https://b.example/x.iso',
        check: { status: 'bad', problem: 'size', found: 9 },
      },
    ]);
  });

  it('has no previous release for the oldest one', () => {
    const oldest = osReleaseView('0.3.6', index.versions['0.3.6']!, {});
    expect(osReadiness(index, oldest, 0, new Map())).toMatchObject({ previous: null, missing: [] });
  });
});
