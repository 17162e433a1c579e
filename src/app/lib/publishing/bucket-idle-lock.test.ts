// Regression (issue 11, item 7): the unlocked bucket credentials never idle-locked. They are
// forgotten when the key locks, by its idle lock or by hand.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkIdle, configureIdleLock, disarmIdleLock } from '../vault/idle-lock.ts';
import { lockSession, unlockSession } from '../vault-session.ts';
import { currentBucket, forgetBucket, saveBucket } from './bucket-settings.ts';

const FAST = 1000; // tests only; the console uses 600 000
const MIN = 60_000;
const target = {
  endpoint: 'http://127.0.0.1:4568',
  region: 'us-east-1',
  bucket: 'packages',
  pathStyle: true,
  publicBaseUrl: 'http://127.0.0.1:4568/packages',
  keyTemplate: '{id}/{version}/{filename}',
};
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG' };
let offset = 0;

beforeEach(async () => {
  offset = 0;
  configureIdleLock({ now: () => Date.now() + offset, timeoutMs: 15 * MIN });
  unlockSession({ id: 'k', name: 'k', publicKeyPem: 'pem' }, new Uint8Array(32).fill(7));
  await saveBucket(target, credentials, 'a long passphrase', FAST);
});

afterEach(async () => {
  disarmIdleLock();
  lockSession();
  await forgetBucket();
});

describe('bucket lock', () => {
  it('locks the bucket when the idle lock fires', () => {
    offset = 14 * MIN;
    expect(checkIdle()).toBe(false);
    expect(currentBucket()?.credentials).toEqual(credentials);
    offset = 15 * MIN;
    expect(checkIdle()).toBe(true);
    expect(currentBucket()).toBeNull();
  });

  it('locks the bucket when the key is locked by hand', () => {
    lockSession();
    expect(currentBucket()).toBeNull();
  });
});
