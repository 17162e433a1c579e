// The warm-up vector is a real signature by the TEST-ONLY key, so warming exercises the full
// verification path (a failing early check would warm nothing).
import { describe, it, expect } from 'vitest';
import { TEST_ONLY_SEED } from '../core/testing/fixtures.ts';
import { encodeUtf8 } from '../core/bytes/utf8.ts';
import { signPh } from '../core/sign/ed25519ph.ts';
import { S9PK_SIG_CONTEXT } from '../core/sign/commitment.ts';
import { WARM_UP_MESSAGE, warmUp } from './warm-up.ts';

describe('warmUp', () => {
  it('verifies its embedded signature', () => {
    expect(warmUp()).toBe(true);
  });

  it('the embedded signature is the TEST-ONLY key signing the message', () => {
    const sig = signPh(encodeUtf8(WARM_UP_MESSAGE), TEST_ONLY_SEED, S9PK_SIG_CONTEXT);
    expect(Buffer.from(sig).toString('hex')).toMatch(/^7f5dc947.*a501c709$/);
  });
});
