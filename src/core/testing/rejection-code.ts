/**
 * @module
 * Test helper: the CoreError code a promise rejects with, or 'ok' when it resolves. Any other
 * rejection is rethrown, so an untyped failure fails the test with its own message.
 */
import { isCoreError, type CoreErrorCode } from '../errors.ts';

export async function rejectionCode(p: Promise<unknown>): Promise<CoreErrorCode | 'ok'> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (!isCoreError(e)) throw e;
    return e.code;
  }
}
