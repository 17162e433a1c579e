/**
 * @module
 * The unlocked key, in memory only: the one place the console holds a seed after unlocking.
 * Features read it through `useUnlockedKey()` and sign through `sessionSigner()`; the seed
 * itself never leaves this module except into the signing functions. The signing code (Ed25519,
 * BLAKE3) is downloaded on the first signature, so browsing never loads it (issue 12 item 1).
 */
import type { RequestSigner } from '../../core/rpc/client.ts';
import type { Commitment } from '../../core/sign/commitment.ts';
import { translate } from '../i18n/i18n.ts';
import { loadChunk } from './chunk-load-error.ts';
import { createStore, useStore } from './create-store.ts';

export interface UnlockedKey {
  /** Vault record id. */
  id: string;
  name: string;
  publicKeyPem: string;
}

interface SessionState {
  key: UnlockedKey | null;
  seed: Uint8Array | null;
  lastUse: number;
}

const session = createStore<SessionState>({ key: null, seed: null, lastUse: 0 });

/** Holds a freshly decrypted seed; replaces (and wipes) any previous one. */
export function unlockSession(key: UnlockedKey, seed: Uint8Array): void {
  session.get().seed?.fill(0);
  session.set({ key, seed: seed.slice(), lastUse: Date.now() });
}

/** Forgets the seed (overwritten in memory) and notifies listeners. */
export function lockSession(): void {
  session.get().seed?.fill(0);
  session.set({ key: null, seed: null, lastUse: 0 });
}

export function currentKey(): UnlockedKey | null {
  return session.get().key;
}

/** Milliseconds since the key was last used or unlocked (Infinity when locked). */
export function idleMs(now = Date.now()): number {
  const { seed, lastUse } = session.get();
  return seed ? now - lastUse : Infinity;
}

/**
 * The seed, when the unlocked key is `keyId` (null: whichever key is unlocked). A registry that
 * names its own key (registries.ts `keyId`) is never signed for with another one.
 */
function takeSeed(keyId: string | null): Uint8Array {
  const state = session.get();
  if (!state.seed) throw new Error(translate('errors.keyLocked'));
  if (keyId !== null && state.key?.id !== keyId) throw new Error(translate('errors.wrongKey'));
  // in place: using the key is no news for the screens (only lock and unlock are)
  state.lastUse = Date.now();
  return state.seed;
}

/**
 * A RequestSigner over the unlocked key, or null when locked or when `keyId` (the key that must
 * act; null: any) is not the unlocked one. It signs only with the key it was made for: after
 * a switch of keys it refuses rather than sign with the new one.
 */
export function sessionSigner(keyId: string | null): RequestSigner | null {
  const key = session.get().key;
  if (!key || (keyId !== null && key.id !== keyId)) return null;
  return {
    publicKeyPem: key.publicKeyPem,
    authHeader: async (body, context, timestamp) => {
      const { buildAuthHeader } = await loadChunk(() => import('../../core/sign/request-auth.ts'));
      return buildAuthHeader({ seed: takeSeed(key.id), body, context, timestamp });
    },
  };
}

/**
 * Signs a commitment (context `s9pk` or `startos`) with the unlocked key, when it is `keyId`
 * (the key that acts on the registry; null: any).
 * @throws Error when locked, or when another key is unlocked.
 */
export async function signWithSession(c: Commitment, context: string, keyId: string | null): Promise<string> {
  const { signCommitment } = await loadChunk(() => import('../../core/sign/commitment.ts'));
  return signCommitment(c, takeSeed(keyId), context);
}

/**
 * Signs arbitrary bytes (Ed25519ph under `context`) with the unlocked key, but only when that
 * key is `publicKeyPem` (the key that acted); null otherwise, and when locked.
 */
export async function signBytesWithSession(message: Uint8Array, context: string, publicKeyPem: string): Promise<Uint8Array | null> {
  if (session.get().key?.publicKeyPem !== publicKeyPem) return null;
  const { signPh } = await loadChunk(() => import('../../core/sign/ed25519ph.ts'));
  if (session.get().key?.publicKeyPem !== publicKeyPem) return null;
  return signPh(message, takeSeed(null), context);
}

/** React view of the unlocked key (null when locked). */
export function useUnlockedKey(): UnlockedKey | null {
  return useStore(session, (s) => s.key);
}

/**
 * Calls `listener` each time the unlocked key is locked (by the user, or by the idle lock);
 * returns the unsubscribe function. Other secrets of the session (the bucket credentials)
 * lock with it.
 */
export function onSessionLock(listener: () => void): () => void {
  let unlocked = session.get().key !== null;
  return session.subscribe(() => {
    const now = session.get().key !== null;
    if (unlocked && !now) listener();
    unlocked = now;
  });
}
