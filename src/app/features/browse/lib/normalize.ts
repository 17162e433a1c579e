/**
 * @module
 * Search text folding: case- and accent-insensitive (`Café` → `cafe`: compatibility
 * decomposition, combining marks dropped, lower case), runs of spaces collapsed. Words are the
 * runs of letters and digits, so `svc-0777` is the words `svc` and `0777`.
 */

const MARKS = /\p{M}+/gu;
const SPACES = /\s+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** The folded form of `s` that search compares. */
export function foldText(s: string): string {
  return s.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(SPACES, ' ').trim();
}

/** The words of an already folded text. */
export function wordsOf(folded: string): string[] {
  return folded.split(NON_WORD).filter(Boolean);
}
