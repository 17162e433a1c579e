// Promotion plan of an OS release (spec registry-api.md §3.4, §4.6, §4.10 `os promote`): what
// the target already holds is skipped, other commitments are conflicts, the acting key's
// standing on the target decides what may be sent.
import { describe, expect, it } from 'vitest';
import { planIsNoop, planOsPromotion, sameCommitment } from './os-promote-plan.ts';
import { OS_ALICE, OS_BOB, osRelease, signedOsAsset } from '../testing/os-release-fixture.ts';

const image = new Uint8Array([1, 2, 3]);
const other = new Uint8Array([4, 5, 6, 7]);
const admin = { admin: true, guid: OS_ALICE.guid };
const signer = { admin: false, guid: OS_BOB.guid };

const source = osRelease({
  headline: 'Faster backups',
  releaseNotes: '- backups',
  sourceVersion: '>=0.3.5',
  authorized: [OS_ALICE.guid],
  iso: { x86_64: signedOsAsset(image, [OS_ALICE], ['https://a.example/x.iso', 'https://b.example/x.iso']) },
  img: { raspberrypi: signedOsAsset(image, [OS_ALICE]) },
  squashfs: { x86_64: signedOsAsset(other, [OS_ALICE]), aarch64: signedOsAsset(image, [OS_ALICE]) },
});

const actions = (plan: ReturnType<typeof planOsPromotion>) => plan.assets.map((a) => `${a.type}/${a.platform}:${a.action}`);

describe('planOsPromotion', () => {
  it('adds the release and every asset to a target without it, in type then platform order', () => {
    const plan = planOsPromotion('0.4.0', source, undefined, admin);
    expect(plan.release).toEqual({ action: 'add', changed: [] });
    expect(actions(plan)).toEqual(['iso/x86_64:add', 'img/raspberrypi:add', 'squashfs/aarch64:add', 'squashfs/x86_64:add']);
    expect(plan.assets[0]!.asset.urls).toEqual(['https://a.example/x.iso', 'https://b.example/x.iso']);
  });

  it('skips identical assets and the same text, flags other commitments as conflicts', () => {
    const target = osRelease({
      headline: 'Faster backups',
      releaseNotes: '- backups',
      sourceVersion: '>=0.3.5',
      iso: { x86_64: signedOsAsset(image, [OS_BOB], ['https://elsewhere.example/x.iso']) },
      squashfs: { x86_64: signedOsAsset(image, []) },
    });
    const plan = planOsPromotion('0.4.0', source, target, admin);
    expect(plan.release.action).toBe('skip');
    expect(actions(plan)).toEqual(['iso/x86_64:skip', 'img/raspberrypi:add', 'squashfs/aarch64:add', 'squashfs/x86_64:conflict']);
    expect(plan.assets[3]!.targetCommitment).toEqual(target.squashfs.x86_64!.commitment);
    expect(planIsNoop(plan)).toBe(false);
  });

  it('updates a release whose text differs and names the fields', () => {
    const plan = planOsPromotion('0.4.0', source, osRelease({ headline: 'Old', releaseNotes: '- backups', sourceVersion: '>=0.3.0' }), admin);
    expect(plan.release).toEqual({ action: 'update', changed: ['headline', 'sourceVersion'] });
  });

  it('blocks a non-admin from creating or changing the release, and its assets with it', () => {
    expect(planOsPromotion('0.4.0', source, undefined, signer).release.action).toBe('blocked');
    expect(new Set(actions(planOsPromotion('0.4.0', source, undefined, signer)).map((a) => a.split(':')[1]))).toEqual(new Set(['blocked']));
    const notMember = planOsPromotion('0.4.0', source, osRelease({ ...source, iso: {}, img: {}, squashfs: {}, authorized: [] }), signer);
    expect(notMember.release.action).toBe('skip');
    expect(notMember.assets.every((a) => a.action === 'blocked')).toBe(true);
  });

  it('lets an authorized signer of the target release add assets when the text is the same', () => {
    const target = osRelease({ ...source, iso: {}, img: {}, squashfs: {}, authorized: [OS_BOB.guid] });
    const plan = planOsPromotion('0.4.0', source, target, signer);
    expect(plan.release.action).toBe('skip');
    expect(plan.assets.every((a) => a.action === 'add')).toBe(true);
  });

  it('is a no-op when the target holds everything', () => {
    expect(planIsNoop(planOsPromotion('0.4.0', source, source, signer))).toBe(true);
  });
});

describe('sameCommitment', () => {
  it('compares hash and size', () => {
    const a = signedOsAsset(image, []).commitment;
    expect(sameCommitment(a, { ...a })).toBe(true);
    expect(sameCommitment(a, signedOsAsset(other, []).commitment)).toBe(false);
  });
});
