/**
 * @module
 * Unlocks a stored key: decrypts its seed straight into vault-session (the only place a seed
 * lives after unlocking), wipes the local copy and arms the idle lock.
 */
import { useMutation } from '@tanstack/react-query';
import { unlockKey, type UnlockKeyInput } from '../../../lib/vault/vault-actions.ts';

export { unlockKey, type UnlockKeyInput };

export function useUnlockKey() {
  // Nothing to invalidate: the unlocked key is read through useUnlockedKey().
  return useMutation({ mutationFn: unlockKey, gcTime: 0 });
}
