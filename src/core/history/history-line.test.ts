import { describe, expect, it } from 'vitest';
import { signPh, verifyPh } from '../sign/ed25519ph.ts';
import { encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../sign/keys.ts';
import { TEST_ONLY_SEED } from '../testing/fixtures.ts';
import {
  encodeJsonLines,
  historyKey,
  historySigningBytes,
  HISTORY_SIG_CONTEXT,
  splitJsonLines,
  verifyHistoryLine,
  withSignature,
  type HistoryEntry,
  type HistoryLine,
} from './history-line.ts';

const pem = encodePublicKeyPem(publicKeyFromSeed(TEST_ONLY_SEED));

function entry(over: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    v: 1,
    at: '2026-12-05T12:00:00Z',
    action: 'publish',
    registry: 'http://127.0.0.1:5959/',
    key: historyKey(pem),
    package: { id: 'hello', version: '1.0.0:0' },
    variants: [{ sighash: 'q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA', urls: ['http://127.0.0.1:8080/hello.s9pk'] }],
    outcome: { status: 'ok' },
    ...over,
  };
}

function signed(e: HistoryEntry, seed = TEST_ONLY_SEED): HistoryLine {
  return withSignature(e, signPh(historySigningBytes(e), seed, HISTORY_SIG_CONTEXT));
}

const lineText = (l: HistoryLine) => encodeJsonLines([l]).trimEnd();

describe('history lines', () => {
  it('a signed line verifies, whatever the key order of the text', () => {
    const line = signed(entry());
    expect(verifyHistoryLine(lineText(line), verifyPh)).toEqual({ ok: true, line });
    expect(verifyHistoryLine(JSON.stringify(line), verifyPh).ok).toBe(true);
  });

  it('signs the canonical JSON without the signature member, under the history context only', () => {
    const e = entry();
    const sig = signPh(historySigningBytes(e), TEST_ONLY_SEED, HISTORY_SIG_CONTEXT);
    expect(verifyPh(sig, historySigningBytes(withSignature(e, sig)), publicKeyFromSeed(TEST_ONLY_SEED), HISTORY_SIG_CONTEXT)).toBe(true);
    const asS9pk = withSignature(e, signPh(historySigningBytes(e), TEST_ONLY_SEED, 's9pk'));
    expect(verifyHistoryLine(lineText(asS9pk), verifyPh)).toMatchObject({ ok: false, problem: 'bad-signature' });
  });

  it('a changed field fails the signature', () => {
    const line = signed(entry());
    const tampered = lineText(line).replace('1.0.0:0', '1.0.1:0');
    expect(verifyHistoryLine(tampered, verifyPh)).toMatchObject({ ok: false, problem: 'bad-signature' });
  });

  it('a line signed by another key than the one it names fails', () => {
    const line = signed(entry(), generateSeed());
    expect(verifyHistoryLine(lineText(line), verifyPh)).toMatchObject({ ok: false, problem: 'bad-signature' });
  });

  it('a fingerprint that is not the key’s fails before the signature is checked', () => {
    const line = signed(entry({ key: { pem, fingerprint: 'SHA256:someone-else' } }));
    expect(verifyHistoryLine(lineText(line), verifyPh)).toMatchObject({ ok: false, problem: 'fingerprint' });
  });

  it.each([
    ['not JSON', '{"v":1', 'not-json'],
    ['not an object', '[1]', 'bad-shape'],
    ['missing members', '{"v":1,"at":"x"}', 'bad-shape'],
  ])('%s is reported', (_, text, problem) => {
    expect(verifyHistoryLine(text, verifyPh)).toMatchObject({ ok: false, problem });
  });

  it('an unsigned line (the key was locked) is reported as unsigned', () => {
    expect(verifyHistoryLine(lineText(withSignature(entry(), null)), verifyPh)).toMatchObject({ ok: false, problem: 'unsigned' });
  });

  it('records failures with their code and keeps a promotion’s source', () => {
    const line = signed(entry({ action: 'promote', from: 'http://127.0.0.1:5960/', outcome: { status: 'failed', code: 'RPC_REMOTE', message: 'Unauthorized' } }));
    expect(verifyHistoryLine(lineText(line), verifyPh).ok).toBe(true);
  });

  it('exports one line per entry and splits them back with line numbers', () => {
    const text = encodeJsonLines([signed(entry()), signed(entry({ action: 'remove-version' }))]);
    expect(text.endsWith('\n')).toBe(true);
    const lines = splitJsonLines(`${text}\r\n\n`);
    expect(lines.map((l) => l.n)).toEqual([1, 2]);
    expect(lines.every((l) => verifyHistoryLine(l.text, verifyPh).ok)).toBe(true);
  });
});
