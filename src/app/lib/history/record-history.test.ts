import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyHistoryLine, encodeJsonLines } from '../../../core/history/history-line.ts';
import { CoreError } from '../../../core/errors.ts';
import { verifyPh } from '../../../core/sign/ed25519ph.ts';
import { encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../../../core/sign/keys.ts';
import { TEST_ONLY_SEED } from '../../../core/testing/fixtures.ts';
import { lockSession, unlockSession } from '../vault-session.ts';
import { clearHistory, listHistory } from './history-store.ts';
import { historyOutcome, recordHistory, type HistoryInput } from './record-history.ts';

const pem = encodePublicKeyPem(publicKeyFromSeed(TEST_ONLY_SEED));
const input: HistoryInput = {
  keyPem: pem,
  action: 'publish',
  registry: 'http://127.0.0.1:5959/',
  package: { id: 'hello', version: '1.0.0:0' },
  variants: [{ sighash: 'AAAA', urls: ['http://127.0.0.1:8080/a.s9pk'] }],
  outcome: { status: 'ok' },
};

afterEach(async () => {
  lockSession();
  await clearHistory();
});

describe('recordHistory', () => {
  it('stores a line signed by the unlocked acting key, oldest first', async () => {
    unlockSession({ id: 'k', name: 'Admin', publicKeyPem: pem }, TEST_ONLY_SEED);
    await recordHistory(input, new Date('2026-12-05T10:00:00Z'));
    await recordHistory({ ...input, action: 'remove-version', outcome: historyOutcome(new CoreError('RPC_REMOTE', 'Unauthorized')) }, new Date('2026-12-05T11:00:00Z'));
    const lines = await listHistory();
    expect(lines.map((l) => [l.action, l.at, l.outcome.status])).toEqual([
      ['publish', '2026-12-05T10:00:00Z', 'ok'],
      ['remove-version', '2026-12-05T11:00:00Z', 'failed'],
    ]);
    expect(lines[1]!.outcome).toEqual({ status: 'failed', code: 'RPC_REMOTE', message: 'Unauthorized' });
    const text = encodeJsonLines(lines).trimEnd().split('\n');
    expect(text.map((t) => verifyHistoryLine(t, verifyPh).ok)).toEqual([true, true]);
  });

  it('records an unsigned line when the acting key is no longer the unlocked one', async () => {
    unlockSession({ id: 'o', name: 'Other', publicKeyPem: encodePublicKeyPem(publicKeyFromSeed(generateSeed())) }, generateSeed());
    const line = await recordHistory(input);
    expect(line?.signature).toBeNull();
    expect(line?.key.pem).toBe(pem);
  });
});
