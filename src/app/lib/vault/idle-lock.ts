/**
 * @module
 * Locks the unlocked key after a period without use (`idleMs()` of vault-session), checked on
 * a timer and on every `visibilitychange` (background tabs throttle timers, so the check also
 * runs the moment the tab comes back). The watcher belongs to the session, not to a screen:
 * unlocking arms it and it keeps running on every route until the key is locked.
 */
import { useEffect } from 'react';
import { currentKey, idleMs, lockSession, useUnlockedKey } from '../vault-session.ts';
import { DEFAULT_VAULT_SETTINGS, type IdleMinutes } from './vault-store.ts';

export interface IdleLockConfig {
  /** Lock once the key has been unused this long. */
  timeoutMs: number;
  /** How often the timer checks. */
  everyMs: number;
  /** The clock (injectable for tests). */
  now: () => number;
  /** Tells the user (set by the Keys page to a toast; kept free of UI imports here). */
  onLock: (keyName: string, minutes: number) => void;
}

const config: IdleLockConfig = {
  timeoutMs: DEFAULT_VAULT_SETTINGS.idleMinutes * 60_000,
  everyMs: 10_000,
  now: () => Date.now(),
  onLock: () => {},
};
let timer: ReturnType<typeof setInterval> | null = null;

const hasDocument = () => typeof document !== 'undefined';
const onVisibilityChange = () => {
  checkIdle();
};

/** Changes the timeout, check period or clock; an armed watcher applies it at once. */
export function configureIdleLock(patch: Partial<IdleLockConfig>): void {
  Object.assign(config, patch);
  if (timer !== null) {
    disarmIdleLock();
    armIdleLock();
    checkIdle();
  }
}

/** Locks the key if it has been idle too long; returns whether it did. */
export function checkIdle(): boolean {
  const key = currentKey();
  if (!key) {
    disarmIdleLock();
    return false;
  }
  if (idleMs(config.now()) < config.timeoutMs) return false;
  lockSession();
  disarmIdleLock();
  config.onLock(key.name, Math.round(config.timeoutMs / 60_000));
  return true;
}

/** Starts watching (no-op when locked or already watching). */
export function armIdleLock(): void {
  if (timer !== null || !currentKey()) return;
  timer = setInterval(checkIdle, config.everyMs);
  if (hasDocument()) document.addEventListener('visibilitychange', onVisibilityChange);
}

/** Stops watching (the watcher also stops by itself once the key is locked). */
export function disarmIdleLock(): void {
  if (timer !== null) clearInterval(timer);
  timer = null;
  if (hasDocument()) document.removeEventListener('visibilitychange', onVisibilityChange);
}

/** Idle minutes → milliseconds. */
export const idleTimeoutMs = (minutes: IdleMinutes) => minutes * 60_000;

/**
 * Keeps the watcher's timeout in step with the saved setting, installs the notice shown when
 * it locks, and arms it while a key is unlocked. IMPORTANT: no cleanup on unmount, on
 * purpose: the key must still lock after the user leaves the Keys page.
 * @param onLock a module-level function (it outlives the component).
 */
export function useIdleLock(minutes: IdleMinutes | undefined, onLock: IdleLockConfig['onLock']): void {
  const key = useUnlockedKey();
  useEffect(() => {
    config.onLock = onLock;
  }, [onLock]);
  useEffect(() => {
    if (minutes !== undefined && idleTimeoutMs(minutes) !== config.timeoutMs) configureIdleLock({ timeoutMs: idleTimeoutMs(minutes) });
  }, [minutes]);
  useEffect(() => {
    if (key) armIdleLock();
  }, [key]);
}
