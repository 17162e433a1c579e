/**
 * Tests for error-codes.ts: every code of spec registry-api.md §11 and §1.5 maps to its kind,
 * and anything else is 'Unrecognized'.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  REGISTRY_ERROR_KINDS,
  errorKindOf,
  isRpcErrorCode,
  type RpcErrorCode,
  type RpcErrorKind,
} from './error-codes.ts';

// §11 (registry ErrorKind codes a client can encounter) and §1.5 (framework codes), copied by hand.
const SPEC_CODES: ReadonlyArray<[number, RpcErrorKind]> = [
  [1, 'Unknown'],
  [2, 'Filesystem'],
  [6, 'NotFound'],
  [9, 'Network'],
  [11, 'Serialization'],
  [12, 'Deserialization'],
  [13, 'Utf8'],
  [14, 'ParseVersion'],
  [18, 'ParseS9pk'],
  [19, 'ParseUrl'],
  [28, 'ParseNumber'],
  [29, 'Database'],
  [31, 'InvalidSignature'],
  [34, 'Authorization'],
  [38, 'InvalidRequest'],
  [-32700, 'ParseError'],
  [-32600, 'InvalidRequestEnvelope'],
  [-32601, 'MethodNotFound'],
  [-32602, 'InvalidParams'],
  [-32603, 'InternalError'],
];

describe('errorKindOf', () => {
  it.each(SPEC_CODES)('maps %i to %s', (code, kind) => {
    expect(errorKindOf(code)).toBe(kind);
    expect(isRpcErrorCode(code)).toBe(true);
  });

  it('names other upstream ErrorKind codes (style.md §2.3 example: 24 = ValidateS9pk)', () => {
    expect(errorKindOf(24)).toBe('ValidateS9pk');
    expect(errorKindOf(80)).toBe('Bios');
  });

  it.each([0, 16, 22, 26, 81, 1000, -1, -32000, -32604, 1.5, Number.NaN, Infinity])(
    'returns Unrecognized for %d',
    (code) => {
      expect(errorKindOf(code)).toBe('Unrecognized');
      expect(isRpcErrorCode(code)).toBe(false);
    },
  );

  it('has unique kind names', () => {
    const names = Object.values(REGISTRY_ERROR_KINDS);
    expect(new Set(names).size).toBe(names.length);
  });

  it('types codes as a numeric union', () => {
    expectTypeOf<34>().toExtend<RpcErrorCode>();
    expectTypeOf<-32700>().toExtend<RpcErrorCode>();
    expectTypeOf<16>().not.toExtend<RpcErrorCode>();
    expectTypeOf(errorKindOf).returns.toEqualTypeOf<RpcErrorKind | 'Unrecognized'>();
  });
});
