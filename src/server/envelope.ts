/**
 * @module
 * Parsing request bodies the way upstream's yajrc does (spec/registry-api.md §1.3): an object
 * or a batch array; `method` a string; `params` present and not null; any `id` echoed.
 */
import { batchTooLong, MAX_BATCH_CALLS } from './batch.ts';
import { RpcError } from './rpc-error.ts';

export interface IncomingCall {
  id: string | number | null;
  method: string;
  params: unknown;
}

export type ParsedBody = { batch: false; calls: [IncomingCall] } | { batch: true; calls: IncomingCall[] };

function position(text: string): string {
  const lines = text.split('\n');
  return `at line ${lines.length} column ${(lines.at(-1) ?? '').length}`;
}

function parseCall(v: unknown, text: string): IncomingCall {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw new RpcError(-32700, `invalid type: expected a JSON-RPC request ${position(text)}`);
  }
  const o = v as Record<string, unknown>;
  if (!('method' in o)) throw new RpcError(-32700, `missing field \`method\` ${position(text)}`);
  if (typeof o.method !== 'string') throw new RpcError(-32700, `invalid type: expected a string for \`method\` ${position(text)}`);
  if (!('params' in o) || o.params === null) throw new RpcError(-32700, `missing field \`params\` ${position(text)}`);
  const id = o.id;
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    throw new RpcError(-32700, `invalid type: expected a string, number or null for \`id\` ${position(text)}`);
  }
  return { id: id ?? null, method: o.method, params: o.params };
}

/**
 * @throws RpcError -32700 with a parser message as `data`; -32600 for a batch over
 *   `MAX_BATCH_CALLS` (checked before its elements are looked at).
 */
export function parseBody(bytes: Uint8Array): ParsedBody {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RpcError(-32700, 'invalid UTF-8 in request body');
  }
  if (text.trim() === '') throw new RpcError(-32700, 'EOF while parsing a value at line 1 column 0');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new RpcError(-32700, (e as Error).message);
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_BATCH_CALLS) throw batchTooLong(value.length);
    return { batch: true, calls: value.map((v) => parseCall(v, text)) };
  }
  return { batch: false, calls: [parseCall(value, text)] };
}
