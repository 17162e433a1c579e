/**
 * @module
 * Test helper: the CoreError a promise rejects with. Fails when it resolves; any other
 * rejection is rethrown, so an untyped failure fails the test with its own message.
 */
import { isCoreError, type CoreError } from '../errors.ts';

export async function coreRejection(p: Promise<unknown>): Promise<CoreError> {
  try {
    await p;
  } catch (e) {
    if (isCoreError(e)) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}
