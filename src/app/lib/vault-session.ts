/**
 * @module
 * The unlocked key, in memory only: the one place the console holds a seed after unlocking.
 * Features read it through `useUnlockedKey()` and sign through `sessionSigner()`; the seed
 * itself never leaves this module except into the signing functions.
 */
import { useSyncExternalStore } from 'react';
import type { RequestSigner } from '../../core/rpc/client.ts';
import { buildAuthHeader } from '../../core/sign/request-auth.ts';
import { signCommitment, type Commitment } from '../../core/sign/commitment.ts';

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

let state: SessionState = { key: null, seed: null, lastUse: 0 };
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Holds a freshly decrypted seed; replaces (and wipes) any previous one. */
export function unlockSession(key: UnlockedKey, seed: Uint8Array): void {
  state.seed?.fill(0);
  state = { key, seed: seed.slice(), lastUse: Date.now() };
  emit();
}

/** Forgets the seed (overwritten in memory) and notifies listeners. */
export function lockSession(): void {
  state.seed?.fill(0);
  state = { key: null, seed: null, lastUse: 0 };
  emit();
}

export function currentKey(): UnlockedKey | null {
  return state.key;
}

/** Milliseconds since the key was last used or unlocked (Infinity when locked). */
export function idleMs(now = Date.now()): number {
  return state.seed ? now - state.lastUse : Infinity;
}

function takeSeed(): Uint8Array {
  if (!state.seed) throw new Error('the key is locked');
  state.lastUse = Date.now();
  return state.seed;
}

/** A RequestSigner over the unlocked key, or null when locked. */
export function sessionSigner(): RequestSigner | null {
  const key = state.key;
  if (!key) return null;
  return {
    publicKeyPem: key.publicKeyPem,
    authHeader: (body, context, timestamp) => buildAuthHeader({ seed: takeSeed(), body, context, timestamp }),
  };
}

/** Signs a commitment (context `s9pk` or `startos`) with the unlocked key. */
export function signWithSession(c: Commitment, context: string): string {
  return signCommitment(c, takeSeed(), context);
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** React view of the unlocked key (null when locked). */
export function useUnlockedKey(): UnlockedKey | null {
  return useSyncExternalStore(subscribe, currentKey, currentKey);
}
