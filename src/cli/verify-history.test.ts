/**
 * `npm run verify-history`: an exported history verifies line by line; a tampered line fails
 * with a non-zero exit, and the other lines are still reported as verified.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { encodeJsonLines, historyKey, historySigningBytes, HISTORY_SIG_CONTEXT, withSignature, type HistoryEntry } from '../core/history/history-line.ts';
import { signPh } from '../core/sign/ed25519ph.ts';
import { encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../core/sign/keys.ts';

const run = promisify(execFile);
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'rc-history-'));

async function verify(text: string) {
  const file = join(dir, `h${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, text);
  try {
    const r = await run(tsx, ['src/cli/verify-history.ts', file], { cwd: process.cwd() });
    return { code: 0, stdout: r.stdout };
  } catch (e) {
    const x = e as { code: number; stdout: string };
    return { code: x.code, stdout: x.stdout };
  }
}

const seed = generateSeed();
const pem = encodePublicKeyPem(publicKeyFromSeed(seed));
const entry = (version: string, action: HistoryEntry['action'] = 'publish'): HistoryEntry => ({
  v: 1,
  at: '2026-12-05T12:00:00Z',
  action,
  registry: 'http://127.0.0.1:5959/',
  key: historyKey(pem),
  package: { id: 'hello', version },
  variants: [{ sighash: 'AAAA', urls: ['http://127.0.0.1:8080/hello.s9pk'] }],
  outcome: { status: 'ok' },
});
const signed = (e: HistoryEntry) => withSignature(e, signPh(historySigningBytes(e), seed, HISTORY_SIG_CONTEXT));
const history = encodeJsonLines([signed(entry('1.0.0:0')), signed(entry('1.1.0:0', 'remove-version'))]);

describe('verify-history', () => {
  it('verifies every line of an exported history', async () => {
    const r = await verify(history);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('line 1: ok   publish hello@1.0.0:0 on http://127.0.0.1:5959/ by SHA256:');
    expect(r.stdout).toContain('line 2: ok   remove-version hello@1.1.0:0');
    expect(r.stdout).toContain('2 line(s) verified');
  }, 30_000);

  it('fails on a tampered line and still reports the others', async () => {
    const [first, second] = history.trimEnd().split('\n');
    const r = await verify(`${first}\n${second!.replace('1.1.0:0', '1.1.1:0')}\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('line 1: ok');
    expect(r.stdout).toContain('line 2: FAIL bad-signature');
    expect(r.stdout).toContain('1 of 2 line(s) failed');
  }, 30_000);
});
