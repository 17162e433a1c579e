// The §3.2 access matrix of every `os.*` method through the HTTP handler, with the §3.4
// handler rules and §3.5 answers: anonymous, an unregistered key, a registered signer outside
// the release, a member of the release's `authorized` set, and an admin outside that set.
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../core/rpc/methods.ts';
import { addAsset, addRelease, image, signAsset } from '../testing/os-harness.ts';
import { createHarness, newKey, type TestKey } from '../testing/test-harness.ts';

type Role = 'anon' | 'unknown' | 'other' | 'member' | 'admin';
const ROLES: Role[] = ['anon', 'unknown', 'other', 'member', 'admin'];
/** `ok`, or the expected error code and details; `guid` stands for the caller's Guid. */
type Outcome = 'ok' | [number, string];

const img = image(512);
const ref = { version: '0.4.0', platform: 'x86_64' };
const release = { version: '0.4.0', headline: 'h', releaseNotes: 'n', sourceVersion: '*' };

const UNAUTHORIZED: Outcome = [34, 'Unauthorized'];
const anyone: Record<Role, Outcome> = { anon: 'ok', unknown: 'ok', other: 'ok', member: 'ok', admin: 'ok' };
const adminOnly: Record<Role, Outcome> = { anon: UNAUTHORIZED, unknown: [34, 'Unknown signer'], other: UNAUTHORIZED, member: UNAUTHORIZED, admin: 'ok' };
const adminOrMember: Record<Role, Outcome> = { ...adminOnly, member: 'ok' };
const memberOnly: Record<Role, Outcome> = { ...adminOnly, other: [34, 'Signer guid is not authorized'], member: 'ok', admin: [34, 'Signer guid is not authorized'] };

/** Per method: params for a caller key, and the outcome per role. */
const MATRIX: Record<string, { params: (key: TestKey) => unknown; expect: Record<Role, Outcome> }> = {
  'os.index': { params: () => ({}), expect: anyone },
  'os.version.add': { params: () => release, expect: adminOnly },
  'os.version.remove': { params: () => ({ version: '0.4.0' }), expect: adminOnly },
  'os.version.get': { params: () => ({}), expect: anyone },
  'os.version.signer.add': { params: () => ({ version: '0.4.0', signer: 'MEMBER' }), expect: adminOnly },
  'os.version.signer.remove': { params: () => ({ version: '0.4.0', signer: 'MEMBER' }), expect: adminOnly },
  'os.version.signer.list': { params: () => ({ version: '0.4.0' }), expect: anyone },
};
for (const kind of ['iso', 'img', 'squashfs']) {
  const signature = (key: TestKey) => signAsset(key, img.commitment);
  MATRIX[`os.asset.add.${kind}`] = {
    params: (key) => ({ ...ref, url: 'https://a.test/x', commitment: img.commitment, signature: signature(key) }),
    expect: adminOrMember,
  };
  MATRIX[`os.asset.remove.${kind}`] = { params: () => ref, expect: adminOrMember };
  MATRIX[`os.asset.sign.${kind}`] = { params: (key) => ({ ...ref, signature: signature(key) }), expect: memberOnly };
  MATRIX[`os.asset.get.${kind}`] = { params: () => ref, expect: anyone };
}

describe('os.* access matrix (§3.2, §3.4, §3.5)', () => {
  it('covers every os.* method of the core table', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(METHOD_NAMES.filter((m) => m.startsWith('os.')).sort());
  });

  it.each(Object.keys(MATRIX))('%s', async (method) => {
    const h = await createHarness();
    const keys: Record<Role, TestKey | undefined> = { anon: undefined, unknown: newKey(), other: newKey(), member: newKey(), admin: newKey() };
    const guids: Partial<Record<Role, string>> = {};
    for (const role of ['other', 'member', 'admin'] as const) guids[role] = await h.addSigner(role, keys[role]!);
    await h.ok('admin.add', { signer: guids.admin! }, { key: h.admin });
    await addRelease(h, '0.4.0');
    await h.ok('os.version.signer.add', { version: '0.4.0', signer: guids.member! }, { key: h.admin });
    await h.ok('os.version.signer.remove', { version: '0.4.0', signer: h.adminGuid }, { key: h.admin });
    for (const kind of ['iso', 'img', 'squashfs'] as const) {
      expect((await addAsset(h, keys.member!, kind, { ...ref, url: 'https://a.test/x', commitment: img.commitment })).error).toBeUndefined();
    }
    const row = MATRIX[method]!;
    for (const role of ROLES) {
      const key = keys[role];
      const params: unknown = JSON.parse(JSON.stringify(row.params(key ?? newKey())).replace('MEMBER', guids.member!));
      const r = await h.call(method, params, { key });
      const want = row.expect[role];
      if (want === 'ok') expect(r.error, `${method} as ${role}`).toBeUndefined();
      else expect(r.error, `${method} as ${role}`).toMatchObject({ code: want[0], data: { details: want[1].replace('guid', guids[role] ?? '') } });
    }
  });
});
