/**
 * @module
 * Test helper: the CoreError code a call throws ('untyped' for any other throw, undefined when
 * it returns). Shared by the core test suites.
 */
import { isCoreError } from '../errors.ts';

export function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isCoreError(e) ? e.code : 'untyped';
  }
  return undefined;
}
