/**
 * @module
 * Warms a fresh worker so the first dropped file opens at warm speed: the first Ed25519ph
 * verification in a realm costs ~10× a later one (@noble/curves builds its tables and the JIT
 * compiles the bigint paths; ~70 ms vs ~7 ms on the project's machines, bench/run.ts).
 */
import { parseHex } from '../core/bytes/hex.ts';
import { encodeUtf8 } from '../core/bytes/utf8.ts';
import { S9PK_SIG_CONTEXT } from '../core/sign/commitment.ts';
import { verifyPh } from '../core/sign/ed25519ph.ts';

/**
 * A valid signature: `signPh(utf8(WARM_UP_MESSAGE), TEST_ONLY_SEED, 's9pk')` with the core's
 * TEST-ONLY seed `00 01 … 1f` (src/core/testing/fixtures.ts). Checked by warm-up.test.ts.
 */
export const WARM_UP_MESSAGE = 'registry-console worker warm-up';
const PUBLIC_KEY = '03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8';
const SIGNATURE =
  '7f5dc9479a33b68aa9eef4682ba7b772a677a9e4331d809aee938fec835ea2d3' +
  '52fb4e9b30fa5f62480c229a6bfcc04adebee607e3a057452de7dff9a501c709';

/** Runs one Ed25519ph verification; returns its (expected true) result. */
export function warmUp(): boolean {
  return verifyPh(
    parseHex(SIGNATURE),
    encodeUtf8(WARM_UP_MESSAGE),
    parseHex(PUBLIC_KEY),
    S9PK_SIG_CONTEXT,
  );
}
