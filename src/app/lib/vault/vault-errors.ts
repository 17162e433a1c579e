/**
 * @module
 * The key vault's one error class (style.md §2.3): a string-literal `code` is the contract,
 * the message is for logs. Messages never contain a passphrase, seed or PEM.
 */
import { CodedError } from '../../../core/errors.ts';

export type VaultErrorCode =
  /** The passphrase does not open this record. */
  | 'VAULT_WRONG_PASSPHRASE'
  /** The passphrase is right but the record was altered or damaged. */
  | 'VAULT_CORRUPT'
  /** A stored value is not a vault record this version understands. */
  | 'VAULT_BAD_RECORD'
  | 'VAULT_NOT_FOUND'
  | 'VAULT_DUPLICATE_NAME'
  | 'VAULT_DUPLICATE_KEY'
  /** Input rejected before any work: empty name, short passphrase, iterations below the floor. */
  | 'VAULT_BAD_INPUT'
  /** No WebCrypto here: the page is not a secure context (https:// or localhost). */
  | 'VAULT_UNAVAILABLE';

export class VaultError extends CodedError<VaultErrorCode> {
  override readonly name = 'VaultError';
}

/** True when `e` is a VaultError, optionally with the given code. */
export function isVaultError(e: unknown, code?: VaultErrorCode): e is VaultError {
  return e instanceof VaultError && (code === undefined || e.code === code);
}
