/**
 * @module
 * A JSON text that arrives in pieces, with the members of one object (at a path of object keys)
 * parsed one by one as soon as each member is complete (issue 12 item 3): a 24 MiB
 * `package.index` is parsed, and each package checked, while the rest of the answer is still
 * on the wire, so little work is left when its last byte arrives.
 *
 * The scanner only follows the structure: strings (with escapes), brackets, commas and colons.
 * The text of each member's value goes to `JSON.parse`, and everything else (the skeleton, with
 * `0` in place of each member value) is parsed at the end. The text is valid JSON exactly when
 * the skeleton and every member are, and then the value is the skeleton with the members put
 * back, equal to `JSON.parse` of the whole text. Whenever that equivalence could break (a
 * duplicate key on the path or among the members, a member that does not parse, `onMember`
 * refusing one by throwing, a text that ends early) the split gives up and `finish` returns `null`: the
 * caller then parses the whole text as before, so every error stays exactly what it was.
 */
import { setOwn } from '../registry/own-key.ts';

export interface MemberSplit {
  /** The next piece of the text. */
  push(text: string): void;
  /**
   * The whole value, with each member of the object at the path replaced by what `onMember`
   * returned for it; `null` when the split gave up or the path was never found.
   */
  finish(): unknown;
}

const OBJECT = 1;
const ARRAY = 2;
const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
/** 1 at the code units the scanner acts on outside strings. */
const STRUCTURAL = new Uint8Array(CLOSE_BRACE + 1);
for (const c of [QUOTE, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, COMMA, COLON]) STRUCTURAL[c] = 1;

/**
 * Splits a text arriving in pieces at the object found at `path` (keys from the top-level
 * object): each member's value is parsed once complete and handed to `onMember`, whose result
 * takes its place in the value `finish` returns.
 */
export function splitMembers(path: readonly string[], onMember: (key: string, value: unknown) => unknown): MemberSplit {
  const depthOfMembers = path.length + 1;
  const stack: number[] = [];
  /** The last key read in the object at each depth up to the members' (index = depth - 1). */
  const keys: (string | null)[] = [];
  /** Keys on the path (or member keys) already seen in the object at each depth: duplicates give up. */
  const seen: Set<string>[] = [];
  const members = new Map<string, unknown>();
  const skeleton: string[] = [];
  let expectKey = false;
  let inString = false;
  let escaped = false;
  /** The pieces of the key being read (from its opening quote), or null. */
  let keyParts: string[] | null = null;
  /** The pieces of the member value being read, or null (then the text goes to the skeleton). */
  let memberParts: string[] | null = null;
  let memberKey = '';
  let onTarget = false;
  let found = false;
  let gaveUp = false;

  /** Whether the containers open now, all objects, lead along `path` to depth `depth`. */
  const alongPath = (depth: number) => {
    for (let d = 0; d < depth; d++) if (stack[d] !== OBJECT || (d > 0 && keys[d - 1] !== path[d - 1])) return false;
    return true;
  };

  const giveUp = () => {
    gaveUp = true;
    memberParts = keyParts = null;
    skeleton.length = 0;
    members.clear();
  };

  const endKey = (key: string) => {
    const depth = stack.length;
    keys[depth - 1] = key;
    const counted = depth === depthOfMembers ? onTarget : key === path[depth - 1] && alongPath(depth);
    if (!counted) return;
    const names = seen[depth - 1]!;
    if (names.has(key)) return giveUp();
    names.add(key);
  };

  const endMember = (text: string) => {
    const parts = memberParts!;
    memberParts = null;
    parts.push(text);
    try {
      members.set(memberKey, onMember(memberKey, JSON.parse(parts.join(''))));
    } catch {
      giveUp();
    }
  };

  const push = (s: string) => {
    /** Where the text not yet given to the skeleton or the member starts in `s`. */
    let from = 0;
    /** Where the key being read starts in `s`. */
    let keyFrom = 0;
    let i = 0;
    const n = s.length;
    /** The next backslash in `s` at or after `i` (`n`: none), found once and reused. */
    let backslash = -1;
    while (i < n && !gaveUp) {
      if (inString) {
        if (escaped) {
          escaped = false;
          i += 1;
          continue;
        }
        let quote = s.indexOf('"', i);
        if (quote < 0) quote = n;
        if (backslash < i) {
          backslash = s.indexOf('\\', i);
          if (backslash < 0) backslash = n;
        }
        if (backslash < quote) {
          escaped = true;
          i = backslash + 1;
          continue;
        }
        i = quote + 1;
        if (quote === n) break;
        inString = false;
        if (keyParts) {
          keyParts.push(s.slice(keyFrom, i));
          const text = keyParts.join('');
          keyParts = null;
          try {
            endKey(JSON.parse(text) as string);
          } catch {
            giveUp();
          }
        }
        continue;
      }
      const at = i;
      const c = s.charCodeAt(i++);
      if (c > CLOSE_BRACE || STRUCTURAL[c] === 0) continue;
      const depth = stack.length;
      if (c === QUOTE) {
        inString = true;
        if (expectKey && depth <= depthOfMembers && !memberParts) {
          keyParts = [];
          keyFrom = at;
        }
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        stack.push(c === OPEN_BRACE ? OBJECT : ARRAY);
        expectKey = c === OPEN_BRACE;
        if (depth < depthOfMembers) {
          keys[depth] = null;
          seen[depth] = new Set();
        }
        if (depth + 1 === depthOfMembers && c === OPEN_BRACE && alongPath(depthOfMembers)) {
          if (found) giveUp();
          found = onTarget = true;
        }
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (depth === 0) giveUp();
        else {
          if (depth === depthOfMembers) {
            if (memberParts) {
              endMember(s.slice(from, at));
              from = at;
            }
            onTarget = false;
          }
          stack.pop();
          expectKey = false;
        }
      } else if (c === COMMA) {
        if (memberParts && depth === depthOfMembers) {
          endMember(s.slice(from, at));
          from = at;
        }
        expectKey = stack[depth - 1] === OBJECT;
      } else if (c === COLON) {
        // the member's value follows
        expectKey = false;
        if (onTarget && depth === depthOfMembers && !memberParts) {
          skeleton.push(s.slice(from, i), '0');
          from = i;
          memberParts = [];
          memberKey = keys[depth - 1] ?? '';
        }
      }
    }
    if (gaveUp) return;
    if (keyParts) keyParts.push(s.slice(keyFrom));
    (memberParts ?? skeleton).push(s.slice(from));
  };

  return {
    push: (text) => {
      if (!gaveUp) push(text);
    },
    finish() {
      if (gaveUp || !found || inString || stack.length !== 0 || memberParts) return null;
      let value: unknown;
      try {
        value = JSON.parse(skeleton.join(''));
      } catch {
        return null;
      }
      let target: unknown = value;
      for (const k of path) target = isRecord(target) && Object.hasOwn(target, k) ? target[k] : undefined;
      if (!isRecord(target)) return null;
      const names = Object.keys(target);
      if (names.length !== members.size) return null;
      for (const k of names) {
        if (!members.has(k)) return null;
        setOwn(target, k, members.get(k));
      }
      return value;
    },
  };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}
