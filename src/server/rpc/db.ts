/**
 * @module
 * `db.dump` (spec/registry-api.md §4.8): the raw document, or the value at an RFC 6901 JSON
 * pointer (null when the path does not exist), with the database revision.
 */
import type { MethodHandler } from '../context.ts';
import { invalidParams } from '../rpc-error.ts';

/** Resolves an RFC 6901 pointer; undefined when a step is missing. */
export function resolvePointer(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  if (!pointer.startsWith('/')) throw invalidParams(`invalid JSON pointer ${JSON.stringify(pointer)} for \`pointer\``);
  let cur: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9][0-9]*)$/.test(key)) return undefined;
      cur = cur[Number(key)];
    } else {
      if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
      cur = (cur as Record<string, unknown>)[key];
    }
  }
  return cur;
}

export const dbDump: MethodHandler<'db.dump'> = ({ pointer }, ctx) => {
  return { id: ctx.store.revision, value: resolvePointer(ctx.store.db, pointer ?? '') ?? null };
};
