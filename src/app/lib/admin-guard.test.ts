import { describe, expect, it } from 'vitest';
import { checkAdminAction, checkKeyRemoval } from './admin-guard.ts';

describe('checkAdminAction', () => {
  it('refuses to demote or remove the only admin, including yourself', () => {
    for (const action of ['revoke', 'remove'] as const) {
      const self = checkAdminAction({ admins: ['ME'], target: 'ME', me: 'ME', action });
      expect(self.allowed).toBe(false);
      expect(!self.allowed && self.reason).toMatch(/^You are the only administrator/);
      const other = checkAdminAction({ admins: ['BOB'], target: 'BOB', me: 'ME', action });
      expect(!other.allowed && other.reason).toMatch(/^This signer is the only administrator/);
    }
  });

  it('allows it when another admin remains, warning when it is you', () => {
    expect(checkAdminAction({ admins: ['ME', 'BOB'], target: 'BOB', me: 'ME', action: 'revoke' })).toEqual({ allowed: true, warning: null });
    const self = checkAdminAction({ admins: ['ME', 'BOB'], target: 'ME', me: 'ME', action: 'revoke' });
    expect(self.allowed && self.warning).toMatch(/lose administrator rights/);
    const remove = checkAdminAction({ admins: ['ME', 'BOB'], target: 'ME', me: 'ME', action: 'remove' });
    expect(remove.allowed && remove.warning).toMatch(/ends your access/);
  });

  it('can word one verdict for both buttons', () => {
    const v = checkAdminAction({ admins: ['ME'], target: 'ME', me: 'ME', action: 'either' });
    expect(!v.allowed && v.reason).toMatch(/cannot be demoted or removed/);
  });

  it('non-admin signers can always be removed', () => {
    expect(checkAdminAction({ admins: ['ME'], target: 'ALICE', me: 'ME', action: 'remove' })).toEqual({ allowed: true, warning: null });
  });
});

describe('checkKeyRemoval', () => {
  const base = { admins: ['ME'], target: 'ME', me: 'ME', myKeyPem: 'K1' };
  it('the only admin keeps at least one key', () => {
    expect(checkKeyRemoval({ ...base, keysAfter: [], removing: ['K1'] }).allowed).toBe(false);
  });
  it('warns when you remove the key you are signed in with', () => {
    const v = checkKeyRemoval({ ...base, keysAfter: ['K2'], removing: ['K1'] });
    expect(v.allowed && v.warning).toMatch(/signed in with/);
    expect(checkKeyRemoval({ ...base, keysAfter: ['K1'], removing: ['K2'] })).toEqual({ allowed: true, warning: null });
  });
  it('other signers may drop all their keys', () => {
    expect(checkKeyRemoval({ ...base, target: 'ALICE', keysAfter: [], removing: ['K9'] })).toEqual({ allowed: true, warning: null });
  });
});
