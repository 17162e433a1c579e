// The idle lock with an injected clock: default 15 minutes, the saved setting applies on unlock
// and at once when changed, and the watcher stops when the key locks.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentKey, lockSession, unlockSession } from '../../lib/vault-session.ts';
import { createKey } from './api/create-key.ts';
import { saveSettings } from './api/save-vault-settings.ts';
import { unlockKey } from './api/unlock-key.ts';
import { armIdleLock, checkIdle, configureIdleLock } from '../../lib/vault/idle-lock.ts';
import { saveVaultSettings } from '../../lib/vault/vault-store.ts';
import { resetVault } from './testing/storage.ts';

const MIN = 60_000;
let offset = 0;

beforeEach(() => {
  offset = 0;
  configureIdleLock({ now: () => Date.now() + offset, everyMs: 1000, timeoutMs: 15 * MIN });
});

afterEach(async () => {
  vi.useRealTimers();
  await resetVault();
});

const unlockFake = () => unlockSession({ id: 'k', name: 'k', publicKeyPem: 'pem' }, new Uint8Array(32).fill(9));

describe('idle lock', () => {
  it('locks on the timer once the key has been idle for the timeout', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    unlockFake();
    armIdleLock();
    offset = 14 * MIN;
    vi.advanceTimersByTime(1000);
    expect(currentKey()).not.toBeNull();
    offset = 15 * MIN;
    vi.advanceTimersByTime(1000);
    expect(currentKey()).toBeNull();
  });

  it('uses the saved setting on unlock (default 15 minutes)', async () => {
    const record = await createKey({ name: 'k', passphrase: 'passphrase!' }, { iterations: 1000 });
    await unlockKey({ id: record.id, passphrase: 'passphrase!' });
    offset = 14 * MIN;
    expect(checkIdle()).toBe(false);
    offset = 16 * MIN;
    expect(checkIdle()).toBe(true);

    await saveVaultSettings({ idleMinutes: 5 });
    await unlockKey({ id: record.id, passphrase: 'passphrase!' });
    offset = 6 * MIN;
    expect(checkIdle()).toBe(true);
    expect(currentKey()).toBeNull();
  });

  it('applies a changed setting to an unlocked key at once', async () => {
    unlockFake();
    armIdleLock();
    offset = 6 * MIN;
    expect(checkIdle()).toBe(false);
    await saveSettings({ idleMinutes: 5 });
    expect(currentKey()).toBeNull();
  });

  it('stops watching once the key is locked by other means', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    unlockFake();
    armIdleLock();
    expect(vi.getTimerCount()).toBe(1);
    lockSession();
    vi.advanceTimersByTime(1000);
    expect(vi.getTimerCount()).toBe(0);
  });
});
