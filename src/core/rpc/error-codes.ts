/**
 * @module
 * Numeric JSON-RPC error codes of the registry and their kind names (spec registry-api.md §1.5,
 * §11). Positive codes are upstream `ErrorKind` values (`shared-libs/crates/start-core/src/error.rs`).
 */

/**
 * Code → kind name. Positive codes mirror every `ErrorKind` variant of upstream `error.rs`
 * (16, 22 and 26 are retired there); negative codes are the JSON-RPC framework errors of §1.5.
 * Branch on the code, never on the localized `message`.
 */
export const REGISTRY_ERROR_KINDS = {
  1: 'Unknown',
  2: 'Filesystem',
  3: 'Docker',
  4: 'ConfigSpecViolation',
  5: 'ConfigRulesViolation',
  6: 'NotFound',
  7: 'IncorrectPassword',
  8: 'VersionIncompatible',
  9: 'Network',
  10: 'Registry',
  11: 'Serialization',
  12: 'Deserialization',
  13: 'Utf8',
  14: 'ParseVersion',
  15: 'IncorrectDisk',
  17: 'Dependency',
  18: 'ParseS9pk',
  19: 'ParseUrl',
  20: 'DiskNotAvailable',
  21: 'BlockDevice',
  23: 'Pack',
  24: 'ValidateS9pk',
  25: 'DiskCorrupted',
  27: 'ConfigGen',
  28: 'ParseNumber',
  29: 'Database',
  30: 'InvalidId',
  31: 'InvalidSignature',
  32: 'Backup',
  33: 'Restore',
  34: 'Authorization',
  35: 'AutoConfigure',
  36: 'Action',
  37: 'RateLimited',
  38: 'InvalidRequest',
  39: 'MigrationFailed',
  40: 'Uninitialized',
  41: 'ParseNetAddress',
  42: 'ParseSshKey',
  43: 'SoundError',
  44: 'ParseTimestamp',
  45: 'ParseSysInfo',
  46: 'Wifi',
  47: 'Journald',
  48: 'DiskManagement',
  49: 'OpenSsl',
  50: 'PasswordHashGeneration',
  51: 'DiagnosticMode',
  52: 'ParseDbField',
  53: 'Duplicate',
  54: 'MultipleErrors',
  55: 'Incoherent',
  56: 'InvalidBackupTargetId',
  57: 'ProductKeyMismatch',
  58: 'LanPortConflict',
  59: 'Javascript',
  60: 'Pem',
  61: 'TLSInit',
  62: 'Ascii',
  63: 'MissingHeader',
  64: 'Grub',
  65: 'Systemd',
  66: 'OpenSsh',
  67: 'Zram',
  68: 'Lshw',
  69: 'CpuSettings',
  70: 'Firmware',
  71: 'Timeout',
  72: 'Lxc',
  73: 'Cancelled',
  74: 'Git',
  75: 'DBus',
  76: 'InstallFailed',
  77: 'UpdateFailed',
  78: 'Smtp',
  79: 'SetSysInfo',
  80: 'Bios',
  [-32700]: 'ParseError',
  // "Invalid Request" of JSON-RPC; renamed so it cannot be confused with kind 38.
  [-32600]: 'InvalidRequestEnvelope',
  [-32601]: 'MethodNotFound',
  [-32602]: 'InvalidParams',
  [-32603]: 'InternalError',
} as const;

/** A numeric error code the registry is known to send. */
export type RpcErrorCode = keyof typeof REGISTRY_ERROR_KINDS;

/** Name of a known error kind. */
export type RpcErrorKind = (typeof REGISTRY_ERROR_KINDS)[RpcErrorCode];

/**
 * `error.data` of a registry response (§1.5): a string from the JSON-RPC framework, an object
 * from registry handlers (`info` is null for every registry error), or absent (-32601).
 */
export type RpcErrorData = string | { details: string; debug: string; info: unknown } | undefined;

/** True when `code` is one of {@link REGISTRY_ERROR_KINDS}. */
export function isRpcErrorCode(code: number): code is RpcErrorCode {
  return Number.isInteger(code) && Object.hasOwn(REGISTRY_ERROR_KINDS, code);
}

/**
 * Kind name of a numeric error code.
 * @example errorKindOf(34) // 'Authorization'
 * @returns the kind, or `'Unrecognized'` for a code missing from the table
 */
export function errorKindOf(code: number): RpcErrorKind | 'Unrecognized' {
  return isRpcErrorCode(code) ? REGISTRY_ERROR_KINDS[code] : 'Unrecognized';
}
