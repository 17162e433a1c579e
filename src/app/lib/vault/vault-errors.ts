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

/** Human messages, one per code (the UI shows these; `describeError` covers the rest). */
export const VAULT_ERROR_MESSAGES: Record<VaultErrorCode, string> = {
  VAULT_WRONG_PASSPHRASE: 'Wrong passphrase',
  VAULT_CORRUPT: 'The passphrase is right, but the stored key is damaged or was altered. Restore it from an exported copy.',
  VAULT_BAD_RECORD: 'This stored key is in a format this console does not understand.',
  VAULT_NOT_FOUND: 'This key is no longer in the vault.',
  VAULT_DUPLICATE_NAME: 'A key with this name already exists; choose another name.',
  VAULT_DUPLICATE_KEY: 'This key is already in the vault.',
  VAULT_BAD_INPUT: 'The input is not valid.',
  VAULT_UNAVAILABLE:
    'This browser offers no Web Crypto on this page, so keys cannot be stored. Open the console over https:// or from localhost.',
};
