/**
 * @module
 * The one error class of the core layer. The `code` is the contract (a string-literal
 * union); the message is for logs. See ../shared/style.md §2.3.
 */

export type CoreErrorCode =
  // bytes and encodings
  | 'BYTES_BAD_HEX'
  | 'BYTES_BAD_BASE64'
  | 'BYTES_BAD_UTF8'
  | 'BYTES_VARINT'
  | 'BYTES_RANGE'
  | 'JSON_NOT_CANONICALIZABLE'
  // keys, PEM, signatures
  | 'PEM_MALFORMED'
  | 'PEM_WRONG_LABEL'
  | 'KEY_BAD_DER'
  | 'KEY_BAD_LENGTH'
  | 'KEY_MISMATCH'
  | 'SIG_BAD_DER'
  | 'AUTH_HEADER_MISSING_KEY'
  | 'AUTH_HEADER_BAD_NUMBER'
  | 'AUTH_HEADER_BAD_VALUE'
  // exver
  | 'EXVER_SYNTAX'
  // s9pk
  | 'S9PK_BAD_MAGIC'
  | 'S9PK_V1'
  | 'S9PK_ZIP'
  | 'S9PK_BAD_SIGNATURE'
  | 'S9PK_SIGHASH_MISMATCH'
  | 'S9PK_HASH_MISMATCH'
  | 'S9PK_TRUNCATED'
  | 'S9PK_TOO_LARGE'
  | 'S9PK_BAD_NAME'
  | 'S9PK_DUPLICATE_NAME'
  | 'S9PK_BAD_ENTRY_TYPE'
  | 'S9PK_TRAILING_DATA'
  | 'S9PK_MISSING_ENTRY'
  | 'S9PK_BAD_MANIFEST'
  | 'S9PK_JSON_TOO_DEEP'
  | 'S9PK_NOT_FOUND'
  | 'ABORTED'
  | 'WORKER_FAILED'
  | 'WORKER_SILENT'
  | 'WORKER_REPLY_FAILED'
  // S3 uploads
  | 'S3_HTTP'
  | 'S3_NETWORK'
  | 'S3_BAD_RESPONSE'
  | 'S3_CONFIG'
  | 'S3_TOO_LARGE'
  // rpc
  | 'RPC_REMOTE'
  | 'RPC_TRANSPORT'
  | 'RPC_HTTP'
  | 'RPC_BAD_RESPONSE'
  | 'RPC_TIMEOUT';

/**
 * The shape of each layer's one error class (style.md §2.3): a string-literal `code` is the
 * contract, the message is for logs, `detail` carries structured facts (offsets, paths, …).
 * Subclasses fix the code union and set `name`.
 */
export class CodedError<Code extends string> extends Error {
  readonly code: Code;
  readonly detail: Record<string, unknown>;
  constructor(code: Code, message: string, detail: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.detail = detail;
  }
}

export class CoreError extends CodedError<CoreErrorCode> {
  override readonly name = 'CoreError';
}

/** True when `e` is a CoreError, optionally with the given code. */
export function isCoreError(e: unknown, code?: CoreErrorCode): e is CoreError {
  return e instanceof CoreError && (code === undefined || e.code === code);
}
