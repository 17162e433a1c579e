/**
 * @module
 * The stand-in's length cap on package ids (issue 11 item 11; upstream has no limit): without
 * it an anonymous `package.get` with `targetVersion` records an id of any length in the
 * metrics. Checked before anything is recorded, and on the manifest id of `package.add`.
 */
import { invalidParams } from './rpc-error.ts';

/** Longest package id `package.get` and `package.add` accept. */
export const MAX_PACKAGE_ID_LENGTH = 255;

/**
 * @throws RpcError -32602 for an id over {@link MAX_PACKAGE_ID_LENGTH} characters (not echoed back).
 */
export function assertIdLength(id: string, key: string): void {
  if (id.length > MAX_PACKAGE_ID_LENGTH) {
    throw invalidParams(`Invalid ID: longer than ${MAX_PACKAGE_ID_LENGTH} characters (${id.length}) for \`${key}\``);
  }
}
