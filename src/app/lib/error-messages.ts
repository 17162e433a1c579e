/**
 * @module
 * Every error the console can meet, as a human message: one table per code space, typed so a
 * new code does not compile until it has a message (style.md §2.3). `describeError` picks the
 * right one and adds the registry's own details.
 */
import { CoreError, type CoreErrorCode } from '../../core/errors.ts';
import type { RpcErrorKind } from '../../core/rpc/error-codes.ts';
import { remoteErrorOf } from '../../core/rpc/envelope.ts';
import { isVaultError, VAULT_ERROR_MESSAGES } from './vault/vault-errors.ts';

export const CORE_ERROR_MESSAGES: Record<CoreErrorCode, string> = {
  BYTES_BAD_HEX: 'The value is not valid hexadecimal.',
  BYTES_BAD_BASE64: 'The value is not valid Base64.',
  BYTES_BAD_UTF8: 'The text is not valid UTF-8.',
  BYTES_VARINT: 'A length field in the data is out of range.',
  BYTES_RANGE: 'A number in the data is out of range.',
  PEM_MALFORMED: 'This is not a well-formed PEM document.',
  PEM_WRONG_LABEL: 'This PEM document is of the wrong kind (for example a public key where a private key was expected).',
  KEY_BAD_DER: 'This is not an Ed25519 key.',
  KEY_BAD_LENGTH: 'The key or signature has the wrong length.',
  KEY_MISMATCH: 'The key file is inconsistent: its public key does not belong to its private key.',
  SIG_BAD_DER: 'This is not an Ed25519 signature in the registry format.',
  AUTH_HEADER_MISSING_KEY: 'The signature header is incomplete.',
  AUTH_HEADER_BAD_NUMBER: 'The signature header has an invalid number.',
  AUTH_HEADER_BAD_VALUE: 'The signature header has an invalid value.',
  EXVER_SYNTAX: 'This is not a valid version or version range.',
  S9PK_BAD_MAGIC: 'This is not an .s9pk package (wrong magic bytes).',
  S9PK_V1: 'This is a version 1 .s9pk package; convert it with start-cli s9pk convert first.',
  S9PK_ZIP: 'This file is a ZIP archive; unzip it first and use the .s9pk inside.',
  S9PK_BAD_SIGNATURE: 'The package signature does not verify.',
  S9PK_SIGHASH_MISMATCH: 'The package contents do not match its signed table of contents.',
  S9PK_HASH_MISMATCH: 'A file inside the package does not match its recorded hash (the package is corrupted or was tampered with).',
  S9PK_TRUNCATED: 'The package file is truncated.',
  S9PK_TOO_LARGE: 'The package, or a part of it (its table of contents or manifest), is larger than allowed.',
  S9PK_BAD_NAME: 'The package contains an invalid file name.',
  S9PK_DUPLICATE_NAME: 'The package contains the same file name twice.',
  S9PK_BAD_ENTRY_TYPE: 'The package contains an entry of unknown type.',
  S9PK_TRAILING_DATA: 'The package file has unexpected data after its end.',
  S9PK_MISSING_ENTRY: 'The package lacks files its table of contents lists (it was filtered).',
  S9PK_BAD_MANIFEST: 'The package manifest is invalid.',
  S9PK_JSON_TOO_DEEP: 'The package manifest nests data deeper than a registry accepts.',
  S9PK_NOT_FOUND: 'A file the package needs is missing.',
  ABORTED: 'Cancelled.',
  WORKER_FAILED: 'The background verifier failed to start or crashed; reload the page and try again.',
  WORKER_SILENT: 'The background verifier stopped answering and was restarted; try the file again.',
  WORKER_REPLY_FAILED: 'The background verifier could not send its result back; the file holds data this console cannot show.',
  S3_HTTP: 'The storage bucket refused the request.',
  S3_NETWORK:
    'Could not reach the storage bucket. If it is online, it probably lacks a CORS rule allowing this console (see the bucket settings for the rule to add).',
  S3_BAD_RESPONSE: 'The storage bucket answered in an unexpected way; check the endpoint and bucket name.',
  S3_CONFIG: 'The bucket settings are incomplete or invalid.',
  RPC_REMOTE: 'The registry refused the request.',
  RPC_TRANSPORT:
    'Could not reach the registry. It may be down or unreachable, or it rejected the request without CORS headers (which it does for a malformed or mis-signed request).',
  RPC_HTTP: 'The registry address answered with an HTTP error; is this the right URL?',
  RPC_BAD_RESPONSE: 'The address did not answer like a StartOS registry; is this the right URL?',
  RPC_TIMEOUT: 'The registry did not answer in time.',
};

/** Messages for the registry's error kinds (spec/registry-api.md §11); unused kinds stay short. */
export const REMOTE_ERROR_MESSAGES: Record<RpcErrorKind, string> = {
  Unknown: 'The registry hit an internal error.',
  Filesystem: 'The registry could not read or write its files.',
  Docker: 'Container error on the registry host.',
  ConfigSpecViolation: 'Configuration error on the registry host.',
  ConfigRulesViolation: 'Configuration error on the registry host.',
  NotFound: 'Not found on this registry.',
  IncorrectPassword: 'Incorrect password.',
  VersionIncompatible: 'Incompatible version.',
  Network: 'The registry could not download the file from the given URL.',
  Registry: 'Registry error.',
  Serialization: 'The registry could not encode its answer.',
  Deserialization: 'The registry could not read part of the request or the package (bad key, signature or manifest).',
  Utf8: 'The package contains text that is not valid UTF-8.',
  ParseVersion: 'A version or version range could not be parsed.',
  IncorrectDisk: 'Disk error on the registry host.',
  Dependency: 'Dependency error.',
  ParseS9pk: 'The registry could not read the package (bad format, or it has no icon).',
  ParseUrl: 'A URL could not be parsed.',
  DiskNotAvailable: 'Disk error on the registry host.',
  BlockDevice: 'Disk error on the registry host.',
  Pack: 'Packaging error.',
  ValidateS9pk: 'The package failed validation.',
  DiskCorrupted: 'Disk error on the registry host.',
  ConfigGen: 'Configuration error on the registry host.',
  ParseNumber: 'A number in the request could not be parsed.',
  Database: 'The registry database failed.',
  InvalidId: 'Invalid identifier.',
  InvalidSignature:
    'The signature was rejected: wrong signing hostname, a clock more than 30 seconds off, or a signature that does not match.',
  Backup: 'Backup error on the registry host.',
  Restore: 'Restore error on the registry host.',
  Authorization: 'This key is not allowed to do that on this registry.',
  AutoConfigure: 'Configuration error on the registry host.',
  Action: 'Action error.',
  RateLimited: 'Too many requests; try again later.',
  InvalidRequest: 'The registry refused the request as invalid.',
  MigrationFailed: 'A registry database migration failed.',
  Uninitialized: 'The registry is not initialized.',
  ParseNetAddress: 'A network address could not be parsed.',
  ParseSshKey: 'An SSH key could not be parsed.',
  SoundError: 'Sound error on the registry host.',
  ParseTimestamp: 'A timestamp could not be parsed.',
  ParseSysInfo: 'System information could not be parsed.',
  Wifi: 'Wi-Fi error on the registry host.',
  Journald: 'Logging error on the registry host.',
  DiskManagement: 'Disk error on the registry host.',
  OpenSsl: 'TLS error on the registry host.',
  PasswordHashGeneration: 'Password error on the registry host.',
  DiagnosticMode: 'The registry host is in diagnostic mode.',
  ParseDbField: 'A database field could not be parsed.',
  Duplicate: 'That already exists.',
  MultipleErrors: 'Several errors occurred.',
  Incoherent: 'The registry state is incoherent.',
  InvalidBackupTargetId: 'Invalid backup target.',
  ProductKeyMismatch: 'Product key mismatch.',
  LanPortConflict: 'Port conflict on the registry host.',
  Javascript: 'Script error on the registry host.',
  Pem: 'A PEM document could not be parsed.',
  TLSInit: 'TLS error on the registry host.',
  Ascii: 'Text is not ASCII.',
  MissingHeader: 'A required header is missing.',
  Grub: 'Boot loader error on the registry host.',
  Systemd: 'Service manager error on the registry host.',
  OpenSsh: 'SSH error on the registry host.',
  Zram: 'Memory error on the registry host.',
  Lshw: 'Hardware probe error on the registry host.',
  CpuSettings: 'CPU settings error on the registry host.',
  Firmware: 'Firmware error on the registry host.',
  Timeout: 'The registry timed out.',
  Lxc: 'Container error on the registry host.',
  Cancelled: 'Cancelled.',
  Git: 'Git error.',
  DBus: 'System bus error on the registry host.',
  InstallFailed: 'Installation failed.',
  UpdateFailed: 'Update failed.',
  Smtp: 'Mail error.',
  SetSysInfo: 'System settings error.',
  Bios: 'Firmware error.',
  ParseError: 'The registry could not parse the request.',
  InvalidRequestEnvelope: 'The request envelope was invalid.',
  MethodNotFound: 'This registry does not know that method (is it an older version?).',
  InvalidParams: 'The registry rejected the request parameters.',
  InternalError: 'The registry hit an internal error.',
};

export interface DescribedError {
  title: string;
  /** The registry's own words (`data.details`) or the core error's message. */
  details: string | null;
  code: string;
}

/** A human description of any thrown value. */
export function describeError(e: unknown): DescribedError {
  const remote = remoteErrorOf(e);
  if (remote) {
    const title = remote.kind === 'Unrecognized' ? `The registry answered with error ${remote.code}.` : REMOTE_ERROR_MESSAGES[remote.kind];
    return { title, details: remote.details, code: `${remote.code}` };
  }
  if (e instanceof CoreError) return { title: CORE_ERROR_MESSAGES[e.code], details: e.message, code: e.code };
  if (isVaultError(e)) return { title: VAULT_ERROR_MESSAGES[e.code], details: null, code: e.code };
  return { title: 'Something went wrong.', details: e instanceof Error ? e.message : String(e), code: 'UNKNOWN' };
}
