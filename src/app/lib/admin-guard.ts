/**
 * @module
 * The last-admin guard (design.md §4.5, spec/registry-api.md §4.7, §7): the registry lets an
 * admin revoke their own admin status and remove the last admin signer, which locks out remote
 * administration for good. The console refuses those moves and warns about self-demotion.
 */
import { translate } from '../i18n/i18n.ts';

/** `either`: one verdict covering both (for a single note next to both buttons). */
export type AdminAction = 'revoke' | 'remove' | 'either';

export interface GuardInput {
  /** Guids of the admin set (`admin.list`: admins that still exist as signers). */
  admins: readonly string[];
  /** The signer the action targets. */
  target: string;
  /** The signer of the unlocked key, when known. */
  me: string | null;
  action: AdminAction;
}

export type GuardVerdict =
  | { allowed: true; warning: string | null }
  | { allowed: false; reason: string };

/** May `action` be done to `target`? Refuses anything that would leave the registry without an admin. */
export function checkAdminAction({ admins, target, me, action }: GuardInput): GuardVerdict {
  const isAdmin = admins.includes(target);
  const remaining = admins.filter((g) => g !== target).length;
  if (isAdmin && remaining === 0) {
    return { allowed: false, reason: translate(target === me ? 'guard.onlyAdminSelf' : 'guard.onlyAdminOther', { action }) };
  }
  if (isAdmin && target === me) {
    return {
      allowed: true,
      warning:
        action !== 'revoke'
          ? translate('guard.removeSelf')
          : translate('guard.revokeSelf'),
    };
  }
  return { allowed: true, warning: null };
}

/**
 * Guards a key edit: the only admin must keep at least one key (with none, nobody can sign as an
 * administrator), and removing the key you are signed in with ends your session's rights.
 */
export function checkKeyRemoval({ admins, target, me, keysAfter, myKeyPem, removing }: {
  admins: readonly string[];
  target: string;
  me: string | null;
  keysAfter: readonly string[];
  myKeyPem: string | null;
  removing: readonly string[];
}): GuardVerdict {
  const onlyAdmin = admins.includes(target) && admins.filter((g) => g !== target).length === 0;
  if (onlyAdmin && keysAfter.length === 0) {
    return { allowed: false, reason: translate('guard.lastKey') };
  }
  if (target === me && myKeyPem !== null && removing.includes(myKeyPem)) {
    if (onlyAdmin) {
      return { allowed: true, warning: translate('guard.ownKeyOnlyAdmin') };
    }
    return { allowed: true, warning: translate('guard.ownKey') };
  }
  return { allowed: true, warning: null };
}
