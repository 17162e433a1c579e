/**
 * @module
 * A structural diff of two JSON values (issue 17 item 2: what a `db.apply` dry run would
 * change): the added, removed and changed paths with their old and new values. Objects are
 * compared key by key (key order does not matter), arrays index by index (a longer array adds
 * at its end, a shorter one removes from its end), and a value whose type changes is replaced
 * whole. Applying the changes in order to the old value gives the new one ({@link applyJsonDiff}).
 */
import { encodePointer } from './pointer.ts';

/** A step into a JSON value: a number indexes an array, a string names an object's key. */
export type JsonPathStep = string | number;
export type JsonPath = readonly JsonPathStep[];

export type JsonChange =
  | { op: 'add'; path: JsonPath; value: unknown }
  | { op: 'remove'; path: JsonPath; old: unknown }
  | { op: 'replace'; path: JsonPath; old: unknown; value: unknown };

type Container = 'object' | 'array' | 'scalar';

const containerOf = (x: unknown): Container =>
  Array.isArray(x) ? 'array' : typeof x === 'object' && x !== null ? 'object' : 'scalar';

const ownKeys = (x: object): string[] => Object.keys(x);
const get = (x: object, key: string): unknown => Reflect.get(x, key);

/** JSON equality: key order ignored, `-0` equals `0`. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const kind = containerOf(a);
  if (kind !== containerOf(b) || kind === 'scalar') return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  const [ao, bo] = [a as object, b as object];
  const keys = ownKeys(ao);
  return (
    keys.length === ownKeys(bo).length &&
    keys.every((k) => Object.hasOwn(bo, k) && jsonEqual(get(ao, k), get(bo, k)))
  );
}

function diffInto(out: JsonChange[], path: JsonPathStep[], old: unknown, value: unknown): void {
  if (jsonEqual(old, value)) return;
  const kind = containerOf(old);
  if (kind !== containerOf(value) || kind === 'scalar') {
    out.push({ op: 'replace', path: [...path], old, value });
    return;
  }
  if (Array.isArray(old) && Array.isArray(value)) {
    const common = Math.min(old.length, value.length);
    for (let i = 0; i < common; i++) diffInto(out, [...path, i], old[i], value[i]);
    for (let i = common; i < value.length; i++)
      out.push({ op: 'add', path: [...path, i], value: value[i] });
    // From the end, so each removal leaves the earlier indices where they were.
    for (let i = old.length - 1; i >= common; i--)
      out.push({ op: 'remove', path: [...path, i], old: old[i] });
    return;
  }
  const [oo, vo] = [old as object, value as object];
  for (const key of ownKeys(oo)) {
    if (Object.hasOwn(vo, key)) diffInto(out, [...path, key], get(oo, key), get(vo, key));
    else out.push({ op: 'remove', path: [...path, key], old: get(oo, key) });
  }
  for (const key of ownKeys(vo))
    if (!Object.hasOwn(oo, key)) out.push({ op: 'add', path: [...path, key], value: get(vo, key) });
}

/** The changes that turn `old` into `value`, outermost first within each container; empty when they are equal. */
export function diffJson(old: unknown, value: unknown): JsonChange[] {
  const out: JsonChange[] = [];
  diffInto(out, [], old, value);
  return out;
}

/** The RFC 6901 pointer of a path. */
export const pathPointer = (path: JsonPath): string => encodePointer(path.map(String));

function clone(x: unknown): unknown {
  return x === undefined ? x : (JSON.parse(JSON.stringify(x)) as unknown);
}

function setOwn(target: object, key: string, value: unknown): void {
  // defineProperty keeps a `__proto__` key as data instead of changing the prototype.
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * Applies `changes` (as {@link diffJson} gives them) to a copy of `old`.
 * @throws TypeError when a change does not fit the value (a path through a scalar, a removal of
 *   what is not there): the changes were made for another value.
 */
export function applyJsonDiff(old: unknown, changes: readonly JsonChange[]): unknown {
  let root = clone(old);
  for (const change of changes) {
    const { path } = change;
    const next = change.op === 'remove' ? undefined : clone(change.value);
    if (path.length === 0) {
      if (change.op !== 'replace') throw new TypeError('only a replacement applies to the root');
      root = next;
      continue;
    }
    let parent: unknown = root;
    for (const step of path.slice(0, -1)) {
      if (typeof parent !== 'object' || parent === null)
        throw new TypeError(`no container at ${pathPointer(path)}`);
      parent = Reflect.get(parent, step);
    }
    const last = path[path.length - 1];
    if (Array.isArray(parent) && typeof last === 'number') {
      if (change.op === 'remove') parent.splice(last, 1);
      else if (change.op === 'add') parent.splice(last, 0, next);
      else parent[last] = next;
    } else if (containerOf(parent) === 'object' && typeof last === 'string') {
      const obj = parent as object;
      if (change.op === 'remove') {
        if (!Object.hasOwn(obj, last))
          throw new TypeError(`nothing to remove at ${pathPointer(path)}`);
        Reflect.deleteProperty(obj, last);
      } else setOwn(obj, last, next);
    } else {
      throw new TypeError(`${pathPointer(path)} does not fit the value`);
    }
  }
  return root;
}
