/**
 * @module
 * The server layer's one error: a JSON-RPC error with the registry's numeric code
 * (spec/registry-api.md §1.5, §11). Handlers throw it; `handler.ts` writes it.
 */

/** Registry error kinds the stand-in produces, with their English display names (§11). */
export const KIND_MESSAGES = {
  1: 'Unknown Error',
  2: 'Filesystem I/O Error',
  6: 'Not Found',
  9: 'Network Error',
  12: 'Deserialization Error',
  14: 'Version Parsing Error',
  18: 'S9PK Parsing Error',
  28: 'Number Parsing Error',
  31: 'Invalid Signature',
  34: 'Unauthorized',
  38: 'Invalid Request',
} as const;
export type RegistryKindCode = keyof typeof KIND_MESSAGES;

const FRAMEWORK_MESSAGES = {
  [-32700]: 'Parse error',
  [-32600]: 'Invalid Request',
  [-32601]: 'Method not found',
  [-32602]: 'Invalid params',
  [-32603]: 'Internal error',
} as const;
export type FrameworkCode = -32700 | -32600 | -32601 | -32602 | -32603;

export class RpcError extends Error {
  readonly code: RegistryKindCode | FrameworkCode;
  /** Registry errors: `data.details`; framework errors: the string `data` (absent for -32601). */
  readonly details: string | null;
  readonly debug: string;
  constructor(code: RegistryKindCode | FrameworkCode, details: string | null, debug = '') {
    super(details ?? String(code));
    this.name = 'RpcError';
    this.code = code;
    this.details = details;
    this.debug = debug;
  }

  /** The JSON-RPC `error` object, shaped as upstream sends it. */
  toJSON(): { code: number; message: string; data?: unknown } {
    if (this.code < 0) {
      const message = FRAMEWORK_MESSAGES[this.code as FrameworkCode];
      return this.details === null ? { code: this.code, message } : { code: this.code, message, data: this.details };
    }
    const details = this.details ?? KIND_MESSAGES[this.code as RegistryKindCode];
    return {
      code: this.code,
      message: KIND_MESSAGES[this.code as RegistryKindCode],
      data: { details, debug: this.debug || details, info: null },
    };
  }
}

export const notFound = (details: string) => new RpcError(6, details);
export const unauthorized = (details = 'Unauthorized') => new RpcError(34, details);
export const invalidRequest = (details: string) => new RpcError(38, details);
export const invalidParams = (details: string) => new RpcError(-32602, details);
export const invalidSignature = (details: string) => new RpcError(31, details);
